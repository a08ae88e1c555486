export const interviewPath = (interviewId: string) => `/interviews/${interviewId}`;

export const feedbackPath = (interviewId: string, attemptId: string) =>
  `/interviews/${interviewId}/attempts/${attemptId}`;

/** The room, for the whole interview or for only some of its questions, in that order. */
export function roomPath(interviewId: string, questionIds?: readonly string[]): string {
  const base = `/interviews/${interviewId}/room`;
  // Ids are [\w-] only, so the comma-separated list needs no escaping beyond the comma itself.
  return questionIds && questionIds.length > 0
    ? `${base}?questions=${questionIds.map(encodeURIComponent).join(',')}`
    : base;
}
