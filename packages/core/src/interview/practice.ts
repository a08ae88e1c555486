import type { PracticeAnswer } from '../api';
import type { Interview, Question, TranscriptTurn } from '../schemas';
import { hasWords, normalizeMultiLine } from '../text';
import { offlineFollowUp } from './follow-up';

/**
 * The interviewer's side of a practice interview. The browser shows these lines; the server
 * writes the same lines into the stored transcript from its own data (the candidate's name, the
 * interview's role and questions), so nothing the browser sends is ever stored as the
 * interviewer speaking.
 */
export function greetingLine(firstName: string, role: string, questionCount: number): string {
  const questions = questionCount === 1 ? 'one question' : `${String(questionCount)} questions`;
  return `Hi ${firstName}, thanks for joining. I'll be your interviewer today for the ${role} role. We'll go through ${questions}, one at a time, and there's no rush with any of them.`;
}

export function closingLine(firstName: string): string {
  return `Thank you for your time, ${firstName}. That's the end of the interview. Your feedback will appear on your screen shortly.`;
}

/** The questions of an attempt: its own subset in its own order, or all of the interview's. */
export function attemptQuestions(
  interview: Pick<Interview, 'questions'>,
  questionIds: readonly string[] | undefined,
): Question[] {
  if (!questionIds) return interview.questions;
  return questionIds
    .map((id) => interview.questions.find((q) => q.id === id))
    .filter((q) => q !== undefined);
}

export type PracticeTranscriptResult =
  { ok: true; transcript: TranscriptTurn[] } | { ok: false; index: number; message: string };

/**
 * The stored transcript of a practice session: the greeting, then for each question that was
 * reached, in the attempt's order, the question's own text (agent) and the candidate's answer
 * (user, absent when skipped), both carrying the question id; where the interviewer followed
 * up, its follow-up (agent, `followUp: true`) and the reply, with the same question id; then
 * the closing line when the candidate reached the end (every question answered or skipped; a
 * session cut short by a reload has none). An answer to a question that is not the attempt's is
 * refused, and so is a reply to a follow-up neither the rule nor the server asked: the
 * follow-up's words are worked out here, from the question and the answer, or are the ones the
 * server recorded when it worded them with Gemini; they are never taken from the browser.
 */
export function buildPracticeTranscript(input: {
  /** The attempt's questions, in the order asked. */
  questions: readonly Question[];
  answers: readonly PracticeAnswer[];
  firstName: string;
  role: string;
  /**
   * Follow-ups the server itself worded for this attempt (proposeFollowUp), by question id,
   * each already matched to the first answer it followed: a reply marked `fromServer` must
   * follow one of these; any other reply follows the rule's own follow-up.
   */
  issuedFollowUps?: ReadonlyMap<string, string>;
}): PracticeTranscriptResult {
  const order = new Map(input.questions.map((q, index) => [q.id, index]));
  const followUps = new Map<string, string>();
  for (const [index, answer] of input.answers.entries()) {
    const question = input.questions[order.get(answer.questionId) ?? -1];
    if (!question) {
      return { ok: false, index, message: 'Not a question of this attempt' };
    }
    if (answer.followUp) {
      // The room showed either the server's wording or the rule's own; each is checked here.
      const text =
        answer.followUp.fromServer === true
          ? input.issuedFollowUps?.get(question.id)
          : offlineFollowUp(question, normalizeMultiLine(answer.text))?.text;
      if (text === undefined) return { ok: false, index, message: 'No follow-up was asked here' };
      followUps.set(question.id, text);
    }
  }
  const answers = [...input.answers].sort(
    (a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0),
  );
  const transcript: TranscriptTurn[] = [
    {
      role: 'agent',
      text: greetingLine(input.firstName, input.role, input.questions.length),
      startMs: 0,
      endMs: 0,
    },
  ];
  let lastEnd = 0;
  for (const answer of answers) {
    const question = input.questions[order.get(answer.questionId) ?? -1];
    if (!question) continue;
    const text = normalizeMultiLine(answer.text);
    // An answer without words (only punctuation) counts as skipped, as the server scores it.
    const answerStart = hasWords(text) ? (answer.startMs ?? answer.endMs) : null;
    transcript.push({
      role: 'agent',
      questionId: question.id,
      text: question.text,
      startMs: answer.askedAtMs,
      endMs: answerStart ?? answer.endMs,
    });
    if (answerStart !== null) {
      transcript.push({
        role: 'user',
        questionId: question.id,
        text,
        startMs: answerStart,
        endMs: answer.endMs,
      });
    }
    lastEnd = Math.max(lastEnd, answer.endMs);
    const followUpText = followUps.get(question.id);
    if (answer.followUp && followUpText !== undefined) {
      const reply = normalizeMultiLine(answer.followUp.text);
      const replyStart = hasWords(reply)
        ? (answer.followUp.startMs ?? answer.followUp.endMs)
        : null;
      transcript.push({
        role: 'agent',
        questionId: question.id,
        followUp: true,
        text: followUpText,
        startMs: answer.followUp.askedAtMs,
        endMs: replyStart ?? answer.followUp.endMs,
      });
      if (replyStart !== null) {
        transcript.push({
          role: 'user',
          questionId: question.id,
          followUp: true,
          text: reply,
          startMs: replyStart,
          endMs: answer.followUp.endMs,
        });
      }
      lastEnd = Math.max(lastEnd, answer.followUp.endMs);
    }
  }
  if (answers.length === input.questions.length) {
    transcript.push({
      role: 'agent',
      text: closingLine(input.firstName),
      startMs: lastEnd,
      endMs: lastEnd,
    });
  }
  return { ok: true, transcript };
}
