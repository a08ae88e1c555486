import { FakeGemini } from '../../tests/support/fake-gemini';
import { startEmulatorFakeRetell, type FakeRetell } from '../../tests/support/fake-retell';
import { requireEnv } from '../../tests/support/env';
import { startLoopbackServer } from '../../tests/support/loopback-server';
import { feedbackReply, questionsReply, benchQuestions } from './conversation';

/**
 * Forwards every request to `target` after `latencyMs`: the model's thinking time, in front of
 * the scripted fake (which answers at once). With 0 the figures are our own overhead. Answers
 * come back as the fake sent them; a fake that cannot be reached is a gateway's 502.
 */
async function startLatencyProxy(listenUrl: string, target: string, latencyMs: number) {
  const { hostname, port } = new URL(listenUrl);
  return startLoopbackServer({
    host: hostname,
    port: Number(port),
    // The fake behind it applies the API's own limit; the proxy only passes bodies on.
    maxBodyBytes: Number.MAX_SAFE_INTEGER,
    tooLarge: () => ({ status: 413 }),
    internalError: () => ({ status: 502 }),
    handle: async (req, exchange) => {
      if (!(await exchange.wait(latencyMs))) return null;
      const query = new URLSearchParams(req.query).toString();
      const headers = Object.entries(req.headers).flatMap(([name, value]): [string, string][] =>
        typeof value === 'string' && name !== 'host' && name !== 'content-length'
          ? [[name, value]]
          : [],
      );
      const answer = await fetch(`${target}${req.path}${query ? `?${query}` : ''}`, {
        method: req.method,
        headers,
        ...(req.rawBody === '' ? {} : { body: req.rawBody }),
      });
      return {
        status: answer.status,
        headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
        text: await answer.text(),
      };
    },
  });
}

/** The role of every benchmark interview; the fake Gemini writes its questions for it. */
export const BENCH_ROLE = 'Backend Engineer (benchmark)';

export interface Fakes {
  gemini: FakeGemini;
  retell: FakeRetell;
  retellKey: string;
  close: () => Promise<void>;
}

/**
 * The loopback fakes of the providers run, on the ports the Functions emulator was given
 * (FAKE_GEMINI_URL, FAKE_RETELL_URL from scripts/emulators.mjs providerRunConfig). Every
 * benchmark interview asks the same questions and every transcript gives the same answers, so
 * one questions reply and one feedback reply serve all, whatever the order or retries.
 */
export async function startFakes(modelLatencyMs: number): Promise<Fakes> {
  const gemini = new FakeGemini();
  // The most recently scripted matching marker wins: a feedback request names finalAssessment
  // in its response schema (and carries the role too), a questions request only the role.
  gemini.when(BENCH_ROLE, { kind: 'json', value: questionsReply() });
  gemini.when('"finalAssessment"', { kind: 'json', value: feedbackReply(benchQuestions()) });
  const inner = await gemini.listen();
  const proxy = await startLatencyProxy(requireEnv('FAKE_GEMINI_URL'), inner, modelLatencyMs);
  const retellKey = 'test-retell-key';
  const retell = await startEmulatorFakeRetell(retellKey);
  return {
    gemini,
    retell,
    retellKey,
    close: async () => {
      await proxy.close();
      await gemini.close();
      await retell.close();
    },
  };
}
