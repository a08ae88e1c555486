// @ts-check
/**
 * Jest's node environment with Node's own fetch dispatcher visible inside the test sandbox.
 * @google/genai's node build sends every request through `globalThis[undici.globalDispatcher.1]`,
 * which Node sets on its real global object; Jest runs tests in a separate context, where the
 * SDK would find none and every call would fail with "fetch failed". Tests that call the SDK in
 * their own process (the provider adapter, the sweep) need it; the functions emulator does not.
 */
const { TestEnvironment } = require('jest-environment-node');

const DISPATCHER = Symbol.for('undici.globalDispatcher.1');

class ProviderEnvironment extends TestEnvironment {
  /** @param {ConstructorParameters<typeof TestEnvironment>} args */
  constructor(...args) {
    super(...args);
    // Touching a fetch class makes Node load its bundled undici, which sets the dispatcher.
    if (!(DISPATCHER in globalThis)) new Headers();
    Object.defineProperty(this.global, DISPATCHER, {
      value: /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[
        DISPATCHER
      ],
      configurable: true,
      writable: true,
    });
  }
}

module.exports = ProviderEnvironment;
