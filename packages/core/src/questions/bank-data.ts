import { LEVELS, type Level, type QuestionKind } from '../constants';

/**
 * The content of the offline question bank. Selection logic lives in bank.ts, so this file is
 * only data: every text is written to be read aloud (no code, no symbols, no semicolons) in US
 * English, and the whole bank is checked by the voice-suitability test.
 */

/** Rendered as "this <role> role", or "this role" when the role cannot be spoken cleanly. */
export const ROLE_PLACEHOLDER = '{this_role}';

export const TOPIC_KEYS = [
  // technical
  'microservices',
  'distributed',
  'performance',
  'testing',
  'accessibility',
  'security',
  'observability',
  'cicd',
  'api',
  'data-pipelines',
  'architecture',
  'legacy',
  'cloud',
  // behavioral
  'leadership',
  'mentoring',
  'stakeholders',
  'communication',
  'customer',
  'ambiguity',
  'ownership',
  'collaboration',
  'conflict',
  'prioritization',
  'learning',
  'hiring',
  'remote',
  'inclusion',
  'decision',
  'failure',
  'feedback',
] as const;
export type TopicKey = (typeof TOPIC_KEYS)[number];

export interface BankTemplate {
  readonly id: string;
  readonly text: string;
  readonly kind: QuestionKind;
  readonly levels: readonly Level[];
  readonly topics: readonly TopicKey[];
  /** A warm-up that belongs at the start of an interview. */
  readonly opener?: boolean;
}

type Entry = readonly [levels: readonly Level[], text: string, topics?: readonly TopicKey[]];

function group(prefix: string, kind: QuestionKind, entries: readonly Entry[]): BankTemplate[] {
  return entries.map(([levels, text, topics = []], i) => ({
    id: `${prefix}.${String(i + 1)}`,
    text,
    kind,
    levels,
    topics,
  }));
}

/** Level bands: which seniorities a question is pitched at. */
const ALL: readonly Level[] = LEVELS;
const EARLY: readonly Level[] = ['intern', 'junior'];
const BASIC: readonly Level[] = ['intern', 'junior', 'mid'];
const JUN_MID: readonly Level[] = ['junior', 'mid'];
const CORE: readonly Level[] = ['junior', 'mid', 'senior'];
const UP_TO_SENIOR: readonly Level[] = ['intern', 'junior', 'mid', 'senior'];
const NO_INTERN: readonly Level[] = ['junior', 'mid', 'senior', 'staff'];
const MID_UP: readonly Level[] = ['mid', 'senior', 'staff'];
const MID_SENIOR: readonly Level[] = ['mid', 'senior'];
const SENIOR_UP: readonly Level[] = ['senior', 'staff'];
const STAFF: readonly Level[] = ['staff'];

// ---------------------------------------------------------------- general software engineering

export const GENERAL_TECHNICAL = group('tech', 'technical', [
  [
    BASIC,
    'Walk me through what happens, step by step, from the moment you type a web address into a browser until the page appears.',
  ],
  [
    BASIC,
    'How would you explain the difference between a process and a thread, and when would you choose one over the other?',
  ],
  [
    BASIC,
    'What is a hash table, how does it make lookups fast, and what happens when two keys collide?',
  ],
  [
    BASIC,
    'Explain Big O notation in your own words, and give an example of improving an algorithm from quadratic to linear time.',
  ],
  [
    BASIC,
    'How do you approach debugging when your code produces the wrong result but never throws an error?',
  ],
  [BASIC, 'What makes a unit test good, and how do you decide what to test in a small feature?'],
  [
    EARLY,
    'Explain the difference between an array and a linked list, and describe a situation where each is the better choice.',
  ],
  [
    EARLY,
    'What is version control for, and how do you use branches and pull requests when working with a team?',
  ],
  [
    EARLY,
    'How would you explain recursion to someone new to programming, and what can go wrong with a recursive solution?',
  ],
  [
    EARLY,
    'How would you design a simple to-do list application, including how the data is stored and how the interface talks to it?',
  ],
  [
    EARLY,
    'What is the difference between a stack and a queue, and where have you seen each one used in real software?',
  ],
  [
    BASIC,
    'How do you make sure the code you write is easy to read for the next person who works on it?',
  ],
  [
    EARLY,
    'What is an API, and how would you explain the request and response cycle of a typical web API call?',
  ],
  [
    EARLY,
    'Tell me about the most technically challenging project you have built, and explain one design decision you made in it.',
  ],
  [
    JUN_MID,
    'What are the trade-offs between storing data in a relational database and in a document database?',
  ],
  [
    CORE,
    'How do you decide when a piece of code needs refactoring, and how do you refactor safely without breaking behavior?',
  ],
  [
    MID_SENIOR,
    'Explain caching at different layers of a web application, and how you would handle cache invalidation.',
  ],
  [
    MID_UP,
    'How would you design a rate limiter for a public API, and what trade-offs come with the different approaches?',
  ],
  [
    MID_SENIOR,
    'Describe how you would investigate an endpoint that has suddenly become slow in production.',
  ],
  [
    MID_SENIOR,
    'What is the difference between concurrency and parallelism, and how have you dealt with a race condition?',
  ],
  [MID_UP, 'How do you design an API so that it can evolve without breaking existing clients?'],
  [
    CORE,
    'Explain database indexing: how an index speeds up reads, what it costs, and how you decide which indexes to add.',
  ],
  [
    MID_UP,
    'What does idempotency mean for an API or a background job, and how would you make a payment request safe to retry?',
  ],
  [CORE, 'How do you approach code review, both as the author and as the reviewer?'],
  [
    MID_SENIOR,
    'How would you design a link shortening service, covering storage, how the short codes are generated, and how it scales?',
  ],
  [
    MID_SENIOR,
    'Walk me through how you would break a large feature into smaller pieces that can be shipped and tested independently.',
  ],
  [
    MID_UP,
    'Explain eventual consistency, and describe a feature where it would be acceptable and one where it would not.',
  ],
  [
    SENIOR_UP,
    'How would you design a notification system that sends email, push and text messages to millions of users, with retries and user preferences?',
  ],
  [
    SENIOR_UP,
    'How would you lead a migration from a monolith to separate services, and how would you decide where to draw the boundaries?',
  ],
  [
    MID_UP,
    'How do you decide between building something in house and adopting a third-party service or open source library?',
  ],
  [
    MID_UP,
    'How would you design a system to stay resilient when one of its dependencies becomes slow or unavailable?',
  ],
  [
    SENIOR_UP,
    'How would you design a job queue that guarantees every job runs at least once, and what would you do with jobs that keep failing?',
  ],
  [
    SENIOR_UP,
    'What makes a design document useful, and how do you run a design review so that it actually improves the design?',
  ],
  [
    SENIOR_UP,
    'How do you measure and manage technical debt, and how do you make the case for paying it down?',
  ],
  [
    SENIOR_UP,
    'Walk me through how you would design a collaborative document editor where several people edit at the same time.',
  ],
  [
    MID_UP,
    'How would you roll out a risky change to a high-traffic system while keeping the ability to back out quickly?',
  ],
  [
    STAFF,
    'How do you set technical direction across several teams, and how do you get buy-in for it without direct authority?',
  ],
  [
    STAFF,
    'How would you decide whether a shared platform should be split into separately owned services? What signals would you look at?',
  ],
  [
    SENIOR_UP,
    'How would you design a multi-region architecture for a service that must stay available if an entire region goes down?',
  ],
  [
    STAFF,
    'How do you decide which engineering standards should be enforced across an organization and which should be left to individual teams?',
  ],
  [
    SENIOR_UP,
    'If you joined a team where deploys were slow, risky and rare, how would you diagnose the causes, and what would you change first?',
  ],
  [
    SENIOR_UP,
    'How would you design the data model and architecture for a multi-tenant product, including isolation between customers?',
  ],
  [
    SENIOR_UP,
    'How do you balance long-term architectural investment against pressure to ship features this quarter? Give me an example of how you made that call.',
  ],
  [
    SENIOR_UP,
    'How would you design a feature flag and experimentation platform that many teams can use safely?',
  ],
]);

/**
 * Role-agnostic reasoning questions: the fallback technical pool, and the main one for roles
 * (product, design) where computer-science questions would be beside the point.
 */
