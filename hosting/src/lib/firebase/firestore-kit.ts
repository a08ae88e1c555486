/**
 * Everything the web app does with Firestore, in one chunk that client-app.ts loads the first
 * time a page listens or writes: the SDK functions it uses and each feature's converters. The
 * hooks import only its type, so no page carries Firestore in its first load.
 */
export {
  connectFirestoreEmulator,
  getFirestore,
  limitToLast,
  onSnapshot,
  orderBy,
  query,
  updateDoc,
  where,
} from 'firebase/firestore';
export { attemptRef } from '@/lib/attempts/converter';
export { attemptDetailRef, attemptsCollection, feedbackCollection } from '@/lib/feedback/converter';
export { interviewRef, interviewsCollection } from '@/lib/interviews/converter';
export { userRef } from '@/lib/users/converter';
