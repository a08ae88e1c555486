import { COLLECTIONS, type CapabilitiesOutput, type CreateInterviewOutput } from '@candor/core';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { adminDb } from '../support/admin';
import { callError, signedInClient, type TestClient } from '../support/client';
import { functionUrl, waitFor } from '../support/env';
import { attemptDoc, readyInterview } from '../support/interviews';

let client: TestClient;

beforeAll(async () => {
  client = await signedInClient('Input Tester');
});

afterAll(async () => {
  await client.close();
});

const valid = {
  role: 'Backend Engineer',
  level: 'mid',
  type: 'mixed',
  techStack: ['Go', 'PostgreSQL'],
  questionCount: 2,
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** How many interviews the caller has, and how much of the daily limit is used. */
async function footprint() {
  const [interviews, caps] = await Promise.all([
    adminDb().collection(COLLECTIONS.interviews).where('userId', '==', client.uid).get(),
    client.call<CapabilitiesOutput>('getCapabilities', null),
  ]);
  return { interviews: interviews.size, used: caps.limits.interviews.used };
}

/** Runs each call, expects invalid-argument naming `field` (when given), and no write at all. */
async function expectRejectedWithoutWrites(
  cases: { data: unknown; field?: RegExp; name?: string }[],
  callable = 'createInterview',
) {
  const before = await footprint();
  for (const { data, field } of cases) {
    const error = await callError(client.call(callable, data));
    expect(error.code).toBe('functions/invalid-argument');
    // Written for a person: no stack traces, no internals.
    expect(error.message).not.toMatch(/at \w+ \(|Error:|undefined|\[object/);
    if (field) expect(error.message).toMatch(field);
  }
  expect(await footprint()).toEqual(before);
}

async function settled(interviewId: string): Promise<DocumentSnapshot> {
  const ref = adminDb().collection(COLLECTIONS.interviews).doc(interviewId);
  return waitFor(async () => {
    const snap = await ref.get();
    return snap.get('status') === 'generating' ? null : snap;
  }, 'the interview to settle');
}

describe('oversized payloads', () => {
  it('refuses a payload over 256 KB before parsing, writing nothing', async () => {
    await expectRejectedWithoutWrites([
      // The schema would strip an unknown field; the size check comes first.
      { data: { ...valid, padding: 'x'.repeat(300 * 1024) }, field: /too large/ },
      // Counted in bytes of UTF-8: 70,000 emoji are 140,000 UTF-16 units but 280,000 bytes.
      { data: { ...valid, padding: '🎤'.repeat(70_000) }, field: /too large/ },
      { data: { ...valid, techStack: Array.from({ length: 20_000 }, () => 'TypeScript') } },
    ]);
  });

  it('applies to every callable, not only createInterview', async () => {
    const big = 'y'.repeat(300 * 1024);
    for (const [name, data] of [
      ['startAttempt', { interviewId: 'x', mode: 'practice', junk: big }],
      ['abandonAttempt', { interviewId: 'x', attemptId: 'y', reason: big }],
      [
        'submitPracticeTranscript',
        {
          interviewId: 'x',
          attemptId: 'y',
          transcript: [{ role: 'user', text: big }],
          startedAtMs: 0,
          endedAtMs: 1,
        },
      ],
      ['deleteAccount', { confirm: 'DELETE', junk: big }],
    ] as const) {
      const error = await callError(client.call(name, data));
      expect(error.code).toBe('functions/invalid-argument');
      expect(error.message).toMatch(/too large/);
    }
  });
});

describe('malformed payloads', () => {
  it('rejects payloads that are not an object', async () => {
    await expectRejectedWithoutWrites([
      { data: null },
      { data: [] },
      { data: [valid] },
      { data: 'Backend Engineer' },
      { data: 42 },
      { data: true },
    ]);
  });

  it('rejects wrong types, naming the field', async () => {
    await expectRejectedWithoutWrites([
      { data: { ...valid, role: ['Backend Engineer'] }, field: /^role: / },
      { data: { ...valid, role: { toString: 'Backend' } }, field: /^role: / },
      { data: { ...valid, role: 42 }, field: /^role: / },
      { data: { ...valid, level: 'god-tier' }, field: /^level: / },
      { data: { ...valid, type: { $ne: null } }, field: /^type: / },
      { data: { ...valid, techStack: 'Go, Rust' }, field: /^techStack: / },
      { data: { ...valid, techStack: [1, 2] }, field: /^techStack\.0: / },
      { data: { ...valid, techStack: [['Go']] }, field: /^techStack\.0: / },
      { data: { ...valid, techStack: [{ name: 'Go' }] }, field: /^techStack\.0: / },
      { data: { ...valid, questionCount: '5' }, field: /^questionCount: / },
      { data: { ...valid, questionCount: 2.5 }, field: /^questionCount: / },
      { data: { ...valid, questionCount: -1 }, field: /^questionCount: / },
      { data: { ...valid, questionCount: 1e308 }, field: /^questionCount: / },
      { data: { ...valid, jobDescription: { text: 'x' } }, field: /^jobDescription: / },
    ]);
  });

  it('rejects deeply nested junk in place of a field', async () => {
    let junk: unknown = 'Engineer';
    for (let i = 0; i < 200; i++) junk = i % 2 === 0 ? [junk] : { a: junk };
    // Far deeper than any payload of ours: refused for its depth before the schema looks at it.
    await expectRejectedWithoutWrites([
      { data: { ...valid, role: junk }, field: /^The request is nested too deeply\./ },
    ]);
  });

  it('rejects ids that try to reach other paths', async () => {
    for (const interviewId of ['../users/x', 'a/b', '', ' ', 'x'.repeat(200), '.', '__.*__']) {
      const error = await callError(client.call('startAttempt', { interviewId, mode: 'practice' }));
      expect(error.code).toBe('functions/invalid-argument');
      expect(error.message).toMatch(/^interviewId: /);
    }
  });

  it('ignores server-owned fields and a forged owner in the payload', async () => {
    const { interviewId } = await client.call<CreateInterviewOutput>('createInterview', {
      ...valid,
      userId: 'someone-else',
      status: 'ready',
      questions: [{ id: 'q1', text: 'Forged question?', kind: 'technical' }],
      engine: 'gemini',
      model: 'forged',
      createdAt: 0,
      constructor: { prototype: { admin: true } },
    });
    const snap = await settled(interviewId);
    expect(snap.get('userId')).toBe(client.uid);
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('engine')).toBe('offline');
    const questions = snap.get('questions') as { text: string }[];
    expect(questions.map((q) => q.text)).not.toContain('Forged question?');
    expect(Object.keys(snap.data() ?? {})).not.toContain('constructor');
  });
});

describe('the callable protocol itself (raw HTTP, as an attacker would send it)', () => {
  async function raw(body: string, name = 'createInterview') {
    const token = await client.auth.currentUser?.getIdToken();
    const response = await fetch(functionUrl(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${String(token)}` },
      body,
    });
    return {
      status: response.status,
      json: (await response.json().catch(() => null)) as {
        result?: { interviewId?: string };
        error?: { status?: string; message?: string };
      } | null,
    };
  }

  it('refuses a body that is not JSON, or has no data, writing nothing', async () => {
    const before = await footprint();
    for (const body of ['{"data": {"role": ', 'role=x', '', '[]', '{"notData": {}}']) {
      const reply = await raw(body);
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
    }
    expect(await footprint()).toEqual(before);
  });

  it('keeps a __proto__ key from polluting anything: it is dropped like any unknown field', async () => {
    const reply = await raw(
      `{"data": ${JSON.stringify(valid).slice(0, -1)}, "__proto__": {"userId": "someone-else", "status": "ready", "admin": true}}}`,
    );
    expect(reply.status).toBe(200);
    const interviewId = reply.json?.result?.interviewId ?? '';
    const snap = await settled(interviewId);
    expect(snap.get('userId')).toBe(client.uid);
    expect(snap.get('admin')).toBeUndefined();
    expect(Object.keys(snap.data() ?? {})).not.toContain('__proto__');
  });
});

describe('unicode edge cases', () => {
  it.each([
    ['emoji', 'Backend Engineer 🚀', ['Go 🐹', 'Rust 🦀']],
    ['right-to-left text', 'مهندس برمجيات خلفية', ['פייתון', 'Go']],
    ['combining marks', 'Cafe\u0301 Platform Develope\u0301r', ['Ñ\u0303ode']],
    ['emoji sequences', 'Family 👨‍👩‍👧‍👦 Engineer 🏳️‍🌈', ['🇺🇸 Go']],
  ])('accepts %s and stores them exactly, downstream too', async (_name, role, techStack) => {
    const { interviewId } = await readyInterview(client, {
      role,
      techStack,
      jobDescription: `${role}\n${techStack.join(' ')}\nWe value kindness. 👍`,
    });
    const snap = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(snap.get('role')).toBe(role);
    expect(snap.get('techStack')).toEqual(techStack);
    for (const q of snap.get('questions') as { text: string }[]) {
      expect(LONE_SURROGATE.test(q.text)).toBe(false);
    }
  });

  it('removes zero-width and bidirectional controls before storing, downstream too', async () => {
    const { interviewId } = await readyInterview(client, {
      role: 'Data\u200bEngineer\u200d \u202egnp.exe\u202c',
      techStack: ['Type\u200cScript', '\u2066Go\u2069'],
      jobDescription: 'Line one\u200f\nLine\u2060 two\u202e',
    });
    const snap = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(snap.get('role')).toBe('DataEngineer gnp.exe');
    expect(snap.get('techStack')).toEqual(['TypeScript', 'Go']);
    expect(snap.get('jobDescription')).toBe('Line one\nLine two');
  });

  it('says a field is required when nothing in it can be seen, writing nothing', async () => {
    await expectRejectedWithoutWrites([
      { data: { ...valid, role: '\u200b\u200c\u200d\u2060' }, field: /^role: Role is required\b/ },
      { data: { ...valid, role: '\u202e\u2066\ufeff \u3164' }, field: /^role: Role is required\b/ },
      {
        data: { ...valid, techStack: ['Go', '\u200b\u200b'] },
        field: /^techStack\.1: Each technology is required\b/,
      },
    ]);
  });

  it('rejects lone surrogates (broken emoji) with invalid-argument naming the field', async () => {
    await expectRejectedWithoutWrites([
      { data: { ...valid, role: 'Engineer \ud83d' }, field: /^role: .*broken character/ },
      { data: { ...valid, role: '\ude80 Engineer' }, field: /^role: / },
      { data: { ...valid, techStack: ['Go', 'Rust \ud83e'] }, field: /^techStack\.1: / },
      { data: { ...valid, jobDescription: 'Cut here: \ud83d' }, field: /^jobDescription: / },
    ]);
  });
});

describe('HTML and script in text fields', () => {
  it('stores markup as the literal text it is (React escapes it when rendering)', async () => {
    const role = '<img src=x onerror=alert(1)>';
    const techStack = ['<script>alert(2)</script>', '"><svg onload=alert(3)>'];
    const jobDescription = '<iframe src="javascript:alert(4)"></iframe> {{constructor}} ${x}';
    const { interviewId } = await readyInterview(client, { role, techStack, jobDescription });
    const snap = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(snap.get('role')).toBe(role);
    expect(snap.get('techStack')).toEqual(techStack);
    expect(snap.get('jobDescription')).toBe(jobDescription);
  });
});

describe('ids, times and nesting that Firestore or the stack cannot take (4xx, never 500)', () => {
  it.each([
    ['startAttempt', { interviewId: '__x__', mode: 'practice' }, /^interviewId: /],
    [
      'startAttempt',
      { interviewId: 'i', mode: 'practice', questionIds: ['__q__'] },
      /^questionIds\.0: /,
    ],
    ['abandonAttempt', { interviewId: '__x__', attemptId: 'a', reason: 'r' }, /^interviewId: /],
    ['abandonAttempt', { interviewId: 'i', attemptId: '__x__', reason: 'r' }, /^attemptId: /],
    [
      'submitPracticeTranscript',
      {
        interviewId: 'i',
        attemptId: '__x__',
        answers: [],
        startedAtMs: Date.now(),
        endedAtMs: Date.now(),
      },
      /^attemptId: /,
    ],
    ['rescoreAttempt', { interviewId: '__x__', attemptId: 'a' }, /^interviewId: /],
    ['rescoreAttempt', { interviewId: 'i', attemptId: '__name__' }, /^attemptId: /],
    ['retryInterview', { interviewId: '__x__' }, /^interviewId: /],
  ])('%s refuses a reserved id: %j', async (name, data, field) => {
    const error = await callError(client.call(name, data));
    expect(error.code).toBe('functions/invalid-argument');
    expect(error.message).toMatch(field);
  });

  it('refuses practice times far from now, and a session running backwards, storing nothing', async () => {
    const { interviewId } = await readyInterview(client);
    const { attemptId } = await client.call<{ attemptId: string }>('startAttempt', {
      interviewId,
      mode: 'practice',
    });
    const now = Date.now();
    const year10000 = 253_402_300_800_000;
    for (const [times, field] of [
      [{ startedAtMs: now - 60_000, endedAtMs: year10000 }, /^endedAtMs: /],
      [{ startedAtMs: year10000, endedAtMs: year10000 + 1 }, /^startedAtMs: /],
      [{ startedAtMs: 0, endedAtMs: now }, /^startedAtMs: /],
      [{ startedAtMs: now, endedAtMs: now - 1 }, /^endedAtMs: /],
      [{ startedAtMs: now - 60_000, endedAtMs: now + 1e300 }, /^endedAtMs: /],
    ] as const) {
      const error = await callError(
        client.call('submitPracticeTranscript', {
          interviewId,
          attemptId,
          answers: [{ questionId: 'q1', text: 'An answer.', askedAtMs: 0, startMs: 1, endMs: 2 }],
          ...times,
        }),
      );
      expect(error.code).toBe('functions/invalid-argument');
      expect(error.message).toMatch(field);
    }
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(snap.get('status')).toBe('created');
    const events = await adminDb()
      .collection(COLLECTIONS.webhookEvents)
      .doc(`practice_${attemptId}`)
      .get();
    expect(events.exists).toBe(false);
  });

  it('refuses a payload nested 3,500 levels deep (21 kB) on every callable', async () => {
    // The web SDK's own encoder recurses too deeply for this, so it goes as raw HTTP.
    const token = await client.auth.currentUser?.getIdToken();
    const before = await footprint();
    const deep = `{"data":{"interviewId":"i","junk":${'{"a":'.repeat(3_500)}"x"${'}'.repeat(3_500)}}}`;
    expect(deep.length).toBeGreaterThan(21_000);
    for (const name of [
      'createInterview',
      'startAttempt',
      'abandonAttempt',
      'submitPracticeTranscript',
      'rescoreAttempt',
      'retryInterview',
      'deleteAccount',
      'getCapabilities',
    ]) {
      const response = await fetch(functionUrl(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${String(token)}` },
        body: deep,
      });
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error?: { status?: string; message?: string } };
      expect(json.error).toEqual({
        status: 'INVALID_ARGUMENT',
        message: 'The request is nested too deeply.',
      });
    }
    expect(await footprint()).toEqual(before);
  });
});

