import {
  buildPracticeTranscript,
  documentIdSchema,
  inspectPayload,
  isPlausibleTimeMs,
  PAYLOAD_LIMITS,
  submitPracticeTranscriptInputSchema,
  TIME_WINDOW,
  type Question,
} from '../src';

/** Builds `{ a: { a: ... } }` without recursion, so the test itself cannot overflow. */
function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

describe('inspectPayload', () => {
  it('accepts the shapes the callables take', () => {
    expect(inspectPayload(null)).toBeNull();
    expect(inspectPayload({ answers: [{ questionId: 'q1', text: 'Hi 👋', endMs: 1 }] })).toBeNull();
    expect(inspectPayload(nested(PAYLOAD_LIMITS.maxDepth))).toBeNull();
  });

  it('refuses deep nesting without recursing, even a million levels deep', () => {
    expect(inspectPayload(nested(PAYLOAD_LIMITS.maxDepth + 1))?.kind).toBe('too-deep');
    expect(inspectPayload(nested(3_500))?.kind).toBe('too-deep');
    expect(inspectPayload(nested(1_000_000))?.kind).toBe('too-deep');
  });

  it('caps keys per object and values overall', () => {
    const wide = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${String(i)}`, i]));
    expect(inspectPayload(wide)).toEqual({ kind: 'too-many-keys', path: [] });
    expect(inspectPayload({ list: Array.from({ length: 6000 }, () => 1) })?.kind).toBe(
      'too-many-values',
    );
  });

  it('names the first broken string, and refuses the protocol type marker', () => {
    expect(inspectPayload({ a: 'fine', b: ['ok', 'cut \ud83d'] })).toEqual({
      kind: 'broken-text',
      path: ['b', '1'],
    });
    expect(inspectPayload({ ['\udc00']: 1 })?.kind).toBe('broken-text');
    expect(inspectPayload({ role: { '@type': 'x', value: '1' } })).toEqual({
      kind: 'type-marker',
      path: ['role'],
    });
    expect(inspectPayload({ a: '\ud83d' }, { ...PAYLOAD_LIMITS, text: false })).toBeNull();
  });
});

describe('documentIdSchema', () => {
  it.each(['__x__', '____', '__.*__', '.', '..', 'a/b', '', 'x'.repeat(129), 'a.b', ' '])(
    'refuses %j',
    (id) => {
      expect(documentIdSchema.safeParse(id).success).toBe(false);
    },
  );
  it.each(['q1', 'AbC-123_x', '__x', 'x__', '_x_'])('accepts %j', (id) => {
    expect(documentIdSchema.safeParse(id).success).toBe(true);
  });
});

describe('times', () => {
  const now = Date.now();
  it('takes times within the window around now', () => {
    expect(isPlausibleTimeMs(now)).toBe(true);
    expect(isPlausibleTimeMs(now - TIME_WINDOW.pastMs + 60_000)).toBe(true);
    expect(isPlausibleTimeMs(now + TIME_WINDOW.futureMs + 60_000)).toBe(false);
    expect(isPlausibleTimeMs(253_402_300_800_000)).toBe(false); // the year 10000
    expect(isPlausibleTimeMs(0)).toBe(false);
  });

  it('refuses a practice submission ending in the year 10000, or longer than a session', () => {
    const base = { interviewId: 'i', attemptId: 'a', answers: [], startedAtMs: now - 1000 };
    const far = submitPracticeTranscriptInputSchema.safeParse({
      ...base,
      endedAtMs: 253_402_300_800_000,
    });
    expect(far.error?.issues[0]?.path).toEqual(['endedAtMs']);
    const backwards = submitPracticeTranscriptInputSchema.safeParse({
      ...base,
      endedAtMs: now - 2000,
    });
    expect(backwards.error?.issues[0]?.message).toMatch(/before/);
    expect(submitPracticeTranscriptInputSchema.safeParse({ ...base, endedAtMs: now }).success).toBe(
      true,
    );
  });
});

describe('buildPracticeTranscript', () => {
  const questions: Question[] = [
    { id: 'q1', text: 'Tell me about a project you led.', kind: 'behavioral' },
    { id: 'q2', text: 'How would you index this table?', kind: 'technical' },
  ];

  it('writes the interviewer from the questions, in the attempt order, with question ids', () => {
    const result = buildPracticeTranscript({
      questions,
      firstName: 'Ada',
      role: 'Backend Engineer',
      answers: [
        {
          questionId: 'q2',
          text: 'A composite index.',
          askedAtMs: 5000,
          startMs: 6000,
          endMs: 9000,
        },
        {
          questionId: 'q1',
          text: '  I led the billing rewrite.\u202e ',
          askedAtMs: 0,
          startMs: 1000,
          endMs: 4000,
        },
      ],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript).toEqual([
      {
        role: 'agent',
        text: expect.stringMatching(/^Hi Ada, .*Backend Engineer role/) as unknown,
        startMs: 0,
        endMs: 0,
      },
      { role: 'agent', questionId: 'q1', text: questions[0]?.text, startMs: 0, endMs: 1000 },
      {
        role: 'user',
        questionId: 'q1',
        text: 'I led the billing rewrite.',
        startMs: 1000,
        endMs: 4000,
      },
      { role: 'agent', questionId: 'q2', text: questions[1]?.text, startMs: 5000, endMs: 6000 },
      { role: 'user', questionId: 'q2', text: 'A composite index.', startMs: 6000, endMs: 9000 },
      {
        role: 'agent',
        text: expect.stringMatching(/^Thank you for your time, Ada\./) as unknown,
        startMs: 9000,
        endMs: 9000,
      },
    ]);
  });

  it('records a skip as the question alone, and no closing line for a session cut short', () => {
    const result = buildPracticeTranscript({
      questions,
      firstName: 'Ada',
      role: 'Engineer',
      answers: [{ questionId: 'q1', text: '', askedAtMs: 0, endMs: 3000 }],
    });
    expect(result.ok && result.transcript.map((t) => [t.role, t.questionId])).toEqual([
      ['agent', undefined],
      ['agent', 'q1'],
    ]);
  });

  it('refuses an answer to a question the attempt does not have', () => {
    const result = buildPracticeTranscript({
      questions,
      firstName: 'Ada',
      role: 'Engineer',
      answers: [{ questionId: 'q9', text: 'Hi', askedAtMs: 0, endMs: 1 }],
    });
    expect(result).toEqual({ ok: false, index: 0, message: 'Not a question of this attempt' });
  });
});
