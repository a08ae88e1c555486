// Each function lives in its own file, named after it; this module only re-exports them.
export { deleteAccount } from './account/deleteAccount';
export { abandonAttempt } from './attempts/abandonAttempt';
export { checkAttempt } from './attempts/checkAttempt';
export { startAttempt } from './attempts/startAttempt';
export { submitPracticeTranscript } from './attempts/submitPracticeTranscript';
export { sweepStuckAttempts } from './attempts/sweepStuckAttempts';
export { getCapabilities } from './capabilities/getCapabilities';
export { onAttemptTranscribed } from './feedback/onAttemptTranscribed';
export { rescoreAttempt } from './feedback/rescoreAttempt';
export { checkInterview } from './interviews/checkInterview';
export { createInterview } from './interviews/createInterview';
export { onInterviewCreated } from './interviews/onInterviewCreated';
export { retryInterview } from './interviews/retryInterview';
export { sweepStuckWork } from './interviews/sweepStuckWork';
export { onUserCreated } from './users/onUserCreated';
export { retellWebhook } from './webhooks/retellWebhook';
