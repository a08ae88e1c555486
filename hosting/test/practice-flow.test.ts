import { describe, expect, it } from '@jest/globals';
import { closingLine, computeDeliveryMetrics, offlineFollowUp, type Question } from '@candor/core';
import { liveCue } from '@/lib/attempts/live-cues';
import {
  answerClockMs,
  answersSoFar,
  currentLine,
  EMPTY_ANSWER_NUDGE,
  initialPracticeFlow,
  isThinking,
  isWordingFollowUp,
  practiceFlow,
  shouldWrapUp,
  type AnsweringState,
  type PracticeFlowEvent,
  type PracticeFlowState,
  type PracticeSettings,
} from '@/lib/attempts/practice-flow';

const web: Question = {
  id: 'q1',
  kind: 'technical',
  bankId: 'tech.1',
  text: 'Walk me through what happens, step by step, from the moment you type a web address into a browser until the page appears.',
};
const free: Question = { id: 'q2', kind: 'technical', text: 'How do you approach code reviews?' };

const SHORT = 'The browser asks a server for the page and shows it.';
const FULL =
  'First the browser resolves the name with a DNS lookup to get the IP address, checking its caches. ' +
  'Then it opens a TCP connection and does the TLS handshake for HTTPS. ' +
  'It sends an HTTP request and the server responds with a status code and the HTML. ' +
  'Finally the browser parses the HTML into the DOM, applies the CSS, and does layout and paint.';

const settings: PracticeSettings = { answerTargetMs: 60_000, thinkingTime: false };

function run(events: PracticeFlowEvent[], start?: PracticeFlowState): PracticeFlowState {
  return events.reduce(
    practiceFlow,
    start ??
      initialPracticeFlow({
        questions: [web, free],
        settings,
        firstName: 'Ada',
        followUpRule: offlineFollowUp,
      }),
  );
}

function answering(state: PracticeFlowState): AnsweringState {
  if (state.step !== 'answering') throw new Error(`expected answering, got ${state.step}`);
  return state;
}

describe('practiceFlow', () => {
  it('refuses to move on from an empty answer, and says why', () => {
    const state = answering(run([{ type: 'next', atMs: 1000, interim: '  ' }]));
    expect(state.index).toBe(0);
    expect(state.nudge).toBe(EMPTY_ANSWER_NUDGE);
    expect(answering(run([{ type: 'edited', text: 'x', atMs: 2000 }], state)).nudge).toBeNull();
  });

  it('moves on after a full answer without a follow-up', () => {
    const state = answering(
      run([
        { type: 'edited', text: FULL, atMs: 3000 },
        { type: 'next', atMs: 60_000, interim: '' },
      ]),
    );
    expect(state.index).toBe(1);
    expect(state.followUp).toBeNull();
    expect(currentLine(state)).toBe(free.text);
    expect(state.answers).toEqual([
      { questionId: 'q1', text: FULL, askedAtMs: 0, startMs: 3000, endMs: 60_000 },
    ]);
  });

  it('follows up a one-sentence answer once, then moves on', () => {
    const asked = answering(
      run([
        { type: 'edited', text: SHORT, atMs: 2000 },
        { type: 'next', atMs: 10_000, interim: '' },
      ]),
    );
    expect(asked.index).toBe(0);
    expect(asked.followUp?.text).toBe(offlineFollowUp(web, SHORT)?.text);
    expect(currentLine(asked)).toBe(asked.followUp?.text);
    expect(asked.draft).toBe('');
    expect(answersSoFar(asked)).toHaveLength(1);

    // A second short reply draws no second follow-up: the interview moves on.
    const next = answering(
      run(
        [
          { type: 'spoken', text: 'It renders it.', atMs: 12_000 },
          { type: 'next', atMs: 15_000, interim: '' },
        ],
        asked,
      ),
    );
    expect(next.index).toBe(1);
    expect(next.answers).toEqual([
      {
        questionId: 'q1',
        text: SHORT,
        askedAtMs: 0,
        startMs: 2000,
        endMs: 10_000,
        followUp: { askedAtMs: 10_000, text: 'It renders it.', startMs: 12_000, endMs: 15_000 },
      },
    ]);
  });

  it('keeps the first answer when the follow-up is skipped', () => {
    const state = answering(
      run([
        { type: 'edited', text: SHORT, atMs: 2000 },
        { type: 'next', atMs: 10_000, interim: '' },
        { type: 'skip', atMs: 11_000 },
      ]),
    );
    expect(state.index).toBe(1);
    expect(state.answers[0]?.followUp).toEqual({ askedAtMs: 10_000, text: '', endMs: 11_000 });
  });

  it('counts words still being recognised, and skips without a follow-up', () => {
    const state = run([
      { type: 'heard', atMs: 1500 },
      { type: 'next', atMs: 9000, interim: FULL },
      { type: 'skip', atMs: 20_000 },
    ]);
    expect(state.answers[0]).toMatchObject({ text: FULL, startMs: 1500 });
    expect(state.answers[1]).toEqual({
      questionId: 'q2',
      text: '',
      askedAtMs: 9000,
      endMs: 20_000,
    });
  });

  it('ends with the closing line after the last question', () => {
    const state = run([
      { type: 'edited', text: FULL, atMs: 3000 },
      { type: 'next', atMs: 60_000, interim: '' },
      { type: 'skip', atMs: 70_000 },
    ]);
    expect(state).toMatchObject({
      step: 'finished',
      closing: closingLine('Ada'),
      endedAtMs: 70_000,
    });
    expect(run([{ type: 'edited', text: 'late', atMs: 80_000 }], state)).toBe(state);
  });
});

