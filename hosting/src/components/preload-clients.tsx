'use client';

import { useEffect } from 'react';
import { useFirebase } from '@/lib/firebase/firebase-provider';

/**
 * Starts downloading Firestore and Functions as soon as a signed-in page is drawn, alongside
 * Auth, rather than after Auth has answered and the page's first listener or call asks for them.
 * They are not part of the page's first load: the page draws without them.
 */
export function PreloadClients() {
  const { db, functions } = useFirebase();
  useEffect(() => {
    db.preload();
    functions.preload();
  }, [db, functions]);
  return null;
}
