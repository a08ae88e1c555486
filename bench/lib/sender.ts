import { functionUrl } from '../../tests/support/env';
import { signRetellWebhook } from '../../tests/support/fake-retell';
import { since } from './stats';

export interface Reply {
  status: number;
  result: string;
}

/** Delivers one webhook body; status 0 when there was no answer (timeout, connection error). */
export type Deliver = (body: string, signature: string | undefined) => Promise<Reply>;

/** How long the sender waits for an answer, and how often it tries, like a webhook provider. */
export const SENDER_TIMEOUT_MS = 30_000;
export const SENDER_TRIES = 3;

export const httpDeliver: Deliver = async (body, signature) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['x-retell-signature'] = signature;
  try {
    const response = await fetch(functionUrl('retellWebhook'), {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(SENDER_TIMEOUT_MS),
    });
    const reply = (await response.json().catch(() => ({}))) as { result?: string; error?: string };
    return { status: response.status, result: reply.result ?? reply.error ?? '' };
  } catch (error) {
    return { status: 0, result: error instanceof Error ? error.message : String(error) };
  }
};

/**
 * Sends as a webhook provider does: when there is no answer or a 5xx, it tries again (a valid
 * delivery signed afresh, as a retry is), at most SENDER_TRIES times. `ms` runs from the first
 * try to the final answer.
 */
export async function sendWithRetries(
  deliver: Deliver,
  body: string,
  signature: string | undefined,
  resignWith: string | null,
): Promise<Reply & { tries: number; ms: number }> {
  const start = performance.now();
  let reply: Reply = { status: 0, result: 'not sent' };
  let tries = 0;
  while (tries < SENDER_TRIES) {
    const sig = tries > 0 && resignWith !== null ? signRetellWebhook(body, resignWith) : signature;
    tries++;
    try {
      reply = await deliver(body, sig);
    } catch (error) {
      reply = { status: 0, result: error instanceof Error ? error.message : String(error) };
    }
    if (reply.status !== 0 && reply.status < 500) break;
  }
  return { ...reply, tries, ms: since(start) };
}
