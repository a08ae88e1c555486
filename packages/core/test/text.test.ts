import {
  hasSpoken,
  toDates,
  toStorableText,
  createInterviewInputSchema,
  displayNameSchema,
  hasVisibleText,
  normalizeMultiLine,
  normalizeSingleLine,
} from '../src';

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];

describe('normalizeSingleLine', () => {
  it.each([...ZERO_WIDTH, ...BIDI].map((c) => [`U+${c.codePointAt(0)?.toString(16) ?? ''}`, c]))(
    'removes %s wherever it is',
    (_name, c) => {
      expect(normalizeSingleLine(`${c}Data${c} Engi${c}neer${c}`)).toBe('Data Engineer');
    },
  );

  it('makes text nobody can see empty', () => {
    for (const text of [
      ZERO_WIDTH.join(''),
      BIDI.join(''),
      '\u3164\u3164',
      '\u2800',
      ' \u00a0\u2003 ',
      '\u0301\u0301',
    ]) {
      expect(normalizeSingleLine(text)).toBe('');
    }
  });

  it('keeps the joiners inside emoji sequences, and what people really type', () => {
    for (const text of [
      'Family 👨‍👩‍👧‍👦 Engineer 🏳️‍🌈',
      'مهندس برمجيات خلفية',
      'Cafe\u0301 Developer',
      '👩🏽‍💻 Go',
    ]) {
      expect(normalizeSingleLine(text)).toBe(text);
    }
    expect(normalizeSingleLine('Go\u200d')).toBe('Go');
  });

  it('turns controls into spaces and folds whitespace', () => {
    expect(normalizeSingleLine('  Back\tend\n\u0000Engineer\u0085 ')).toBe('Back end Engineer');
  });
});

describe('normalizeMultiLine', () => {
  it('keeps line breaks and tabs, unifies them, and removes the same controls', () => {
    expect(normalizeMultiLine(' First\r\nSec\u202eond\rThird\u2028\tFourth\u200b\u0007 ')).toBe(
      'First\nSecond\nThird\n\tFourth',
    );
  });

  it('makes invisible text empty', () => {
    expect(normalizeMultiLine('\u200b\n\u202e\n')).toBe('');
    expect(hasVisibleText('\n\u200b')).toBe(false);
  });
});

describe('the schemas use it', () => {
  const valid = {
    role: 'Backend Engineer',
    level: 'mid',
    type: 'mixed',
    techStack: ['Go'],
    questionCount: 3,
  };

  it('says "Role is required" for a role made only of invisible characters', () => {
    const result = createInterviewInputSchema.safeParse({
      ...valid,
      role: '\u200b\u200c\u200d\u2060',
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ['role'], message: 'Role is required' });
  });

  it('stores roles, technologies, names and descriptions without the controls', () => {
    const parsed = createInterviewInputSchema.parse({
      ...valid,
      role: 'Engineer \u202egnp.exe',
      techStack: ['Type\u200cScript', 'TypeScript'],
      jobDescription: 'Line one\u202e\nLine two\u200b',
    });
    expect(parsed.role).toBe('Engineer gnp.exe');
    expect(parsed.jobDescription).toBe('Line one\nLine two');
    expect(
      createInterviewInputSchema.safeParse({ ...valid, techStack: ['\u200b'] }).error?.issues[0],
    ).toMatchObject({
      path: ['techStack', 0],
      message: 'Each technology is required',
    });
    expect(parsed.techStack).toEqual(['TypeScript']);
    expect(displayNameSchema.safeParse('\u2066\u2069').error?.issues[0]?.message).toBe(
      'Display name is required',
    );
  });

  it('leaves out a job description with nothing visible in it', () => {
    expect(
      createInterviewInputSchema.parse({ ...valid, jobDescription: '\u200b\n\u202e' })
        .jobDescription,
    ).toBeUndefined();
  });
});

describe('the shared rules', () => {
  it('counts a turn as spoken only when it has a letter or digit', () => {
    const turns = (text: string) => [
      { role: 'agent', text: 'Tell me about a project.' },
      { role: 'user', text },
    ];
    expect(hasSpoken(turns('I built 3 services.'))).toBe(true);
    expect(hasSpoken(turns('Да, конечно'))).toBe(true);
    expect(hasSpoken(turns('...?!'))).toBe(false);
    expect(hasSpoken(turns(''))).toBe(false);
    expect(hasSpoken([{ role: 'agent', text: 'Hello there' }])).toBe(false);
  });

  it('replaces each half of a broken surrogate pair, keeping whole emoji', () => {
    expect(toStorableText('ok \uD83D end \uDE00 👍')).toBe('ok \uFFFD end \uFFFD 👍');
  });

  it('turns timestamps of either SDK into Dates, deep inside a document', () => {
    const at = new Date(1_700_000_000_000);
    const timestamp = { toDate: () => at, toMillis: () => at.getTime() };
    expect(
      toDates({ createdAt: timestamp, list: [{ endedAt: timestamp }], kept: at, n: 1 }),
    ).toEqual({ createdAt: at, list: [{ endedAt: at }], kept: at, n: 1 });
  });
});
