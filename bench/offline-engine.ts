/**
 * Scenario 4: the offline engine in @candor/core, per call, by transcript length. No emulator:
 * this is pure CPU in one process. Each case is warmed up, then timed for a bounded number of
 * calls or time, whichever ends first.
 */
import {
  finaliseModelFeedback,
  generateOfflineQuestions,
  parseRetellWebhook,
  classifyCallOutcome,
  scoreOffline,
  toTranscript,
  type InterviewSpec,
  type TranscriptTurn,
} from '@candor/core';
import { retellCallEndedPayload } from '../tests/support/fake-retell';
import { benchQuestions, buildConversation, feedbackReply } from './lib/conversation';
import { writePart } from './lib/results';
import { log, summarise, type Summary } from './lib/stats';

export interface EngineCase {
  name: string;
  detail: Record<string, number | string>;
  perCall: Summary | null;
}

export interface OfflineEnginePart {
  generation: EngineCase[];
  scoring: EngineCase[];
}

const MAX_CALLS = 300;
const MAX_MS_PER_CASE = 2_000;
const WARMUP_CALLS = 5;

function time(fn: () => unknown): ReturnType<typeof summarise> {
  for (let i = 0; i < WARMUP_CALLS; i++) fn();
  const samples: number[] = [];
  const deadline = performance.now() + MAX_MS_PER_CASE;
  while (samples.length < MAX_CALLS && (samples.length < 5 || performance.now() < deadline)) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const JOB_DESCRIPTION = Array.from(
  { length: 60 },
  (_, i) =>
    `Requirement ${String(i + 1)}: you will build and operate distributed services in Go and TypeScript, on Kubernetes, with PostgreSQL, Redis and Kafka, and care about observability.`,
)
  .join(' ')
  .slice(0, 8000);

const specs: { name: string; spec: InterviewSpec }[] = [
  {
    name: '5 questions, mixed, 2 technologies',
    spec: {
      role: 'Backend Engineer',
      level: 'mid',
      type: 'mixed',
      techStack: ['Go', 'PostgreSQL'],
      questionCount: 5,
      jobDescription: undefined,
    },
  },
  {
    name: '15 questions, technical, 15 technologies, 8,000-character job description',
    spec: {
      role: 'Senior Platform Engineer',
      level: 'senior',
      type: 'technical',
      techStack: [
        'Go',
        'TypeScript',
        'Kubernetes',
        'PostgreSQL',
        'Redis',
        'Kafka',
        'AWS',
        'Terraform',
        'React',
        'Node.js',
        'Python',
        'Docker',
        'GraphQL',
        'gRPC',
        'Prometheus',
      ],
      questionCount: 15,
      jobDescription: JOB_DESCRIPTION,
    },
  },
];

export function runOfflineEngine(): OfflineEnginePart {
  const generation: EngineCase[] = specs.map(({ name, spec }, i) => {
    let n = 0;
    const perCall = time(() =>
      generateOfflineQuestions(spec, `bench-seed-${String(i)}-${String(n++)}`),
    );
    log(`offline questions (${name}): median ${String(perCall?.median)} ms`);
    return { name: `generateOfflineQuestions: ${name}`, detail: {}, perCall };
  });

  const scoring: EngineCase[] = [];
  for (const minutes of [1, 10, 30]) {
    // Five questions do not fit in one minute; the short call asks two.
    const questions = benchQuestions().slice(0, minutes < 3 ? 2 : 5);
    const turns = buildConversation(questions, minutes);
    const payload = JSON.stringify(
      retellCallEndedPayload({
        turns,
        metadata: { interviewId: 'i', attemptId: 'a', uid: 'u' },
      }),
    );
    const parsed = parseRetellWebhook(JSON.parse(payload));
    if (!parsed.ok) throw new Error(`bench payload does not parse: ${parsed.message}`);
    const transcript: TranscriptTurn[] = toTranscript(parsed.call.transcript_object);
    const durationMs = transcript.at(-1)?.endMs ?? null;
    const candidateWords = transcript
      .filter((t) => t.role === 'user')
      .reduce((n, t) => n + t.text.split(/\s+/).length, 0);
    const detail = {
      minutes: Math.round(((durationMs ?? 0) / 60_000) * 10) / 10,
      turns: transcript.length,
      candidateWords,
      questions: questions.length,
      webhookBytes: Buffer.byteLength(payload),
    };
    const input = {
      questions,
      transcript,
      techStack: ['Go', 'PostgreSQL'],
      type: 'mixed' as const,
    };
    const offline = scoreOffline({ ...input, durationMs });
    const scored = offline.questions.filter((q) => q.score !== null).length;
    const raw = JSON.stringify(feedbackReply(questions));
    const finalised = finaliseModelFeedback(raw, { questions, transcript, durationMs });
    if (!finalised.ok) throw new Error(`bench feedback does not validate: ${finalised.reason}`);
    const modelScored = finalised.content.questions.filter((q) => q.score !== null).length;
    log(
      `${String(minutes)}-minute transcript: ${String(transcript.length)} turns, ` +
        `${String(candidateWords)} candidate words; offline scored ${String(scored)}/${String(questions.length)}, ` +
        `model feedback kept ${String(modelScored)}/${String(questions.length)} scores`,
    );
    const label = `${String(minutes)} min`;
    scoring.push(
      {
        name: `scoreOffline, ${label}`,
        detail,
        perCall: time(() => scoreOffline({ ...input, durationMs })),
      },
      {
        name: `finaliseModelFeedback (Gemini path checks), ${label}`,
        detail,
        perCall: time(() => finaliseModelFeedback(raw, { questions, transcript, durationMs })),
      },
      {
        name: `webhook body: JSON.parse + parseRetellWebhook + classifyCallOutcome, ${label}`,
        detail,
        perCall: time(() => {
          const p = parseRetellWebhook(JSON.parse(payload));
          if (p.ok) classifyCallOutcome(p.call);
        }),
      },
    );
  }
  for (const c of scoring) log(`${c.name}: median ${String(c.perCall?.median)} ms`);
  return { generation, scoring };
}

if (require.main === module) {
  writePart('offline-engine', runOfflineEngine());
}