describe('follow-ups worded by the server (Gemini)', () => {
  const start = () =>
    initialPracticeFlow({
      questions: [web, free],
      settings,
      firstName: 'Ada',
      followUpRule: offlineFollowUp,
      wordFollowUps: true,
    });
  const afterShort = () =>
    answering(
      run(
        [
          { type: 'edited', text: SHORT, atMs: 2000 },
          { type: 'next', atMs: 10_000, interim: '' },
        ],
        start(),
      ),
    );

  it('waits, doing nothing else, while the follow-up is worded', () => {
    const waiting = afterShort();
    expect(isWordingFollowUp(waiting)).toBe(true);
    expect(isThinking(waiting)).toBe(false);
    // The rule's own words are kept for a fallback; the clock is held meanwhile.
    expect(waiting.followUp?.text).toBe(offlineFollowUp(web, SHORT)?.text);
    expect(answerClockMs(waiting, 14_000)).toBe(10_000);
    for (const event of [
      { type: 'edited', text: 'typing', atMs: 11_000 },
      { type: 'spoken', text: 'words', atMs: 11_000 },
      { type: 'next', atMs: 11_000, interim: 'x' },
      { type: 'skip', atMs: 11_000 },
      { type: 'ready', atMs: 11_000 },
    ] as const) {
      expect(practiceFlow(waiting, event)).toBe(waiting);
    }
  });

  it("asks the server's words from the moment they arrive, and sends the reply as fromServer", () => {
    const shown = answering(
      run(
        [
          {
            type: 'worded',
            followUp: { text: 'Which step would you look at first?', fromServer: true },
            atMs: 12_000,
          },
        ],
        afterShort(),
      ),
    );
    expect(isWordingFollowUp(shown)).toBe(false);
    expect(currentLine(shown)).toBe('Which step would you look at first?');
    expect(shown.shownAtMs).toBe(12_000);
    // The wait was the interviewer's: the answer clock carries on from the first answer.
    expect(answerClockMs(shown, 15_000)).toBe(10_000 + 3000);
    const done = answering(
      run(
        [
          { type: 'edited', text: 'The DNS step.', atMs: 13_000 },
          { type: 'next', atMs: 16_000, interim: '' },
        ],
        shown,
      ),
    );
    expect(done.answers[0]?.followUp).toEqual({
      askedAtMs: 12_000,
      text: 'The DNS step.',
      startMs: 13_000,
      endMs: 16_000,
      fromServer: true,
    });
  });

  it("asks the rule's own words after a failure, without fromServer", () => {
    const waiting = afterShort();
    const rule = waiting.followUp?.text ?? '';
    const shown = answering(
      run([{ type: 'worded', followUp: { text: rule, fromServer: false }, atMs: 20_000 }], waiting),
    );
    const done = answering(
      run(
        [
          { type: 'edited', text: 'More words.', atMs: 21_000 },
          { type: 'next', atMs: 22_000, interim: '' },
        ],
        shown,
      ),
    );
    expect(done.answers[0]?.followUp).toEqual({
      askedAtMs: 20_000,
      text: 'More words.',
      startMs: 21_000,
      endMs: 22_000,
    });
  });

  it('moves on when the server asks no follow-up after all', () => {
    const moved = answering(run([{ type: 'worded', followUp: null, atMs: 11_000 }], afterShort()));
    expect(moved.index).toBe(1);
    expect(moved.answers[0]).toEqual({
      questionId: 'q1',
      text: SHORT,
      askedAtMs: 0,
      startMs: 2000,
      endMs: 10_000,
    });
  });

  it('ignores a late answer once the follow-up is on screen', () => {
    const shown = answering(
      run(
        [{ type: 'worded', followUp: { text: 'Why?', fromServer: false }, atMs: 11_000 }],
        afterShort(),
      ),
    );
    expect(practiceFlow(shown, { type: 'worded', followUp: null, atMs: 12_000 })).toBe(shown);
  });
});

