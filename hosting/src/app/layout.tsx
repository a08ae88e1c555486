import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { getPublicConfig } from '@/lib/config/server-config';
import { FirebaseProvider } from '@/lib/firebase/firebase-provider';
import { SESSION_COOKIE } from '@/lib/firebase/session';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Candor: mock interviews with honest feedback', template: '%s · Candor' },
  description:
    'Practise job interviews out loud with an AI interviewer and get honest, evidence-backed feedback on every attempt.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The Firebase config comes from the runtime environment, not the build; reading the cookies
  // makes every page render per request too. The session cookie only decides the header's links
  // here: no page loads Firebase Auth until it needs it.
  const signedIn = (await cookies()).has(SESSION_COOKIE);
  const config = getPublicConfig();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <FirebaseProvider config={config} signedIn={signedIn}>
          <SiteHeader />
          <main className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">{children}</main>
        </FirebaseProvider>
      </body>
    </html>
  );
}
