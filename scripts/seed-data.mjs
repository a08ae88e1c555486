// The demo data, created through the same paths a user's data takes: the account through Auth
// (onUserCreated writes users/{uid}), the interview through the createInterview callable (the
// offline bank writes its questions), and two practice attempts through startAttempt and
// submitPracticeTranscript (the offline scorer writes their feedback).
import { initializeApp as initializeAdmin } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { FIREBASE_JSON } from './emulators.mjs';

export const DEMO_USER = {
  email: 'demo@candor.test',
  password: 'demo-password',
  displayName: 'Demo Candidate',
};

async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Two attempts at the same interview: a first, hesitant one and a stronger retake.
const FIRST_ANSWERS = [
  'Um, I worked on a team project once. It went okay I think.',
  'I would, like, add some caching maybe. And check the logs.',
  'I am not sure. Probably I would ask someone.',
];
const RETAKE_ANSWERS = [
  'Last spring our checkout page was timing out during a sale. I was the on-call engineer, so I led the investigation: I traced the slow requests to a missing index on the orders table, added it with a safe online migration, and p95 latency fell from 2.4 seconds to 180 milliseconds. Afterwards I wrote a runbook so the next person could move faster.',
  'I would start by measuring where the time goes with tracing, then cache the expensive read path in Redis with a short time to live, and protect the database with connection pooling. I would load test before and after, because guessing about performance usually goes wrong.',
  'When a teammate and I disagreed about rewriting a service, I suggested we agree on the goal first, which was fewer incidents. We compared both plans against last quarter’s incidents, chose the incremental refactor, and incidents dropped by half over the next two months.',
];

async function practice(call, admin, interviewId, questions, texts, startedAtMs) {
  const { data } = await call('startAttempt')({ interviewId, mode: 'practice' });
  // The candidate's side only, as the web app sends it: the server writes the interviewer's.
  const answers = [];
  let clock = 0;
  questions.forEach((question, i) => {
    const askedAtMs = clock;
    clock += 7_000;
    const answer = texts[i];
    const ms = Math.round((answer.split(/\s+/).length / 140) * 60_000);
    answers.push({
      questionId: question.id,
      text: answer,
      askedAtMs,
      startMs: clock,
      endMs: clock + ms,
    });
    clock += ms + 2_000;
  });
  await call('submitPracticeTranscript')({
    interviewId,
    attemptId: data.attemptId,
    answers,
    startedAtMs,
    endedAtMs: startedAtMs + clock,
  });
  await waitFor(
    async () => (await admin.doc(`feedback/${data.attemptId}`).get()).exists,
    'feedback for a demo attempt',
  );
}

export async function seedDemoData() {
  const projectId = process.env.GCLOUD_PROJECT;
  const adminApp = initializeAdmin({ projectId });
  const user = await getAdminAuth(adminApp).createUser(DEMO_USER);
  const db = getFirestore(adminApp);
  await waitFor(async () => (await db.doc(`users/${user.uid}`).get()).exists, 'users/{uid}');

  const app = initializeApp({ projectId, apiKey: 'fake-api-key' });
  const auth = getAuth(app);
  const { host: authHost, port: authPort } = FIREBASE_JSON.emulators.auth;
  connectAuthEmulator(auth, `http://${authHost}:${String(authPort)}`, { disableWarnings: true });
  const functions = getFunctions(app, 'us-central1');
  connectFunctionsEmulator(
    functions,
    FIREBASE_JSON.emulators.functions.host,
    FIREBASE_JSON.emulators.functions.port,
  );
  await signInWithEmailAndPassword(auth, DEMO_USER.email, DEMO_USER.password);
  const call = (name) => httpsCallable(functions, name, { timeout: 120_000 });

  const { data } = await call('createInterview')({
    role: 'Backend Engineer',
    level: 'mid',
    type: 'mixed',
    techStack: ['Node.js', 'PostgreSQL', 'Redis'],
    questionCount: 3,
    jobDescription:
      'We are looking for a backend engineer to own our checkout services, improve performance and mentor junior engineers.',
  });
  const interview = await waitFor(async () => {
    const snap = await db.doc(`interviews/${data.interviewId}`).get();
    return snap.get('status') === 'ready' ? snap : null;
  }, 'the demo interview questions');
  const questions = interview.get('questions');
  const day = 24 * 60 * 60 * 1000;
  await practice(call, db, data.interviewId, questions, FIRST_ANSWERS, Date.now() - 3 * day);
  await practice(call, db, data.interviewId, questions, RETAKE_ANSWERS, Date.now() - day);
  // The demo account starts with fresh daily limits.
  await db.doc(`rateLimits/${user.uid}`).delete();
  console.log(`Seeded ${DEMO_USER.email} (${user.uid}) with one interview and two scored attempts`);
}
