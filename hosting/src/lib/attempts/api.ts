import type {
  AbandonAttemptInput,
  CheckAttemptInput,
  CheckAttemptOutput,
  ProposeFollowUpInput,
  ProposeFollowUpOutput,
  StartAttemptInput,
  StartAttemptOutput,
  SubmitPracticeTranscriptInput,
} from '@candor/core';
import type { FunctionsClient } from '@/lib/firebase/client-app';
import { callFunction } from '@/lib/functions/call';

export type VoiceStart = Extract<StartAttemptOutput, { mode: 'voice' }>;
export type PracticeStart = Extract<StartAttemptOutput, { mode: 'practice' }>;

/** The SDK would send an absent key as null, which the server's schema refuses. */
function withQuestionIds<T extends object>(
  input: T,
  questionIds: readonly string[] | undefined,
): T & { questionIds?: string[] } {
  return questionIds === undefined ? input : { ...input, questionIds: [...questionIds] };
}

export async function startVoiceAttempt(
  functions: FunctionsClient,
  interviewId: string,
  questionIds: readonly string[] | undefined,
  answerTargetMs: number,
): Promise<VoiceStart> {
  const result = await callFunction<StartAttemptInput, StartAttemptOutput>(
    functions,
    'startAttempt',
    withQuestionIds({ interviewId, mode: 'voice' as const, answerTargetMs }, questionIds),
  );
  if (result.mode !== 'voice') throw new Error('The server did not start a voice call.');
  return result;
}

export async function startPracticeAttempt(
  functions: FunctionsClient,
  interviewId: string,
  questionIds: readonly string[] | undefined,
): Promise<PracticeStart> {
  const result = await callFunction<StartAttemptInput, StartAttemptOutput>(
    functions,
    'startAttempt',
    withQuestionIds({ interviewId, mode: 'practice' as const }, questionIds),
  );
  if (result.mode !== 'practice') throw new Error('The server did not start a practice attempt.');
  return result;
}

/**
 * Marks an attempt that will never finish as failed, so it does not linger as "in progress".
 * Best effort: the person is already moving on, and a stale attempt harms nothing.
 */
export async function abandonAttemptQuietly(
  functions: FunctionsClient,
  input: AbandonAttemptInput,
): Promise<void> {
  try {
    await callFunction<AbandonAttemptInput, unknown>(functions, 'abandonAttempt', input);
  } catch {
    // Deliberately ignored, see above.
  }
}

export async function submitPracticeTranscript(
  functions: FunctionsClient,
  input: SubmitPracticeTranscriptInput,
): Promise<void> {
  await callFunction<SubmitPracticeTranscriptInput, unknown>(
    functions,
    'submitPracticeTranscript',
    input,
  );
}

/** The interviewer's follow-up after a practice answer, worded by the server (with Gemini). */
export async function proposeFollowUp(
  functions: FunctionsClient,
  input: ProposeFollowUpInput,
): Promise<ProposeFollowUpOutput> {
  return callFunction<ProposeFollowUpInput, ProposeFollowUpOutput>(
    functions,
    'proposeFollowUp',
    input,
  );
}

/**
 * Asks the server to look the attempt's call up at Retell now ("check now"), and, with
 * `callEnded`, tells it that the browser saw the call end so the transcript is due.
 */
export async function checkAttempt(
  functions: FunctionsClient,
  input: CheckAttemptInput,
): Promise<CheckAttemptOutput> {
  return callFunction<CheckAttemptInput, CheckAttemptOutput>(functions, 'checkAttempt', input);
}
