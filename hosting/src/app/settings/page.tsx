import type { Metadata } from 'next';
import { SettingsPage } from '@/components/settings-page';
import { InitialReads } from '@/lib/firebase/initial-reads';
import { reads } from '@/lib/firebase/reads';
import { readForSession } from '@/lib/firebase/server-session';

export const metadata: Metadata = { title: 'Settings' };

export default async function Settings() {
  const session = await readForSession((uid) => [reads.user(uid)]);
  return (
    <InitialReads session={session}>
      <SettingsPage />
    </InitialReads>
  );
}
