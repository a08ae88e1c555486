import type { SharedReportWire } from '@candor/core';
import { Card } from '../ui/card';
import { ReportActions } from '../feedback/report-actions';
import { CategoryChart } from '../feedback/category-chart';
import { DeliveryPanel } from '../feedback/delivery-panel';
import { QuestionFeedbackList } from '../feedback/question-feedback-list';
import { TranscriptPanel } from '../feedback/transcript-panel';
import { scoreBand } from '@/lib/feedback/insights';
import { MODE_LABELS } from '@/lib/feedback/labels';
import { printableFromShared } from '@/lib/feedback/printable';
import { LEVEL_LABELS, TYPE_LABELS } from '@/lib/interviews/labels';
import { formatClock, formatDateTime, pluralize } from '@/lib/format';

function List({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <Card className="report-block">
      <h2 className="text-lg font-medium">{title}</h2>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">None noted.</p>
      ) : (
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700">
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/**
 * A read-only copy of one report, as a share link shows it: the same sections as the owner's
 * feedback page, with nothing that leads back to the account (no names, links or actions).
 */
export function SharedReport({ report }: { report: SharedReportWire }) {
  const { feedback } = report;
  const details = [
    formatDateTime(new Date(report.attemptCreatedAt)),
    `${MODE_LABELS[report.mode]} interview`,
    `${LEVEL_LABELS[report.level]} · ${TYPE_LABELS[report.type]}`,
    pluralize(feedback.questions.length, 'question'),
    report.durationMs === null ? null : `${formatClock(report.durationMs)} long`,
  ].filter((part) => part !== null);
  return (
    <article className="feedback-report space-y-6">
      <header>
        <p className="text-sm font-medium text-brand-700">Shared interview feedback</p>
        <h1 className="mt-1 text-2xl font-semibold break-words">{report.role}</h1>
        <p className="mt-1 text-sm text-slate-500">{details.join(' · ')}</p>
      </header>
      <ReportActions report={printableFromShared(report)} />
      <Card className="report-block space-y-3">
        <p className="text-sm font-medium text-slate-500">Overall score</p>
        <p data-testid="total-score" className="flex items-baseline gap-1">
          <span className="text-6xl font-semibold tracking-tight tabular-nums">
            {feedback.totalScore}
          </span>
          <span className="text-lg text-slate-500">/100</span>
        </p>
        <p className="font-medium text-slate-700">{scoreBand(feedback.totalScore)}</p>
        {feedback.insufficientEvidence && (
          <p role="note" className="text-sm text-amber-900">
            Too little of the answers could be assessed: these scores do not measure ability.
          </p>
        )}
        <p className="whitespace-pre-line text-slate-700">{feedback.finalAssessment}</p>
      </Card>
      <Card className="report-block">
        <CategoryChart categories={feedback.categoryScores} />
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <List title="Strengths" items={feedback.strengths} />
        <List title="To improve" items={feedback.improvements} />
      </div>
      <QuestionFeedbackList questions={feedback.questions} />
      <Card className="report-block">
        <DeliveryPanel
          delivery={feedback.delivery}
          mode={report.mode}
          questionsAsked={feedback.questions.length}
        />
      </Card>
      {report.transcript && <TranscriptPanel transcript={report.transcript} truncated={false} />}
      <p className="text-xs text-slate-500">
        Scored {formatDateTime(new Date(feedback.createdAt))} by{' '}
        {feedback.engine === 'offline' ? 'the offline rubric' : `Gemini (${feedback.model})`},{' '}
        {feedback.engine === 'offline' ? 'rubric' : 'prompt'} {feedback.promptVersion}
        {report.expiresAt === null
          ? ''
          : ` · This link ends ${formatDateTime(new Date(report.expiresAt))}`}
      </p>
    </article>
  );
}
