import type { RubricTable } from '../rubric';

const STAR = ['situation', 'task', 'action', 'result'] as const;

/** Rubrics for the general behavioural templates (`beh.*`), including the opener. */
export const BEHAVIORAL_RUBRICS: RubricTable = {
  'beh.opener': {
    storyParts: ['situation', 'action', 'result'],
    keyPoints: [
      {
        id: 'path',
        concept: 'a short, ordered path through your studies or roles, focused on what is relevant',
        phrasings: ['studied', 'graduated', 'degree', 'currently', 'i started', 'before that'],
      },
      {
        id: 'achievement',
        concept: 'one or two concrete things you built or achieved, with your own part in them',
        phrasings: ['i built', 'i led', 'i worked on', 'i shipped', 'proud', 'i created'],
      },
      {
        id: 'motivation',
        concept: 'a specific reason this role and team appeal to you, tied to your experience',
        phrasings: [
          'excite*',
          'interest* me',
          'i enjoy',
          'motivat*',
          'passion*',
          'appeal*',
          'attract*',
        ],
      },
      {
        id: 'fit',
        concept: 'how your skills connect to what the role needs',
        phrasings: ['my experience', 'my skills', 'bring', 'good fit', 'strength*', 'match*'],
      },
    ],
    misconceptions: [],
  },
  'beh.1': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'stakes',
        concept: 'why the deadline mattered and what was at stake',
        phrasings: [
          'launch*',
          'customer*',
          'demo',
          'contract',
          'fixed date',
          'at stake',
          'release date',
          'conference',
        ],
      },
      {
        id: 'cut-scope',
        concept: 'the explicit scope cuts: what you dropped or deferred and why',
        phrasings: [
          'cut',
          'dropped',
          'deferred',
          'postponed',
          'descoped',
          'nice to have',
          'pushed to',
          'left out',
          'must have',
        ],
      },
      {
        id: 'communication',
        concept: 'agreeing the trade-offs with the people affected, early',
        phrasings: [
          'told',
          'agreed',
          'aligned',
          'explained',
          'checked with',
          'warned',
          'signed off',
        ],
      },
      {
        id: 'quality-guard',
        concept:
          'what you refused to compromise, such as correctness or security, and any follow-up work',
        phrasings: [
          'quality',
          'followed up',
          'tech debt',
          'technical debt',
          'ticket',
          'kept the tests',
          'did not skip',
        ],
      },
    ],
    misconceptions: [],
  },
  'beh.2': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'their-view',
        concept: 'understanding the other person’s reasoning before pushing your own',
        phrasings: [
          'their perspective',
          'their point',
          'their reasoning',
          'listened',
          'asked why',
          'he showed',
          'she showed',
          'they showed',
          'he pointed',
          'she pointed',
          'understood',
        ],
      },
      {
        id: 'evidence',
        concept: 'moving the discussion to evidence or shared goals: data, a prototype, criteria',
        phrasings: [
          'data',
          'prototype',
          'benchmark*',
          'pulled',
          'measured',
          'tested both',
          'criteria',
          'evidence',
        ],
      },
      {
        id: 'resolution',
        concept: 'how it was resolved: a decision, compromise or escalation, and committing to it',
        phrasings: [
          'we agreed',
          'compromise*',
          'we decided',
          'went with',
          'we chose',
          'committed',
          'settled',
        ],
      },
      {
        id: 'relationship',
        concept: 'the relationship afterwards and what you learned',
        phrasings: ['relationship', 'learned', 'lesson', 'since then', 'trust', 'respect*'],
      },
    ],
    misconceptions: [
      {
        id: 'won',
        claim: 'a good answer is about proving the other person wrong',
        phrasings: ['proved them wrong', 'proved him wrong', 'proved her wrong', 'i won'],
        correction:
          'Interviewers listen for how you understood the other view and reached the best decision for the team, not for who won.',
      },
    ],
  },
  'beh.3': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'ownership',
        concept: 'owning the mistake plainly, in the first person',
        phrasings: [
          'my mistake',
          'my fault',
          'i caused',
          'i broke',
          'i forgot',
          'i missed',
          'i should have',
          'my change',
          'my script',
          'my migration',
          'my code',
          'my bug',
          'i did not notice',
          'i did not check',
        ],
      },
      {
        id: 'impact',
        concept: 'the impact it had and how it was noticed',
        phrasings: [
          'affected',
          'customers',
          'broke',
          'outage',
          'deleted',
          'blocked',
          'failed',
          'failing',
          'down for',
          'lost',
          'nobody could',
          'no one could',
        ],
      },
      {
        id: 'fix',
        concept: 'the immediate fix and who you told',
        phrasings: [
          'rolled back',
          'reverted',
          'restored',
          'patched',
          'hotfix',
          'cancelled',
          'fixed',
          'told my',
          'straight away',
          'right away',
        ],
      },
      {
        id: 'prevention',
        concept:
          'the lasting change that prevents it happening again, such as a test, check or process',
        phrasings: [
          'added a check',
          'added a test',
          'checklist',
          'runbook',
          'automated',
          'review',
          'confirmation',
          'guard',
          'since then',
          'now i',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'blame',
        claim: 'the mistake was really someone else’s fault',
        phrasings: ['their fault', 'blame* them', 'someone else* fault'],
        correction:
          'Choose a mistake that was yours and own it; shifting blame signals that you will not learn from errors.',
      },
      {
        id: 'disguised-strength',
        claim: 'a strength in disguise, such as perfectionism, is a good mistake to describe',
        phrasings: ['perfectionis*', 'too perfect', 'work too hard', 'care too much'],
        correction:
          'Interviewers read a disguised strength as evasive; describe a real error, its impact, how you fixed it and what you changed.',
      },
    ],
  },
  'beh.4': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'feedback-content',
        concept: 'what the feedback actually said, specifically',
        phrasings: ['told me', 'feedback was', 'pointed out', 'my manager', 'review', 'my lead'],
      },
      {
        id: 'response',
        concept: 'how you received it: listening, asking for examples, not getting defensive',
        phrasings: [
          'listened',
          'asked for example*',
          'thanked',
          'did not argue',
          'defensive',
          'reflected',
          'took it',
        ],
      },
      {
        id: 'change',
        concept: 'the concrete change you made in how you work',
        phrasings: ['began', 'changed how', 'now i', 'practiced', 'habit'],
      },
      {
        id: 'follow-up',
        concept: 'checking in later to confirm the change worked',
        phrasings: [
          'followed up',
          'checked in',
          'asked again',
          'next review',
          'month later',
          'noticed',
          'improved',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'unfair',
        claim: 'the feedback was simply wrong and nothing needed to change',
        phrasings: ['feedback was wrong', 'feedback was unfair', 'they were wrong'],
        correction:
          'Even partly unfair feedback usually holds something useful; show what you took from it and changed.',
      },
    ],
  },
  'beh.5': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'clarify',
        concept: 'going to the people who asked or the users to learn the underlying goal',
        phrasings: [
          'asked',
          'talked to',
          'interviewed',
          'met with',
          'underlying goal',
          'what problem',
          'stakeholder*',
        ],
      },
      {
        id: 'assumptions',
        concept: 'writing down assumptions and open questions and getting them confirmed',
        phrasings: [
          'assumption*',
          'wrote down',
          'documented',
          'open question*',
          'confirmed',
          'one page',
          'spec',
        ],
      },
      {
        id: 'iterate',
        concept: 'building something small first, such as a prototype or mockup, to get feedback',
        phrasings: [
          'prototype',
          'mockup',
          'mock up',
          'small version',
          'mvp',
          'first version',
          'showed them',
          'feedback',
        ],
      },
      {
        id: 'outcome',
        concept: 'what was built in the end and how well it met the need',
        phrasings: ['ended up', 'shipped', 'turned out', 'adopted', 'result*'],
      },
    ],
    misconceptions: [],
  },
  'beh.6': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'why-needed',
        concept: 'what had to be done and why it required the new skill',
        phrasings: [
          'needed to',
          'deadline',
          'never used',
          'no experience',
          'unfamiliar',
          'first time',
          'had never',
        ],
      },
      {
        id: 'approach',
        concept:
          'how you learned efficiently: official docs, a tutorial, a small practice project, an expert',
        phrasings: [
          'documentation',
          'docs',
          'tutorial*',
          'course',
          'small example',
          'toy project',
          'asked',
          'mentor',
        ],
      },
      {
        id: 'apply',
        concept: 'applying it on the real task early and learning from feedback',
        phrasings: [
          'applied',
          'hands on',
          'by doing',
          'code review*',
          'feedback',
          'built a',
          'tried it',
        ],
      },
      {
        id: 'outcome',
        concept: 'the result and how quickly you became productive',
        phrasings: ['delivered', 'shipped', 'result*'],
      },
    ],
    misconceptions: [],
  },
  'beh.7': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'noticed',
        concept: 'the gap you noticed and why it mattered',
        phrasings: [
          'noticed',
          'saw that',
          'kept breaking',
          'no one',
          'fell through',
          'gap',
          'every week',
          'unowned',
        ],
      },
      {
        id: 'initiative',
        concept: 'what you did on your own initiative',
        phrasings: [
          'i decided',
          'i took',
          'i started',
          'i volunteered',
          'on my own',
          'i built',
          'i fixed',
          'i wrote',
        ],
      },
      {
        id: 'involve',
        concept: 'involving the right people rather than working around them',
        phrasings: [
          'told my',
          'checked with',
          'manager',
          'team lead',
          'agreed',
          'involved',
          'asked',
        ],
      },
      {
        id: 'impact',
        concept: 'the impact, and whether ownership was settled afterwards',
        phrasings: ['saved', 'reduced', 'stopped', 'result*', 'handed over', 'owner*', 'fewer'],
      },
    ],
    misconceptions: [],
  },
  'beh.8': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'what',
        concept: 'what the project was and why it mattered',
        phrasings: ['goal was', 'customer*', 'purpose', 'aim*', 'we built'],
      },
      {
        id: 'mine',
        concept: 'your own contribution, separated clearly from the team’s',
        phrasings: [
          'i built',
          'i designed',
          'i wrote',
          'i led',
          'my role',
          'i was responsible',
          'i implemented',
          'my part',
        ],
      },
      {
        id: 'hard-part',
        concept: 'the hardest part and how you handled it',
        phrasings: ['hardest', 'challeng*', 'difficult*', 'tricky', 'problem was', 'struggled'],
      },
      {
        id: 'impact',
        concept: 'the outcome and why you are proud of it',
        phrasings: ['impact', 'result*', 'reduced', 'increased', 'saved', 'proud because'],
      },
    ],
    misconceptions: [
      {
        id: 'only-we',
        claim: 'describing only what the team did is enough',
        phrasings: ['we did everything', 'team did everything'],
        correction:
          'Interviewers need your part; say “I” for what you did and “we” only for the team’s work.',
      },
    ],
  },
  'beh.9': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'audience',
        concept: 'finding out what the listener knew and needed to decide',
        phrasings: [
          'their background',
          'what they knew',
          'they needed',
          'asked them',
          'their goal*',
          'non technical',
          'sales',
          'customer',
        ],
      },
      {
        id: 'simplify',
        concept: 'plain words, an analogy or a visual instead of jargon',
        phrasings: ['analogy', 'diagram', 'jargon', 'plain', 'drew', 'compared it'],
      },
      {
        id: 'check',
        concept: 'checking understanding, for example by asking them to explain it back',
        phrasings: [
          'explain it back',
          'in their own words',
          'asked them',
          'questions',
          'checked',
          'repeat* back',
          'feedback',
        ],
      },
      {
        id: 'outcome',
        concept: 'what they were able to do with it afterwards',
        phrasings: ['decided', 'decision', 'able to', 'afterwards', 'approved', 'result*'],
      },
    ],
    misconceptions: [],
  },
  'beh.10': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'difference',
        concept: 'the concrete difference in styles, described without judgement',
        phrasings: [
          'preferred',
          'liked to',
          'i tend',
          'whereas',
          'while i',
          'detail*',
          'big picture',
        ],
      },
      {
        id: 'understand',
        concept: 'understanding why they worked that way',
        phrasings: [
          'understood',
          'asked them',
          'talked',
          'their reason*',
          'learned why',
          'their perspective',
        ],
      },
      {
        id: 'adapt',
        concept: 'the specific adjustments or agreements you made',
        phrasings: [
          'adjusted',
          'adapted',
          'agreed',
          'compromise*',
          'meet in the middle',
          'changed how',
        ],
      },
      {
        id: 'outcome',
        concept: 'how the work and relationship turned out',
        phrasings: ['relationship', 'result*', 'delivered', 'learned'],
      },
    ],
    misconceptions: [],
  },
  'beh.11': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'why-failed',
        concept: 'an honest account of why it failed, including your own part',
        phrasings: [
          'reason*',
          'underestimated',
          'misjudged',
          'should have',
          'market',
          'cancelled because',
        ],
      },
      {
        id: 'my-role',
        concept: 'your role and what you did when it started going wrong',
        phrasings: ['my role', 'i raised', 'i proposed', 'i tried', 'i flagged', 'i pushed'],
      },
      {
        id: 'lessons',
        concept: 'specific lessons learned',
        phrasings: ['lesson*', 'taught me', 'realized', 'learned', 'takeaway'],
      },
      {
        id: 'applied',
        concept: 'how you applied those lessons since',
        phrasings: [
          'since then',
          'now i',
          'next project',
          'these days',
          'ever since',
          'now always',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'blame',
        claim: 'the failure was entirely others’ fault',
        phrasings: ['their fault', 'management fault', 'blame* them'],
        correction:
          'Own your part, even a small one; the point of the question is what you learned.',
      },
    ],
  },
  'beh.12': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'criteria',
        concept: 'the criteria you used to rank them: impact, urgency, deadlines and dependencies',
        phrasings: [
          'impact',
          'deadline*',
          'depend*',
          'blocking',
          'customer*',
          'business',
          'most important',
        ],
      },
      {
        id: 'align',
        concept: 'checking the order with your manager or stakeholders',
        phrasings: ['manager', 'stakeholder*', 'asked', 'confirm*', 'aligned', 'agreed'],
      },
      {
        id: 'communicate',
        concept: 'telling the people whose work waited',
        phrasings: ['told', 'let them know', 'communicat*', 'expectation*', 'new date', 'update*'],
      },
      {
        id: 'outcome',
        concept: 'the outcome, and anything you would change',
        phrasings: ['result*', 'ended', 'delivered', 'in hindsight', 'differently'],
      },
    ],
    misconceptions: [],
  },
  'beh.13': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'problem-evidence',
        concept: 'the problem and the evidence that it was costing the team',
        phrasings: ['every week', 'wasted', 'slow*', 'frustrat*', 'data', 'hours'],
      },
      {
        id: 'buy-in',
        concept: 'getting the team on board rather than imposing the change',
        phrasings: ['proposed', 'suggested', 'retro*', 'discuss*', 'buy in', 'agreed', 'feedback'],
      },
      {
        id: 'change',
        concept: 'the concrete change you made or led',
        phrasings: [
          'introduc*',
          'automat*',
          'set up',
          'template',
          'checklist',
          'i built',
          'i wrote',
        ],
      },
      {
        id: 'measured',
        concept: 'how you knew it helped',
        phrasings: ['reduced', 'fewer', 'faster', 'measured', 'result*', 'stuck'],
      },
    ],
    misconceptions: [],
  },
  'beh.14': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'understand-goal',
        concept: 'understanding the goal behind the request',
        phrasings: [
          'asked what',
          'asked why',
          'their goal',
          'underlying',
          'actually needed',
          'turned out',
          'need behind',
        ],
      },
      {
        id: 'reasons',
        concept: 'explaining your concerns with evidence: risk, cost or impact',
        phrasings: ['risk*', 'data', 'evidence', 'cost', 'explained', 'showed', 'confirmed'],
      },
      {
        id: 'alternative',
        concept: 'offering an alternative that still met the need',
        phrasings: [
          'alternative',
          'instead',
          'options',
          'offered',
          'proposed',
          'smaller version',
          'suggested',
        ],
      },
      {
        id: 'outcome',
        concept: 'the decision, and the relationship afterwards',
        phrasings: ['agreed', 'decided', 'relationship', 'result*', 'trust', 'shipped', 'signed'],
      },
    ],
    misconceptions: [
      {
        id: 'refuse',
        claim: 'pushing back means simply refusing',
        phrasings: ['just refused', 'flat out refused', 'refused outright'],
        correction:
          'Good pushback explains the concern and offers options; a bare refusal damages trust.',
      },
    ],
  },
  'beh.15': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'noticed',
        concept: 'how you noticed they were struggling',
        phrasings: ['noticed', 'stuck', 'overwhelm*', 'missed', 'quiet', 'behind'],
      },
      {
        id: 'asked',
        concept: 'asking what they needed instead of taking over',
        phrasings: ['asked', 'offered', 'checked in', 'what they needed', 'talked', 'coffee'],
      },
      {
        id: 'help',
        concept: 'the specific help: pairing, explaining, unblocking or sharing load',
        phrasings: [
          'paired',
          'explained',
          'walked through',
          'unblocked',
          'shared',
          'reviewed',
          'showed',
        ],
      },
      {
        id: 'outcome',
        concept: 'how they did afterwards, in their own ability',
        phrasings: [
          'confident',
          'on their own',
          'independent*',
          'improved',
          'delivered',
          'promoted',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'took-over',
        claim: 'helping means doing their work for them',
        phrasings: ['did it for them', 'took over their', 'did their task* myself'],
        correction: 'Doing it for them solves today only; help that builds their ability lasts.',
      },
    ],
  },
  'beh.16': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'original-view',
        concept: 'your original position and why you held it',
        phrasings: ['i thought', 'i believed', 'i was convinced', 'my view', 'originally'],
      },
      {
        id: 'new-info',
        concept: 'what the other person said or showed that changed it',
        phrasings: ['pointed out', 'showed me', 'explained', 'data', 'argument'],
      },
      {
        id: 'acted',
        concept: 'what you did differently as a result, and saying so openly',
        phrasings: [
          'switched',
          'admitted',
          'went with',
          'agreed',
          'revised',
          'instead',
          'dropped my',
        ],
      },
      {
        id: 'lesson',
        concept: 'what it taught you about listening or decision-making',
        phrasings: ['learned', 'lesson', 'now i', 'since then', 'realized'],
      },
    ],
    misconceptions: [],
  },
  'beh.17': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'why-now',
        concept: 'why waiting for more information was not an option',
        phrasings: [
          'deadline',
          'cost of waiting',
          'urgent',
          'time pressure',
          'could not wait',
          'blocked',
        ],
      },
      {
        id: 'gather',
        concept: 'what you did to reduce the uncertainty quickly',
        phrasings: ['asked', 'data', 'quick test', 'prototype', 'research*', 'expert*'],
      },
      {
        id: 'reversible',
        concept: 'choosing a reversible option or limiting the downside',
        phrasings: ['reversible', 'undo', 'roll back', 'small step', 'safe*', 'downside', 'risk'],
      },
      {
        id: 'outcome-review',
        concept: 'the outcome and how you checked and adjusted afterwards',
        phrasings: ['turned out', 'revisit*', 'adjusted', 'result*', 'learned', 'monitor*'],
      },
    ],
    misconceptions: [],
  },
  'beh.18': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'understand-why',
        concept: 'understanding why priorities changed',
        phrasings: ['reason', 'customer', 'leadership', 'understood why', 'asked why'],
      },
      {
        id: 'wrap-up',
        concept: 'leaving the old work in a resumable state',
        phrasings: ['wrote down', 'document*', 'handed over', 'paused', 'notes', 'saved', 'park*'],
      },
      {
        id: 'replan',
        concept: 'replanning and telling the people affected',
        phrasings: ['replan*', 'new plan', 'told', 'communicat*', 'expectation*', 'stakeholder*'],
      },
      {
        id: 'outcome',
        concept: 'the outcome of the new work',
        phrasings: ['delivered', 'shipped', 'result*', 'ended up', 'in the end'],
      },
    ],
    misconceptions: [],
  },
  'beh.19': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'original-ask',
        concept: 'what was first asked for',
        phrasings: ['requested', 'wanted', 'originally', 'asked us', 'feature request'],
      },
      {
        id: 'discovery',
        concept: 'how you found the real need: asking why, observing use, looking at data',
        phrasings: [
          'asked why',
          'observed',
          'watched',
          'interview*',
          'data',
          'dug into',
          'underlying',
        ],
      },
      {
        id: 'solution',
        concept: 'what you built instead and how you agreed it with them',
        phrasings: ['instead', 'proposed', 'simpler', 'built', 'agreed', 'prototype'],
      },
      {
        id: 'outcome',
        concept: 'how it served them better',
        phrasings: ['result*', 'happy', 'usage', 'saved', 'adopt*', 'solved'],
      },
    ],
    misconceptions: [],
  },
  'beh.20': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'options',
        concept: 'the risk and the safer alternative',
        phrasings: ['alternative', 'safe option', 'safer', 'instead of', 'option*'],
      },
      {
        id: 'weigh',
        concept: 'how you weighed upside against downside and what would happen if it failed',
        phrasings: ['upside', 'downside', 'worst case', 'probability', 'likel*', 'cost'],
      },
      {
        id: 'mitigate',
        concept: 'how you limited the downside: a fallback, a pilot, a checkpoint',
        phrasings: [
          'fallback',
          'pilot',
          'backup plan',
          'plan b',
          'roll back',
          'checkpoint',
          'small scale',
        ],
      },
      {
        id: 'outcome',
        concept: 'the result and what you would do again or differently',
        phrasings: ['paid off', 'result*', 'learned', 'differently'],
      },
    ],
    misconceptions: [],
  },
  'beh.21': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'async-docs',
        concept: 'written, asynchronous communication: docs, decisions and status written down',
        phrasings: ['written', 'document*', 'async*', 'wrote', 'notes', 'decision log'],
      },
      {
        id: 'overlap',
        concept: 'using the overlap hours well and rotating meeting times fairly',
        phrasings: ['overlap', 'rotat*', 'meeting time*', 'fair*', 'early morning', 'late evening'],
      },
      {
        id: 'handoffs',
        concept: 'clear handoffs and ownership so nobody waits a day for an answer',
        phrasings: ['handoff*', 'hand off', 'owner*', 'unblock*', 'wait* a day'],
      },
      {
        id: 'relationships',
        concept: 'building trust and relationships across sites',
        phrasings: ['relationship*', 'trust', 'video', 'visit*', 'informal', 'one on one'],
      },
    ],
    misconceptions: [],
  },
  'beh.22': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'noticed',
        concept: 'noticing who was being talked over or left out',
        phrasings: ['noticed', 'talked over', 'interrupted', 'quiet', 'left out', 'ignored'],
      },
      {
        id: 'action',
        concept: 'what you did in the moment, such as inviting them in or crediting their idea',
        phrasings: ['invited', 'asked them', 'credit*', 'brought up', 'pointed back', 'gave them'],
      },
      {
        id: 'structural',
        concept: 'changing the process so it happened less, such as written input or round-robins',
        phrasings: ['written', 'round robin', 'agenda', 'async*', 'process', 'format'],
      },
      {
        id: 'outcome',
        concept: 'the effect on them and on the decision',
        phrasings: ['spoke up', 'idea*', 'result*', 'decision', 'thanked', 'afterwards'],
      },
    ],
    misconceptions: [],
  },
  'beh.23': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'source',
        concept: 'what created the pressure',
        phrasings: ['deadline', 'outage', 'launch', 'customer', 'at stake', 'workload'],
      },
      {
        id: 'tactics',
        concept:
          'the specific ways you stayed effective: breaking work down, focusing, asking for help',
        phrasings: ['broke', 'focus*', 'asked for help', 'break*', 'priorit*'],
      },
      {
        id: 'communicate',
        concept: 'keeping people informed about status and risk',
        phrasings: ['told', 'update*', 'communicat*', 'manager', 'stakeholder*'],
      },
      {
        id: 'reflection',
        concept: 'an honest reflection on what you would do differently',
        phrasings: ['next time', 'in hindsight', 'learned', 'earlier', 'would have'],
      },
    ],
    misconceptions: [],
  },
  'beh.24': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'constraint',
        concept: 'the constraint and what fell short of your standard',
        phrasings: ['deadline', 'budget', 'resource*', 'fell short', 'wanted to', 'limited'],
      },
      {
        id: 'prioritize-quality',
        concept: 'what you protected and what you let slip, and why',
        phrasings: ['core', 'protected', 'essential', 'cut', 'left out', 'good enough'],
      },
      {
        id: 'transparency',
        concept: 'being open with others about the limitations',
        phrasings: ['told', 'documented', 'transparent', 'known issue*', 'explained', 'flagged'],
      },
      {
        id: 'follow-up',
        concept: 'following up: a plan or ticket to improve it later',
        phrasings: ['follow up', 'ticket*', 'backlog', 'next version', 'came back'],
      },
    ],
    misconceptions: [],
  },
  'beh.25': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'specific-goal',
        concept: 'a specific goal and why you chose it',
        phrasings: ['wanted to', 'gap', 'weakness', 'career', 'improve*'],
      },
      {
        id: 'plan',
        concept: 'the concrete plan: practice, courses, projects, a mentor',
        phrasings: ['course', 'practic*', 'mentor', 'every week', 'book*', 'plan'],
      },
      {
        id: 'feedback',
        concept: 'how you tracked progress or got feedback',
        phrasings: ['feedback', 'track*', 'measur*', 'progress', 'check* in'],
      },
      {
        id: 'result',
        concept: 'where it got you',
        phrasings: ['now i', 'result*', 'able to', 'achiev*', 'promot*'],
      },
    ],
    misconceptions: [],
  },
  'beh.26': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'strength',
        concept: 'a specific strength with an example of it in action',
        phrasings: ['strength', 'reliable', 'rely on', 'known for', 'valued'],
      },
      {
        id: 'growth',
        concept: 'a genuine area to work on',
        phrasings: ['weakness', 'improve', 'struggle*', 'could be better', 'tend to', 'less good'],
      },
      {
        id: 'effort',
        concept: 'what you are doing about that area',
        phrasings: ['working on', 'practic*', 'now i', 'trying to'],
      },
    ],
    misconceptions: [
      {
        id: 'fake-weakness',
        claim: 'a disguised strength such as perfectionism is a good weakness to give',
        phrasings: ['too perfectionist', 'perfectionis*', 'work too hard', 'care too much'],
        correction:
          'Interviewers discount disguised strengths; a real, small weakness with steps to improve it is more credible.',
      },
    ],
  },
  'beh.27': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'gap',
        concept: 'the gap or opportunity you spotted',
        phrasings: ['noticed', 'nobody', 'no one', 'opportunit*', 'needed'],
      },
      {
        id: 'action',
        concept: 'what you started and how you got others to follow',
        phrasings: [
          'i started',
          'i proposed',
          'i organized',
          'i set up',
          'i volunteered',
          'i built',
        ],
      },
      {
        id: 'alignment',
        concept: 'checking with the people responsible instead of going around them',
        phrasings: ['manager', 'checked with', 'agreed', 'support', 'buy in'],
      },
      {
        id: 'result',
        concept: 'the result',
        phrasings: ['result*', 'impact', 'adopt*', 'improved', 'reduced'],
      },
    ],
    misconceptions: [],
  },
  'beh.28': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'their-level',
        concept: 'starting from what they already knew',
        phrasings: ['already knew', 'their level', 'background', 'asked them', 'familiar'],
      },
      {
        id: 'method',
        concept: 'how you taught it: an example, pairing, hands-on practice',
        phrasings: ['pair*', 'hands on', 'showed', 'walked through', 'exercise'],
      },
      {
        id: 'verify',
        concept: 'the evidence that it landed: they applied it on their own',
        phrasings: ['on their own', 'themselves', 'explained it back', 'applied', 'taught others'],
      },
    ],
    misconceptions: [],
  },
  'beh.29': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'audience',
        concept: 'knowing who needed what and tailoring it',
        phrasings: ['audience', 'tailor*', 'leadership', 'stakeholder*', 'who needed'],
      },
      {
        id: 'cadence',
        concept: 'a regular, predictable update with status, next steps and asks',
        phrasings: ['weekly', 'regular', 'status update*', 'newsletter', 'dashboard', 'demo*'],
      },
      {
        id: 'risks-early',
        concept: 'raising risks early with their impact and your plan',
        phrasings: ['early', 'flag*', 'red', 'amber', 'mitigat*', 'heads up'],
      },
      {
        id: 'outcome',
        concept: 'how it went and how people responded',
        phrasings: ['surprise*', 'trust', 'result*', 'feedback', 'prepared'],
      },
    ],
    misconceptions: [],
  },
  'beh.30': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'listen',
        concept: 'listening and acknowledging their frustration',
        phrasings: ['listened', 'acknowledg*', 'apologi*', 'empath*', 'understood'],
      },
      {
        id: 'diagnose',
        concept: 'finding the actual problem',
        phrasings: ['reproduc*', 'root cause', 'investigat*', 'logs', 'asked'],
      },
      {
        id: 'resolve',
        concept: 'fixing it or offering a workaround, with updates along the way',
        phrasings: ['workaround', 'fixed', 'update*', 'kept them', 'follow* up'],
      },
      {
        id: 'prevent',
        concept: 'improving the product or process so others would not hit it',
        phrasings: ['prevent*', 'improved', 'documentation', 'test*', 'monitor*'],
      },
    ],
    misconceptions: [
      {
        id: 'user-error',
        claim: 'the frustrated user was simply wrong',
        phrasings: ['customer was wrong', 'user was wrong', 'their fault'],
        correction:
          'Even when the user misread something, the frustration tells you about the product; look for what made the mistake easy.',
      },
    ],
  },
  'beh.31': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'what',
        concept: 'what the project did and who it was for',
        phrasings: ['built', 'app', 'purpose'],
      },
      {
        id: 'owned',
        concept: 'the specific part you owned',
        phrasings: ['i built', 'i wrote', 'i designed', 'i was responsible', 'i implemented'],
      },
      {
        id: 'hard',
        concept: 'the hardest problem and how you solved it',
        phrasings: ['hardest', 'tricky', 'difficult*', 'stuck', 'figured out', 'solved'],
      },
      {
        id: 'learned',
        concept: 'what you learned',
        phrasings: ['learned', 'taught me', 'next time', 'differently'],
      },
    ],
    misconceptions: [],
  },
  'beh.32': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'own-effort',
        concept: 'what you tried yourself first: reading errors, docs, debugging, searching',
        phrasings: ['tried', 'debug*', 'docs', 'documentation', 'search*', 'google*'],
      },
      {
        id: 'timebox',
        concept: 'a deliberate time limit before asking',
        phrasings: ['hour*', 'time box*', 'limit', 'minutes', 'after a', 'a day'],
      },
      {
        id: 'good-ask',
        concept: 'a good request: what you tried, what you expected, the specific question',
        phrasings: ['what i tried', 'expected', 'specific question', 'error message', 'context'],
      },
      {
        id: 'learned',
        concept: 'the outcome and what you learned',
        phrasings: ['learned', 'solved', 'next time', 'turned out'],
      },
    ],
    misconceptions: [
      {
        id: 'never-ask',
        claim: 'a strong engineer never needs to ask for help',
        phrasings: [
          'should never need help',
          'strong engineer* never ask*',
          'figure everything out myself',
        ],
        correction:
          'Staying stuck for days wastes time; a time-boxed attempt followed by a clear question is what teams want.',
      },
    ],
  },
  'beh.33': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'noticed',
        concept: 'how the imbalance showed and what it risked',
        phrasings: ['noticed', 'doing most', 'missed', 'deadline', 'behind'],
      },
      {
        id: 'conversation',
        concept: 'talking to the person directly and finding out why',
        phrasings: [
          'talked to',
          'asked',
          'found out',
          'messaged',
          'privately',
          'reached out',
          'asked if',
        ],
      },
      {
        id: 'structure',
        concept: 'making tasks and ownership explicit',
        phrasings: [
          'divided',
          'assigned',
          'split',
          'task list',
          'task board',
          'owner*',
          'tracker',
          'check in',
        ],
      },
      {
        id: 'outcome',
        concept: 'the outcome and what you would do earlier',
        phrasings: ['result*', 'finished', 'grade', 'learned', 'earlier', 'next time'],
      },
    ],
    misconceptions: [
      {
        id: 'did-it-all',
        claim: 'the best fix is to do all the work yourself',
        phrasings: ['did all work myself', 'did everything myself', 'did their share myself'],
        correction:
          'Quietly doing everything hides the problem; address it with the person and the group first.',
      },
    ],
  },
  'beh.34': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'habits',
        concept: 'concrete learning habits: projects, reading, courses, communities',
        phrasings: [
          'side project*',
          'read*',
          'course*',
          'podcast*',
          'meetup*',
          'open source',
          'blog*',
        ],
      },
      {
        id: 'specific',
        concept: 'one specific thing you taught yourself and why',
        phrasings: ['taught myself', 'learned', 'wanted to', 'curious'],
      },
      {
        id: 'how',
        concept: 'how you learned it: building something and getting feedback',
        phrasings: ['built', 'practic*', 'tutorial*', 'documentation', 'feedback', 'experiment*'],
      },
      {
        id: 'applied',
        concept: 'what you can now do with it',
        phrasings: ['now i', 'able to', 'applied', 'result*'],
      },
    ],
    misconceptions: [],
  },
  'beh.35': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'orient',
        concept: 'reading docs and code and running it locally',
        phrasings: ['readme', 'docs', 'read the code', 'ran it', 'set up', 'local*'],
      },
      {
        id: 'people',
        concept: 'asking the original authors and teammates',
        phrasings: ['asked', 'original author*', 'teammate*', 'pair*', 'onboarding'],
      },
      {
        id: 'small-task',
        concept: 'starting with a small change to learn the workflow',
        phrasings: ['small task', 'small change', 'first task', 'bug fix', 'starter'],
      },
      {
        id: 'give-back',
        concept: 'improving the docs for the next person',
        phrasings: ['updated docs', 'wrote down', 'document*', 'improved the readme', 'notes'],
      },
    ],
    misconceptions: [],
  },
  'beh.36': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'commitments',
        concept: 'what the commitments were and where they clashed',
        phrasings: ['exams', 'classes', 'part time', 'shifts', 'deadline*', 'clash*'],
      },
      {
        id: 'system',
        concept: 'how you planned: a calendar, priorities, fixed blocks of time',
        phrasings: ['calendar', 'schedule*', 'plan*', 'block*', 'priorit*'],
      },
      {
        id: 'communicate',
        concept: 'telling people early when something had to give',
        phrasings: ['told', 'asked for', 'extension', 'communicat*', 'let them know'],
      },
      {
        id: 'outcome',
        concept: 'how it turned out and what you learned about your limits',
        phrasings: ['result*', 'managed', 'learned', 'next time', 'limit*'],
      },
    ],
    misconceptions: [],
  },
  'beh.37': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'goals',
        concept: 'understanding their goals and gaps first',
        phrasings: ['their goal*', 'wanted to', 'asked them', 'gap*', 'career'],
      },
      {
        id: 'method',
        concept:
          'your approach: regular one-on-ones, stretch work, feedback, asking instead of telling',
        phrasings: ['one on one*', 'stretch', 'feedback', 'question*', 'pair*', 'regular*'],
      },
      {
        id: 'growth',
        concept: 'concrete evidence of how they grew',
        phrasings: ['promot*', 'independent*', 'on their own', 'led', 'confident'],
      },
      {
        id: 'learned',
        concept: 'what you learned about mentoring',
        phrasings: ['learned', 'realized', 'differently', 'adapt*'],
      },
    ],
    misconceptions: [],
  },
  'beh.38': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'plan',
        concept: 'how you planned: goals, scope, milestones, risks',
        phrasings: ['milestone*', 'scope', 'goal*', 'risk*', 'roadmap', 'kickoff', 'timeline'],
      },
      {
        id: 'track',
        concept: 'how you tracked progress and spotted slippage',
        phrasings: ['weekly', 'standup*', 'status', 'board', 'check* in', 'progress'],
      },
      {
        id: 'adjust',
        concept: 'a moment when it went off course and what you changed',
        phrasings: ['slipped', 'behind', 'adjusted', 'cut', 'replan*', 'reprioriti*'],
      },
      {
        id: 'outcome',
        concept: 'the outcome and impact',
        phrasings: ['delivered', 'launched', 'shipped', 'result*', 'impact'],
      },
    ],
    misconceptions: [],
  },
  'beh.39': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'interests',
        concept: 'understanding each team’s interests and constraints',
        phrasings: [
          'their priorit*',
          'their goal*',
          'constraint*',
          'incentive*',
          'met each',
          'separately',
          'needed',
        ],
      },
      {
        id: 'case',
        concept: 'building the case with data, a written proposal or a prototype',
        phrasings: [
          'wrote a proposal',
          'wrote a',
          'data',
          'comparison',
          'prototype',
          'evidence',
          'rfc',
          'incidents',
        ],
      },
      {
        id: 'allies',
        concept: 'finding allies and addressing objections one by one',
        phrasings: [
          'allies',
          'ally',
          'champion*',
          'objection*',
          'met each',
          'one on one*',
          'concern*',
          'tech lead',
        ],
      },
      {
        id: 'outcome',
        concept: 'the decision and its impact',
        phrasings: ['agreed', 'adopted', 'migrated', 'decided', 'result*', 'stopped'],
      },
    ],
    misconceptions: [],
  },
  'beh.40': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'understand',
        concept: 'understanding each side’s goals and the reasons behind them',
        phrasings: [
          'each side',
          'their goal*',
          'underlying',
          'met with',
          'understand*',
          'interests',
        ],
      },
      {
        id: 'shared-goal',
        concept: 'finding a shared goal or criteria to judge the options',
        phrasings: ['common goal', 'shared goal', 'criteria', 'company goal*', 'trade*'],
      },
      {
        id: 'options',
        concept: 'laying out options and trade-offs, with a clear decision-maker',
        phrasings: ['option*', 'proposal', 'decision maker', 'escalat*', 'compromise*', 'phased'],
      },
      {
        id: 'outcome',
        concept: 'the decision and how people felt about it',
        phrasings: ['agreed', 'decided', 'commit*', 'result*', 'relationship*'],
      },
    ],
    misconceptions: [],
  },
  'beh.41': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'decision',
        concept: 'the decision and why it seemed right at the time',
        phrasings: ['i decided', 'i chose', 'i went with', 'i picked', 'my call', 'reasoning was'],
      },
      {
        id: 'signals',
        concept: 'the signals that showed it was wrong',
        phrasings: ['noticed', 'data', 'metric*', 'feedback', 'signs', 'realized'],
      },
      {
        id: 'correct',
        concept: 'acting quickly and openly to correct it',
        phrasings: ['reversed', 'rolled back', 'admitted', 'told', 'changed course', 'corrected'],
      },
      {
        id: 'lesson',
        concept: 'what you now do differently when deciding',
        phrasings: ['learned', 'now i', 'differently', 'since then', 'lesson'],
      },
    ],
    misconceptions: [
      {
        id: 'blame',
        claim: 'the decision went wrong only because of others',
        phrasings: ['their fault', 'blame* them', 'others fault'],
        correction: 'Own the decision; what matters is how quickly you noticed and corrected it.',
      },
    ],
  },
  'beh.42': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'gap',
        concept: 'the gap and its cost',
        phrasings: ['bugs', 'incident*', 'slow', 'inconsistent', 'cost', 'noticed'],
      },
      {
        id: 'change',
        concept: 'the practice or standard you introduced',
        phrasings: [
          'introduced',
          'standard*',
          'checklist',
          'automat*',
          'guideline*',
          'review process',
        ],
      },
      {
        id: 'adoption',
        concept: 'how you got the team to adopt it: by example, buy-in, making it easy',
        phrasings: ['by example', 'buy in', 'adopt*', 'easy', 'tooling', 'discuss*'],
      },
      {
        id: 'result',
        concept: 'the measurable result',
        phrasings: ['fewer', 'reduced', 'faster', 'result*', 'measur*'],
      },
    ],
    misconceptions: [],
  },
  'beh.43': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'prepare',
        concept: 'preparing: the facts, the impact and options before the conversation',
        phrasings: ['prepared', 'facts', 'impact', 'option*', 'plan', 'numbers'],
      },
      {
        id: 'early-direct',
        concept: 'telling them early and directly',
        phrasings: ['early', 'directly', 'as soon as', 'right away', 'honest*', 'upfront'],
      },
      {
        id: 'path',
        concept: 'bringing a recovery plan or choices, not just the problem',
        phrasings: ['recovery plan', 'choices', 'recommend*', 'next step*', 'mitigat*'],
      },
      {
        id: 'outcome',
        concept: 'how it was received and what followed',
        phrasings: ['received', 'trust', 'appreciated', 'result*', 'afterwards'],
      },
    ],
    misconceptions: [],
  },
  'beh.44': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'inputs',
        concept: 'the inputs: company goals, customer data, team capacity',
        phrasings: ['company goal*', 'customer*', 'data', 'capacity', 'okr*', 'research'],
      },
      {
        id: 'criteria',
        concept: 'how you ranked options, such as impact against effort',
        phrasings: ['impact', 'effort', 'criteria', 'rank*', 'framework', 'trade*'],
      },
      {
        id: 'saying-no',
        concept: 'what you explicitly said no to and how you communicated it',
        phrasings: ['said no', 'deprioriti*', 'dropped', 'explicit*', 'not now', 'explained'],
      },
      {
        id: 'outcome',
        concept: 'the outcome of the roadmap',
        phrasings: ['result*', 'delivered', 'impact', 'metric*', 'outcome'],
      },
    ],
    misconceptions: [],
  },
  'beh.45': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'listen-each',
        concept: 'hearing each person separately first',
        phrasings: ['separately', 'each of them', 'one on one', 'listened', 'both sides'],
      },
      {
        id: 'underlying',
        concept: 'finding the underlying issue',
        phrasings: ['underlying', 'root', 'really about', 'misunderstanding', 'turned out'],
      },
      {
        id: 'facilitate',
        concept: 'bringing them together to agree a way forward',
        phrasings: ['facilitat*', 'agreed', 'common ground', 'ground rules', 'mediat*'],
      },
      {
        id: 'outcome',
        concept: 'how the relationship and work went afterwards',
        phrasings: ['relationship', 'afterwards', 'worked well', 'result*'],
      },
    ],
    misconceptions: [],
  },
  'beh.46': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'identify',
        concept: 'spotting potential and matching people to opportunities',
        phrasings: ['potential', 'opportunit*', 'interest*', 'spotted'],
      },
      {
        id: 'delegate',
        concept: 'what you delegated: real ownership of meaningful decisions',
        phrasings: ['ownership', 'handed', 'let them lead', 'decisions', 'gave them'],
      },
      {
        id: 'support',
        concept: 'the support without taking over: coaching, backing, safety to fail',
        phrasings: ['coach*', 'back them', 'safety net', 'check* in', 'feedback', 'sponsor*'],
      },
      {
        id: 'outcome',
        concept: 'where they are now',
        phrasings: ['promot*', 'now leads', 'tech lead', 'manager', 'grew'],
      },
    ],
    misconceptions: [],
  },
  'beh.47': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'scope',
        concept: 'the problem and why it crossed team boundaries',
        phrasings: ['across', 'teams', 'organization', 'company wide', 'every team'],
      },
      {
        id: 'mechanism',
        concept: 'how you made it happen: proposals, tools, coalitions',
        phrasings: ['proposal', 'rfc', 'built', 'tool*', 'coalition', 'working group'],
      },
      {
        id: 'adoption',
        concept: 'how you won adoption',
        phrasings: ['adopt*', 'buy in', 'convinced', 'migrat*', 'onboard*'],
      },
      {
        id: 'impact',
        concept: 'the measurable impact',
        phrasings: ['reduced', 'saved', 'percent', 'metric*', 'result*'],
      },
    ],
    misconceptions: [],
  },
  'beh.48': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'listen',
        concept: 'listening first: one-on-ones and reviewing the state',
        phrasings: ['one on one*', 'listened', 'talked to', 'assess*', 'review*'],
      },
      {
        id: 'diagnose',
        concept: 'diagnosing the root causes',
        phrasings: ['root cause*', 'diagnos*', 'found that', 'real problem'],
      },
      {
        id: 'quick-wins',
        concept: 'early wins and stabilizing',
        phrasings: ['quick win*', 'stabiliz*', 'early win*', 'reset', 'cut scope'],
      },
      {
        id: 'plan-trust',
        concept: 'a clear plan, rebuilding trust with stakeholders',
        phrasings: ['plan', 'trust', 'stakeholder*', 'expectation*', 'communicat*'],
      },
    ],
    misconceptions: [],
  },
  'beh.49': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'understand',
        concept: 'understanding what they really needed',
        phrasings: ['understand*', 'their goal', 'needed', 'asked why', 'listened'],
      },
      {
        id: 'explain',
        concept: 'explaining the reason honestly',
        phrasings: ['explained', 'reason*', 'trade*', 'honest*', 'transparent'],
      },
      {
        id: 'alternative',
        concept: 'an alternative: later, smaller, or another way',
        phrasings: ['alternative', 'instead', 'smaller', 'workaround', 'offered'],
      },
      {
        id: 'relationship',
        concept: 'how you kept trust: follow-through',
        phrasings: ['follow* up', 'trust', 'promised', 'delivered', 'still work'],
      },
    ],
    misconceptions: [],
  },
  'beh.50': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'hiring',
        concept: 'a fair, consistent evaluation, such as structured interviews',
        phrasings: ['structured', 'interview*', 'rubric', 'criteria', 'consistent*', 'bias'],
      },
      {
        id: 'onboarding-plan',
        concept: 'a clear onboarding plan: docs, a buddy, a first task',
        phrasings: ['buddy', 'first task', 'plan', 'docs', 'starter', 'checklist'],
      },
      {
        id: 'check-in',
        concept: 'regular check-ins and feedback early',
        phrasings: ['check* in', 'feedback', 'one on one*', 'weekly', 'regular'],
      },
      {
        id: 'outcome',
        concept: 'how quickly they became productive',
        phrasings: ['productive', 'shipped', 'first week', 'result*'],
      },
    ],
    misconceptions: [],
  },
  'beh.51': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'role',
        concept: 'your role and the first steps you took',
        phrasings: ['on call', 'incident commander', 'paged', 'i joined', 'i led'],
      },
      {
        id: 'mitigate',
        concept: 'mitigating the impact first',
        phrasings: ['rolled back', 'mitigat*', 'restored', 'failover', 'disabled', 'workaround'],
      },
      {
        id: 'communicate',
        concept: 'communicating status to users and leadership',
        phrasings: ['status page', 'update*', 'communicat*', 'customer*', 'leadership'],
      },
      {
        id: 'follow-up',
        concept: 'the post-incident review and the changes afterwards',
        phrasings: [
          'postmortem',
          'post mortem',
          'blameless',
          'root cause',
          'action item*',
          'prevent*',
        ],
      },
    ],
    misconceptions: [],
  },
};
