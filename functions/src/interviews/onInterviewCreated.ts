import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { geminiApiKey } from '../config';
import { generateQuestions } from '../services/interviews';

export const onInterviewCreated = onDocumentCreated(
  { document: 'interviews/{interviewId}', secrets: [geminiApiKey], timeoutSeconds: 180 },
  async (event) => {
    await generateQuestions(event.params.interviewId, event.id);
  },
);