describe('raw bodies the SDK itself cannot decode (answered 400 before it tries)', () => {
  async function post(name: string, body: string, token?: string) {
    const response = await fetch(functionUrl(name), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    return {
      status: response.status,
      json: (await response.json().catch(() => null)) as {
        error?: { status?: string; message?: string };
      } | null,
    };
  }

  it('refuses a body nested 100,000 levels deep, signed in or not', async () => {
    const deep = `{"data":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    const token = await client.auth.currentUser?.getIdToken();
    for (const auth of [token, undefined]) {
      const reply = await post('createInterview', deep, auth);
      expect(reply.status).toBe(400);
      expect(reply.json?.error?.status).toBe('INVALID_ARGUMENT');
    }
    const arrays = `{"data":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect((await post('startAttempt', arrays, token)).status).toBe(400);
  });

  it('refuses the protocol type marker the SDK cannot decode', async () => {
    const token = await client.auth.currentUser?.getIdToken();
    const reply = await post(
      'createInterview',
      JSON.stringify({ data: { ...valid, role: { '@type': 'x.y/Unknown', value: '1' } } }),
      token,
    );
    expect(reply.status).toBe(400);
    expect(reply.json?.error?.message).toMatch(/unknown type/);
  });
});

describe('identity', () => {
  /** A token the emulator decodes without verifying: header and claims, no signature. */
  function unsignedToken(claims: Record<string, unknown>): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
  }

  it.each([
    ['no uid at all', { iss: 'https://securetoken.google.com/x', aud: 'x' }],
    ['an empty uid', { sub: '' }],
    ['a uid that is not a string', { sub: 42 }],
    ['a uid that names another path', { sub: 'a/b' }],
    ['a reserved uid', { sub: '__x__' }],
  ])('answers unauthenticated to a token with %s, on every callable', async (_name, claims) => {
    const token = unsignedToken(claims);
    const before = await footprint();
    for (const [name, data] of [
      ['createInterview', valid],
      ['getCapabilities', null],
      ['startAttempt', { interviewId: 'i', mode: 'practice' }],
      ['deleteAccount', { confirm: 'DELETE' }],
    ] as const) {
      const response = await fetch(functionUrl(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ data }),
      });
      expect(response.status).toBe(401);
      const json = (await response.json()) as { error?: { status?: string } };
      expect(json.error?.status).toBe('UNAUTHENTICATED');
    }
    expect(await footprint()).toEqual(before);
  });
});
