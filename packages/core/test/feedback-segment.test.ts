import { alignAnswers, type Question, type TranscriptTurn } from '../src';

const questions: Question[] = [
  {
    id: 'q1',
    text: 'How would you design a caching layer for a read-heavy API?',
    kind: 'technical',
  },
  {
    id: 'q2',
    text: 'Tell me about a time you disagreed with a teammate about a technical decision.',
    kind: 'behavioral',
  },
  { id: 'q3', text: 'What is the difference between a process and a thread?', kind: 'technical' },
];

const byId = (aligned: ReturnType<typeof alignAnswers>) =>
  Object.fromEntries(aligned.map((a) => [a.questionId, a.answer]));

describe('alignAnswers', () => {
  it('maps answers in practice mode, where the agent reads questions verbatim', () => {
    const transcript: TranscriptTurn[] = [
      {
        role: 'agent',
        text: 'Question 1 of 3: How would you design a caching layer for a read-heavy API?',
      },
      { role: 'user', text: 'I would put Redis in front of the database.' },
      {
        role: 'agent',
        text: 'Question 2 of 3: Tell me about a time you disagreed with a teammate about a technical decision.',
      },
      { role: 'user', text: 'On my last team we argued about GraphQL.' },
      { role: 'user', text: 'I wrote a short comparison and we picked REST.' },
      {
        role: 'agent',
        text: 'Question 3 of 3: What is the difference between a process and a thread?',
      },
    ];
    const aligned = alignAnswers(questions, transcript);
    expect(aligned.map((a) => a.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect(aligned[0]?.question).toBe(questions[0]?.text);
    expect(byId(aligned)).toEqual({
      q1: 'I would put Redis in front of the database.',
      q2: 'On my last team we argued about GraphQL. I wrote a short comparison and we picked REST.',
      q3: '',
    });
    expect(aligned.map((a) => a.asked)).toEqual([true, true, true]);
    expect(aligned[1]?.turns).toHaveLength(2);
    expect(aligned[2]?.turns).toEqual([]);
  });

  it('follows a voice agent through a greeting, paraphrases and a follow-up', () => {
    const transcript: TranscriptTurn[] = [
      {
        role: 'agent',
        text: "Hi, I'm the Candor interviewer. Thanks for joining today. Are you ready to begin?",
      },
      { role: 'user', text: "Yes, I'm ready, thanks." },
      {
        role: 'agent',
        text: 'Great. To start off, imagine an API that gets far more reads than writes. How would you go about designing a cache in front of it?',
      },
      { role: 'user', text: "I'd put Redis in front of Postgres with a five minute TTL." },
      {
        role: 'agent',
        text: 'Interesting. And how would you handle invalidation when the data changes?',
      },
      {
        role: 'user',
        text: 'I would delete the key on every write so readers never see stale data for long.',
      },
      {
        role: 'agent',
        text: "Okay, let's switch gears. Can you describe a situation where you and a colleague on your team disagreed on a technical choice?",
      },
      {
        role: 'user',
        text: 'Sure. When we were choosing a state library, my teammate wanted Redux and I did not.',
      },
      {
        role: 'agent',
        text: 'Thanks. Last one: processes versus threads, what is the difference?',
      },
      {
        role: 'user',
        text: 'A process has its own memory, while threads share the memory of their process.',
      },
    ];
    const answers = byId(alignAnswers(questions, transcript));
    expect(answers.q1).toBe(
      "I'd put Redis in front of Postgres with a five minute TTL. I would delete the key on every write so readers never see stale data for long.",
    );
    expect(answers.q2).toBe(
      'Sure. When we were choosing a state library, my teammate wanted Redux and I did not.',
    );
    expect(answers.q3).toBe(
      'A process has its own memory, while threads share the memory of their process.',
    );
    // The reply to the greeting belongs to no question.
    expect(Object.values(answers).join(' ')).not.toContain("I'm ready");
  });

  it('does not let a follow-up that echoes a later question steal the answer', () => {
    const transcript: TranscriptTurn[] = [
      { role: 'agent', text: 'How would you design a caching layer for a read-heavy API?' },
      { role: 'user', text: 'A read-through cache in Redis.' },
      { role: 'agent', text: 'Would you run the cache in a separate process or thread?' },
      { role: 'user', text: 'A separate process, so it can scale on its own.' },
    ];
    const answers = byId(alignAnswers(questions, transcript));
    expect(answers.q1).toBe(
      'A read-through cache in Redis. A separate process, so it can scale on its own.',
    );
    expect(answers.q3).toBe('');
  });

  it('follows an agent that skips a question and asks a later one verbatim', () => {
    const transcript: TranscriptTurn[] = [
      { role: 'agent', text: questions[0]?.text ?? '' },
      { role: 'user', text: 'With Redis.' },
      {
        role: 'agent',
        text: "We're short on time, so let's jump ahead. " + (questions[2]?.text ?? ''),
      },
      { role: 'user', text: 'Threads share memory.' },
    ];
    const aligned = alignAnswers(questions, transcript);
    expect(byId(aligned)).toEqual({
      q1: 'With Redis.',
      q2: '',
      q3: 'Threads share memory.',
    });
    expect(aligned.map((a) => a.asked)).toEqual([true, false, true]);
  });

  it('gives every question an empty answer when nothing was asked', () => {
    const aligned = alignAnswers(questions, [{ role: 'user', text: 'Hello? Is anyone there?' }]);
    expect(aligned.map((a) => a.answer)).toEqual(['', '', '']);
    expect(aligned.some((a) => a.asked)).toBe(false);
  });
});