export const PROBLEM_SOLVING = group('solve', 'technical', [
  [
    ALL,
    'Imagine a key metric for your product dropped twenty percent overnight. How would you figure out what happened?',
  ],
  [
    ALL,
    'How do you break down a large, vague problem into something you can start working on this week?',
  ],
  [
    ALL,
    'How do you estimate how long a piece of work will take when many of the details are still unknown?',
  ],
  [
    ALL,
    'Walk me through how you decide between two reasonable solutions when the evidence does not clearly favor either one.',
  ],
  [
    ALL,
    'If you had to learn an unfamiliar system quickly in order to fix a problem in it, how would you go about it?',
  ],
  [ALL, 'How do you check that your own work is correct before you hand it over to someone else?'],
  [
    ALL,
    'Explain a complex concept from your recent work as if I were a new colleague from a different department.',
  ],
  [
    ALL,
    'How would you estimate how many orders a popular food delivery app handles at dinner time on a Friday? Talk me through your reasoning.',
  ],
]);

// ---------------------------------------------------------------- behavioral

export const GENERAL_BEHAVIORAL: BankTemplate[] = [
  {
    id: 'beh.opener',
    text: `Walk me through your background, and tell me what draws you to ${ROLE_PLACEHOLDER}.`,
    kind: 'behavioral',
    levels: ALL,
    topics: [],
    opener: true,
  },
  ...group('beh', 'behavioral', [
    [
      ALL,
      'Tell me about a time you had to deliver something important under a tight deadline. What did you prioritize, and what did you let go?',
      ['prioritization'],
    ],
    [
      ALL,
      'Describe a time you disagreed with a teammate about a technical or product decision. How did you handle it, and what was the outcome?',
      ['conflict', 'collaboration'],
    ],
    [
      ALL,
      'Tell me about a mistake you made at work or on a project. What happened, how did you fix it, and what did you change afterwards?',
      ['failure', 'ownership'],
    ],
    [
      ALL,
      'Tell me about a time you received difficult feedback. How did you respond, and what did you do with it?',
      ['feedback', 'learning'],
    ],
    [
      ALL,
      'Describe a situation where the requirements were unclear. How did you decide what to build?',
      ['ambiguity'],
    ],
    [
      ALL,
      'Tell me about a time you had to learn a new technology or skill quickly to get something done. How did you approach it?',
      ['learning'],
    ],
    [
      ALL,
      'Give me an example of a time you went beyond your assigned work to solve a problem that nobody owned.',
      ['ownership'],
    ],
    [
      ALL,
      'Tell me about a project you are especially proud of. What was your specific contribution?',
      ['ownership'],
    ],
    [
      ALL,
      'Describe a time you had to explain something complicated to someone without your background. How did you make sure they understood?',
      ['communication'],
    ],
    [
      ALL,
      'Tell me about a time you worked with someone whose working style was very different from yours. How did you make it work?',
      ['collaboration'],
    ],
    [
      ALL,
      'Tell me about a project you worked on that failed or was cancelled. What did you learn from it?',
      ['failure'],
    ],
    [
      ALL,
      'Describe a time you had several urgent tasks competing for your attention. How did you decide what to do first?',
      ['prioritization'],
    ],
    [
      ALL,
      'Tell me about a time you noticed a problem in how your team worked and helped to improve it.',
      ['ownership', 'collaboration'],
    ],
    [
      NO_INTERN,
      'Describe a time you had to push back on a request from a manager or stakeholder. How did you approach the conversation?',
      ['conflict', 'stakeholders'],
    ],
    [
      ALL,
      'Tell me about a time you helped a teammate who was struggling. What did you do, and how did it turn out?',
      ['collaboration', 'mentoring'],
    ],
    [
      ALL,
      'Tell me about a time you changed your mind after hearing someone else’s perspective.',
      ['collaboration', 'decision'],
    ],
    [
      ALL,
      'Describe a time you had to make a decision without all the information you wanted. What did you do?',
      ['decision', 'ambiguity'],
    ],
    [
      ALL,
      'Tell me about a time priorities changed suddenly in the middle of your work. How did you adapt?',
      ['ambiguity'],
    ],
    [
      ALL,
      'Tell me about a time you focused on what a user or customer actually needed rather than what they first asked for.',
      ['customer'],
    ],
    [
      ALL,
      'Tell me about a time you took a calculated risk. How did you weigh it, and how did it turn out?',
      ['decision'],
    ],
    [
      ALL,
      'Tell me about a time you worked with people spread across locations or time zones. What did you do to keep everyone aligned?',
      ['remote', 'communication'],
    ],
    [
      ALL,
      'Describe a time you made sure someone who was being overlooked in a discussion had a real chance to contribute.',
      ['inclusion'],
    ],
    [
      ALL,
      'Tell me about a time you were under a lot of pressure. How did you stay effective, and what would you do differently?',
      ['prioritization'],
    ],
    [
      ALL,
      'Describe a time you delivered work you were not fully satisfied with because of constraints. How did you handle the trade-off?',
      ['decision'],
    ],
    [
      ALL,
      'Tell me about a goal you set for your own growth. How did you work towards it?',
      ['learning'],
    ],
    [
      ALL,
      'What would a former teammate say is the most valuable thing you brought to the team, and what would they say you should work on? Give me an example of each.',
      ['feedback'],
    ],
    [
      ALL,
      'Tell me about a time you took the lead on something without being asked.',
      ['leadership', 'ownership'],
    ],
    [
      ALL,
      'Tell me about a time you taught a colleague something new. How did you know it had landed?',
      ['mentoring', 'communication'],
    ],
    [
      ALL,
      'Tell me about a time you had to keep people outside your team informed about a piece of work. How did you communicate progress and risks?',
      ['stakeholders', 'communication'],
    ],
    [
      ALL,
      'Tell me about a time a customer or user was frustrated with something you built or supported. How did you respond?',
      ['customer'],
    ],
    // early career
    [
      EARLY,
      'Tell me about a school, personal or internship project you are proud of. What part did you own, and what was hard about it?',
      ['ownership'],
    ],
    [
      EARLY,
      'Describe a time you got stuck on a problem. How long did you try on your own before asking for help, and how did you ask?',
      ['learning', 'collaboration'],
    ],
    [
      EARLY,
      'Tell me about a group project where the work was not shared evenly. What did you do about it?',
      ['collaboration', 'conflict'],
    ],
    [
      EARLY,
      'How do you keep learning outside of classes or work? Tell me about something you taught yourself recently.',
      ['learning'],
    ],
    [
      EARLY,
      'Tell me about the first time you joined a project that someone else had started. How did you find your way around it?',
      ['learning'],
    ],
    [
      EARLY,
      'Tell me about a time you had to balance several commitments at once, such as studies, a job and a project.',
      ['prioritization'],
    ],
    // experienced and senior
    [
      MID_UP,
      'Tell me about a time you mentored or coached someone. What did you do, and how did they grow?',
      ['mentoring', 'leadership'],
    ],
    [
      MID_UP,
      'Describe a project you led from start to finish. How did you plan it, and how did you keep it on track?',
      ['leadership', 'ownership'],
    ],
    [
      SENIOR_UP,
      'Tell me about a time you influenced a decision across teams where you had no formal authority.',
      ['leadership', 'stakeholders'],
    ],
    [
      MID_UP,
      'Describe a time you had to align stakeholders with conflicting goals. How did you reach a decision?',
      ['stakeholders', 'conflict'],
    ],
    [
      MID_UP,
      'Tell me about a decision you made that turned out to be wrong. How did you recognize it, and what did you do?',
      ['decision', 'failure'],
    ],
    [
      MID_UP,
      'Tell me about a time you raised the bar for quality or ways of working on your team.',
      ['leadership', 'ownership'],
    ],
    [
      SENIOR_UP,
      'Describe a time you had to deliver bad news to leadership or to a customer. How did you prepare, and how did it go?',
      ['communication', 'stakeholders'],
    ],
    [
      SENIOR_UP,
      'Tell me about a time you shaped a team’s roadmap or strategy. How did you decide what not to do?',
      ['leadership', 'prioritization'],
    ],
    [
      SENIOR_UP,
      'Tell me about a time you helped resolve a conflict between other people on your team.',
      ['conflict', 'leadership'],
    ],
    [
      STAFF,
      'Describe how you have grown other people into leaders. What did you delegate, and how did you support them?',
      ['mentoring', 'leadership'],
    ],
    [
      STAFF,
      'Tell me about the broadest impact you have had beyond your own team. How did you make it happen?',
      ['leadership'],
    ],
    [
      SENIOR_UP,
      'Describe a time you took over a struggling project or team. What did you do in the first few weeks?',
      ['leadership', 'ownership'],
    ],
    [
      MID_UP,
      'Tell me about a time you had to say no to an important stakeholder. How did you keep the relationship strong?',
      ['stakeholders', 'conflict'],
    ],
    [
      MID_UP,
      'Tell me about a time you were involved in hiring or onboarding someone. What did you do to help them succeed?',
      ['hiring', 'mentoring'],
    ],
    [
      MID_UP,
      'Describe a time you handled a serious production incident or crisis. What was your role, and what changed afterwards?',
      ['ownership'],
    ],
  ]),
];

