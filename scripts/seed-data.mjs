// The demo data, created through the same paths a user's data takes.
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

export const DEMO_USER = {
  email: 'demo@candor.test',
  password: 'demo-password',
  displayName: 'Demo Candidate',
};

async function waitFor(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function seedDemoData() {
  const app = initializeApp({ projectId: process.env.GCLOUD_PROJECT });
  const user = await getAuth(app).createUser(DEMO_USER);
  const db = getFirestore(app);
  await waitFor(async () => (await db.doc(`users/${user.uid}`).get()).exists, 'users/{uid}');
  console.log(`Seeded demo user ${DEMO_USER.email} (${user.uid})`);
}
