/**
 * When a call's access token expires, in this browser's clock. The server says when it received
 * the token (its clock); the token cannot have been issued before our request left or after the
 * answer came back, so the server's time is kept inside that window, which also bounds any
 * clock difference between the two machines.
 */
export function tokenDeadline(input: {
  tokenIssuedAtMs: number;
  sentAtMs: number;
  receivedAtMs: number;
  ttlMs: number;
}): number {
  const issuedAt = Math.min(Math.max(input.tokenIssuedAtMs, input.sentAtMs), input.receivedAtMs);
  return issuedAt + input.ttlMs;
}
