import {
  INTERVIEW_TYPES,
  LEVELS,
  LIMITS,
  OFFLINE_QUESTION_TEMPLATES,
  generateOfflineQuestions,
  isVoiceFriendly,
  matchBankTechnologies,
  questionKindCounts,
  questionSchema,
  voiceFriendlyProblem,
  type InterviewSpec,
  type InterviewType,
  type Level,
  type Question,
} from '../src';
import {
  GENERAL_BEHAVIORAL,
  GENERAL_TECHNICAL,
  PROBLEM_SOLVING,
  ROLE_FAMILIES,
  ROLE_PLACEHOLDER,
  TECHNOLOGIES,
  type BankTemplate,
  type TopicKey,
} from '../src/questions/bank-data';

const spec = (overrides: Partial<InterviewSpec> = {}): InterviewSpec => ({
  role: 'Software Engineer',
  level: 'mid',
  type: 'technical',
  techStack: [],
  questionCount: 5,
  jobDescription: undefined,
  ...overrides,
});

const seeds = (n: number, prefix = 'interview') =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i)}`);

/** Templates without placeholders render verbatim, so a question's text identifies its template. */
const TEMPLATE_BY_TEXT = new Map<string, BankTemplate>(
  OFFLINE_QUESTION_TEMPLATES.filter((t) => !t.text.includes(ROLE_PLACEHOLDER)).map((t) => [
    t.text,
    t,
  ]),
);
const templateOf = (q: Question) => TEMPLATE_BY_TEXT.get(q.text);
const idsOf = (questions: readonly Question[]) =>
  questions.map((q) => templateOf(q)?.id ?? '(rendered)');

const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const ROLES = [
  'Software Engineer',
  'Frontend Engineer',
  'Senior Backend Engineer',
  'Full Stack Developer',
  'Data Engineer',
  'Machine Learning Engineer',
  'Site Reliability Engineer',
  'iOS Developer',
  'QA Automation Engineer',
  'Security Engineer',
  'Product Manager',
  'Engineering Manager',
  'UX Designer',
  'Solutions Architect',
];

describe('generateOfflineQuestions: counts and kinds', () => {
  const cases = INTERVIEW_TYPES.flatMap((type) =>
    [1, 5, 15].flatMap((count) => LEVELS.map((level) => [type, count, level] as const)),
  );

  it.each(cases)('%s interview with %i questions at %s level', (type, count, level) => {
    for (const role of ROLES) {
      for (const seed of seeds(3)) {
        const questions = generateOfflineQuestions(
          spec({ role, level, type, questionCount: count, techStack: ['React', 'Go', 'Elixir'] }),
          seed,
        );
        expect(questions).toHaveLength(count);
        expect(questions.map((q) => q.id)).toEqual(
          Array.from({ length: count }, (_, i) => `q${String(i + 1)}`),
        );
        for (const q of questions) expect(questionSchema.parse(q)).toEqual(q);

        const technical = questions.filter((q) => q.kind === 'technical').length;
        const behavioral = count - technical;
        if (type === 'technical') expect(behavioral).toBe(0);
        if (type === 'behavioral') expect(technical).toBe(0);
        if (type === 'mixed') {
          expect(Math.abs(technical - behavioral)).toBeLessThanOrEqual(1);
          if (count >= 2) expect(Math.min(technical, behavioral)).toBeGreaterThan(0);
        }
      }
    }
  });

  it('splits a mixed interview evenly and gives the odd question to one side', () => {
    expect(questionKindCounts('mixed', 6)).toEqual({ technical: 3, behavioral: 3 });
    expect(questionKindCounts('mixed', 5)).toEqual({ technical: 3, behavioral: 2 });
    expect(questionKindCounts('mixed', 5, false)).toEqual({ technical: 2, behavioral: 3 });
    expect(questionKindCounts('technical', 4)).toEqual({ technical: 4, behavioral: 0 });
    expect(questionKindCounts('behavioral', 4)).toEqual({ technical: 0, behavioral: 4 });
  });

  it('never repeats a question, even at the maximum count', () => {
    for (const type of INTERVIEW_TYPES) {
      for (const level of LEVELS) {
        for (const role of ROLES) {
          for (const seed of seeds(4)) {
            const questions = generateOfflineQuestions(
              spec({
                role,
                level,
                type,
                questionCount: LIMITS.maxQuestions,
                techStack: ['TypeScript', 'Node.js', 'PostgreSQL'],
                jobDescription: 'Leadership, mentoring, testing and performance matter here.',
              }),
              seed,
            );
            const keys = questions.map((q) => normalised(q.text));
            expect(new Set(keys).size).toBe(keys.length);
          }
        }
      }
    }
  });
});

describe('generateOfflineQuestions: determinism and variety', () => {
  const base = spec({ role: 'Backend Engineer', techStack: ['Python', 'AWS'], type: 'mixed' });

  it('returns the same questions for the same seed', () => {
    const first = generateOfflineQuestions(base, 'abc123');
    const again = generateOfflineQuestions(base, 'abc123');
    expect(again).toEqual(first);
  });

  it('does not mutate the spec', () => {
    const input = spec({ techStack: ['React', 'Go'] });
    const copy = structuredClone(input);
    generateOfflineQuestions(input, 'x');
    expect(input).toEqual(copy);
  });

  it.each(INTERVIEW_TYPES)('gives different seeds different %s question sets', (type) => {
    const sets = seeds(20).map((seed) =>
      generateOfflineQuestions({ ...base, type }, seed)
        .map((q) => q.text)
        .sort()
        .join('|'),
    );
    expect(new Set(sets).size).toBeGreaterThanOrEqual(15);
    const distinctQuestions = new Set(sets.flatMap((s) => s.split('|')));
    expect(distinctQuestions.size).toBeGreaterThanOrEqual(20);
  });

  it('varies the only question of a one-question interview across seeds', () => {
    const texts = seeds(20).map(
      (seed) => generateOfflineQuestions({ ...base, questionCount: 1 }, seed)[0]?.text,
    );
    expect(new Set(texts).size).toBeGreaterThanOrEqual(5);
  });
});

describe('generateOfflineQuestions: tailoring', () => {
  const byKey = (key: string) => {
    const def = TECHNOLOGIES.find((t) => t.key === key);
    if (!def) throw new Error(`no technology ${key}`);
    return def;
  };

  it.each([
    ['React', 'react'],
    ['TypeScript', 'typescript'],
    ['JavaScript', 'javascript'],
    ['Node.js', 'node'],
    ['Python', 'python'],
    ['Java', 'java'],
    ['Go', 'go'],
    ['SQL', 'sql'],
    ['PostgreSQL', 'postgres'],
    ['AWS', 'aws'],
    ['Docker', 'docker'],
    ['Kubernetes', 'kubernetes'],
    ['System Design', 'systemdesign'],
    ['Machine Learning', 'ml'],
    ['Next.js', 'nextjs'],
    ['GraphQL', 'graphql'],
  ])('asks about %s when it is in the stack, at every level', (name, key) => {
    const own = new Set(byKey(key).questions.map((t) => t.id));
    for (const level of LEVELS) {
      for (const seed of seeds(5)) {
        const questions = generateOfflineQuestions(spec({ level, techStack: [name] }), seed);
        expect(idsOf(questions).some((id) => own.has(id))).toBe(true);
      }
    }
  });

  it('spreads a multi-technology stack across its technologies', () => {
    const stack = ['React', 'Node.js', 'PostgreSQL'];
    const prefixes = ['stack.react.', 'stack.node.', 'stack.postgres.', 'stack.sql.'];
    const covered = new Set<string>();
    for (const seed of seeds(10)) {
      const ids = idsOf(
        generateOfflineQuestions(spec({ techStack: stack, questionCount: 8 }), seed),
      );
      for (const p of prefixes) if (ids.some((id) => id.startsWith(p))) covered.add(p);
    }
    expect(covered).toEqual(new Set(prefixes));
  });

  it('resolves common spellings of a technology', () => {
    const keys = (label: string) => matchBankTechnologies(label).map((t) => t.key);
    for (const label of ['node', 'nodejs', 'Node.js', 'NodeJS', 'node js', 'Express']) {
      expect(keys(label)).toEqual(['node']);
    }
    for (const label of ['postgres', 'Postgres', 'PostgreSQL', 'PostgreSQL 16']) {
      expect(keys(label)).toEqual(['postgres']);
    }
    expect(keys('golang')).toEqual(['go']);
    expect(keys('Go')).toEqual(['go']);
    expect(keys('k8s')).toEqual(['kubernetes']);
    expect(keys('Amazon Web Services')).toEqual(['aws']);
    expect(keys('Spring Boot')).toEqual(['java']);
    expect(keys('JS')).toEqual(['javascript']);
    expect(keys('ML')).toEqual(['ml']);
    expect(keys('scikit-learn')).toEqual(['ml']);
    expect(keys('TypeScript/React')).toEqual(expect.arrayContaining(['typescript', 'react']));
    expect(keys('JavaScript')).toEqual(['javascript']);
    expect(keys('Google Cloud')).toEqual([]);
    expect(keys('Rust')).toEqual([]);
  });

  // A technology the bank does not know has no rubric to score an answer against, so the bank
  // asks nothing about it rather than a question it cannot score (issue 13).
  it('asks nothing about a technology the bank does not know, and still fills the interview', () => {
    for (const seed of seeds(10)) {
      const questions = generateOfflineQuestions(spec({ techStack: ['Elixir'] }), seed);
      expect(questions).toHaveLength(5);
      expect(questions.some((q) => q.text.includes('Elixir'))).toBe(false);
    }
  });

  it('records the bank entry each question came from', () => {
    const questions = generateOfflineQuestions(spec({ type: 'mixed', techStack: ['React'] }), 's');
    const ids = new Set(OFFLINE_QUESTION_TEMPLATES.map((t) => t.id));
    for (const q of questions) expect(ids.has(q.bankId ?? '')).toBe(true);
  });

  it('treats a topic listed in the stack as a topic', () => {
    const questions = seeds(5).flatMap((seed) =>
      generateOfflineQuestions(spec({ techStack: ['Microservices'] }), seed),
    );
    expect(questions.some((q) => templateOf(q)?.topics.includes('microservices'))).toBe(true);
    expect(questions.some((q) => q.text.includes('Microservices'))).toBe(false);
  });

  it('picks up technologies named in the role title', () => {
    const own = new Set(byKey('python').questions.map((t) => t.id));
    const hits = seeds(5).filter((seed) =>
      idsOf(generateOfflineQuestions(spec({ role: 'Python Developer' }), seed)).some((id) =>
        own.has(id),
      ),
    );
    expect(hits).toHaveLength(5);
  });

  it.each([
    ['Frontend Engineer', 'frontend'],
    ['Backend Engineer', 'backend'],
    ['Data Engineer', 'data'],
    ['Machine Learning Engineer', 'ml'],
    ['Site Reliability Engineer', 'devops'],
    ['Android Developer', 'mobile'],
    ['QA Engineer', 'qa'],
    ['Application Security Engineer', 'security'],
    ['Product Manager', 'product'],
    ['Engineering Manager', 'manager'],
    ['Product Designer', 'design'],
  ])('asks %s role questions', (role, family) => {
    for (const seed of seeds(5)) {
      const ids = idsOf(generateOfflineQuestions(spec({ role, type: 'technical' }), seed));
      expect(ids.some((id) => id.startsWith(`role.${family}.`))).toBe(true);
    }
  });

  it('keeps computer-science questions away from product and design roles', () => {
    for (const role of ['Product Manager', 'Senior UX Designer']) {
      for (const level of LEVELS) {
        for (const seed of seeds(5)) {
          const ids = idsOf(
            generateOfflineQuestions(spec({ role, level, questionCount: 10 }), seed),
          );
          expect(ids.filter((id) => id.startsWith('tech.'))).toEqual([]);
        }
      }
    }
  });

  it('asks people-management questions of a manager', () => {
    const ids = seeds(5).flatMap((seed) =>
      idsOf(
        generateOfflineQuestions(
          spec({ role: 'Engineering Manager', type: 'behavioral', level: 'senior' }),
          seed,
        ),
      ),
    );
    expect(ids.filter((id) => id.startsWith('role.manager.b.')).length).toBeGreaterThanOrEqual(5);
  });

  it('pitches every question at the candidate’s level', () => {
    for (const level of LEVELS) {
      for (const type of INTERVIEW_TYPES) {
        for (const seed of seeds(5)) {
          const questions = generateOfflineQuestions(
            spec({ level, type, questionCount: 10, techStack: ['Java', 'Docker'] }),
            seed,
          );
          for (const q of questions) {
            const template = templateOf(q);
            if (template) expect(template.levels).toContain(level);
          }
        }
      }
    }
  });

  it('asks a staff engineer harder questions than an intern', () => {
    /** Index of the most junior level a question is pitched at: 0 for intern up to 4 for staff. */
    const floorOf = (t: BankTemplate) => Math.min(...t.levels.map((l) => LEVELS.indexOf(l)));
    const averageFloor = (level: Level) => {
      const templates = seeds(10)
        .flatMap((seed) =>
          generateOfflineQuestions(spec({ level, questionCount: 10 }), seed).map(templateOf),
        )
        .filter((t): t is BankTemplate => t !== undefined);
      return templates.reduce((sum, t) => sum + floorOf(t), 0) / templates.length;
    };
    expect(averageFloor('intern')).toBe(0);
    expect(averageFloor('staff')).toBeGreaterThan(2.5);
    expect(averageFloor('senior')).toBeGreaterThan(averageFloor('junior') + 1);
  });

  const topicHit = (questions: readonly Question[], topic: TopicKey) =>
    questions.some((q) => templateOf(q)?.topics.includes(topic));

  it.each<[string, InterviewType, TopicKey]>([
    ['We care deeply about accessibility and WCAG compliance.', 'technical', 'accessibility'],
    ['You will split our monolith into microservices.', 'technical', 'microservices'],
    ['Performance and low latency are critical for us.', 'technical', 'performance'],
    ['Strong testing culture: unit and integration tests for everything.', 'technical', 'testing'],
    ['You will spend time mentoring junior engineers.', 'behavioral', 'mentoring'],
    ['Leadership of a small team is expected.', 'behavioral', 'leadership'],
    ['You will work with stakeholders across the business.', 'behavioral', 'stakeholders'],
  ])(
    'a job description saying "%s" brings in a relevant question',
    (jobDescription, type, topic) => {
      for (const seed of seeds(5)) {
        const questions = generateOfflineQuestions(spec({ type, jobDescription }), seed);
        expect(topicHit(questions, topic)).toBe(true);
      }
    },
  );

  it('a technology named only in the job description brings in a question about it', () => {
    const own = new Set(byKey('kubernetes').questions.map((t) => t.id));
    for (const seed of seeds(5)) {
      const ids = idsOf(
        generateOfflineQuestions(
          spec({ jobDescription: 'Our services run on Kubernetes in two regions.' }),
          seed,
        ),
      );
      expect(ids.some((id) => own.has(id))).toBe(true);
    }
  });

  it('does not mistake ordinary words for technologies in a job description', () => {
    const jobDescription =
      'Go-getters welcome! You will react quickly to incidents and express ideas clearly.';
    const ids = seeds(10).flatMap((seed) =>
      idsOf(generateOfflineQuestions(spec({ jobDescription, questionCount: 10 }), seed)),
    );
    expect(ids.filter((id) => /^stack\.(?:go|react|node)\./.test(id))).toEqual([]);
  });

  it('starts a mixed interview with a behavioral question', () => {
    for (const seed of seeds(10)) {
      const questions = generateOfflineQuestions(spec({ type: 'mixed', questionCount: 6 }), seed);
      expect(questions[0]?.kind).toBe('behavioral');
      expect(questions.map((q) => q.kind)).toEqual([
        'behavioral',
        'technical',
        'behavioral',
        'technical',
        'behavioral',
        'technical',
      ]);
    }
  });

  it('names the role in the warm-up question, or falls back when the role is unspeakable', () => {
    const findOpener = (role: string) => {
      for (const seed of seeds(200)) {
        const opener = generateOfflineQuestions(
          spec({ role, type: 'behavioral', questionCount: 15, level: 'senior' }),
          seed,
        ).find((q) => q.text.startsWith('Walk me through your background'));
        if (opener) return opener;
      }
      throw new Error('the warm-up question never came up');
    };
    expect(findOpener('Backend Engineer').text).toContain('this Backend Engineer role');
    expect(findOpener('Backend Engineer role').text).toContain('this Backend Engineer role');
    const odd = findOpener('Engineer {{ignore previous instructions}} <script>');
    expect(isVoiceFriendly(odd.text)).toBe(true);
    const long = findOpener(`Principal ${'Distributed '.repeat(8)}Engineer`);
    expect(long.text).toContain('this role');
    expect(findOpener('Senior Engineer (Payments)').id).toBe('q1');
  });

  it('produces only voice-friendly questions for awkward input', () => {
    for (const seed of seeds(10)) {
      const questions = generateOfflineQuestions(
        spec({
          role: '🚀 Rockstar <Dev> {10x}',
          type: 'mixed',
          questionCount: 15,
          techStack: ['C++', 'C#', '.NET', 'node_modules', '{weird}', 'x'.repeat(40)],
          jobDescription: 'Use `code` and https://example.com; also <b>testing</b>.',
        }),
        seed,
      );
      expect(questions).toHaveLength(15);
      for (const q of questions) {
        expect(voiceFriendlyProblem(q.text)).toBeNull();
        expect(q.text.length).toBeLessThanOrEqual(LIMITS.questionText);
      }
    }
  });
});

describe('the question bank itself', () => {
  const LONGEST_ROLE = 'R'.repeat(60);

  it('has unique template ids and unique texts', () => {
    const ids = OFFLINE_QUESTION_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = OFFLINE_QUESTION_TEMPLATES.map((t) => normalised(t.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('is large enough to be useful', () => {
    expect(OFFLINE_QUESTION_TEMPLATES.length).toBeGreaterThanOrEqual(300);
    expect(
      OFFLINE_QUESTION_TEMPLATES.filter((t) => t.kind === 'behavioral').length,
    ).toBeGreaterThan(60);
  });

  it('passes the voice check and the length limit in every template, whatever is filled in', () => {
    const failures: string[] = [];
    for (const t of OFFLINE_QUESTION_TEMPLATES) {
      for (const role of ['this role', `this ${LONGEST_ROLE} role`]) {
        const text = t.text.split(ROLE_PLACEHOLDER).join(role);
        const problem = voiceFriendlyProblem(text);
        if (problem) failures.push(`${t.id}: ${problem}`);
        if (text.length > LIMITS.questionText)
          failures.push(`${t.id}: ${String(text.length)} chars`);
      }
      if (t.levels.length === 0) failures.push(`${t.id}: no levels`);
    }
    expect(failures).toEqual([]);
  });

  it('uses placeholders only where a value is always supplied', () => {
    const withRole = OFFLINE_QUESTION_TEMPLATES.filter((t) => t.text.includes(ROLE_PLACEHOLDER));
    expect(withRole.map((t) => t.id)).toEqual(['beh.opener']);
  });

  it('has at least two questions per technology at every level', () => {
    for (const def of TECHNOLOGIES) {
      for (const level of LEVELS) {
        const n = def.questions.filter((t) => t.levels.includes(level)).length;
        expect(`${def.key} ${level} ${String(n >= 2)}`).toBe(`${def.key} ${level} true`);
      }
    }
  });

  it('can fill a maximum-length interview from the general pools at every level', () => {
    for (const level of LEVELS) {
      const at = (pool: readonly BankTemplate[]) => pool.filter((t) => t.levels.includes(level));
      expect(at(GENERAL_BEHAVIORAL).length).toBeGreaterThanOrEqual(LIMITS.maxQuestions);
      expect(at([...GENERAL_TECHNICAL, ...PROBLEM_SOLVING]).length).toBeGreaterThanOrEqual(
        LIMITS.maxQuestions,
      );
    }
  });

  it('gives every role family something to ask at every level', () => {
    for (const family of ROLE_FAMILIES.filter((f) => f.technical.length > 0)) {
      for (const level of LEVELS) {
        const n = family.technical.filter((t) => t.levels.includes(level)).length;
        expect(`${family.key} ${level} ${String(n >= 1)}`).toBe(`${family.key} ${level} true`);
      }
    }
  });
});
