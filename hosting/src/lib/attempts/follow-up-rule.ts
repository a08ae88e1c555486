import { offlineFollowUp } from '@candor/core';
import type { FunctionsClient } from '@/lib/firebase/client-app';
import { proposeFollowUp } from './api';
import type { FollowUpRule, WordedFollowUp } from './practice-flow';

/**
 * The follow-up rule on its own, for a dynamic import: it brings the scorer and every rubric,
 * which the room page should not load before a practice interview starts.
 */
export const followUpRule: FollowUpRule = offlineFollowUp;

/** With Gemini: the server's words for a follow-up the rule asks (loaded with the rule). */
export type FollowUpWording = (questionId: string, answer: string) => Promise<WordedFollowUp>;

export function serverWording(
  functions: FunctionsClient,
  target: { interviewId: string; attemptId: string },
): FollowUpWording {
  return async (questionId, answer) => {
    const { followUp } = await proposeFollowUp(functions, { ...target, questionId, answer });
    return followUp && { text: followUp.text, fromServer: followUp.fromServer };
  };
}