// ---------------------------------------------------------------- technical topics (job description)

export const TOPIC_TECHNICAL: BankTemplate[] = [
  ...group('topic.microservices', 'technical', [
    [
      ALL,
      'What are the benefits and costs of microservices compared with a well-structured monolith?',
    ],
    [
      NO_INTERN,
      'How do microservices talk to each other, and when would you choose synchronous calls over asynchronous messaging?',
    ],
    [
      MID_UP,
      'How would you trace a single user request as it flows through a dozen microservices?',
    ],
    [
      MID_UP,
      'How do you handle a business transaction that spans several microservices when one of the steps fails?',
    ],
    [
      SENIOR_UP,
      'How do you version and deploy microservices independently without breaking the services that depend on them?',
    ],
  ]),
  ...group('topic.distributed', 'technical', [
    [
      ALL,
      'What new problems appear when a system moves from one server to many, and how do you deal with them?',
    ],
    [
      MID_UP,
      'How would you find the first bottleneck when a system needs to handle ten times its current load?',
    ],
    [
      SENIOR_UP,
      'How do you design for partial failure in a distributed system, where some calls succeed and others time out?',
    ],
  ]),
  ...group('topic.performance', 'technical', [
    [
      ALL,
      'Tell me how you would approach a performance problem, from the first report to a verified fix.',
    ],
    [
      CORE,
      'What is the difference between latency and throughput, and how can improving one hurt the other?',
    ],
    [
      MID_UP,
      'How do you decide what to measure before optimizing, and how do you avoid optimizing the wrong thing?',
    ],
    [
      SENIOR_UP,
      'How would you set and enforce a performance budget for a product so that it does not slowly get slower?',
    ],
  ]),
  ...group('topic.testing', 'technical', [
    [
      ALL,
      'How do you decide the right mix of unit, integration and end-to-end tests for a feature?',
    ],
    [
      CORE,
      'What makes code easy or hard to test, and how do you refactor code that is hard to test?',
    ],
    [
      ALL,
      'What do you think about test-driven development, and when have you found it most and least useful?',
    ],
    [MID_UP, 'How do you keep a test suite fast and trustworthy as a codebase grows?'],
    [
      MID_UP,
      'How would you test an integration with an external service that is slow, rate limited or unreliable?',
    ],
  ]),
  ...group('topic.accessibility', 'technical', [
    [
      ALL,
      'How do you make a web form accessible to people who use a screen reader or only a keyboard?',
    ],
    [
      ALL,
      'What are the most common accessibility problems you see in web applications, and how would you catch them early?',
    ],
    [CORE, 'How would you make a custom dropdown menu or a modal dialog accessible?'],
    [
      SENIOR_UP,
      'How would you introduce accessibility standards across a product that has never prioritized accessibility?',
    ],
  ]),
  ...group('topic.security', 'technical', [
    [
      ALL,
      'What are the most common security vulnerabilities in web applications, and how do you prevent them in your day-to-day work?',
    ],
    [
      BASIC,
      'How should passwords be stored, and why is a fast hash function a bad choice for them?',
    ],
    [MID_UP, 'How would you design authentication and session handling for a web application?'],
    [SENIOR_UP, 'How would you handle a report that customer data may have been exposed?'],
  ]),
  ...group('topic.observability', 'technical', [
    [ALL, 'What is the difference between logs, metrics and traces, and what is each one best at?'],
    [
      MID_UP,
      'How do you decide what to alert on, so that alerts are actionable and nobody is woken up for nothing?',
    ],
    [
      MID_UP,
      'Walk me through how you would run an incident, from the first alert to the follow-up review.',
    ],
    [
      SENIOR_UP,
      'How would you define reliability targets for a service that several other teams depend on?',
    ],
  ]),
  ...group('topic.cicd', 'technical', [
    [ALL, 'What should a good continuous integration pipeline check, and how do you keep it fast?'],
    [
      MID_UP,
      'How do you deploy changes safely, for example with canary releases, blue-green deploys or feature flags?',
    ],
    [
      SENIOR_UP,
      'How would you shorten the time from a merged change to production without increasing risk?',
    ],
  ]),
  ...group('topic.api', 'technical', [
    [
      ALL,
      'What makes an API pleasant for other developers to use? Give me an example of a good or a bad API you have worked with.',
    ],
    [MID_UP, 'How do you handle versioning, errors and pagination when designing a public API?'],
    [
      SENIOR_UP,
      'How would you design webhooks so that the receiving side can trust them and safely handle retries?',
    ],
  ]),
  ...group('topic.data-pipelines', 'technical', [
    [ALL, 'How would you make a data pipeline safe to rerun after it fails halfway through?'],
    [MID_UP, 'How do you monitor data pipelines so that you find bad data before your users do?'],
    [
      MID_UP,
      'When would you choose streaming over batch processing for a pipeline, and what does it cost you?',
    ],
    [
      SENIOR_UP,
      'How would you backfill a year of historical data through a pipeline that is also processing live data?',
    ],
  ]),
  ...group('topic.architecture', 'technical', [
    [
      ALL,
      'How do you evaluate the trade-offs between two architectural options when both could work?',
    ],
    [
      MID_UP,
      'How do you document and communicate an architecture decision so that people still understand it a year later?',
    ],
    [
      SENIOR_UP,
      'How do you keep an architecture coherent when many teams are changing it at the same time?',
    ],
  ]),
  ...group('topic.legacy', 'technical', [
    [ALL, 'How do you approach working in a large legacy codebase that you did not write?'],
    [
      MID_UP,
      'How would you plan an incremental migration off a legacy system while it still serves customers?',
    ],
    [SENIOR_UP, 'How do you decide whether to rewrite a system or improve it step by step?'],
  ]),
  ...group('topic.cloud', 'technical', [
    [ALL, 'What would you look at first if your team’s cloud bill doubled in a month?'],
    [
      MID_UP,
      'How do you take advantage of managed cloud services without getting more locked in than you intend?',
    ],
  ]),
].map((t) => ({ ...t, topics: [topicOf(t.id)] }));

function topicOf(id: string): TopicKey {
  const key = id.split('.')[1];
  const topic = TOPIC_KEYS.find((k) => k === key);
  if (!topic) throw new Error(`unknown topic in template id ${id}`);
  return topic;
}

/**
 * Words in the role or job description that signal a topic. Patterns lean towards precision:
 * a missed topic only costs relevance, a false one puts an odd question in front of the candidate.
 */
