import { type InterviewSpec, type Question } from '../schemas';
import {
  GENERAL_BEHAVIORAL,
  GENERAL_TECHNICAL,
  PROBLEM_SOLVING,
  ROLE_FAMILIES,
  ROLE_PLACEHOLDER,
  TECHNOLOGIES,
  TOPIC_KEYS,
  TOPIC_PATTERNS,
  TOPIC_TECHNICAL,
  type BankTemplate,
  type RoleFamily,
  type TechnologyDef,
  type TopicKey,
} from './bank-data';
import { seededRandom, shuffled, type Random } from './random';
import { normalizeTechName } from './tech-name';
import { voiceFriendlyProblem } from './validate';
import { LEVELS, LIMITS, type InterviewType, type Level, type QuestionKind } from '../constants';

/** Bumped when the bank's content or selection changes, so stored interviews can be traced. */
export const OFFLINE_QUESTION_BANK_VERSION = 'offline-bank-v2';

/**
 * How many questions of each kind an interview gets. A mixed interview splits evenly; for an odd
 * count the extra one goes to technical unless `extraToTechnical` says otherwise.
 */
export function questionKindCounts(
  type: InterviewType,
  count: number,
  extraToTechnical = true,
): { technical: number; behavioral: number } {
  if (type === 'technical') return { technical: count, behavioral: 0 };
  if (type === 'behavioral') return { technical: 0, behavioral: count };
  const half = Math.floor(count / 2);
  const extra = count % 2;
  return extraToTechnical
    ? { technical: half + extra, behavioral: half }
    : { technical: half, behavioral: half + extra };
}

// ---------------------------------------------------------------- recognising the candidate's input

const TECH_BY_ALIAS: ReadonlyMap<string, TechnologyDef> = new Map(
  TECHNOLOGIES.flatMap((t) => t.aliases.map((alias) => [alias, t] as const)),
);
const TECH_BY_KEY: ReadonlyMap<string, TechnologyDef> = new Map(
  TECHNOLOGIES.map((t) => [t.key, t] as const),
);

/**
 * Technologies named in a short label such as a stack item or a role title. The whole label is
 * tried first, then runs of one to three words, so "Amazon Web Services", "Spring Boot" and
 * "React Native" all resolve while "Google Cloud" stays unknown.
 */
export function matchBankTechnologies(label: string): TechnologyDef[] {
  const whole = TECH_BY_ALIAS.get(normalizeTechName(label));
  if (whole) return [whole];
  const found: TechnologyDef[] = [];
  const tokens = label
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((t) => t !== '');
  // Longest run first, and a matched run is consumed, so "node js" never also yields "js".
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(3, tokens.length - i); n >= 1 && matched === 0; n--) {
      const def = TECH_BY_ALIAS.get(tokens.slice(i, i + n).join(''));
      if (def) {
        if (!found.includes(def)) found.push(def);
        matched = n;
      }
    }
    i += Math.max(1, matched);
  }
  return found;
}

