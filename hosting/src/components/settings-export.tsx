'use client';

import type { ExportAccountDataOutput } from '@candor/core';
import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { Button } from './ui/button';
import { saveBlob } from '@/lib/download';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { callFunction, describeFunctionError } from '@/lib/functions/call';

/** Downloads everything the account holds as one JSON file (format in the README). */
export function SettingsExport() {
  const { functions } = useFirebase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const data = await callFunction<null, ExportAccountDataOutput>(
        functions,
        'exportAccountData',
        null,
      );
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      saveBlob(blob, `candor-export-${data.exportedAt.slice(0, 10)}.json`);
    } catch (err) {
      setError(describeFunctionError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      aria-labelledby="export-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="export-heading" className="text-lg font-medium">
        Your data
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Download all your interviews, attempts (with transcripts) and feedback as one JSON file, to
        keep or to take elsewhere.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          busy={busy}
          icon={FileDown}
          busyLabel="Preparing your data..."
          onClick={() => void download()}
        >
          Download my data (JSON)
        </Button>
        {error !== null && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
