import { LIMITS, isVoiceFriendly, parseGeneratedQuestions, voiceFriendlyProblem } from '../src';

describe('isVoiceFriendly', () => {
  it.each([
    'Tell me about a time you disagreed with a teammate. How did you handle it?',
    'How do you use TypeScript, Node.js and PostgreSQL together in a backend service?',
    'What changed when your team moved from C++ to C# and .NET?',
    'How would you design a CI/CD pipeline for a team of twenty engineers?',
    'What’s the trade-off between latency and throughput — and which matters more here?',
    'How would you cut a $2 million cloud bill by 30%?',
    'Explain the difference between ASP.NET and Node.js (in your own words).',
    'Comment géreriez-vous une panne en production?',
  ])('accepts %s', (text) => {
    expect(voiceFriendlyProblem(text)).toBeNull();
    expect(isVoiceFriendly(text)).toBe(true);
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['What does this print? ```js\nconsole.log(1)\n```', 'contains a code block'],
    ['What does `map` return?', 'contains a backtick'],
    ['What is a closure?\nGive an example.', 'spans several lines'],
    ['Read https://example.com and tell me what you think.', 'contains a URL or web address'],
    ['Have you used www.example.org before?', 'contains a URL or web address'],
    ['Have you read the docs on reactjs.org?', 'contains a URL or web address'],
    ['- Tell me about yourself.', 'starts with a list marker'],
    ['* Tell me about yourself.', 'starts with a list marker'],
    ['1. Tell me about yourself.', 'starts with a list marker'],
    ['## Question one: tell me about yourself', 'starts with a markdown heading'],
    ['How would you scale this service? 🚀', 'contains an emoji'],
    ['What does an object like {a: 1} mean?', 'contains braces'],
    ['What is the type of [1, 2]?', 'contains square brackets'],
    ['What does the <div> element do?', 'contains angle brackets'],
    ['Tell me about a project; what was your role?', 'contains a semicolon'],
    ['What does x => x + 1 do?', 'contains code operators'],
    ['When would you use == in JavaScript?', 'contains code operators'],
    ['What does a && b evaluate to?', 'contains code operators'],
    ['When is useEffect() called?', 'looks like a function call'],
    ['What does git push --force do?', 'looks like a command-line flag'],
    ['What is stored in /etc/hosts?', 'contains a file path'],
    ['How do you feel about #hashtags?', 'contains a hash sign'],
    ['What is **dependency injection**?', 'contains the character "*"'],
    ['What does snake_case mean?', 'contains the character "_"'],
    ['What does x = 5 mean?', 'contains the character "="'],
    ['Where does a decorator like @Injectable go?', 'contains the character "@"'],
    ['What is 2^10?', 'contains the character "^"'],
    ['What is a pipe | used for?', 'contains the character "|"'],
    ['Why use a \\ in a path?', 'contains the character "\\"'],
    ['Why \u0007 ring a bell?', 'contains the character U+0007'],
    ['?!?', 'has no words'],
  ])('rejects %j: %s', (text, reason) => {
    expect(voiceFriendlyProblem(text)).toBe(reason);
    expect(isVoiceFriendly(text)).toBe(false);
  });
});

