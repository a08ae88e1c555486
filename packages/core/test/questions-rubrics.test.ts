import {
  OFFLINE_QUESTION_TEMPLATES,
  RUBRICS,
  bankIdForText,
  generateOfflineQuestions,
  phrasingMatches,
  renderTemplateText,
  questionWords,
  readAnswers,
  rubricForQuestion,
} from '../src';
import { STOP_WORDS } from '../src/feedback/text';

// Lower-case words without punctuation, as the matcher reads them (questions/rubric.ts).
const PHRASING = /^[a-z0-9]+\*?(?: [a-z0-9]+\*?)*$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('rubrics', () => {
  it('give every bank template a complete rubric', () => {
    const problems: string[] = [];
    for (const t of OFFLINE_QUESTION_TEMPLATES) {
      const r = RUBRICS[t.id];
      if (!r) {
        problems.push(`${t.id}: no rubric`);
        continue;
      }
      if (r.keyPoints.length < 2) problems.push(`${t.id}: fewer than 2 key points`);
      const ids = [...r.keyPoints.map((p) => p.id), ...r.misconceptions.map((m) => m.id)];
      if (new Set(ids).size !== ids.length) problems.push(`${t.id}: duplicate ids`);
      for (const id of ids)
        if (!KEBAB.test(id)) problems.push(`${t.id}: id ${id} is not kebab-case`);
      for (const p of r.keyPoints) {
        if (p.phrasings.length < 3) problems.push(`${t.id}/${p.id}: fewer than 3 phrasings`);
        if (p.concept.trim() === '') problems.push(`${t.id}/${p.id}: no concept`);
      }
      for (const m of r.misconceptions) {
        if (m.phrasings.length === 0) problems.push(`${t.id}/${m.id}: no phrasings`);
        if (m.correction.trim() === '') problems.push(`${t.id}/${m.id}: no correction`);
      }
      for (const ph of [...r.keyPoints, ...r.misconceptions].flatMap((x) => x.phrasings)) {
        if (!PHRASING.test(ph)) problems.push(`${t.id}: phrasing "${ph}" breaks the format`);
      }
      if (t.kind === 'behavioral' && (r.storyParts?.length ?? 0) === 0) {
        problems.push(`${t.id}: behavioural without story parts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('have no rubric for a template the bank does not have', () => {
    const ids = new Set(OFFLINE_QUESTION_TEMPLATES.map((t) => t.id));
    expect(Object.keys(RUBRICS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('do not credit an answer that only repeats the question', () => {
    const credited: string[] = [];
    const thin: string[] = [];
    for (const t of OFFLINE_QUESTION_TEMPLATES) {
      const rubric = RUBRICS[t.id];
      const text = renderTemplateText(t, 'Backend Engineer');
      if (!rubric || text === null) continue;
      const question = { id: 'q1', text, kind: t.kind, bankId: t.id };
      // Read back as the answer, and with a neutral sentence around it.
      for (const answer of [
        text,
        `Well, ${text.replace(/[?.]$/, '')}, that is what I would say.`,
      ]) {
        const [reading] = readAnswers(
          [question],
          [
            { role: 'agent', text },
            { role: 'user', text: answer },
          ],
          () => rubric,
        );
        if ((reading?.covered.length ?? 0) > 0) credited.push(`${t.id}: ${answer}`);
      }
      // Phrasings the question itself states are never used; each point must keep enough others.
      const asked = questionWords(text);
      for (const p of rubric.keyPoints) {
        const usable = p.phrasings.filter((ph) => !phrasingMatches(ph, asked));
        if (usable.length < 2) thin.push(`${t.id}/${p.id}`);
      }
    }
    expect(credited).toEqual([]);
    expect(thin).toEqual([]);
  });

  it("have no key point phrasing made only of its own question's words", () => {
    // Such a phrasing is earned by reading the question back; candidates learn nothing from it.
    const echoed: string[] = [];
    for (const t of OFFLINE_QUESTION_TEMPLATES) {
      const rubric = RUBRICS[t.id];
      const text = renderTemplateText(t, 'Backend Engineer');
      if (!rubric || text === null) continue;
      const asked = questionWords(text);
      for (const p of rubric.keyPoints) {
        for (const ph of p.phrasings) {
          const content = ph.split(' ').filter((w) => !STOP_WORDS.has(w));
          if (
            phrasingMatches(ph, asked) ||
            (content.length > 0 && content.every((w) => phrasingMatches(w, asked)))
          )
            echoed.push(`${t.id}/${p.id}: "${ph}"`);
        }
      }
    }
    expect(echoed).toEqual([]);
  });

  it('credit no key point on a lone generic word', () => {
    // A generic word on its own ("cache", "risk", "alert on", "the impact") is said as readily by
    // a list of buzzwords or a confidently wrong answer as by a right one, so a phrasing must carry
    // the relation the point is about ("cache the result", "roll back when the error rate rises").
    // Distinctive terms that show the concept by themselves ("MVCC", "idempotency key",
    // "tombstone") are not generic and stay allowed as single words.
    const GENERIC = (
      'api cache change communicate context cost customer data database decision design document ' +
      'documentation error evidence feedback goal impact improve index latency lock log metric ' +
      'monitor alert option owner performance pipeline plan priority problem process quality ' +
      'queue result retry review risk scale scope security speed team test update user version'
    ).split(' ');
    // Fixed expressions whose one content word is generic but whose meaning is specific.
    const IDIOMS = new Set([
      'lock in', // vendor lock-in
      'in scope',
      'out of scope',
      'scale out',
      'what changed', // the first question when something regresses
      'what had changed',
      'who changed',
      'why it changed',
      'as a result', // a story's outcome
      'improved by', // a measured outcome ("improved by a third")
      'improved from',
      'i changed', // the candidate's own action in a story
      'changed how',
      'changed our',
      'more data', // the standard remedy for overfitting
      'no cache', // the build flag
      'log in',
      'log out',
      'for update', // SELECT FOR UPDATE
      'explain plan',
      'process on', // Node's process.on handlers
      'index into',
      'like a user',
      'who the user',
      'who the users',
      'both versions', // old and new code running side by side
      'no versioning',
      'scoped to', // a permission limited to named resources
      'scopes', // OAuth scopes
      'scoped',
      'updated at', // the timestamp column
      'changes most',
      'own* the what', // product owns the what, engineering the how
      'own* the why',
    ]);
    const lone: string[] = [];
    for (const [id, rubric] of Object.entries(RUBRICS)) {
      for (const p of rubric.keyPoints) {
        for (const ph of p.phrasings) {
          const content = ph.split(' ').filter((w) => !STOP_WORDS.has(w));
          const [only] = content;
          if (content.length !== 1 || only === undefined || IDIOMS.has(ph)) continue;
          // "retr*" and "cach*" stand for "retry" and "cache"; "pipe*" is a different word.
          const stem = only.replace(/\*$/, '');
          const generic = GENERIC.some((g) =>
            only.endsWith('*')
              ? g.startsWith(stem) && g.length - stem.length <= 2
              : phrasingMatches(g, [only]),
          );
          if (generic) lone.push(`${id}/${p.id}: "${ph}"`);
        }
      }
    }
    expect(lone).toEqual([]);
  });

  it('are found for stored questions by bank id, and by text for older ones', () => {
    const questions = generateOfflineQuestions(
      {
        role: 'Backend Engineer',
        level: 'mid',
        type: 'mixed',
        techStack: ['Go', 'PostgreSQL'],
        questionCount: 8,
        jobDescription: undefined,
      },
      'rubric-lookup',
    );
    for (const q of questions) {
      expect(bankIdForText(q.text)).toBe(q.bankId);
      const old = { id: q.id, text: q.text, kind: q.kind };
      expect(rubricForQuestion(old)).toBe(rubricForQuestion(q));
      expect(rubricForQuestion(q)).toBeDefined();
    }
    expect(
      bankIdForText(
        'Walk me through your background, and tell me what draws you to this Staff Data Platform Engineer role.',
      ),
    ).toBe('beh.opener');
    expect(rubricForQuestion({ text: 'A question the model wrote?' })).toBeUndefined();
  });
});
