import {
  LIMITS,
  RETELL_SUBSCRIBED_EVENTS,
  classifyCallOutcome,
  parseRetellWebhook,
  retellCallMetadataSchema,
  retellCallSchema,
  retellCallTiming,
  retellWebhookEventKey,
  toTranscript,
  transcriptTurnSchema,
  type RetellCall,
  type RetellUtterance,
} from '../src';

/** A call_ended body as Retell sends it for a web call (fields abridged, shapes real). */
const callEnded = () => ({
  event: 'call_ended',
  call: {
    call_type: 'web_call',
    call_id: 'call_5d1c9a8e0f3b4d7a9c2e6f1b8a4d3c2e',
    agent_id: 'agent_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    agent_version: 3,
    agent_name: 'Candor interviewer',
    call_status: 'ended',
    metadata: { interviewId: 'Kq3vT9xYz1AbCdEf', attemptId: 'Zx81PqRs', uid: 'u_ABC123' },
    retell_llm_dynamic_variables: { candidate_first_name: 'Grace', question_count: '1' },
    collected_dynamic_variables: {},
    start_timestamp: 1_760_000_000_000,
    end_timestamp: 1_760_000_095_250,
    duration_ms: 95_250,
    disconnection_reason: 'agent_hangup',
    transcript:
      'Agent: Hi Grace, thanks for joining.\nUser: Hi! Ready.\nAgent: Tell me about a bug you fixed.\nUser: We had a race condition in the cache.',
    transcript_object: [
      {
        role: 'agent',
        content: 'Hi Grace, thanks for joining.',
        words: [
          { word: 'Hi', start: 0.412, end: 0.6 },
          { word: 'Grace,', start: 0.61, end: 0.98 },
          { word: 'thanks', start: 1.0, end: 1.3 },
          { word: 'for', start: 1.31, end: 1.45 },
          { word: 'joining.', start: 1.46, end: 1.9004 },
        ],
      },
      {
        role: 'user',
        content: 'Hi! Ready.',
        words: [
          { word: 'Hi!', start: 3.1, end: 3.4 },
          { word: 'Ready.', start: 3.5, end: 4.0 },
        ],
      },
      {
        role: 'agent',
        content: 'Tell me about a bug you fixed.',
        words: [
          { word: 'Tell', start: 5.0, end: 5.2 },
          { word: 'fixed.', start: 6.5, end: 7.0 },
        ],
      },
      { role: 'user', content: '   ', words: [] },
      {
        role: 'user',
        content: 'We had a race condition in the cache.',
        words: [
          { word: 'We', start: 12.0, end: 12.2 },
          { word: 'cache.', start: 15.2, end: 15.75 },
        ],
      },
    ],
    transcript_with_tool_calls: [],
    recording_url: 'https://dxc03zgurdly9.cloudfront.net/recording.wav',
    public_log_url: 'https://dxc03zgurdly9.cloudfront.net/public.log',
    latency: { e2e: { p50: 812, p90: 1204, values: [800, 812] } },
    call_cost: { combined_cost: 11.2, product_costs: [] },
    opt_in_signed_url: false,
  },
});

const asCall = (overrides: Partial<RetellCall> = {}): RetellCall =>
  retellCallSchema.parse({ ...callEnded().call, ...overrides });

