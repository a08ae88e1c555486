// @ts-check
/** One Jest config, one project per test layer. `npm test` chooses which projects run when. */
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      module: 'commonjs',
      moduleResolution: 'node',
      target: 'ES2022',
      esModuleInterop: true,
      isolatedModules: true,
      jsx: 'react-jsx',
    },
  },
];

/** @param {string} name @param {string[]} roots @param {Partial<import('jest').Config>} [extra] */
const project = (name, roots, extra = {}) => ({
  displayName: name,
  roots,
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  // A global option (Jest ignores it per project): emulator and browser tests wait on real I/O.
  testTimeout: 90_000,
  projects: [
    project('core', ['<rootDir>/packages/core/test']),
    // The web app's pure logic (flows as reducers, report readings, error wording), no browser.
    project('hosting', ['<rootDir>/hosting/test'], {
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/hosting/src/$1' },
    }),
    // Repository checks: Dockerfile stages replayed on the build, workflows, deploy config.
    project('repo', ['<rootDir>/tests/repo']),
    project('rules', ['<rootDir>/tests/rules']),
    project('functions', ['<rootDir>/tests/functions']),
    project('e2e', ['<rootDir>/tests/e2e']),
    // Functions against loopback fakes of Gemini and Retell (a separate emulator run with keys).
    project('providers', ['<rootDir>/tests/providers'], {
      testEnvironment: '<rootDir>/tests/support/node-environment.cjs',
    }),
  ],
};
