import type { QuestionFeedback } from '@candor/core';
import { Quote } from 'lucide-react';
import { TimeInCall } from './time-in-call';

function QuestionScore({ score }: { score: number | null }) {
  if (score === null) {
    return (
      <p className="shrink-0 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-600">
        Not scored: not enough evidence
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
              <QuestionScore score={question.score} />
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
            <EvidenceQuotes evidence={question.evidence} />
          </li>
        ))}
      </ol>
    </section>
  );
}
