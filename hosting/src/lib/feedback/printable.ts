import type { AttemptMode, Feedback, SharedReportWire } from '@candor/core';

/** One report, whoever shows it: the owner's feedback page or a share link's copy. */
export interface PrintableReport {
  role: string;
  mode: AttemptMode;
  takenAt: Date;
  durationMs: number | null;
  feedback: Omit<Feedback, 'userId' | 'interviewId' | 'attemptId'>;
}

export function printableFromShared(report: SharedReportWire): PrintableReport {
  return {
    role: report.role,
    mode: report.mode,
    takenAt: new Date(report.attemptCreatedAt),
    durationMs: report.durationMs,
    feedback: { ...report.feedback, createdAt: new Date(report.feedback.createdAt) },
  };
}

/** A file name a person recognises: the role and the day, with nothing a file system refuses. */
export function reportFileName(report: PrintableReport): string {
  const role = report.role
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  const day = report.takenAt.toISOString().slice(0, 10);
  return `candor-feedback-${role || 'interview'}-${day}.pdf`;
}
