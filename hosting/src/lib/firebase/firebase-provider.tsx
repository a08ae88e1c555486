'use client';

import { onAuthStateChanged, type User } from 'firebase/auth';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { PublicConfig } from '@/lib/config/public-config';
import { getFirebaseClients, type FirebaseClients } from './client-app';

export type AuthState =
  | { status: 'loading'; user: null }
  | { status: 'signed-out'; user: null }
  | { status: 'signed-in'; user: User };

interface FirebaseContextValue {
  clients: FirebaseClients;
  auth: AuthState;
}

const FirebaseContext = createContext<FirebaseContextValue | null>(null);

export function FirebaseProvider({
  config,
  children,
}: {
  config: PublicConfig;
  children: ReactNode;
}) {
  const [clients] = useState(() => getFirebaseClients(config));
  const [auth, setAuth] = useState<AuthState>({ status: 'loading', user: null });

  useEffect(
    () =>
      onAuthStateChanged(clients.auth, (user) => {
        setAuth(user ? { status: 'signed-in', user } : { status: 'signed-out', user: null });
      }),
    [clients.auth],
  );

  return <FirebaseContext value={{ clients, auth }}>{children}</FirebaseContext>;
}

function useFirebaseContext(): FirebaseContextValue {
  const value = useContext(FirebaseContext);
  if (!value) throw new Error('useFirebase must be used inside <FirebaseProvider>');
  return value;
}

export function useFirebase(): FirebaseClients {
  return useFirebaseContext().clients;
}

export function useAuthState(): AuthState {
  return useFirebaseContext().auth;
}