export const TOPIC_PATTERNS: Readonly<Record<TopicKey, RegExp>> = {
  microservices: /micro-?services?|service-oriented/i,
  distributed:
    /distributed systems?|scalab|high[- ]availability|large[- ]scale|high[- ]traffic|millions of (?:users|requests|customers)/i,
  performance: /performan|latency|optimi[sz]|throughput|profiling/i,
  testing: /\btest(?:s|ing|able)?\b|\btdd\b|quality assurance|\bqa\b/i,
  accessibility: /accessib|\ba11y\b|wcag|screen readers?/i,
  security: /securi|owasp|authenticat|authori[sz]ation|encryption|vulnerab|privacy|compliance/i,
  observability: /observab|monitoring|alerting|on-?call|incident|\bsre\b|reliabilit/i,
  cicd: /ci\s*\/\s*cd|continuous (?:integration|delivery|deployment)|deployment pipelines?|release engineering/i,
  api: /\bapis?\b|\brest(?:ful)?\b|graphql|grpc/i,
  'data-pipelines':
    /\betl\b|\belt\b|data pipelines?|data warehous|\bstreaming\b|kafka|spark|airflow|\bdbt\b/i,
  architecture: /architect|system design|design docs?\b/i,
  legacy: /legacy|technical debt|tech debt|refactor|migrat|moderni[sz]/i,
  cloud: /\bcloud\b|\bgcp\b|\bazure\b/i,
  leadership:
    /leadership|\blead(?:s|ing)? (?:a |the )?(?:team|engineers|projects?|initiatives?)|tech lead|team lead|people manag|head of|director/i,
  mentoring: /mentor|coach|grow(?:ing)? (?:junior|engineers|the team|talent)/i,
  stakeholders:
    /stakeholder|cross[- ]functional|business partners|executives?|partner (?:closely )?with/i,
  communication: /communicat|presentation|written and verbal|documentation/i,
  customer: /customer|client-facing|clients|user-centric|user needs/i,
  ambiguity: /ambigu|fast[- ]paced|startup|changing priorities|self[- ]starter|autonom/i,
  ownership: /ownership|end[- ]to[- ]end|accountab|initiative|take charge/i,
  collaboration: /collaborat|teamwork|team player|pair programming|pairing/i,
  conflict: /conflict|disagree|difficult conversations|negotiat/i,
  prioritization: /prioriti[sz]|deadlines?|multiple projects|time management|roadmap/i,
  learning: /\blearn|curio|growth mindset|new technologies/i,
  hiring: /hiring|recruit|interviewing/i,
  remote: /remote|time zones?|asynchronous(?:ly)? communication|distributed team/i,
  inclusion: /inclusi|diversity|belonging|equity/i,
  decision: /data-driven|decision|judg(?:e)?ment|trade-?offs?/i,
  failure: /resilien(?:ce|t) (?:person|mindset)|learn from (?:failure|mistakes)/i,
  feedback: /feedback|growth culture|continuous improvement/i,
};

// ---------------------------------------------------------------- role families

export interface RoleFamily {
  readonly key: string;
  readonly pattern: RegExp;
  readonly technical: readonly BankTemplate[];
  readonly behavioral: readonly BankTemplate[];
  /** Topics whose questions count as part of this role. */
  readonly topics: readonly TopicKey[];
  /** Technologies whose questions count as part of this role, even if not in the stack. */
  readonly technologies: readonly string[];
  /**
   * Roles where general computer-science questions would be beside the point (product, design,
   * data, machine learning): role-agnostic problem solving takes their place.
   */
  readonly replacesGeneralTechnical: boolean;
}

function family(
  key: string,
  pattern: RegExp,
  technical: readonly Entry[],
  behavioral: readonly Entry[],
  extra: Partial<Pick<RoleFamily, 'topics' | 'technologies' | 'replacesGeneralTechnical'>> = {},
): RoleFamily {
  return {
    key,
    pattern,
    technical: group(`role.${key}.t`, 'technical', technical),
    behavioral: group(`role.${key}.b`, 'behavioral', behavioral),
    topics: extra.topics ?? [],
    technologies: extra.technologies ?? [],
    replacesGeneralTechnical: extra.replacesGeneralTechnical ?? false,
  };
}

