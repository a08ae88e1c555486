'use client';

import { Download, Printer } from 'lucide-react';
import { useState } from 'react';
import { Button, secondaryButton } from '../ui/button';
import { saveBlob } from '@/lib/download';
import { reportFileName, type PrintableReport } from '@/lib/feedback/printable';

/** Print and "Download PDF" for one report. The PDF renderer loads only when asked for. */
export function ReportActions({ report }: { report: PrintableReport }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const { renderReportPdf } = await import('./report-pdf');
      saveBlob(await renderReportPdf(report), reportFileName(report));
    } catch {
      setError('Could not make the PDF. Try again, or use Print and save as PDF.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="no-print flex flex-wrap items-center gap-3">
      <Button
        variant="secondary"
        busy={busy}
        icon={Download}
        busyLabel="Making the PDF..."
        onClick={() => void download()}
      >
        Download PDF
      </Button>
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          window.print();
        }}
      >
        <Printer aria-hidden className="size-4" />
        Print
      </button>
      {error !== null && (
        <p role="alert" className="basis-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
