import {
  clampScore,
  computeTotalScore,
  findEvidence,
  normaliseForEvidence,
  type TranscriptTurn,
} from '../src';

const transcript: TranscriptTurn[] = [
  { role: 'agent', text: 'How did you cut the page load time on the checkout page?', startMs: 0 },
  {
    role: 'user',
    text: 'We moved the pricing call   to the edge — it “cut p95 latency” from 900ms to 300ms. I’d do it again.',
    startMs: 4200,
  },
  { role: 'agent', text: 'Nice. Did you measure the effect on conversions?' },
  { role: 'user', text: 'Yes, conversion went up by about 2%, which paid for the work.' },
];

describe('normaliseForEvidence', () => {
  it('lowercases, folds whitespace, strips punctuation and unifies quotes', () => {
    expect(normaliseForEvidence('  It “CUT” p95   latency — from 900ms!  ')).toBe(
      'it cut p95 latency from 900ms',
    );
    expect(normaliseForEvidence("I’d say 'don't' isn't quoted")).toBe("i'd say don't isn't quoted");
  });
});

describe('findEvidence', () => {
  it('accepts a verbatim quote despite case, whitespace and punctuation differences', () => {
    expect(findEvidence('we moved the pricing call to the edge', transcript)).toEqual({
      quote: 'We moved the pricing call   to the edge'.replace(/\s+/g, ' '),
      startMs: 4200,
    });
    const curly = findEvidence(
      '"Cut p95 latency" from 900ms to 300ms. I\'d do it again',
      transcript,
    );
    expect(curly?.quote).toBe('cut p95 latency” from 900ms to 300ms. I’d do it again');
  });

  it('returns the quote without a time when the turn has none', () => {
    expect(findEvidence('conversion went up by about 2%', transcript)).toEqual({
      quote: 'conversion went up by about 2',
    });
  });

  it('rejects fabricated and paraphrased quotes', () => {
    expect(findEvidence('we moved pricing to the edge', transcript)).toBeNull();
    expect(findEvidence('I reduced latency by two thirds', transcript)).toBeNull();
    expect(findEvidence('the edge and conversion went up', transcript)).toBeNull();
  });

  it('rejects quotes that only match part of a word', () => {
    expect(findEvidence('e moved the pricing', transcript)).toBeNull();
  });

  it('rejects a quote taken from the interviewer, even when agent turns are passed in', () => {
    expect(findEvidence('cut the page load time', transcript)).toBeNull();
    expect(findEvidence('did you measure the effect', transcript)).toBeNull();
  });

  it('rejects quotes that are too short to prove anything', () => {
    expect(findEvidence('Yes, conversion', transcript)).toBeNull();
    expect(findEvidence('  ...  ', transcript)).toBeNull();
  });

  it('does not join text across two candidate turns', () => {
    expect(findEvidence('I’d do it again yes conversion went up', transcript)).toBeNull();
  });
});

describe('clampScore', () => {
  it.each<[unknown, number | null]>([
    [-5, 0],
    [150, 100],
    [72.6, 73],
    [72.4, 72],
    [0, 0],
    [100, 100],
    [NaN, null],
    [Infinity, null],
    ['80', 80],
    [' 64.5 ', 65],
    ['eighty', null],
    ['', null],
    [null, null],
    [undefined, null],
    [{}, null],
  ])('clampScore(%p) is %p', (input, expected) => {
    expect(clampScore(input)).toBe(expected);
  });
});

describe('computeTotalScore', () => {
  it('is the rounded mean of the category scores', () => {
    expect(
      computeTotalScore([
        { score: 80 },
        { score: 70 },
        { score: 65 },
        { score: 90 },
        { score: 51 },
      ]),
    ).toBe(71);
    expect(computeTotalScore([{ score: 50 }, { score: 51 }])).toBe(51);
    expect(computeTotalScore([{ score: 100 }, { score: 100 }])).toBe(100);
  });

  it('is 0 with no categories', () => {
    expect(computeTotalScore([])).toBe(0);
  });
});