/** Characters that never help when a role or technology name is read aloud. */
function cleanForSpeech(text: string): string {
  return text
    .replace(/[^\p{L}\p{M}\p{N} '’&.,+#-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_SPOKEN_ROLE = 60;

/** The role as it can be spoken inside a sentence, or null if it cannot be spoken cleanly. */
function spokenRole(role: string): string | null {
  const cleaned = cleanForSpeech(role)
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,.-]*\b(?:role|position|job|opening)$/i, '')
    .replace(/[\s,.-]+$/, '');
  if (cleaned === '' || cleaned.length > MAX_SPOKEN_ROLE) return null;
  return voiceFriendlyProblem(cleaned) === null ? cleaned : null;
}

// ---------------------------------------------------------------- candidates, buckets and lanes

interface Candidate {
  /** Template id: the unit of "no repeats", and the bank entry recorded on the question. */
  readonly key: string;
  readonly text: string;
  readonly kind: QuestionKind;
  readonly weight: number;
  readonly opener: boolean;
}

/** Questions on one subject (a technology, a topic, a role); a pick takes one at random. */
type Bucket = readonly Candidate[];
/** A source of questions (stack, job description, role, level) holding buckets in turn order. */
type Lane = readonly Bucket[];

const fits = (level: Level) => (t: BankTemplate) => t.levels.includes(level);

/**
 * Narrowly pitched questions are weighted up, so a staff candidate mostly gets the staff-level
 * design and leadership questions rather than the ones every level can be asked.
 */
function weightFor(t: BankTemplate): number {
  return LEVELS.length + 1 - t.levels.length;
}

/**
 * The template's text as the interview asks it: the role placeholder becomes "this <role> role"
 * (or "this role" when that would be too long or unspeakable). Also used to find the template of
 * a question stored before questions recorded their bank entry.
 */
export function renderTemplateText(t: BankTemplate, role: string | null): string | null {
  let text = t.text;
  if (text.includes(ROLE_PLACEHOLDER)) {
    const withRole = text.split(ROLE_PLACEHOLDER).join(role ? `this ${role} role` : 'this role');
    // A role that makes the sentence too long or unspeakable falls back to the plain phrase.
    text =
      withRole.length <= LIMITS.questionText && voiceFriendlyProblem(withRole) === null
        ? withRole
        : text.split(ROLE_PLACEHOLDER).join('this role');
  }
  if (text.length > LIMITS.questionText || voiceFriendlyProblem(text) !== null) return null;
  return text;
}

function render(t: BankTemplate, role: string | null): Candidate | null {
  const text = renderTemplateText(t, role);
  if (text === null) return null;
  return {
    key: t.id,
    text,
    kind: t.kind,
    weight: weightFor(t),
    opener: t.opener === true,
  };
}

function bucketOf(templates: readonly BankTemplate[], level: Level, role: string | null): Bucket {
  return templates
    .filter(fits(level))
    .map((t) => render(t, role))
    .filter((c): c is Candidate => c !== null);
}

/** Same wording up to case, spacing and punctuation: never ask it twice in one interview. */
function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function weightedPick(items: readonly Candidate[], random: Random): Candidate | undefined {
  const total = items.reduce((sum, c) => sum + c.weight, 0);
  let r = random() * total;
  for (const c of items) {
    r -= c.weight;
    if (r < 0) return c;
  }
  return items[items.length - 1];
}

/**
 * Takes one question from each lane in turn, cycling through each lane's buckets, until `count`
 * are chosen or every lane is dry. Round-robin keeps a long stack or a keyword-heavy job
 * description from crowding out the other sources.
 */
function pickFromLanes(
  lanes: readonly Lane[],
  count: number,
  random: Random,
  used: { keys: Set<string>; texts: Set<string> },
): Candidate[] {
  const picked: Candidate[] = [];
  const cursors = lanes.map(() => 0);
  const available = (bucket: Bucket) =>
    bucket.filter((c) => !used.keys.has(c.key) && !used.texts.has(textKey(c.text)));

  let progressed = true;
  while (picked.length < count && progressed) {
    progressed = false;
    for (const [li, lane] of lanes.entries()) {
      if (picked.length >= count) break;
      const cursor = cursors[li] ?? 0;
      for (let step = 0; step < lane.length; step++) {
        const bi = (cursor + step) % lane.length;
        const choice = weightedPick(available(lane[bi] ?? []), random);
        if (!choice) continue;
        used.keys.add(choice.key);
        used.texts.add(textKey(choice.text));
        picked.push(choice);
        cursors[li] = (bi + 1) % lane.length;
        progressed = true;
        break;
      }
    }
  }
  return picked;
}

// ---------------------------------------------------------------- putting it together

interface Context {
  level: Level;
  role: string | null;
  families: RoleFamily[];
  /** Stack items (and technologies in the role title), each resolved to a bank subject. */
  stack: StackSubject[];
  jdTechnologies: TechnologyDef[];
  topics: TopicKey[];
  /** Technologies the résumé mentions (not in the stack), in the order it first names them. */
  resumeTechnologies: TechnologyDef[];
  /** Topics the résumé raises that the role and job description do not. */
  resumeTopics: TopicKey[];
}

type StackSubject = { type: 'known'; def: TechnologyDef } | { type: 'topic'; topic: TopicKey };

const TECHNICAL_TOPICS: ReadonlySet<TopicKey> = new Set(TOPIC_TECHNICAL.flatMap((t) => t.topics));

function readContext(spec: InterviewSpec): Context {
  const jd = spec.jobDescription ?? '';
  const stack: StackSubject[] = [];
  const seenTech = new Set<string>();
  const seenTopic = new Set<TopicKey>();

  const addKnown = (defs: readonly TechnologyDef[]) => {
    for (const def of defs) {
      if (seenTech.has(def.key)) continue;
      seenTech.add(def.key);
      stack.push({ type: 'known', def });
    }
  };

  for (const item of spec.techStack) {
    const defs = matchBankTechnologies(item);
    if (defs.length > 0) {
      addKnown(defs);
      continue;
    }
    // "Microservices" or "Testing" in a stack is a topic, not a tool to ask "what is it for" about.
    const topic = TOPIC_KEYS.find((k) => TECHNICAL_TOPICS.has(k) && TOPIC_PATTERNS[k].test(item));
    // A technology the bank has no questions about gets none: without knowing the technology
    // there is no rubric to score an answer against, and an unscorable question is not asked.
    if (topic && !seenTopic.has(topic)) stack.push({ type: 'topic', topic });
    if (topic) seenTopic.add(topic);
  }
  addKnown(matchBankTechnologies(spec.role));

  const resume = spec.resume?.text ?? '';
  const resumeTechnologies = resumeMentions(resume).filter((t) => !seenTech.has(t.key));
  // A technology both texts name is asked about once, from the résumé's lane.
  const jdTechnologies = TECHNOLOGIES.filter(
    (t) =>
      !seenTech.has(t.key) && !resumeTechnologies.includes(t) && t.mentions.some((m) => m.test(jd)),
  );
  const topicText = `${spec.role}\n${jd}`;
  const topics = TOPIC_KEYS.filter((k) => TOPIC_PATTERNS[k].test(topicText));
  const resumeTopics = TOPIC_KEYS.filter(
    (k) => !topics.includes(k) && TOPIC_PATTERNS[k].test(resume),
  );

  return {
    level: spec.level,
    role: spokenRole(spec.role),
    families: ROLE_FAMILIES.filter((f) => f.pattern.test(spec.role)),
    stack,
    jdTechnologies,
    topics,
    resumeTechnologies,
    resumeTopics,
  };
}

/**
 * The bank's technologies a résumé mentions, first-named first: a résumé usually starts with the
 * latest job, so that is the work the candidate can speak to best.
 */
export function resumeMentions(resume: string): TechnologyDef[] {
  if (resume === '') return [];
  return TECHNOLOGIES.map((def) => {
    const positions = def.mentions.map((m) => resume.search(m)).filter((at) => at >= 0);
    return { def, at: positions.length > 0 ? Math.min(...positions) : -1 };
  })
    .filter((t) => t.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((t) => t.def);
}

/**
 * Implied technologies' questions (JavaScript for someone who lists TypeScript) are weighted well
 * below the technology's own, so they broaden the pool without crowding it.
 */
const IMPLIED_WEIGHT = 0.25;

function technologyBucket(
  def: TechnologyDef,
  skip: ReadonlySet<string>,
  level: Level,
  role: string | null,
): Bucket {
  const implied = def.implies
    .filter((key) => !skip.has(key))
    .flatMap((key) => TECH_BY_KEY.get(key)?.questions ?? []);
  return [
    ...bucketOf(def.questions, level, role),
    ...bucketOf(implied, level, role).map((c) => ({ ...c, weight: c.weight * IMPLIED_WEIGHT })),
  ];
}

const topicTemplates = (pool: readonly BankTemplate[], topic: TopicKey) =>
  pool.filter((t) => t.topics.includes(topic));

function technicalLanes(ctx: Context, random: Random): Lane[] {
  const { level, role } = ctx;
  const stackKeys = new Set(ctx.stack.flatMap((s) => (s.type === 'known' ? [s.def.key] : [])));

  const stackLane = shuffled(
    ctx.stack.map((s): Bucket => {
      if (s.type === 'known') return technologyBucket(s.def, stackKeys, level, role);
      return bucketOf(topicTemplates(TOPIC_TECHNICAL, s.topic), level, role);
    }),
    random,
  );

  const jobLane = shuffled(
    [
      ...ctx.topics
        .filter((k) => TECHNICAL_TOPICS.has(k))
        .map((k) => bucketOf(topicTemplates(TOPIC_TECHNICAL, k), level, role)),
      ...ctx.jdTechnologies.map((def) => technologyBucket(def, stackKeys, level, role)),
    ],
    random,
  );

  // A role's own questions come before the topics and tools it borrows, so they are never
  // drowned out by the larger borrowed pools.
  const roleLane = [
    ...ctx.families.map((f) => bucketOf(f.technical, level, role)),
    ...ctx.families.map((f) =>
      bucketOf(
        [
          ...f.topics.flatMap((k) => topicTemplates(TOPIC_TECHNICAL, k)),
          ...f.technologies.flatMap((key) => TECH_BY_KEY.get(key)?.questions ?? []),
        ],
        level,
        role,
      ),
    ),
  ];

  // In the résumé's own order, not shuffled: what it names first is the candidate's latest work.
  const resumeLane = [
    ...ctx.resumeTechnologies.map((def) => technologyBucket(def, stackKeys, level, role)),
    ...ctx.resumeTopics
      .filter((k) => TECHNICAL_TOPICS.has(k))
      .map((k) => bucketOf(topicTemplates(TOPIC_TECHNICAL, k), level, role)),
  ];

  const general = ctx.families.some((f) => f.replacesGeneralTechnical)
    ? PROBLEM_SOLVING
    : GENERAL_TECHNICAL;
  return [stackLane, resumeLane, jobLane, roleLane, [bucketOf(general, level, role)]];
}

function behavioralLanes(ctx: Context, random: Random): Lane[] {
  const { level, role } = ctx;
  const jobLane = shuffled(
    ctx.topics
      .filter((k) => !TECHNICAL_TOPICS.has(k))
      .map((k) => bucketOf(topicTemplates(GENERAL_BEHAVIORAL, k), level, role)),
    random,
  );
  const roleLane = [
    ...ctx.families.map((f) => bucketOf(f.behavioral, level, role)),
    ...ctx.families.map((f) =>
      bucketOf(
        f.topics.flatMap((k) => topicTemplates(GENERAL_BEHAVIORAL, k)),
        level,
        role,
      ),
    ),
  ];
  const resumeLane = ctx.resumeTopics
    .filter((k) => !TECHNICAL_TOPICS.has(k))
    .map((k) => bucketOf(topicTemplates(GENERAL_BEHAVIORAL, k), level, role));
  const levelSpecific = GENERAL_BEHAVIORAL.filter((t) => t.levels.length < LEVELS.length);
  const everyLevel = GENERAL_BEHAVIORAL.filter((t) => t.levels.length === LEVELS.length);
  return [
    jobLane,
    resumeLane,
    roleLane,
    [bucketOf(levelSpecific, level, role)],
    [bucketOf(everyLevel, level, role)],
  ];
}

/** Last resort if the preferred lanes run dry: the rest of the bank for this kind, any level. */
function fallbackLane(kind: QuestionKind, ctx: Context): Lane {
  const pool =
    kind === 'technical' ? [...PROBLEM_SOLVING, ...GENERAL_TECHNICAL] : GENERAL_BEHAVIORAL;
  return [pool.map((t) => render(t, ctx.role)).filter((c): c is Candidate => c !== null)];
}

function choose(
  kind: QuestionKind,
  count: number,
  lanes: readonly Lane[],
  ctx: Context,
  random: Random,
  used: { keys: Set<string>; texts: Set<string> },
): Candidate[] {
  if (count <= 0) return [];
  const picked = pickFromLanes(lanes, count, random, used);
  if (picked.length < count) {
    picked.push(...pickFromLanes([fallbackLane(kind, ctx)], count - picked.length, random, used));
  }
  return picked;
}

/**
 * The offline interview: exactly `spec.questionCount` questions tailored to the role, level,
 * stack, interview type and job description, chosen deterministically from `seed` (the interview
 * id), so a retried trigger reproduces the same questions while different interviews differ.
 */
export function generateOfflineQuestions(spec: InterviewSpec, seed: string): Question[] {
  // The spec is validated upstream; clamping keeps a bad caller from getting zero or NaN questions.
  const requested = Number.isFinite(spec.questionCount) ? Math.floor(spec.questionCount) : 0;
  const count = Math.min(LIMITS.maxQuestions, Math.max(LIMITS.minQuestions, requested));
  const random = seededRandom(`${OFFLINE_QUESTION_BANK_VERSION}:${seed}`);
  const ctx = readContext(spec);
  const split = questionKindCounts(spec.type, count, random() < 0.5);
  const used = { keys: new Set<string>(), texts: new Set<string>() };

  const behavioral = choose(
    'behavioral',
    split.behavioral,
    behavioralLanes(ctx, random),
    ctx,
    random,
    used,
  );
  const technical = choose(
    'technical',
    split.technical,
    technicalLanes(ctx, random),
    ctx,
    random,
    used,
  );

  // Warm-up first, then alternate so a mixed interview changes gear rather than running in two
  // blocks.
  const behavioralOrder = [
    ...behavioral.filter((c) => c.opener),
    ...behavioral.filter((c) => !c.opener),
  ];
  const ordered: Candidate[] = [];
  for (let i = 0; i < Math.max(behavioralOrder.length, technical.length); i++) {
    const b = behavioralOrder[i];
    const t = technical[i];
    if (b) ordered.push(b);
    if (t) ordered.push(t);
  }

  return ordered.map((c, i) => ({
    id: `q${String(i + 1)}`,
    text: c.text,
    kind: c.kind,
    bankId: c.key,
  }));
}
