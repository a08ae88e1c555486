// Each function lives in its own file, named after it; this module only re-exports them.
export { onUserCreated } from './users/onUserCreated';
