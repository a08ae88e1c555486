import {
  classifyCallOutcome,
  parseRetellWebhook,
  retellCallTiming,
  retellWebhookEventKey,
} from '@candor/core';
import { onRequest, type Request } from 'firebase-functions/v2/https';
import { isConfigured, retellApiKey } from '../config';
import { errorDetails, log, pipeline } from '../helpers/logger';
import { recordCallResult } from '../services/attempts';
import { voiceProvider } from '../services/voice';

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Retell's webhook, as a plain function of the raw request so that it can be tested and
 * benchmarked in-process. Only the raw body is verified (never re-serialised JSON), nothing is
 * written for a bad signature or body, and the answer comes fast: scoring happens in the
 * onAttemptTranscribed trigger.
 */
export async function handleRetellWebhook(
  rawBody: string,
  signature: string | undefined,
): Promise<Reply> {
  const logger = log({ fn: 'retellWebhook' });
  if (!isConfigured(retellApiKey.value())) {
    return { status: 401, body: { error: 'voice is not configured' } };
  }
  if (!(await voiceProvider().verifyWebhook(rawBody, signature))) {
    logger.warn('rejected: bad or stale signature', pipeline('webhook', { result: 'rejected' }));
    return { status: 401, body: { error: 'invalid signature' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { error: 'body is not JSON' } };
  }
  const parsed = parseRetellWebhook(json);
  if (!parsed.ok) {
    if (parsed.reason === 'unsupported_event') return { status: 204, body: {} };
    return { status: 400, body: { error: parsed.message } };
  }
  const { event, call, metadata } = parsed;
  const ids = { fn: 'retellWebhook', callId: call.call_id, ...metadata };
  // Only a finished call has something to store. call_started changes nothing (startAttempt
  // marked the attempt in_progress when it created the call), nor does any other event.
  if (event !== 'call_ended' && event !== 'call_analyzed') {
    return { status: 204, body: {} };
  }
  if (!metadata) {
    log(ids).warn(
      'ignored: call without Candor metadata',
      pipeline('webhook', { result: 'unknown_call' }),
    );
    return { status: 200, body: { result: 'unknown_call' } };
  }
  const outcome = classifyCallOutcome(call);
  const timing = retellCallTiming(call);
  const result = await recordCallResult(
    { ...metadata, mode: 'voice', callId: call.call_id },
    {
      outcome: outcome.outcome,
      ...(outcome.outcome === 'failed' ? { reason: outcome.reason } : {}),
      transcript: outcome.transcript,
      ...timing,
      disconnectionReason: call.disconnection_reason ?? undefined,
    },
    retellWebhookEventKey(event, call.call_id),
  );
  log(ids).info('webhook handled', {
    event,
    outcome: outcome.outcome,
    ...pipeline('webhook', { result }),
  });
  return { status: 200, body: { result: result === 'not_found' ? 'unknown_call' : result } };
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export const retellWebhook = onRequest(
  { secrets: [retellApiKey], timeoutSeconds: 30, concurrency: 80 },
  async (req, res) => {
    if (req.method !== 'POST') {
      res.status(405).set('Allow', 'POST').json({ error: 'method not allowed' });
      return;
    }
    try {
      const reply = await handleRetellWebhook(
        req.rawBody.toString('utf8'),
        header(req, 'x-retell-signature'),
      );
      res.status(reply.status).json(reply.body);
    } catch (error) {
      // A 5xx makes Retell retry later; the event key keeps the retry idempotent.
      log({ fn: 'retellWebhook' }).error('webhook failed', {
        ...errorDetails(error),
        ...pipeline('webhook', { result: 'error' }),
      });
      res.status(500).json({ error: 'internal error' });
    }
  },
);
