// Each function lives in its own file, named after it; this module only re-exports them.
export { createInterview } from './interviews/createInterview';
export { onInterviewCreated } from './interviews/onInterviewCreated';
export { retryInterview } from './interviews/retryInterview';
export { onUserCreated } from './users/onUserCreated';
