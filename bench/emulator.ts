/**
 * The part of `npm run bench` that runs inside `firebase emulators:exec` (the providers run:
 * test keys, loopback fake Gemini and Retell): scenarios 1, 2 and 3 and the Lighthouse audits.
 *   tsx bench/emulator.ts [--model-latency-ms N] [--only questions,feedback,webhook,lighthouse]
 * Each scenario writes its figures as soon as it has them, so a failure later keeps them.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createUsers, resetWorkers, startMachineSampler, withTriggersOff } from './lib/emulator';
import { startFakes } from './lib/fakes';
import { PARTS_DIR, ROOT, writePart } from './lib/results';
import { log, since, withTimeout } from './lib/stats';
import { runLighthouse } from './lighthouse';
import {
  feedbackBatch,
  questionsBatch,
  type FeedbackBatch,
  type QuestionsBatch,
  type ReadyInterview,
  type ScoredAttempt,
  waitMsFor,
} from './pipeline';
import { httpDeliver } from './lib/sender';
import { runWebhookLoad, type LoadFixture } from './webhook-load';

const BATCHES = [1, 10, 50] as const;
const IN_PROCESS_TIMEOUT_MS = 600_000;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const modelLatencyMs = Number(option('--model-latency-ms') ?? 0);
const waitMs = waitMsFor(modelLatencyMs);
const only = new Set((option('--only') ?? 'questions,feedback,webhook,lighthouse').split(','));

/** The in-process webhook load runs in a child: the functions' env, its logs to a file. */
async function inProcessLoad(fixture: LoadFixture): Promise<void> {
  writePart('load-fixture', fixture);
  const logPath = join(PARTS_DIR, 'webhook-in-process.log');
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [
      join(ROOT, 'bench', 'webhook-load.ts'),
      join(PARTS_DIR, 'load-fixture.json'),
      'webhook-in-process',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  child.stdout.pipe(createWriteStream(logPath));
  const code = await withTimeout(
    new Promise<number | null>((resolve) => child.on('exit', resolve)),
    IN_PROCESS_TIMEOUT_MS,
    'the in-process webhook load',
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  log(`the in-process run's function logs: ${logPath}`);
  if (code !== 0) throw new Error(`the in-process webhook load exited with ${String(code)}`);
}

async function main() {
  const started = performance.now();
  const sampler = startMachineSampler();
  const fakes = await startFakes(modelLatencyMs);
  const part: {
    modelLatencyMs: number;
    questionsReady?: { warmup: QuestionsBatch; batches: QuestionsBatch[] };
    feedbackReady?: { warmup: FeedbackBatch; batches: FeedbackBatch[] };
    errors: string[];
    wallMs?: number;
  } = { modelLatencyMs, errors: [] };
  const save = () => {
    part.wallMs = Math.round(since(started));
    writePart('emulator', part);
  };
  try {
    const needsPipeline = ['questions', 'feedback', 'webhook', 'lighthouse'].some((s) =>
      only.has(s),
    );
    if (!needsPipeline) return;
    const userCount = 1 + BATCHES.reduce((a, b) => a + b, 0);
    log(`model latency ${String(modelLatencyMs)} ms; creating ${String(userCount)} users`);
    const users = await withTriggersOff(() => createUsers(userCount, 'u'));
    const warmupUser = users[0];
    if (!warmupUser) throw new Error('no users were created');
    let offset = 1;
    const batchUsers = BATCHES.map((size) => users.slice(offset, (offset += size)));

    // 1. Questions ready. Always run: the other scenarios use these interviews.
    log('questions ready: warm-up round (cold emulator workers)');
    const warmQuestions = await questionsBatch([warmupUser], sampler, waitMs);
    const interviews: ReadyInterview[][] = [];
    const questionBatches: QuestionsBatch[] = [];
    for (const [i, size] of BATCHES.entries()) {
      // The webhook load needs only the ten interviews of the second batch.
      if (!only.has('questions') && !only.has('feedback') && !(only.has('webhook') && i === 1)) {
        continue;
      }
      log(`questions ready: ${String(size)} at once`);
      sampler.take();
      const result = await questionsBatch(batchUsers[i] ?? [], sampler, waitMs);
      questionBatches.push({ ...result.figures, machine: sampler.take() });
      interviews[i] = result.interviews;
    }
    if (only.has('questions')) {
      part.questionsReady = { warmup: warmQuestions.figures, batches: questionBatches };
      save();
    }

    // 2. Feedback ready (the warm-up round also gives the Lighthouse user a scored attempt).
    let warmScored: ScoredAttempt[] = [];
    if (only.has('feedback') || only.has('lighthouse')) {
      await resetWorkers();
      log('feedback ready: warm-up round (cold emulator workers)');
      const warm = await feedbackBatch(warmQuestions.interviews, fakes, sampler, waitMs);
      warmScored = warm.scored;
      const batches: FeedbackBatch[] = [];
      if (only.has('feedback')) {
        for (const [i, size] of BATCHES.entries()) {
          log(`feedback ready: ${String(size)} calls ending at once (10-minute transcripts)`);
          sampler.take();
          const result = await feedbackBatch(interviews[i] ?? [], fakes, sampler, waitMs);
          batches.push({ ...result.figures, machine: sampler.take() });
        }
      }
      part.feedbackReady = { warmup: warm.figures, batches };
      save();
    }

    // 3. Webhook under load, over the emulator's HTTP endpoint and in-process.
    if (only.has('webhook')) {
      const fixture: LoadFixture = {
        interviews: (interviews[1] ?? []).map((i) => ({
          interviewId: i.interviewId,
          uid: i.user.client.uid,
          questions: i.questions,
        })),
      };
      await resetWorkers();
      try {
        writePart('webhook-http', await runWebhookLoad('http', fixture, httpDeliver));
      } catch (error) {
        part.errors.push(`webhook load (http): ${String(error)}`);
      }
      await resetWorkers();
      try {
        await inProcessLoad(fixture);
      } catch (error) {
        part.errors.push(`webhook load (in-process): ${String(error)}`);
      }
    }

    // 5b. Lighthouse, with idle workers gone so they do not compete for the CPU.
    if (only.has('lighthouse')) {
      await resetWorkers();
      const scored = warmScored[0];
      if (!scored) throw new Error('no scored attempt for the Lighthouse user');
      sampler.take();
      const audits = await runLighthouse({
        email: warmupUser.email,
        password: warmupUser.password,
        interviewId: scored.interview.interviewId,
        attemptId: scored.attemptId,
      });
      writePart('lighthouse', { audits, machine: sampler.take() });
    }
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`emulator scenarios stopped: ${message}`);
    part.errors.push(message);
    process.exitCode = 1;
  } finally {
    save();
    sampler.stop();
    await fakes.close();
  }
}

void main().then(() => {
  // The web clients keep sockets open; every figure is written, so end here.
  process.exit();
});