describe('parseRetellWebhook', () => {
  it('parses a call_ended body, keeps unknown fields and extracts the metadata', () => {
    const result = parseRetellWebhook(callEnded());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).toBe('call_ended');
    expect(result.call.call_id).toBe('call_5d1c9a8e0f3b4d7a9c2e6f1b8a4d3c2e');
    expect(result.metadata).toEqual({
      interviewId: 'Kq3vT9xYz1AbCdEf',
      attemptId: 'Zx81PqRs',
      uid: 'u_ABC123',
    });
    expect(result.call.recording_url).toBe('https://dxc03zgurdly9.cloudfront.net/recording.wav');
  });

  it('parses call_started (no transcript, no end) and call_analyzed', () => {
    const started = parseRetellWebhook({
      event: 'call_started',
      call: {
        call_id: 'call_1',
        call_status: 'ongoing',
        call_type: 'web_call',
        start_timestamp: 1_760_000_000_000,
        metadata: { interviewId: 'i1', attemptId: 'a1', uid: 'u1' },
      },
    });
    expect(started).toMatchObject({ ok: true, event: 'call_started' });

    const analyzed = parseRetellWebhook({
      ...callEnded(),
      event: 'call_analyzed',
      call: {
        ...callEnded().call,
        call_analysis: { call_summary: 'ok', user_sentiment: 'Neutral' },
      },
    });
    expect(analyzed).toMatchObject({ ok: true, event: 'call_analyzed' });
  });

  it('accepts nulls where Retell sends them', () => {
    const body = callEnded();
    const result = parseRetellWebhook({
      ...body,
      call: {
        ...body.call,
        disconnection_reason: null,
        transcript_object: null,
        end_timestamp: null,
      },
    });
    expect(result.ok).toBe(true);
  });

  it('gives null metadata for a call Candor did not create', () => {
    const body = callEnded();
    for (const metadata of [
      undefined,
      null,
      {},
      { interviewId: 'a/b', attemptId: 'x', uid: 'u' },
    ]) {
      const result = parseRetellWebhook({ ...body, call: { ...body.call, metadata } });
      expect(result).toMatchObject({ ok: true, metadata: null });
    }
  });

  it('tells unsupported events from invalid payloads', () => {
    expect(parseRetellWebhook({ event: 'chat_started', chat: { chat_id: 'c' } })).toMatchObject({
      ok: false,
      reason: 'unsupported_event',
      event: 'chat_started',
    });
    expect(parseRetellWebhook({ call: {} })).toMatchObject({
      ok: false,
      reason: 'invalid_payload',
    });
    expect(parseRetellWebhook('call_ended')).toMatchObject({
      ok: false,
      reason: 'invalid_payload',
    });
    expect(parseRetellWebhook(null)).toMatchObject({ ok: false, reason: 'invalid_payload' });
    const noId = parseRetellWebhook({ event: 'call_ended', call: { call_status: 'ended' } });
    expect(noId).toMatchObject({ ok: false, reason: 'invalid_payload', event: 'call_ended' });
    if (!noId.ok) expect(noId.message).toContain('call_id');
  });

  it('subscribes to the one event the webhook stores (call_ended)', () => {
    // startAttempt marks the attempt in_progress itself; call_started would change nothing.
    expect(RETELL_SUBSCRIBED_EVENTS).toEqual(['call_ended']);
  });
});

describe('retellCallMetadataSchema', () => {
  it('requires string ids', () => {
    expect(
      retellCallMetadataSchema.safeParse({ interviewId: 'i', attemptId: 'a', uid: 'u' }).success,
    ).toBe(true);
    expect(
      retellCallMetadataSchema.safeParse({ interviewId: 1, attemptId: 'a', uid: 'u' }).success,
    ).toBe(false);
    expect(
      retellCallMetadataSchema.safeParse({ interviewId: 'i', attemptId: '', uid: 'u' }).success,
    ).toBe(false);
  });
});

describe('retellWebhookEventKey', () => {
  it('is one Firestore-safe id per call and event', () => {
    expect(retellWebhookEventKey('call_ended', 'call_abc')).toBe('retell_call_abc_call_ended');
    expect(retellWebhookEventKey('call_ended', 'a/b.c')).toBe('retell_a_b_c_call_ended');
    expect(retellWebhookEventKey('call_ended', 'x')).not.toBe(
      retellWebhookEventKey('call_analyzed', 'x'),
    );
  });
});

describe('toTranscript', () => {
  it('maps roles and text, times turns from word timings and drops empty turns', () => {
    const transcript = toTranscript(asCall().transcript_object);
    expect(transcript).toEqual([
      { role: 'agent', text: 'Hi Grace, thanks for joining.', startMs: 412, endMs: 1900 },
      { role: 'user', text: 'Hi! Ready.', startMs: 3100, endMs: 4000 },
      { role: 'agent', text: 'Tell me about a bug you fixed.', startMs: 5000, endMs: 7000 },
      { role: 'user', text: 'We had a race condition in the cache.', startMs: 12000, endMs: 15750 },
    ]);
    for (const turn of transcript) expect(transcriptTurnSchema.safeParse(turn).success).toBe(true);
  });

  it('leaves out times it does not have and skips other roles', () => {
    const utterances: RetellUtterance[] = [
      { role: 'user', content: 'No words array' },
      { role: 'agent', content: 'Partial', words: [{ word: 'Partial' }, { word: 'x', end: 2.5 }] },
      { role: 'transfer_target', content: 'Someone else', words: [] },
      { role: 'user', content: 'Bad times', words: [{ word: 'Bad', start: -1, end: Number.NaN }] },
    ];
    expect(toTranscript(utterances)).toEqual([
      { role: 'user', text: 'No words array' },
      { role: 'agent', text: 'Partial', endMs: 2500 },
      { role: 'user', text: 'Bad times' },
    ]);
    expect(toTranscript(undefined)).toEqual([]);
    expect(toTranscript(null)).toEqual([]);
  });

  it('truncates over-long text to the turn limit without splitting a character', () => {
    const long = `${'a'.repeat(LIMITS.turnText - 1)}😀 and more`;
    const [turn] = toTranscript([{ role: 'user', content: long, words: [] }]);
    expect(turn?.text.length).toBe(LIMITS.turnText - 1);
    expect(transcriptTurnSchema.safeParse(turn).success).toBe(true);
  });

  it('removes control characters', () => {
    const [turn] = toTranscript([{ role: 'user', content: 'one\u0000two\nthree', words: [] }]);
    expect(turn?.text).toBe('one two three');
  });
});

