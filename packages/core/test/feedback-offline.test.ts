import {
  CATEGORY_NAMES,
  feedbackContentSchema,
  findEvidence,
  NOT_ANSWERED_FEEDBACK,
  NOT_ASKED_FEEDBACK,
  scoreOffline,
  type FeedbackContent,
  type Question,
  type TranscriptTurn,
} from '../src';

const questions: Question[] = [
  {
    id: 'q1',
    text: 'How would you improve the performance of a slow React application?',
    kind: 'technical',
  },
  {
    id: 'q2',
    text: 'How do you manage shared state in a large TypeScript front end?',
    kind: 'technical',
  },
  {
    id: 'q3',
    text: 'Tell me about a time you had a conflict with a teammate and how you resolved it.',
    kind: 'behavioral',
  },
  {
    id: 'q4',
    text: 'Describe a project you are proud of and the impact it had.',
    kind: 'behavioral',
  },
];
const techStack = ['React', 'TypeScript', 'Node.js'];

/** A practice-mode transcript: the agent reads each question, the candidate answers it. */
function interview(
  answers: readonly (string | null)[],
  qs: readonly Question[] = questions,
): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [
    { role: 'agent', text: "Hi, welcome to your practice interview. Let's begin." },
  ];
  qs.forEach((q, i) => {
    turns.push({ role: 'agent', text: q.text });
    const answer = answers[i];
    if (answer) turns.push({ role: 'user', text: answer });
  });
  turns.push({ role: 'agent', text: 'That is the end of the interview. Thank you.' });
  return turns;
}

const strongAnswers = [
  "First I'd measure before changing anything: I'd record a trace in the React DevTools profiler and look for components that re-render on every keystroke. In our dashboard the culprit was a 2,000 row table, so I memoised the rows with React.memo and virtualised the list with react-window, because only about 30 rows are ever visible. That took the interaction time from roughly 400 milliseconds to under 50. The trade-off is more complex scrolling code, so I'd only virtualise lists that are actually big, and I'd check bundle size with the webpack analyzer as well.",
  'It depends on what the state is. Server data I keep in React Query rather than a global store, because caching and refetching are solved problems there. For genuinely shared client state, like the current workspace, I use a small Zustand store with TypeScript types generated from our OpenAPI schema, so a rename breaks the build instead of production. The downside of many small stores is discoverability, so we document each one, and for instance we added an ESLint rule that blocks importing another feature’s store directly.',
  'At my last company a teammate and I disagreed about whether to rewrite our checkout in Next.js or keep patching the old code. My role was tech lead for the payments squad, so I needed to get us to a decision within the sprint. I set up a one hour session where we each wrote down the risks, and I proposed a two week spike on the riskiest page instead of a full rewrite. As a result we migrated one page, conversion stayed flat, and we cut page load time by 35 percent, so the team agreed to migrate the rest gradually.',
  'Last year I was working on the onboarding flow for our mobile web app, and our goal was to reduce drop-off in the first session. I decided to instrument every step, found that 40% of users quit at the address form, and I built an autocomplete with the Google Places API plus a skip option. I also ran an A/B test for two weeks. As a result, completion of onboarding went from 52% to 71%, which the growth team estimated at about 3,000 extra activated users a month.',
];

const weakAnswers = [
  "Um, I guess I'd, like, make it faster. Maybe use less components? I'm not sure.",
  'Uh, I just use, you know, whatever the project uses. Props mostly, I think.',
  "I don't really have conflicts, um, I get along with people. I'm a team player basically.",
  'Um, I made a website once, it was, like, pretty cool I guess.',
];

const score = (
  transcript: TranscriptTurn[],
  qs: readonly Question[] = questions,
  type = 'mixed' as const,
) => scoreOffline({ questions: qs, transcript, techStack, type });

function expectEvidenceVerbatim(content: FeedbackContent, transcript: readonly TranscriptTurn[]) {
  for (const q of content.questions) {
    for (const e of q.evidence) {
      expect(findEvidence(e.quote, transcript)).toEqual(e);
    }
  }
}

