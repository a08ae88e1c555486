// Each function lives in its own file, named after it; this module only re-exports them.
export { deleteAccount } from './account/deleteAccount';
export { abandonAttempt } from './attempts/abandonAttempt';
export { startAttempt } from './attempts/startAttempt';
export { submitPracticeTranscript } from './attempts/submitPracticeTranscript';
export { getCapabilities } from './capabilities/getCapabilities';
export { onAttemptTranscribed } from './feedback/onAttemptTranscribed';
export { rescoreAttempt } from './feedback/rescoreAttempt';
export { createInterview } from './interviews/createInterview';
export { onInterviewCreated } from './interviews/onInterviewCreated';
export { retryInterview } from './interviews/retryInterview';
export { createShareLink } from './shares/createShareLink';
export { getSharedReport } from './shares/getSharedReport';
export { onAttemptDeleted } from './shares/onAttemptDeleted';
export { listShareLinks } from './shares/listShareLinks';
export { revokeShareLink } from './shares/revokeShareLink';
export { onUserCreated } from './users/onUserCreated';
export { retellWebhook } from './webhooks/retellWebhook';
