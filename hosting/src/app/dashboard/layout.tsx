import type { ReactNode } from 'react';
import { PreloadClients } from '@/components/preload-clients';

/** Signed-in pages: Firestore and Functions start loading once the page is drawn. */
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PreloadClients />
      {children}
    </>
  );
}