describe('scoreOffline', () => {
  const strongTranscript = interview(strongAnswers);
  const weakTranscript = interview(weakAnswers);
  const emptyTranscript = interview([null, null, null, null]);
  const strong = score(strongTranscript);
  const weak = score(weakTranscript);
  const empty = score(emptyTranscript);

  it('produces valid feedback content for every case', () => {
    for (const content of [strong, weak, empty]) {
      expect(feedbackContentSchema.safeParse(content).success).toBe(true);
      expect(content.categoryScores.map((c) => c.name)).toEqual([...CATEGORY_NAMES]);
      expect(content.questions.map((q) => q.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    }
  });

  it('ranks strong answers above weak ones and weak ones above silence', () => {
    expect(strong.totalScore).toBeGreaterThan(weak.totalScore + 25);
    expect(weak.totalScore).toBeGreaterThan(empty.totalScore);
    expect(strong.totalScore).toBeGreaterThanOrEqual(65);
    expect(weak.totalScore).toBeLessThan(40);
    expect(empty.totalScore).toBe(0);
    strong.categoryScores.forEach((c, i) => {
      expect(c.score).toBeGreaterThan(weak.categoryScores[i]?.score ?? 100);
    });
  });

  it('scores every strong answer above the matching weak answer', () => {
    strong.questions.forEach((q, i) => {
      const weakScore = weak.questions[i]?.score ?? 0;
      expect(q.score).not.toBeNull();
      expect(q.score ?? 0).toBeGreaterThan(weakScore + 20);
      expect(q.evidence.length).toBeGreaterThan(0);
    });
    expect(strong.insufficientEvidence).toBe(false);
    expect(weak.insufficientEvidence).toBe(false);
  });

  it('quotes only the candidate’s own words, verbatim', () => {
    expectEvidenceVerbatim(strong, strongTranscript);
    expectEvidenceVerbatim(weak, weakTranscript);
    const agentText = strongTranscript.filter((t) => t.role === 'agent').map((t) => t.text);
    for (const q of strong.questions) {
      for (const e of q.evidence) expect(agentText.some((a) => a.includes(e.quote))).toBe(false);
    }
  });

  it('picks informative sentences as evidence', () => {
    const q4 = strong.questions[3];
    expect(q4?.evidence.some((e) => e.quote.includes('52% to 71%'))).toBe(true);
  });

  it('writes specific strengths and improvements from the signals', () => {
    expect(strong.strengths).toContain(
      'Your answer to question 3 followed a clear situation, action, result structure.',
    );
    expect(strong.strengths).toContain(
      'Your answer to question 1 explained the reasoning and trade-offs behind your approach.',
    );
    expect(strong.strengths.length).toBeLessThanOrEqual(5);
    expect(weak.improvements).toContain(
      'Your answer to question 1 was brief (13 words); expand it with a concrete example and the reasoning behind it.',
    );
    expect(weak.strengths.some((s) => s.includes('structure'))).toBe(false);
    expect(weak.finalAssessment).toMatch(/^Offline rubric assessment of this mixed interview/);
  });

  it('reports an empty interview as insufficient evidence with no scores and no praise', () => {
    expect(empty.insufficientEvidence).toBe(true);
    expect(empty.strengths).toEqual([]);
    expect(empty.questions.every((q) => q.score === null && q.evidence.length === 0)).toBe(true);
    expect(empty.questions[0]?.feedback).toBe(NOT_ANSWERED_FEEDBACK);
    expect(empty.categoryScores.every((c) => c.score === 0)).toBe(true);
    expect(empty.delivery.answerCount).toBe(0);
  });

  it('treats a completely empty transcript the same way', () => {
    const content = score([]);
    expect(content.insufficientEvidence).toBe(true);
    expect(content.strengths).toEqual([]);
    expect(content.totalScore).toBe(0);
    expect(content.questions.map((q) => q.score)).toEqual([null, null, null, null]);
  });

  it('holds a near-empty interview at insufficient evidence even where a quote exists', () => {
    const content = score(interview(['I would use React memo there.', null, null, null]));
    expect(content.insufficientEvidence).toBe(true);
    expect(content.strengths).toEqual([]);
    expect(content.questions[0]?.score).toBeNull();
  });

  it('tells a question that was never reached from one that was skipped', () => {
    const cutShort = strongTranscript.slice(0, 5); // greeting, q1 + answer, q2 + answer
    const content = score(cutShort);
    expect(content.questions.map((q) => q.feedback.slice(0, 40))).toEqual([
      expect.stringMatching(/^This answer/),
      expect.stringMatching(/^This answer/),
      NOT_ASKED_FEEDBACK.slice(0, 40),
      NOT_ASKED_FEEDBACK.slice(0, 40),
    ]);
    expect(content.improvements).toContain(
      'Question 3 was never reached; keeping earlier answers focused leaves time for every question.',
    );
  });

  it('penalises skipped questions', () => {
    const partial = score(interview([strongAnswers[0] ?? '', strongAnswers[1] ?? '', null, null]));
    expect(partial.insufficientEvidence).toBe(false);
    expect(partial.totalScore).toBeLessThan(strong.totalScore);
    expect(partial.questions[2]?.score).toBeNull();
    expect(partial.improvements[0]).toBe(
      'Question 3 was not answered; even a partial answer gives the interviewer something to assess.',
    );
  });

  it('is deterministic', () => {
    expect(score(interview(strongAnswers))).toEqual(strong);
  });
});

describe('scoreOffline on a behavioral question', () => {
  const conflict: Question[] = [
    { id: 'b1', text: 'Tell me about a time you disagreed with your manager.', kind: 'behavioral' },
  ];
  const star =
    'When I was at a logistics startup, my manager wanted to ship a new pricing page on Friday. I was responsible for the release, and I had found that the tax calculation was wrong for two states. I decided to show him the failing test cases and proposed shipping on Monday with the fix. As a result we launched three days later with no billing incidents, and he asked me to run the release checklist from then on.';
  const rambleWithoutStructure =
    'I think disagreeing with a manager is normal and healthy, and honestly I find that the most important thing is to be respectful and open minded about it. Managers have more context than you about the business, so you should listen carefully, and you should also be honest about your own opinion because that is what they pay you for. Communication is key in those moments and trust matters a lot, so it is good to talk often and keep things friendly and professional with everyone.';

  it('scores a situation-action-result answer above an unstructured one of similar length', () => {
    const a = scoreOffline({
      questions: conflict,
      transcript: interview([star], conflict),
      techStack: [],
      type: 'behavioral',
    });
    const b = scoreOffline({
      questions: conflict,
      transcript: interview([rambleWithoutStructure], conflict),
      techStack: [],
      type: 'behavioral',
    });
    expect(a.questions[0]?.score ?? 0).toBeGreaterThan((b.questions[0]?.score ?? 100) + 15);
    expect(a.categoryScores.find((c) => c.name === 'Problem Solving')?.score ?? 0).toBeGreaterThan(
      b.categoryScores.find((c) => c.name === 'Problem Solving')?.score ?? 100,
    );
    expect(a.strengths).toContain(
      'Your answer to question 1 followed a clear situation, action, result structure.',
    );
    expect(
      b.improvements.some((s) =>
        s.startsWith('Your answer to question 1 did not clearly describe the'),
      ),
    ).toBe(true);
    expect(a.questions[0]?.feedback).toContain(
      'It described the situation, task, action and result.',
    );
  });
});

describe('scoreOffline on length and timing', () => {
  const design: Question[] = [
    { id: 'd1', text: 'How would you design a URL shortener?', kind: 'technical' },
  ];

  it('flags a rambling answer and scores it below a focused one', () => {
    const focused =
      'I would hash the long URL into a seven character base62 key and store the mapping in DynamoDB, because lookups by key are all we need. Reads dominate, so I would put a Redis cache in front, and I would handle collisions by retrying with a salt. The trade-off is that custom aliases need a uniqueness check first.';
    const rambling = Array.from(
      { length: 9 },
      (_, i) =>
        `Then there is also point number ${String(i + 1)}, which is that a URL shortener has a lot of parts and we could think about the database or the cache or the API, and really it depends on many things that we would have to discuss with the team before building anything at all.`,
    ).join(' ');
    const a = scoreOffline({
      questions: design,
      transcript: interview([focused], design),
      techStack: [],
      type: 'technical',
    });
    const b = scoreOffline({
      questions: design,
      transcript: interview([rambling], design),
      techStack: [],
      type: 'technical',
    });
    const words = b.questions[0]?.answerSummary.match(/Answered in (\d+) words/)?.[1];
    expect(Number(words)).toBeGreaterThan(300);
    expect(b.improvements).toContain(
      `Your answer to question 1 ran to ${words ?? ''} words; lead with the main point and keep answers to about two minutes.`,
    );
    expect(a.questions[0]?.score ?? 0).toBeGreaterThan(b.questions[0]?.score ?? 100);
    expect(a.questions[0]?.answerSummary).toContain('mentioning Redis and DynamoDB');
  });

  it('measures pace from a timed voice transcript and keeps quote timings', () => {
    const transcript: TranscriptTurn[] = [
      { role: 'agent', text: 'Hi! Ready when you are.', startMs: 0, endMs: 1500 },
      { role: 'user', text: 'Ready.', startMs: 2000, endMs: 2500 },
      {
        role: 'agent',
        text: 'So, how would you go about designing a service that shortens URLs?',
        startMs: 3000,
        endMs: 7000,
      },
      {
        role: 'user',
        text: 'I would generate a short base62 key for each URL and store it in Postgres with an index on the key.',
        startMs: 7500,
        endMs: 15_500,
      },
      { role: 'agent', text: 'What happens when it gets popular?', startMs: 16_000, endMs: 18_000 },
      {
        role: 'user',
        text: 'Reads dominate, so I would add a Redis cache in front of Postgres, because most links are read far more often than they are created.',
        startMs: 18_500,
        endMs: 28_500,
      },
    ];
    const content = scoreOffline({
      questions: design,
      transcript,
      techStack: ['Postgres'],
      type: 'technical',
    });
    // 1 + 21 + 25 = 47 candidate words in 0.5 + 8 + 10 = 18.5 s.
    expect(content.delivery.wordsPerMinute).toBe(152.4);
    const q = content.questions[0];
    expect(q?.score).not.toBeNull();
    expect(q?.evidence.length).toBeGreaterThan(0);
    for (const e of q?.evidence ?? []) expect([7500, 18_500]).toContain(e.startMs);
    expect(content.categoryScores.find((c) => c.name === 'Role Fit')?.comment).toBe(
      'You referred to 1 of the 1 technology in the stack (Postgres).',
    );
  });
});
