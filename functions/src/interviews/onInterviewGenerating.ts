import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { geminiApiKey } from '../config';
import { generateQuestions, generationRequested } from '../services/interviews';

/**
 * Generates the questions when an interview asks for them: on creation, and when "Try again"
 * resets it (the same way "score again" fires onAttemptTranscribed). Every other write,
 * including this function's own, does nothing.
 */
export const onInterviewGenerating = onDocumentWritten(
  { document: 'interviews/{interviewId}', secrets: [geminiApiKey], timeoutSeconds: 180 },
  async (event) => {
    if (!generationRequested(event.data?.before, event.data?.after)) return;
    // event.id is the same on a redelivery, so a retried event meets its own claim.
    await generateQuestions(event.params.interviewId, event.id);
  },
);
