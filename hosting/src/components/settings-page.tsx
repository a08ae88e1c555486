'use client';

import type { User } from 'firebase/auth';
import { RequireAuth } from './require-auth';
import { SettingsDeleteAccount } from './settings-delete-account';
import { SettingsExport } from './settings-export';
import { SettingsProfile } from './settings-profile';
import { SettingsUsage } from './settings-usage';

function SettingsContent({ user }: { user: User }) {
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        {user.email && (
          <p className="mt-1 text-sm text-slate-600">
            Signed in as <span className="font-medium text-slate-800">{user.email}</span>
          </p>
        )}
      </div>
      <SettingsProfile uid={user.uid} />
      <SettingsUsage />
      <SettingsExport />
      <SettingsDeleteAccount user={user} />
    </div>
  );
}

export function SettingsPage() {
  return <RequireAuth>{(user) => <SettingsContent user={user} />}</RequireAuth>;
}