describe('the answer clock', () => {
  it('runs from the question without thinking time', () => {
    const state = answering(run([]));
    expect(isThinking(state)).toBe(false);
    expect(answerClockMs(state, 30_000)).toBe(30_000);
    expect(shouldWrapUp(state, 59_999)).toBe(false);
    expect(shouldWrapUp(state, 60_000)).toBe(true);
  });

  it('waits for the candidate with thinking time, until they start or say they are ready', () => {
    const start = initialPracticeFlow({
      questions: [web, free],
      settings: { ...settings, thinkingTime: true },
      firstName: 'Ada',
      followUpRule: offlineFollowUp,
    });
    const thinking = answering(start);
    expect(isThinking(thinking)).toBe(true);
    expect(answerClockMs(thinking, 40_000)).toBe(0);
    const ready = answering(run([{ type: 'ready', atMs: 40_000 }], start));
    expect(answerClockMs(ready, 50_000)).toBe(10_000);
    const typing = answering(run([{ type: 'edited', text: 'So', atMs: 45_000 }], start));
    expect(answerClockMs(typing, 50_000)).toBe(5000);
    // The next question gets its own thinking time.
    const second = answering(
      run(
        [
          { type: 'edited', text: FULL, atMs: 45_000 },
          { type: 'next', atMs: 90_000, interim: '' },
        ],
        start,
      ),
    );
    expect(isThinking(second)).toBe(true);
  });

  it('carries the answer time on through the follow-up, without new thinking time', () => {
    const start = initialPracticeFlow({
      questions: [web, free],
      settings: { ...settings, thinkingTime: true },
      firstName: 'Ada',
      followUpRule: offlineFollowUp,
    });
    const state = answering(
      run(
        [
          { type: 'edited', text: SHORT, atMs: 5000 },
          { type: 'next', atMs: 25_000, interim: '' },
        ],
        start,
      ),
    );
    expect(state.followUp).not.toBeNull();
    expect(isThinking(state)).toBe(false);
    expect(answerClockMs(state, 25_000)).toBe(20_000);
    expect(answerClockMs(state, 65_000)).toBe(60_000);
    expect(shouldWrapUp(state, 65_000)).toBe(true);
  });
});

describe('liveCue', () => {
  it('reads pace and fillers with the report’s own metrics, once there is enough to measure', () => {
    const text =
      'Um, the browser first looks up the name and then, uh, it connects to the server and asks for the page';
    expect(liveCue(text, 0, 5000)).toEqual({ wordsPerMinute: null, fillerWords: 2 });
    const expected = computeDeliveryMetrics([{ role: 'user', text, startMs: 1000, endMs: 13_000 }]);
    expect(expected.wordsPerMinute).toBeGreaterThan(0);
    expect(liveCue(text, 1000, 13_000)).toEqual({
      wordsPerMinute: Math.round(expected.wordsPerMinute),
      fillerWords: 2,
    });
    expect(liveCue('', 0, 60_000)).toEqual({ wordsPerMinute: null, fillerWords: 0 });
  });
});
