import { computeDeliveryMetrics, FILLER_WORDS, findFillers, type TranscriptTurn } from '../src';

const fillersIn = (text: string) => findFillers(text).map((h) => h.filler);

describe('findFillers', () => {
  it('counts vocal fillers and hedge adverbs wherever they are', () => {
    expect(
      fillersIn('Um, I think, uh, it was basically fine. Ummm. Erm, literally nothing.'),
    ).toEqual(['um', 'uh', 'basically', 'um', 'er', 'literally']);
  });

  it('counts "like" only as a filler, not as a verb or comparison', () => {
    const text =
      'Like, it was like, really slow, and I would like to fix it. Things like Redis help. I like Go.';
    expect(fillersIn(text)).toEqual(['like', 'like']);
  });

  it('counts "so" only at the start of a sentence or after a vocal filler', () => {
    expect(
      fillersIn('So we shipped it. It went so well that we did it again, um, so yeah.'),
    ).toEqual(['so', 'um', 'so']);
  });

  it('tells hedging "kind of" from classifying "kind of"', () => {
    expect(
      fillersIn('What kind of database? It was kind of slow, the sort of thing you ignore.'),
    ).toEqual(['kind of']);
  });

  it('tells filler "you know" and "i mean" from the real phrases', () => {
    expect(
      fillersIn(
        'Do you know Redis? It was, you know, hard. What I mean is simple. I mean, it works.',
      ),
    ).toEqual(['you know', 'i mean']);
  });

  it('exports the filler list in reporting order', () => {
    expect(FILLER_WORDS).toEqual([
      'um',
      'uh',
      'er',
      'ah',
      'like',
      'you know',
      'i mean',
      'sort of',
      'kind of',
      'basically',
      'actually',
      'literally',
      'so',
    ]);
  });
});

describe('computeDeliveryMetrics', () => {
  // Hand count. Turn 2: 20 words (Um so I'm a frontend engineer I mean I've been building React
  // apps for five years you know mostly dashboards), fillers um, so, i mean, you know; 10 s.
  // Turn 4: 8 words (It's like a cache basically I like React), filler basically; 4 s.
  // Agent: 4 + 8 words.
  const timed: TranscriptTurn[] = [
    { role: 'agent', text: 'Tell me about yourself.', startMs: 0, endMs: 2000 },
    {
      role: 'user',
      text: "Um, so I'm a frontend engineer. I mean, I've been building React apps for five years, you know, mostly dashboards.",
      startMs: 2000,
      endMs: 12_000,
    },
    {
      role: 'agent',
      text: 'What would you say your main tool is?',
      startMs: 12_000,
      endMs: 20_000,
    },
    {
      role: 'user',
      text: "It's like a cache, basically. I like React.",
      startMs: 20_000,
      endMs: 24_000,
    },
  ];

  it('measures pace and fillers from the candidate’s own speaking time', () => {
    const m = computeDeliveryMetrics(timed);
    // 28 words in 14 s of candidate speech; 5 fillers in 14 s.
    expect(m.wordsPerMinute).toBe(120);
    expect(m.fillerWordsPerMinute).toBe(21.4);
    expect(m.fillerWords).toEqual({ um: 1, 'you know': 1, 'i mean': 1, basically: 1, so: 1 });
    expect(Object.keys(m.fillerWords)).toEqual(['um', 'you know', 'i mean', 'basically', 'so']);
    expect(m.talkRatio).toBe(0.7); // 28 / 40
    expect(m.answerCount).toBe(2);
    expect(m.longestAnswerWords).toBe(20);
  });

  it('ignores the call duration when turn timings exist', () => {
    expect(computeDeliveryMetrics(timed, { durationMs: 600_000 }).wordsPerMinute).toBe(120);
  });

  // 10 agent words, 30 candidate words (two fillers: um, actually), no timings.
  const untimed: TranscriptTurn[] = [
    { role: 'agent', text: 'How would you speed up a slow database query today?' },
    {
      role: 'user',
      text: 'Um, I would look at the query plan to see whether it does a full table scan, and then I would actually add an index on the two filtered columns.',
    },
  ];

  it('splits the call duration by share of words when turns are untimed', () => {
    const m = computeDeliveryMetrics(untimed, { durationMs: 60_000 });
    // Candidate share: 30 / 40 of 60 s = 45 s, so 30 words / 0.75 min.
    expect(m.wordsPerMinute).toBe(40);
    expect(m.fillerWordsPerMinute).toBe(2.7); // 2 / 0.75
    expect(m.talkRatio).toBe(0.75);
  });

  it('does not invent a pace when nothing measures it, but still rates fillers', () => {
    const m = computeDeliveryMetrics(untimed);
    expect(m.wordsPerMinute).toBe(0);
    // 30 words at the assumed 150 wpm = 0.2 min; 2 fillers / 0.2 = 10.
    expect(m.fillerWordsPerMinute).toBe(10);
    expect(m.fillerWords).toEqual({ um: 1, actually: 1 });
  });

  it('merges consecutive candidate turns and skips non-answers when counting answers', () => {
    const m = computeDeliveryMetrics([
      { role: 'agent', text: 'Hi there, can you hear me?' },
      { role: 'user', text: 'Yes, um, I can.' },
      { role: 'agent', text: 'How would you scale the service?' },
      { role: 'user', text: 'I think we should' },
      { role: 'user', text: 'shard the database by customer id.' },
      { role: 'agent', text: 'Anything else?' },
      { role: 'user', text: 'Uh, no.' },
    ]);
    expect(m.answerCount).toBe(1);
    expect(m.longestAnswerWords).toBe(10);
  });

  it('returns zeros for an empty transcript', () => {
    expect(computeDeliveryMetrics([])).toEqual({
      wordsPerMinute: 0,
      fillerWordsPerMinute: 0,
      fillerWords: {},
      talkRatio: 0,
      answerCount: 0,
      longestAnswerWords: 0,
    });
  });

  it('counts a candidate who never spoke as a zero talk ratio', () => {
    const m = computeDeliveryMetrics([
      { role: 'agent', text: 'Hello? Are you there?', startMs: 0, endMs: 3000 },
    ]);
    expect(m.talkRatio).toBe(0);
    expect(m.answerCount).toBe(0);
  });
});