export const ROLE_FAMILIES: readonly RoleFamily[] = [
  family(
    'frontend',
    /front[\s-]?end|full[\s-]?stack|\bui (?:engineer|developer)|web (?:developer|engineer)|javascript (?:developer|engineer)|react (?:developer|engineer)/i,
    [
      [
        CORE,
        'How does the browser turn HTML, CSS and JavaScript into pixels on the screen, and which of those steps are the most expensive?',
      ],
      [
        MID_UP,
        'How would you make a slow single-page application load faster? Walk me through what you would measure first.',
      ],
      [
        NO_INTERN,
        'How do you decide where state should live in a frontend application: in a component, in shared state, or on the server?',
      ],
      [
        MID_UP,
        'Explain the difference between server-side rendering, static generation and client-side rendering, and when you would choose each.',
      ],
      [
        SENIOR_UP,
        'How would you design a reusable component library that several product teams share?',
      ],
      [
        BASIC,
        'What is the difference between CSS flexbox and grid, and how do you decide which to use for a layout?',
      ],
      [
        CORE,
        'How would you handle loading and error states on a page that depends on several slow network requests?',
      ],
      [
        MID_UP,
        'How would you protect a web application against cross-site scripting, and what does the browser already do to help?',
      ],
      [
        BASIC,
        'How would you build a layout that works well on both a small phone and a large monitor?',
      ],
      [
        SENIOR_UP,
        'How would you structure a large frontend codebase so that many teams can work on it without getting in each other’s way?',
      ],
    ],
    [
      [
        ALL,
        'Tell me about a time you worked closely with a designer and disagreed on a detail of the user experience. How did you resolve it?',
      ],
      [
        ALL,
        'Describe a time you improved the experience for real users based on feedback or data.',
      ],
    ],
    { topics: ['accessibility', 'performance'] },
  ),
  family(
    'backend',
    /back[\s-]?end|full[\s-]?stack|server[\s-]?side|\bapi\b|platform engineer|distributed systems/i,
    [
      [
        CORE,
        'How would you design the database schema and the API for an online store’s orders and payments?',
      ],
      [
        MID_UP,
        'What is a database transaction, and what problems can appear at different isolation levels?',
      ],
      [
        CORE,
        'How would you design an endpoint that returns a very large list of results? Talk through the pagination options and their trade-offs.',
      ],
      [
        CORE,
        'How do you handle authentication and authorization in a backend service, and where do you enforce each one?',
      ],
      [
        UP_TO_SENIOR,
        'How would you handle a task that takes several minutes without making the user’s request wait for it?',
      ],
      [
        MID_UP,
        'How would you keep data consistent across two services that each own their own database?',
      ],
      [
        MID_UP,
        'How do you design a service so that it can scale horizontally, and what usually stops a service from scaling?',
      ],
      [
        SENIOR_UP,
        'How would you design a system that ingests events from millions of devices and makes them queryable within a minute?',
      ],
      [
        MID_UP,
        'What are the differences between REST, GraphQL and gRPC, and how would you choose between them for a new service?',
      ],
      [
        MID_UP,
        'For a new backend service, what do you log, what do you measure, and what do you alert on?',
      ],
      [
        BASIC,
        'What is the difference between a GET and a POST request, and what do the common HTTP status code families mean?',
      ],
    ],
    [
      [
        NO_INTERN,
        'Tell me about a time you were responsible for a system when something broke in production. What did you do?',
      ],
    ],
    { topics: ['api', 'distributed'] },
  ),
  family(
    'mobile',
    /mobile|\bios\b|android|react native|flutter|swift(?:ui)? (?:developer|engineer)|kotlin/i,
    [
      [
        ALL,
        'What happens when a mobile app goes to the background, is stopped by the operating system, and is later restored? How do you handle it?',
      ],
      [
        MID_UP,
        'How would you design offline support so that users can keep working without a connection?',
      ],
      [
        CORE,
        'What are the main causes of a sluggish mobile interface, and how do you find and fix them?',
      ],
      [
        MID_UP,
        'How do you release mobile app updates safely, given that some users will not update for months?',
      ],
      [
        MID_UP,
        'How would you reduce battery and data usage in an app that syncs frequently with a server?',
      ],
      [
        CORE,
        'How do you structure a mobile app so that its business logic can be tested without the user interface?',
      ],
      [
        UP_TO_SENIOR,
        'How do you store sensitive data such as login tokens securely on a mobile device?',
      ],
      [
        MID_UP,
        'How would you design push notifications for a mobile app, from the server all the way to the device?',
      ],
      [
        BASIC,
        'Explain the lifecycle of a screen on the mobile platform you know best, and why it matters.',
      ],
      [
        SENIOR_UP,
        'How would you organize a large mobile codebase so that several teams can ship features independently?',
      ],
    ],
    [
      [
        ALL,
        'Tell me about a time a bug reached users in a released app. How did you respond when you could not ship a fix instantly?',
      ],
    ],
    { topics: ['performance'] },
  ),
  family(
    'data',
    /data engineer|analytics engineer|data analyst|\betl\b|business intelligence|\bbi (?:developer|engineer|analyst)|data platform|\banalyst\b/i,
    [
      [
        ALL,
        'How would you design a daily pipeline that loads data from several sources into a warehouse, and how would you make it safe to rerun?',
      ],
      [
        CORE,
        'What is the difference between a star schema and a normalized schema, and when would you use each?',
      ],
      [
        ALL,
        'How do you detect and handle data quality problems such as duplicates, missing values or records that arrive late?',
      ],
      [
        CORE,
        'Explain the difference between batch and stream processing, and describe a use case for each.',
      ],
      [
        MID_UP,
        'How would you make sure different teams calculate the same metric in the same way?',
      ],
      [
        ALL,
        'A dashboard shows revenue that does not match the finance team’s numbers. How would you find the cause?',
      ],
      [
        MID_UP,
        'How would you handle a schema change in an upstream source that feeds many downstream tables?',
      ],
      [
        ALL,
        'How do you present a surprising finding in the data to a non-technical audience without overstating it?',
      ],
      [
        SENIOR_UP,
        'How would you design a data platform that lets analysts explore freely while keeping personal information protected?',
      ],
    ],
    [[ALL, 'Tell me about a time your analysis changed a decision someone was about to make.']],
    { topics: ['data-pipelines'], technologies: ['sql'], replacesGeneralTechnical: true },
  ),
  family(
    'ml',
    /machine learning|\bml\b|\bai\b|data scien|deep learning|\bnlp\b|computer vision|applied scientist|research scientist|mlops/i,
    [
      [
        BASIC,
        'Explain the bias and variance trade-off, and how it shows up when you train a model.',
      ],
      [
        ALL,
        'How do you choose an evaluation metric for a classification problem where one class is very rare?',
      ],
      [
        MID_UP,
        'How would you detect and respond to a model whose performance degrades after it is deployed?',
      ],
      [
        MID_UP,
        'Walk me through how you would take a model from a notebook prototype to a reliable production service.',
      ],
      [CORE, 'What is data leakage, and how have you prevented it in a project?'],
      [
        SENIOR_UP,
        'How would you design a recommendation system for a product with millions of users and items?',
      ],
      [
        ALL,
        'How do you decide whether a problem needs machine learning at all, rather than a few simple rules?',
      ],
      [
        MID_UP,
        'How would you evaluate an application built on a large language model, and how would you catch regressions when the prompt or the model changes?',
      ],
    ],
    [
      [
        ALL,
        'Tell me about a time you had to explain the limitations of a model to people who wanted to rely on it.',
      ],
    ],
    { technologies: ['ml', 'python'], replacesGeneralTechnical: true },
  ),
  family(
    'devops',
    /devops|dev ops|\bsre\b|site reliability|infrastructure|platform|cloud (?:engineer|architect)|systems engineer|release engineer/i,
    [
      [
        ALL,
        'How would you design a deployment pipeline that takes a change from merge to production safely?',
      ],
      [
        ALL,
        'Walk me through how you would respond to an alert that error rates have doubled in production.',
      ],
      [
        MID_UP,
        'What are service level objectives and error budgets, and how would you use them to balance reliability against shipping speed?',
      ],
      [
        CORE,
        'How do you manage infrastructure as code across several environments without configuration drift?',
      ],
      [MID_UP, 'How would you reduce a cloud bill that has grown faster than usage?'],
      [MID_UP, 'How would you design secrets management for a fleet of services?'],
      [
        MID_UP,
        'What makes a post-incident review useful, and how do you make sure its action items actually get done?',
      ],
      [
        SENIOR_UP,
        'How would you design an internal platform that lets dozens of teams deploy and operate their own services with minimal help?',
      ],
      [
        BASIC,
        'Explain the difference between a virtual machine and a container, and what each is good for.',
      ],
      [
        SENIOR_UP,
        'How do you approach capacity planning for a service whose traffic is expected to triple next year?',
      ],
    ],
    [
      [
        ALL,
        'Tell me about a time you automated away repetitive operational work. How did you decide it was worth it?',
      ],
    ],
    { topics: ['observability', 'cicd'], technologies: ['docker', 'kubernetes'] },
  ),
  family(
    'qa',
    /\bqa\b|quality|\btest(?:ing|er)?\b|\bsdet\b|automation engineer/i,
    [
      [ALL, 'How do you decide what to automate and what to test manually?'],
      [
        ALL,
        'How would you design a test strategy for a new feature that touches the web app, the API and a payment provider?',
      ],
      [NO_INTERN, 'What causes flaky tests, and how would you reduce them in a large test suite?'],
      [BASIC, 'What goes into a bug report that gets fixed quickly?'],
      [
        MID_UP,
        'How would you test behavior that depends on time, such as scheduled jobs or sessions that expire?',
      ],
      [
        SENIOR_UP,
        'How would you build quality into a team’s process so that testing is not a bottleneck at the end?',
      ],
      [
        MID_UP,
        'What would you include in a load test for an API, and how would you interpret the results?',
      ],
      [
        CORE,
        'Explain the testing pyramid, and whether you think it still holds for modern applications.',
      ],
    ],
    [
      [
        ALL,
        'Tell me about a time you found a serious issue late in a release. How did you raise it, and what happened?',
      ],
    ],
    { topics: ['testing'] },
  ),
  family(
    'security',
    /secur|appsec|penetration|infosec/i,
    [
      [
        ALL,
        'Walk me through how you would threat model a new feature that lets users upload files.',
      ],
      [
        ALL,
        'How would you explain the most common web application vulnerabilities to a developer, and how to prevent them?',
      ],
      [
        MID_UP,
        'How would you design secure authentication for a web and mobile product, including password reset?',
      ],
      [MID_UP, 'How do you prioritize vulnerabilities when a scan reports hundreds of findings?'],
      [
        ALL,
        'What would you do in the first hour after learning that an access key was published in a public repository?',
      ],
      [
        SENIOR_UP,
        'How do you build a security program that developers embrace instead of working around?',
      ],
      [
        BASIC,
        'Explain the principle of least privilege, and how you would apply it to a team’s cloud accounts.',
      ],
    ],
    [
      [
        ALL,
        'Tell me about a time you had to convince a team to fix a security issue while they were under delivery pressure.',
      ],
    ],
    { topics: ['security'] },
  ),
  family(
    'product',
    /product (?:manager|owner|lead|management)|\bpm\b|\bpo\b|program manager|technical program/i,
    [
      [
        ALL,
        'Pick a product you use often. How would you improve it, and how would you know the improvement worked?',
      ],
      [
        ALL,
        'How do you decide what goes on the roadmap for next quarter when you have far more requests than capacity?',
      ],
      [ALL, 'How would you define success metrics for a new onboarding flow?'],
      [
        ALL,
        'An important metric dropped ten percent last week. Walk me through how you would investigate.',
      ],
      [
        ALL,
        'How would you decide whether to build a feature that your largest customer wants but nobody else has asked for?',
      ],
      [ALL, 'How do you work with engineers to make trade-offs between scope, quality and time?'],
      [
        MID_UP,
        'How would you design and read a split test for a new pricing page, and what could mislead you?',
      ],
      [
        ALL,
        'How do you turn a vague request from leadership into a clear problem statement and a plan?',
      ],
      [
        MID_UP,
        'How would you decide whether to retire a feature that a small but vocal group of users loves?',
      ],
      [ALL, 'How do you gather and make sense of user research when you only have two weeks?'],
      [
        BASIC,
        'How would you write a requirements document for a new feature, and what would you deliberately leave out?',
      ],
      [
        SENIOR_UP,
        'How would you set a two-year product strategy in a market where a larger competitor has just launched a similar product?',
      ],
      [
        ALL,
        'How much technical detail do you need to understand to make good product decisions, and how do you get it?',
      ],
    ],
    [
      [
        ALL,
        'Tell me about a product decision you made that turned out to be wrong. How did you find out, and what did you do?',
      ],
      [
        ALL,
        'Describe a time you had to get engineering, design and sales to agree on a direction.',
      ],
    ],
    { topics: ['stakeholders', 'customer', 'prioritization'], replacesGeneralTechnical: true },
  ),
  family(
    'manager',
    /(?:engineering|software|development|technical|delivery|it) manager|manager,? (?:engineering|software)|head of (?:engineering|technology|software|platform)|director of engineering|\bvp\b|vice president|\bcto\b|\bem\b/i,
    [
      [
        ALL,
        'How do you measure how healthy and effective an engineering team is, without creating numbers people game?',
      ],
      [
        ALL,
        'How do you decide how much of your team’s time goes to technical debt, reliability and new features?',
      ],
      [
        ALL,
        'How do you stay close enough to the technical work to make good decisions without becoming a bottleneck?',
      ],
      [
        SENIOR_UP,
        'How would you structure teams and ownership as an engineering group grows from ten to fifty people?',
      ],
      [ALL, 'How do you plan and communicate delivery dates when the work is uncertain?'],
    ],
    [
      [
        ALL,
        'Tell me about a time you managed someone who was underperforming. What did you do, and what was the outcome?',
      ],
      [
        ALL,
        'Describe how you have helped someone on your team get promoted or grow into a bigger role.',
      ],
      [
        ALL,
        'Tell me about a time you had to make an unpopular decision for your team. How did you communicate it?',
      ],
      [ALL, 'Tell me about a hire that did not work out. What did you learn about how you hire?'],
      [
        ALL,
        'Describe a time you protected your team from too much incoming work while keeping stakeholders on your side.',
      ],
      [ALL, 'Tell me about a time you had to rebuild trust on a team after a difficult period.'],
    ],
    { topics: ['leadership', 'mentoring', 'hiring'] },
  ),
  family(
    'design',
    /designer|\bux\b|user experience|user researcher|interaction design|product design/i,
    [
      [
        ALL,
        'Walk me through your design process on a recent project, from understanding the problem to validating the solution.',
      ],
      [
        ALL,
        'How do you decide what to test with users, and how do you run a usability test on a small budget?',
      ],
      [ALL, 'How do you design for accessibility from the start rather than fixing it at the end?'],
      [
        ALL,
        'How would you approach redesigning a complex settings page that users say is confusing?',
      ],
      [NO_INTERN, 'How do you work within a design system, and when is it right to break from it?'],
      [ALL, 'How do you measure whether a design change actually improved the experience?'],
      [ALL, 'How do you hand designs off to engineers so that the result matches your intent?'],
      [ALL, 'How would you design the onboarding for a product with a steep learning curve?'],
      [
        MID_UP,
        'How do you balance user needs against business goals when they pull in different directions?',
      ],
      [
        SENIOR_UP,
        'How would you build and evolve a design language across several products owned by different teams?',
      ],
    ],
    [
      [ALL, 'Tell me about a time user research changed your mind about a design you believed in.'],
      [
        ALL,
        'Describe a time a stakeholder gave you critical feedback on a design. How did you respond?',
      ],
    ],
    { topics: ['accessibility', 'customer'], replacesGeneralTechnical: true },
  ),
  family('architect', /architect/i, [], [], {
    topics: ['architecture', 'distributed', 'microservices'],
    technologies: ['systemdesign'],
  }),
];

