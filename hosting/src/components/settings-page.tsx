'use client';

import { RequireSession } from './require-session';
import { SettingsDeleteAccount } from './settings-delete-account';
import { SettingsExport } from './settings-export';
import { SettingsProfile } from './settings-profile';
import { SettingsUsage } from './settings-usage';
import { useAuthState } from '@/lib/firebase/firebase-provider';
import { useDrawnSession } from '@/lib/firebase/initial-reads';
import type { DrawnAccount } from '@/lib/firebase/server-session';

/** The account from Auth once it has answered; before that, as the server saw it. */
function useAccount(): DrawnAccount | null {
  const auth = useAuthState();
  const drawn = useDrawnSession();
  if (auth.status === 'signed-in') {
    return {
      email: auth.user.email,
      providers: auth.user.providerData.map((p) => p.providerId),
    };
  }
  return auth.status === 'loading' ? (drawn?.account ?? null) : null;
}

function SettingsContent({ uid, account }: { uid: string; account: DrawnAccount }) {
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        {account.email && (
          <p className="mt-1 text-sm text-slate-600">
            Signed in as <span className="font-medium text-slate-800">{account.email}</span>
          </p>
        )}
      </div>
      <SettingsProfile uid={uid} />
      <SettingsUsage />
      <SettingsExport />
      <SettingsDeleteAccount account={account} />
    </div>
  );
}

export function SettingsPage() {
  const account = useAccount();
  return (
    <RequireSession>
      {(uid) => (account ? <SettingsContent uid={uid} account={account} /> : null)}
    </RequireSession>
  );
}
