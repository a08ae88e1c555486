import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGemini } from '../../tests/support/fake-gemini';
import { startFakeRetell, type FakeRetell } from '../../tests/support/fake-retell';
import { requireEnv } from '../../tests/support/env';
import { feedbackReply, questionsReply, benchQuestions } from './conversation';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Forwards every request to `target` after `latencyMs`: the model's thinking time, in front of
 * the scripted fake (which answers at once). With 0 the figures are our own overhead.
 */
async function startLatencyProxy(listenUrl: string, target: string, latencyMs: number) {
  const { hostname, port } = new URL(listenUrl);
  const to = new URL(target);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      setTimeout(() => {
        const upstream = request(
          {
            host: to.hostname,
            port: to.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => {
          if (!res.headersSent) res.writeHead(502).end();
        });
        upstream.end(Buffer.concat(chunks));
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), hostname, resolve);
  });
  return {
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
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
  const inner = `http://127.0.0.1:${String(await freePort())}`;
  await gemini.listen(inner);
  const proxy = await startLatencyProxy(requireEnv('FAKE_GEMINI_URL'), inner, modelLatencyMs);
  const retellKey = 'test-retell-key';
  const retell = await startFakeRetell({
    apiKey: retellKey,
    port: Number(new URL(requireEnv('FAKE_RETELL_URL')).port),
  });
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