// ---------------------------------------------------------------- technologies

export interface TechnologyDef {
  readonly key: string;
  /** How the bank's own questions name it; also the label for the technology in tests. */
  readonly name: string;
  /** Spellings in a stack item or role, already normalized (see normalizeTechName). */
  readonly aliases: readonly string[];
  /** Mentions in free text such as a job description, where names collide with English words. */
  readonly mentions: readonly RegExp[];
  /** Technologies whose questions also suit someone who lists this one. */
  readonly implies: readonly string[];
  readonly questions: readonly BankTemplate[];
}

function tech(
  key: string,
  name: string,
  aliases: readonly string[],
  mentions: readonly RegExp[],
  entries: readonly Entry[],
  implies: readonly string[] = [],
): TechnologyDef {
  return {
    key,
    name,
    aliases,
    mentions,
    implies,
    questions: group(`stack.${key}`, 'technical', entries),
  };
}

export const TECHNOLOGIES: readonly TechnologyDef[] = [
  tech(
    'react',
    'React',
    ['react', 'reactjs'],
    [/\bReact(?:\.?js)?\b/, /\breactjs\b/i],
    [
      [
        BASIC,
        'What problem does React’s rendering model solve, and what actually happens when a component’s state changes?',
      ],
      [BASIC, 'How do you decide when to split a React component into smaller components?'],
      [
        CORE,
        'Explain how the use effect hook works in React, including its dependencies and cleanup, and describe a bug you have seen from misusing it.',
      ],
      [
        BASIC,
        'What are keys in React lists for, and what goes wrong if you use the array index as the key?',
      ],
      [
        MID_UP,
        'How would you find and fix a React page that re-renders too often and feels slow?',
        ['performance'],
      ],
      [
        MID_UP,
        'When would you reach for a state management library in React instead of context and local state?',
      ],
      [
        CORE,
        'How do you test React components, and what do you deliberately avoid testing?',
        ['testing'],
      ],
      [
        SENIOR_UP,
        'How would you structure data fetching and caching across a large React application?',
      ],
      [
        MID_UP,
        'What changes when React components render on the server, and what problems does that solve or create?',
      ],
    ],
  ),
  tech(
    'typescript',
    'TypeScript',
    ['typescript', 'ts'],
    [/\btypescript\b/i],
    [
      [
        ALL,
        'What does TypeScript give you over plain JavaScript, and where can its types still be wrong at runtime?',
      ],
      [
        BASIC,
        'Explain the difference between an interface and a type alias in TypeScript, and when you use each.',
      ],
      [
        CORE,
        'How do union types and type narrowing work in TypeScript? Describe a situation where they prevented a bug.',
      ],
      [
        NO_INTERN,
        'How do you safely handle data from an external API in TypeScript, given that the compiler cannot check what arrives over the network?',
      ],
      [
        MID_UP,
        'When are generics useful in TypeScript, and how do you keep generic types readable for the rest of the team?',
      ],
      [
        JUN_MID,
        'What does the unknown type offer compared with the any type in TypeScript, and how do you work with unknown values?',
      ],
      [
        SENIOR_UP,
        'How would you introduce TypeScript, or stricter compiler settings, into a large existing JavaScript codebase?',
      ],
    ],
    ['javascript'],
  ),
  tech(
    'javascript',
    'JavaScript',
    ['javascript', 'js', 'ecmascript', 'es6', 'vanillajs'],
    [/\bjavascript\b/i, /\bECMAScript\b/i, /\bJS\b/],
    [
      [
        CORE,
        'Explain how the JavaScript event loop works, and the difference between the task queue and the microtask queue.',
      ],
      [BASIC, 'What is a closure in JavaScript, and where have you used one in practice?'],
      [
        ALL,
        'How do promises and async and await relate to each other in JavaScript, and how do you handle errors in asynchronous code?',
      ],
      [
        EARLY,
        'What are the differences between var, let and const in JavaScript, and why does it matter?',
      ],
      [
        JUN_MID,
        'How is the value of the this keyword decided in JavaScript, and how do arrow functions change it?',
      ],
      [
        MID_UP,
        'What causes memory leaks in long-running JavaScript applications, and how would you track one down?',
      ],
      [
        BASIC,
        'How does equality comparison work in JavaScript, and why do many teams insist on strict equality?',
      ],
      [SENIOR_UP, 'How would you keep a large JavaScript codebase maintainable as the team grows?'],
    ],
  ),
  tech(
    'node',
    'Node.js',
    ['node', 'nodejs', 'express', 'expressjs', 'nestjs', 'fastify'],
    [/\bnode\.?js\b/i, /\bNode\b/, /\bexpress\.?js\b/i, /\bNestJS\b/i],
    [
      [
        CORE,
        'Node.js runs your JavaScript on a single thread. How does it handle thousands of concurrent connections, and what kind of work blocks it?',
      ],
      [
        MID_UP,
        'How would you handle a CPU-heavy task, such as resizing images, in a Node.js service without hurting response times?',
      ],
      [
        CORE,
        'How do you structure error handling in a Node.js API so that one failing request cannot crash the whole process?',
      ],
      [
        CORE,
        'What are streams in Node.js, and when would you use them instead of reading a whole file into memory?',
      ],
      [
        MID_UP,
        'How would you investigate a Node.js service whose memory keeps growing until it restarts?',
      ],
      [
        ALL,
        'How do you manage dependencies in a Node.js project, and how do you keep them secure and up to date?',
      ],
      [
        BASIC,
        'What is middleware in a Node.js web framework, and how would you use it for logging and authentication?',
      ],
      [MID_UP, 'How would you shut down a Node.js service gracefully during a deploy?'],
      [SENIOR_UP, 'How would you scale a Node.js backend to handle ten times its current traffic?'],
    ],
    ['javascript'],
  ),
  tech(
    'python',
    'Python',
    ['python', 'python3', 'py', 'django', 'flask', 'fastapi'],
    [/\bpython\b/i, /\bdjango\b/i, /\bflask\b/i, /\bfastapi\b/i],
    [
      [
        BASIC,
        'What are Python’s main built-in data structures, and how do you choose between a list, a tuple, a set and a dictionary?',
      ],
      [
        MID_UP,
        'Explain the global interpreter lock in Python, and how it affects threads, processes and async code.',
      ],
      [CORE, 'What are generators in Python, and when are they better than building a full list?'],
      [
        ALL,
        'How do you manage dependencies and virtual environments for a Python project that several people work on?',
      ],
      [
        JUN_MID,
        'What are decorators in Python? Describe one you have written or used in a real project.',
      ],
      [
        MID_UP,
        'How would you speed up a slow Python data processing script? Walk me through how you would find the bottleneck.',
        ['performance'],
      ],
      [
        CORE,
        'How do you use type hints in Python, and what value do they add in a large codebase?',
      ],
      [
        SENIOR_UP,
        'How would you structure a large Python service so that it stays testable and easy to change?',
      ],
      [
        BASIC,
        'What is the difference between mutable and immutable objects in Python, and what bugs can a mutable default argument cause?',
      ],
    ],
  ),
  tech(
    'java',
    'Java',
    ['java', 'jvm', 'spring', 'springboot', 'jakartaee'],
    [/\bjava\b/i, /\bspring boot\b/i, /\bJVM\b/],
    [
      [
        BASIC,
        'Explain the difference between an interface and an abstract class in Java, and when you would use each.',
      ],
      [
        MID_UP,
        'How does garbage collection work in the Java virtual machine, and how would you approach a service with long garbage collection pauses?',
      ],
      [
        MID_UP,
        'How do you write thread-safe code in Java? Talk about synchronization, concurrent collections and immutability.',
      ],
      [
        JUN_MID,
        'What is the contract between equals and hash code in Java, and what breaks if you get it wrong?',
      ],
      [CORE, 'How does dependency injection work in Spring, and what are its benefits and costs?'],
      [
        BASIC,
        'What are checked and unchecked exceptions in Java, and how do you decide which to use?',
      ],
      [
        SENIOR_UP,
        'How would you diagnose a Java service whose latency spikes under load?',
        ['performance'],
      ],
      [
        MID_UP,
        'How have newer Java features, such as records, streams or virtual threads, changed the way you write code?',
      ],
    ],
  ),
  tech(
    'go',
    'Go',
    ['go', 'golang'],
    [
      /\bgolang\b/i,
      /(?:\b(?:in|with|using|and|or)\s+|,\s*|\/)Go\b(?!-)/,
      /\bGo\b(?!-)(?=\s*(?:,|\/|\)|and\b|or\b|developers?\b|engineers?\b|services?\b|microservices\b|backend\b|programming\b))/,
    ],
    [
      [
        CORE,
        'How do goroutines and channels work in Go, and when would you use a mutex instead of a channel?',
      ],
      [
        ALL,
        'How does error handling in Go differ from exceptions, and how do you add context to errors as they travel up the call stack?',
      ],
      [
        MID_UP,
        'What is the context package in Go for, and how do you use it for cancellation and timeouts?',
      ],
      [
        CORE,
        'How do interfaces work in Go, and why is it common to define small interfaces where they are used?',
      ],
      [MID_UP, 'How would you find and fix a goroutine leak in a long-running Go service?'],
      [
        SENIOR_UP,
        'How do you structure a Go project that has grown to many packages, and how do you avoid import cycles?',
      ],
      [
        BASIC,
        'What is the difference between a slice and an array in Go, and what surprises can appending to a slice cause?',
      ],
    ],
  ),
  tech(
    'sql',
    'SQL',
    [
      'sql',
      'mysql',
      'mariadb',
      'sqlserver',
      'mssql',
      'tsql',
      'plsql',
      'sqlite',
      'oracle',
      'oracledb',
      'relationaldatabases',
    ],
    [/\bsql\b/i, /\bmysql\b/i, /\bmariadb\b/i, /\brelational databases?\b/i],
    [
      [
        BASIC,
        'Explain the difference between an inner join and a left join in SQL, and give an example where the wrong choice gives misleading results.',
      ],
      [
        CORE,
        'How would you find the top three products by revenue in each category with SQL? Describe the approach in words rather than code.',
      ],
      [
        CORE,
        'What is normalization in a relational database, and when would you deliberately denormalize?',
      ],
      [
        MID_UP,
        'A SQL query that used to be fast now takes thirty seconds. How would you investigate and fix it?',
        ['performance'],
      ],
      [
        CORE,
        'What are window functions in SQL, and what kinds of questions do they make easy to answer?',
      ],
      [
        BASIC,
        'How does grouping with aggregate functions work in SQL, and what is the difference between filtering in the WHERE clause and in the HAVING clause?',
      ],
      [
        SENIOR_UP,
        'How would you change the schema of a large, busy database table without taking the application down?',
      ],
      [
        JUN_MID,
        'How do null values behave in SQL comparisons and aggregates, and what bugs have you seen because of them?',
      ],
    ],
  ),
  tech(
    'postgres',
    'PostgreSQL',
    ['postgres', 'postgresql', 'psql', 'postgressql', 'pgsql'],
    [/\bpostgres(?:ql)?\b/i],
    [
      [
        ALL,
        'What makes PostgreSQL a popular choice for application databases, and what would make you pick something else?',
      ],
      [
        ALL,
        'How do you design tables and constraints in PostgreSQL so that the database itself protects the integrity of the data?',
      ],
      [
        MID_UP,
        'How does PostgreSQL let many reads and writes happen at once without readers blocking writers?',
      ],
      [
        CORE,
        'How do you read a PostgreSQL query plan, and what would make you add or change an index?',
      ],
      [MID_UP, 'What is vacuum in PostgreSQL, and what happens when it falls behind?'],
      [
        CORE,
        'When would you use a JSONB column in PostgreSQL instead of regular columns, and what are the trade-offs?',
      ],
      [
        SENIOR_UP,
        'How would you scale a PostgreSQL database that is running out of capacity? Compare read replicas, partitioning and other options.',
      ],
      [
        MID_UP,
        'What kinds of indexes does PostgreSQL offer beyond the default, and when would you use one of them?',
      ],
      [
        MID_UP,
        'How do you manage database connections to PostgreSQL from an application that runs many instances?',
      ],
    ],
    ['sql'],
  ),
  tech(
    'aws',
    'AWS',
    ['aws', 'amazonwebservices', 'ec2', 's3', 'dynamodb', 'lambda', 'cloudformation'],
    [/\bAWS\b/i, /\bamazon web services\b/i],
    [
      [
        CORE,
        'How would you design a highly available web application on AWS? Talk me through the services you would use and why.',
      ],
      [
        MID_UP,
        'When would you choose AWS Lambda over containers or EC2 instances, and what are the downsides of serverless?',
      ],
      [
        CORE,
        'How do you design IAM permissions on AWS so that each service has only the access it needs?',
      ],
      [
        ALL,
        'How would you store files that users upload on AWS, so that only the right users can download them?',
      ],
      [
        MID_UP,
        'How would you set up networking on AWS for an application with a public load balancer and a private database?',
      ],
      [SENIOR_UP, 'How would you reduce a large AWS bill without hurting reliability?'],
      [
        MID_UP,
        'What are the differences between SQS, SNS and EventBridge on AWS, and when would you use each?',
      ],
      [
        BASIC,
        'Explain regions and availability zones on AWS, and how they affect the way you design for failure.',
      ],
    ],
  ),
  tech(
    'docker',
    'Docker',
    ['docker', 'dockerfile', 'dockercompose', 'containers', 'podman'],
    [/\bdocker\b/i, /\bcontaineri[sz](?:ed|ation)\b/i],
    [
      [
        BASIC,
        'What is the difference between a Docker image and a container, and what happens when you run one?',
      ],
      [CORE, 'How do you keep Docker images small and quick to build?'],
      [CORE, 'How do you handle configuration and secrets for an application that runs in Docker?'],
      [
        MID_UP,
        'Why should a container run a single main process, and how do you handle logs and graceful shutdown inside a Docker container?',
      ],
      [
        MID_UP,
        'How do you make Docker images secure, from the base image to the user the process runs as?',
      ],
      [
        ALL,
        'How would you use Docker to give every developer the same local environment, including the databases?',
      ],
      [
        SENIOR_UP,
        'How would you design a build pipeline that produces reproducible Docker images and promotes the same image through every environment?',
      ],
    ],
  ),
  tech(
    'kubernetes',
    'Kubernetes',
    ['kubernetes', 'k8s', 'kube', 'eks', 'gke', 'aks', 'helm', 'openshift'],
    [/\bkubernetes\b/i, /\bk8s\b/i, /\b(?:EKS|GKE|AKS)\b/],
    [
      [
        UP_TO_SENIOR,
        'Explain what pods, deployments and services are in Kubernetes, and how a request reaches your container.',
      ],
      [
        MID_UP,
        'What are liveness and readiness probes in Kubernetes, and what goes wrong when they are set up badly?',
      ],
      [
        MID_UP,
        'How do resource requests and limits work in Kubernetes, and how do you choose values for them?',
      ],
      [
        MID_UP,
        'How would you roll out a new version of a service on Kubernetes with zero downtime and a fast rollback?',
      ],
      [CORE, 'A pod in Kubernetes keeps restarting. Walk me through how you would debug it.'],
      [
        SENIOR_UP,
        'How would you design a Kubernetes platform shared by many teams, with sensible isolation, security and cost controls?',
      ],
      [
        SENIOR_UP,
        'When is Kubernetes more complexity than a team needs, and what would you use instead?',
      ],
      [BASIC, 'What problems does Kubernetes solve that running containers by hand does not?'],
    ],
    ['docker'],
  ),
  tech(
    'systemdesign',
    'system design',
    [
      'systemdesign',
      'systemsdesign',
      'distributedsystems',
      'softwarearchitecture',
      'architecture',
      'scalability',
      'highleveldesign',
    ],
    [/\bsystems? design\b/i, /\bdistributed systems?\b/i, /\bsoftware architecture\b/i],
    [
      [
        MID_UP,
        'How would you design a chat application that delivers messages in real time and keeps the history in sync across devices?',
      ],
      [
        SENIOR_UP,
        'Design a news feed for a social app. How would you build the feed quickly for users who follow thousands of accounts?',
      ],
      [
        MID_UP,
        'How would you design a file storage and sharing service, covering uploads, metadata and access control?',
      ],
      [
        MID_UP,
        'How would you design a ticket booking system that never sells the same seat twice, even under heavy load?',
      ],
      [
        CORE,
        'Explain how you would use load balancing, caching and replication to scale a web application that mostly serves reads.',
      ],
      [
        MID_UP,
        'What does the CAP theorem say, and how has it influenced a design decision you made?',
      ],
      [
        SENIOR_UP,
        'How would you design a search autocomplete feature that responds within a hundred milliseconds?',
      ],
      [
        SENIOR_UP,
        'How would you design a system that counts video views accurately at very high volume?',
      ],
      [
        ALL,
        'What questions would you ask before starting a system design, and how do you turn the answers into requirements?',
      ],
      [
        SENIOR_UP,
        'How would you design the backend for a ride-sharing app that matches riders with nearby drivers?',
      ],
      [
        BASIC,
        'Explain the difference between scaling vertically and scaling horizontally, and when you would use each.',
      ],
    ],
  ),
  tech(
    'ml',
    'machine learning',
    [
      'ml',
      'machinelearning',
      'ai',
      'artificialintelligence',
      'deeplearning',
      'datascience',
      'pandas',
      'numpy',
      'scikitlearn',
      'sklearn',
      'pytorch',
      'tensorflow',
      'keras',
      'llm',
      'llms',
      'nlp',
      'computervision',
    ],
    [
      /\bmachine learning\b/i,
      /\bdeep learning\b/i,
      /\bdata scien/i,
      /\b(?:pytorch|tensorflow|scikit-learn|sklearn|pandas|numpy)\b/i,
      /\bLLMs?\b/,
      /\bML\b/,
    ],
    [
      [
        BASIC,
        'What is the difference between supervised and unsupervised learning? Give an example problem for each.',
      ],
      [
        BASIC,
        'What is overfitting in machine learning, how do you detect it, and what do you do about it?',
      ],
      [
        BASIC,
        'Why do we split data into training, validation and test sets, and what goes wrong if the test set is used during tuning?',
      ],
      [
        CORE,
        'Explain precision and recall, and describe a problem where you would favor one over the other.',
      ],
      [
        MID_UP,
        'How do you decide which features to build for a model, and how do you know whether a feature is helping?',
      ],
      [
        MID_UP,
        'How would you explain how a gradient boosted tree model makes its predictions to someone without a machine learning background?',
      ],
      [
        SENIOR_UP,
        'How would you set up monitoring for a machine learning model in production, including drift in the input data?',
      ],
      [
        SENIOR_UP,
        'How would you decide between fine-tuning a model, retrieval augmented generation, or better prompting for a language model feature?',
      ],
      [
        ALL,
        'What is the difference between correlation and causation, and how would you check whether a change actually caused an improvement?',
      ],
    ],
  ),
  tech(
    'nextjs',
    'Next.js',
    ['next', 'nextjs'],
    [/\bnext\.?js\b/i],
    [
      [
        UP_TO_SENIOR,
        'How does Next.js decide whether a page is rendered on the server, at build time or in the browser, and how do you choose?',
      ],
      [
        MID_UP,
        'What are server components in Next.js, and what can they do and not do compared with client components?',
      ],
      [MID_UP, 'How do you handle data caching and revalidation in a Next.js application?'],
      [
        SENIOR_UP,
        'How would you keep a large Next.js application fast as it grows, both in load time and in build time?',
      ],
      [BASIC, 'What does Next.js give you over a plain React single-page application?'],
    ],
    ['react'],
  ),
  tech(
    'graphql',
    'GraphQL',
    ['graphql', 'apollo'],
    [/\bgraphql\b/i],
    [
      [
        ALL,
        'What problems does GraphQL solve compared with a REST API, and what new problems does it introduce?',
      ],
      [
        BASIC,
        'How does a GraphQL query differ from calling several REST endpoints, from the point of view of the client?',
      ],
      [MID_UP, 'What is the N plus one query problem in GraphQL, and how do you solve it?'],
      [
        MID_UP,
        'How do you handle authorization in a GraphQL API where clients can ask for any combination of fields?',
      ],
      [NO_INTERN, 'How would you evolve a GraphQL schema without breaking existing clients?'],
      [SENIOR_UP, 'How would you protect a public GraphQL API from very expensive queries?'],
    ],
  ),
];

/** Every template in the bank, for tests and tooling that must see all of it. */
export const OFFLINE_QUESTION_TEMPLATES: readonly BankTemplate[] = [
  ...GENERAL_TECHNICAL,
  ...PROBLEM_SOLVING,
  ...GENERAL_BEHAVIORAL,
  ...TOPIC_TECHNICAL,
  ...ROLE_FAMILIES.flatMap((f) => [...f.technical, ...f.behavioral]),
  ...TECHNOLOGIES.flatMap((t) => t.questions),
];