describe('classifyCallOutcome', () => {
  it('is transcribed when the candidate spoke, whatever ended the call', () => {
    for (const disconnection_reason of [
      'agent_hangup',
      'user_hangup',
      'error_llm_websocket_lost_connection',
      'max_duration_reached',
    ]) {
      const outcome = classifyCallOutcome(asCall({ disconnection_reason }));
      expect(outcome.outcome).toBe('transcribed');
      expect(outcome.transcript).toHaveLength(4);
    }
  });

  const agentOnly = asCall().transcript_object?.filter((u) => u.role === 'agent');

  it.each([
    ['dial_failed', 'not_connected', /never connected/],
    ['dial_no_answer', 'not_connected', /never connected/],
    ['registered_call_timeout', 'not_connected', /never connected/],
    ['error_user_not_joined', 'not_connected', /never connected/],
    ['concurrency_limit_reached', 'service_busy', /unavailable right now/],
    ['no_valid_payment', 'service_busy', /unavailable right now/],
    ['error_no_audio_received', 'no_audio', /microphone/],
    ['inactivity', 'no_audio', /microphone/],
    ['error_llm_websocket_open', 'service_error', /voice service had a problem/],
    ['error_retell', 'service_error', /voice service had a problem/],
    ['user_hangup', 'user_left', /left the call/],
    ['agent_hangup', 'no_user_speech', /before you answered/],
  ])('fails with a reason when the candidate never spoke: %s', (reason, code, message) => {
    const outcome = classifyCallOutcome(
      asCall({ disconnection_reason: reason, transcript_object: agentOnly }),
    );
    expect(outcome).toMatchObject({ outcome: 'failed', code });
    if (outcome.outcome === 'failed') expect(outcome.reason).toMatch(message);
  });

  it('does not count noise or blank turns as speech', () => {
    const outcome = classifyCallOutcome(
      asCall({
        disconnection_reason: 'user_hangup',
        duration_ms: 4000,
        transcript_object: [
          { role: 'agent', content: 'Hi Grace, thanks for joining.', words: [] },
          { role: 'user', content: '...', words: [] },
        ],
      }),
    );
    expect(outcome).toMatchObject({ outcome: 'failed', code: 'user_left' });
    expect(outcome.transcript).toHaveLength(2);
  });

  it('reports a not_connected status and a missing transcript', () => {
    expect(
      classifyCallOutcome(
        asCall({ call_status: 'not_connected', disconnection_reason: null, transcript_object: [] }),
      ),
    ).toMatchObject({ outcome: 'failed', code: 'not_connected' });
    expect(
      classifyCallOutcome(
        asCall({
          disconnection_reason: 'agent_hangup',
          transcript_object: undefined,
          transcript: undefined,
        }),
      ),
    ).toMatchObject({ outcome: 'failed', code: 'no_transcript' });
  });
});

describe('retellCallTiming', () => {
  it('reads the timestamps and duration', () => {
    expect(retellCallTiming(asCall())).toEqual({
      startedAtMs: 1_760_000_000_000,
      endedAtMs: 1_760_000_095_250,
      durationMs: 95_250,
    });
  });

  it('derives the duration, and gives null for what is missing', () => {
    expect(retellCallTiming(asCall({ duration_ms: undefined }))).toMatchObject({
      durationMs: 95_250,
    });
    expect(
      retellCallTiming(
        asCall({ duration_ms: null, end_timestamp: null, start_timestamp: undefined }),
      ),
    ).toEqual({ startedAtMs: null, endedAtMs: null, durationMs: null });
  });
});
