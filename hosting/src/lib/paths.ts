// Every in-app URL is built here, so a route can move in one edit.

export const HOME_PATH = '/';
export const DASHBOARD_PATH = '/dashboard';
export const SETTINGS_PATH = '/settings';
export const NEW_INTERVIEW_PATH = '/interviews/new';
/** Where the browser lands after the account is deleted; the home page shows a notice for it. */
export const ACCOUNT_DELETED_PATH = '/?account=deleted';

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

export const sharePath = (token: string) => `/share/${token}`;

/** Only same-site paths are followed after sign-in, so a crafted link cannot redirect away. */
export function safeReturnPath(value: string | null | undefined): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : DASHBOARD_PATH;
}

/** The sign-in or sign-up page, coming back to `returnTo` afterwards. */
export function authPath(mode: 'sign-in' | 'sign-up', returnTo?: string): string {
  return returnTo === undefined ? `/${mode}` : `/${mode}?next=${encodeURIComponent(returnTo)}`;
}
