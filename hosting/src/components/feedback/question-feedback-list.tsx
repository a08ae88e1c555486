import type { AnswerFlag, QuestionFeedback, StoryPart } from '@candor/core';
import { CircleCheck, CircleX, Quote, TriangleAlert } from 'lucide-react';
import { TimeInCall } from './time-in-call';

function QuestionScore({ score, flags }: { score: number | null; flags?: readonly AnswerFlag[] }) {
  if (score === null) {
    const reason = flags?.includes('not-english')
      ? 'not in English'
      : flags?.includes('no-rubric')
        ? 'no rubric offline'
        : 'not enough evidence';
    return (
      <p className="shrink-0 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-600">
        Not scored: {reason}
      </p>
    );
  }
  return (
    <p className="shrink-0 text-right">
      <span className="text-2xl font-semibold text-slate-900 tabular-nums">{score}</span>
      <span className="text-sm text-slate-500">/100</span>
    </p>
  );
}

function EvidenceQuotes({ evidence }: { evidence: QuestionFeedback['evidence'] }) {
  if (evidence.length === 0) return null;
  return (
    <div className="space-y-2">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        What you said{evidence.length > 1 ? ' (quotes)' : ' (quote)'}
      </p>
      {evidence.map((item, index) => (
        <figure
          key={index}
          className="flex gap-2 rounded-md border-l-4 border-brand-500 bg-brand-50/60 py-2 pr-3 pl-3"
        >
          <Quote aria-hidden className="mt-0.5 size-4 shrink-0 text-brand-600" />
          <div className="min-w-0">
            <blockquote data-testid="evidence-quote" className="text-slate-800 italic">
              {item.quote}
            </blockquote>
            {item.startMs !== undefined && (
              <figcaption className="mt-1 text-xs text-slate-500">
                At <TimeInCall ms={item.startMs} /> in the interview
              </figcaption>
            )}
          </div>
        </figure>
      ))}
    </div>
  );
}

const STORY_PART_LABELS: Record<StoryPart, string> = {
  situation: 'the situation (where and when)',
  task: 'your task (what you were responsible for)',
  action: 'your own action (what you yourself did)',
  result: 'the result (what changed)',
};

const FLAG_LABELS: Record<AnswerFlag, string> = {
  'grader-instruction': 'Text addressed to the grader was ignored',
  'repeats-question': 'Reading the question back earned nothing',
  padding: 'Pleasantries earned nothing',
  'reused-answer': 'Part of this answer was already used for another question',
  'not-english': 'Not in English: not scored offline',
  'no-rubric': 'No rubric for this question: not scored offline',
};

/** What the rubric found: points covered with their quotes, points missed, wrong statements. */
function RubricResult({ question }: { question: QuestionFeedback }) {
  const covered = question.keyPointsCovered ?? [];
  const missed = question.keyPointsMissed ?? [];
  const wrong = question.misconceptions ?? [];
  const story = question.storyPartsMissing ?? [];
  const flags = question.flags ?? [];
  if (covered.length + missed.length + wrong.length + story.length + flags.length === 0) {
    return null;
  }
  return (
    <div className="space-y-3 text-sm">
      {covered.length > 0 && (
        <div>
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            Key points you covered
          </p>
          <ul className="mt-1 space-y-1.5" data-testid="points-covered">
            {covered.map((point) => (
              <li key={point.id} className="flex gap-2 text-slate-700">
                <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-emerald-600" />
                <span>
                  {point.concept}: <q className="text-slate-600 italic">{point.quote}</q>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {missed.length > 0 && (
        <div>
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            You did not mention
          </p>
          <ul className="mt-1 space-y-1.5" data-testid="points-missed">
            {missed.map((point) => (
              <li key={point.id} className="flex gap-2 text-slate-700">
                <CircleX aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-400" />
                <span>{point.concept}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {wrong.length > 0 && (
        <div>
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Not right</p>
          <ul className="mt-1 space-y-2" data-testid="misconceptions">
            {wrong.map((m) => (
              <li key={m.id} className="flex gap-2 text-slate-700">
                <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
                <span>
                  You said <q className="italic">{m.quote}</q>. {m.correction}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {story.length > 0 && (
        <p className="text-slate-700">
          Your story did not make clear {story.map((p) => STORY_PART_LABELS[p]).join(', ')}.
        </p>
      )}
      {flags.length > 0 && (
        <ul className="flex flex-wrap gap-2" data-testid="answer-flags">
          {flags.map((flag) => (
            <li
              key={flag}
              className="rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-800"
            >
              {FLAG_LABELS[flag]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Each question with what the candidate said, its score and the quotes behind the score. */
export function QuestionFeedbackList({ questions }: { questions: readonly QuestionFeedback[] }) {
  return (
    <section aria-labelledby="answers-heading" className="space-y-4">
      <h2 id="answers-heading" className="text-lg font-medium">
        Answer by answer
      </h2>
      <ol className="space-y-4">
        {questions.map((question, index) => (
          <li
            key={`${question.questionId}-${String(index)}`}
            data-testid="question-feedback"
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <div className="flex items-start justify-between gap-4">
              <h3 className="font-medium text-slate-900">
                <span className="text-slate-500">{index + 1}. </span>
                {question.question}
              </h3>
              <QuestionScore score={question.score} flags={question.flags} />
            </div>
            <div>
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                Your answer in brief
              </p>
              <p className="mt-1 text-slate-700">{question.answerSummary}</p>
            </div>
            <div>
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Feedback</p>
              <p className="mt-1 whitespace-pre-line text-slate-700">{question.feedback}</p>
            </div>
            <RubricResult question={question} />
            <EvidenceQuotes evidence={question.evidence} />
          </li>
        ))}
      </ol>
    </section>
  );
}
