import {
  CALL_FAILURE_REASONS,
  CALL_HARD_DEADLINE_MS,
  CALL_SETUP_GRACE_MS,
  decideFromLookup,
  FIRST_LOOKUP_AFTER_MS,
  ONGOING_LOOKUP_EVERY_MS,
  planReconcile,
  PRACTICE_ABANDONED_AFTER_MS,
  RECONCILE_REASONS,
  RETELL_TOKEN_TTL_MS,
  retellTokenDeadline,
  TRANSCRIPT_GRACE_MS,
  type OpenAttempt,
  type RetellCall,
} from '../src';

const T0 = 1_780_000_000_000;
const voice = (extra: Partial<OpenAttempt> = {}): OpenAttempt => ({
  mode: 'voice',
  callId: 'call_1',
  createdAtMs: T0,
  callEndedAtMs: null,
  lastCheckedAtMs: null,
  ...extra,
});
const call = (extra: Partial<RetellCall>): RetellCall => ({
  call_id: 'call_1',
  call_status: 'ended',
  ...extra,
});
const answered = [
  {
    role: 'agent',
    content: 'Tell me about a bug.',
    words: [{ word: 'Tell', start: 0.4, end: 0.7 }],
  },
  { role: 'user', content: 'I fixed a race.', words: [{ word: 'I', start: 2, end: 2.2 }] },
];

describe('planReconcile', () => {
  it('settles a practice attempt left open for hours, and waits before that', () => {
    const practice = voice({ mode: 'practice', callId: undefined });
    expect(planReconcile(practice, T0 + 60_000)).toMatchObject({ kind: 'wait' });
    expect(planReconcile(practice, T0 + PRACTICE_ABANDONED_AFTER_MS)).toMatchObject({
      kind: 'record',
      outcome: { outcome: 'failed', reason: RECONCILE_REASONS.practiceAbandoned },
    });
  });

  it('fails a voice attempt whose call was never created once the set-up grace is over', () => {
    const noCall = voice({ callId: undefined });
    expect(planReconcile(noCall, T0 + CALL_SETUP_GRACE_MS - 1).kind).toBe('wait');
    expect(planReconcile(noCall, T0 + CALL_SETUP_GRACE_MS)).toMatchObject({
      outcome: { reason: RECONCILE_REASONS.callNotSetUp },
    });
  });

  it('looks a call up after the token’s life, then every few minutes, or at once when forced', () => {
    expect(planReconcile(voice(), T0 + FIRST_LOOKUP_AFTER_MS - 1)).toMatchObject({
      kind: 'wait',
      waitingFor: 'the voice call to finish',
      nextCheckAtMs: T0 + FIRST_LOOKUP_AFTER_MS,
    });
    expect(planReconcile(voice(), T0 + FIRST_LOOKUP_AFTER_MS).kind).toBe('lookup');
    const checked = voice({ lastCheckedAtMs: T0 + FIRST_LOOKUP_AFTER_MS });
    expect(planReconcile(checked, T0 + FIRST_LOOKUP_AFTER_MS + 1).kind).toBe('wait');
    expect(planReconcile(checked, T0 + FIRST_LOOKUP_AFTER_MS + ONGOING_LOOKUP_EVERY_MS).kind).toBe(
      'lookup',
    );
    expect(planReconcile(voice(), T0 + 1_000, true).kind).toBe('lookup');
  });

  it('waits for the transcript a few minutes after the browser saw the call end', () => {
    const ended = voice({ callEndedAtMs: T0 + 10 * 60_000, lastCheckedAtMs: T0 + 10 * 60_000 });
    expect(planReconcile(ended, T0 + 11 * 60_000)).toMatchObject({
      kind: 'wait',
      waitingFor: 'the transcript from the voice service',
    });
    expect(planReconcile(ended, T0 + 10 * 60_000 + TRANSCRIPT_GRACE_MS).kind).toBe('lookup');
  });
});

describe('decideFromLookup', () => {
  const now = T0 + 20 * 60_000;

  it('records an ended call with the transcript, as the webhook would', () => {
    const decision = decideFromLookup(
      voice(),
      {
        kind: 'call',
        call: call({
          transcript_object: answered,
          start_timestamp: T0 + 5_000,
          end_timestamp: T0 + 65_000,
          disconnection_reason: 'agent_hangup',
        }),
      },
      now,
    );
    expect(decision).toMatchObject({
      kind: 'record',
      outcome: { outcome: 'transcribed' },
      timing: { startedAtMs: T0 + 5_000, endedAtMs: T0 + 65_000, durationMs: 60_000 },
      disconnectionReason: 'agent_hangup',
    });
  });

  it('fails a call nobody joined with the not-connected reason', () => {
    for (const lookup of [
      call({ call_status: 'error', disconnection_reason: 'error_user_not_joined' }),
      call({ call_status: 'registered' }),
    ]) {
      expect(decideFromLookup(voice(), { kind: 'call', call: lookup }, now)).toMatchObject({
        kind: 'record',
        outcome: { outcome: 'failed', reason: CALL_FAILURE_REASONS.not_connected },
      });
    }
    // A registered call inside the token's life may still connect.
    expect(
      decideFromLookup(voice(), { kind: 'call', call: call({ call_status: 'registered' }) }, T0),
    ).toMatchObject({ kind: 'wait' });
  });

  it('gives Retell the grace period to finish a just-ended call’s transcript', () => {
    const justEnded = call({ end_timestamp: now - 30_000 });
    expect(decideFromLookup(voice(), { kind: 'call', call: justEnded }, now)).toMatchObject({
      kind: 'wait',
      nextCheckAtMs: now - 30_000 + TRANSCRIPT_GRACE_MS,
    });
    expect(
      decideFromLookup(voice(), { kind: 'call', call: justEnded }, now + TRANSCRIPT_GRACE_MS),
    ).toMatchObject({ kind: 'record', outcome: { outcome: 'failed' } });
  });

  it('keeps waiting on an ongoing or unknown call until Retell’s own limit has passed', () => {
    for (const lookup of [
      { kind: 'call' as const, call: call({ call_status: 'ongoing' }) },
      { kind: 'missing' as const },
      { kind: 'unavailable' as const },
    ]) {
      expect(decideFromLookup(voice(), lookup, now).kind).toBe('wait');
      expect(decideFromLookup(voice(), lookup, T0 + CALL_HARD_DEADLINE_MS)).toMatchObject({
        kind: 'record',
        outcome: { outcome: 'failed', reason: RECONCILE_REASONS.callLost },
      });
    }
  });
});

describe('retellTokenDeadline', () => {
  it('counts the token’s life from the server’s receipt, kept inside the round trip', () => {
    const sentAtMs = T0;
    const receivedAtMs = T0 + 4_000;
    // In sync: 30 s from when the server got the token, not from when the answer arrived.
    expect(retellTokenDeadline({ tokenIssuedAtMs: T0 + 3_000, sentAtMs, receivedAtMs })).toBe(
      T0 + 3_000 + RETELL_TOKEN_TTL_MS,
    );
    // A server clock far ahead or behind cannot push the deadline outside the round trip.
    expect(retellTokenDeadline({ tokenIssuedAtMs: T0 + 60_000, sentAtMs, receivedAtMs })).toBe(
      receivedAtMs + RETELL_TOKEN_TTL_MS,
    );
    expect(retellTokenDeadline({ tokenIssuedAtMs: T0 - 60_000, sentAtMs, receivedAtMs })).toBe(
      sentAtMs + RETELL_TOKEN_TTL_MS,
    );
  });
});