describe('parseGeneratedQuestions', () => {
  const q = (text: string, kind = 'technical') => ({ text, kind });
  const good = [
    q('Tell me about a time you shipped under pressure.', 'behavioral'),
    q('How does garbage collection work in the Java virtual machine?'),
    q('How would you design a rate limiter for a public API?'),
  ];
  const json = (questions: unknown) => JSON.stringify({ questions });

  it('accepts good output and assigns ids in order', () => {
    const result = parseGeneratedQuestions(json(good), 3);
    expect(result).toEqual({
      ok: true,
      questions: [
        { id: 'q1', text: good[0]?.text, kind: 'behavioral' },
        { id: 'q2', text: good[1]?.text, kind: 'technical' },
        { id: 'q3', text: good[2]?.text, kind: 'technical' },
      ],
    });
  });

  it('tolerates a json code fence, surrounding text and a bare array', () => {
    for (const raw of [
      '```json\n' + json(good) + '\n```',
      '```\n' + json(good) + '\n```',
      'Here are the questions:\n```json\n' + json(good) + '\n```\nGood luck!',
      JSON.stringify(good),
    ]) {
      const result = parseGeneratedQuestions(raw, 3);
      expect(result.ok && result.questions.map((x) => x.id)).toEqual(['q1', 'q2', 'q3']);
    }
  });

  it('trims each question and folds runs of spaces', () => {
    const result = parseGeneratedQuestions(
      json([q('   How do   you test a React component?  \t')]),
      1,
    );
    expect(result).toEqual({
      ok: true,
      questions: [{ id: 'q1', text: 'How do you test a React component?', kind: 'technical' }],
    });
  });

  it('truncates extra questions when the kept ones are valid', () => {
    const extra = [...good, q('What is {broken}?'), q(good[0]?.text ?? '')];
    const result = parseGeneratedQuestions(json(extra), 3);
    expect(result.ok && result.questions.map((x) => x.text)).toEqual(good.map((x) => x.text));
  });

  it('still fails when a kept question is invalid, even if there are extras', () => {
    const extra = [q('What is {broken}?'), ...good];
    expect(parseGeneratedQuestions(json(extra), 3)).toEqual({
      ok: false,
      reason: 'question 1 is not suitable for voice: contains braces',
    });
  });

  it.each<[string, string, number, string]>([
    ['fewer than expected', json(good), 5, 'expected 5 questions, got 3'],
    ['no questions at all', json([]), 2, 'expected 2 questions, got 0'],
    ['not JSON', 'Sure! Here are five questions: 1. Tell me...', 3, 'response is not valid JSON'],
    ['truncated JSON', json(good).slice(0, 40), 3, 'response is not valid JSON'],
    ['no questions list', JSON.stringify({ items: good }), 3, 'response has no questions list'],
    [
      'an invalid kind',
      json([q('What is a closure?', 'trivia')]),
      1,
      'question 1 has an invalid kind',
    ],
    ['a missing text', json([{ kind: 'technical' }]), 1, 'question 1 has no text'],
    [
      'a non-object item',
      json(['What is a closure?']),
      1,
      'question 1 is not an object with text and kind',
    ],
    ['an empty question', json([good[0], q('   ')]), 2, 'question 2 is empty'],
    [
      'an over-long question',
      json([q(`Tell me ${'about this '.repeat(40)}project?`)]),
      1,
      `question 1 is longer than ${String(LIMITS.questionText)} characters`,
    ],
    [
      'code in a question',
      json([good[0], q('What does `array.map` return?')]),
      2,
      'question 2 is not suitable for voice: contains a backtick',
    ],
    [
      'markdown in a question',
      json([q('**Question:** what is a closure?')]),
      1,
      'question 1 is not suitable for voice: contains the character "*"',
    ],
    [
      'an exact duplicate',
      json([good[1], good[2], good[1]]),
      3,
      'question 3 duplicates question 1',
    ],
    [
      'a duplicate differing only in case, spacing and punctuation',
      json([q('What is a closure?'), q('what is a   CLOSURE')]),
      2,
      'question 2 duplicates question 1',
    ],
  ])('rejects %s', (_label, raw, expected, reason) => {
    expect(parseGeneratedQuestions(raw, expected)).toEqual({ ok: false, reason });
  });

  it('accepts a question of exactly the maximum length', () => {
    const text = `${'a'.repeat(LIMITS.questionText - 1)}?`;
    const result = parseGeneratedQuestions(json([q(text)]), 1);
    expect(result.ok).toBe(true);
  });

  it('rejects a nonsensical expected count', () => {
    expect(parseGeneratedQuestions(json(good), 0)).toEqual({
      ok: false,
      reason: 'invalid expected count 0',
    });
  });
});
