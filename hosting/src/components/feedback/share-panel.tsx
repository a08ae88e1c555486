'use client';

import type {
  CreateShareLinkInput,
  CreateShareLinkOutput,
  ListShareLinksInput,
  ListShareLinksOutput,
  RevokeShareLinkInput,
  ShareLinkSummary,
} from '@candor/core';
import { Copy, Link2, Trash2 } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Button, secondaryButton } from '../ui/button';
import { Card } from '../ui/card';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { callFunction, describeFunctionError } from '@/lib/functions/call';
import { formatDateTime } from '@/lib/format';
import { sharePath } from '@/lib/paths';

const EXPIRY_CHOICES = [
  { value: '7', label: 'In 7 days' },
  { value: '30', label: 'In 30 days' },
  { value: '', label: 'Never (until revoked)' },
] as const;

/**
 * Private links to a read-only copy of this report. The full link is shown once, right after it
 * is made: the server keeps only a hash of its token, so it cannot be shown again.
 */
export function SharePanel({ interviewId, attemptId }: { interviewId: string; attemptId: string }) {
  const { functions } = useFirebase();
  const id = useId();
  const [links, setLinks] = useState<ShareLinkSummary[] | null>(null);
  const [label, setLabel] = useState('');
  const [expiry, setExpiry] = useState<string>('30');
  const [includeTranscript, setIncludeTranscript] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const [version, setVersion] = useState(0);
  const refresh = () => {
    setVersion((v) => v + 1);
  };

  useEffect(() => {
    let current = true;
    callFunction<ListShareLinksInput, ListShareLinksOutput>(functions, 'listShareLinks', {
      interviewId,
      attemptId,
    }).then(
      (result) => {
        if (current) setLinks(result.links);
      },
      (err: unknown) => {
        if (current) setError(describeFunctionError(err));
      },
    );
    return () => {
      current = false;
    };
  }, [functions, interviewId, attemptId, version]);

  async function create() {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      const result = await callFunction<CreateShareLinkInput, CreateShareLinkOutput>(
        functions,
        'createShareLink',
        {
          interviewId,
          attemptId,
          includeTranscript,
          ...(label.trim() === '' ? {} : { label: label.trim() }),
          ...(expiry === '' ? {} : { expiresInDays: Number(expiry) }),
        },
      );
      setCreated(new URL(sharePath(result.token), window.location.origin).toString());
      setLabel('');
      refresh();
    } catch (err) {
      setError(describeFunctionError(err));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(linkId: string) {
    setError(null);
    try {
      await callFunction<RevokeShareLinkInput, unknown>(functions, 'revokeShareLink', {
        id: linkId,
      });
      setCreated(null);
      refresh();
    } catch (err) {
      setError(describeFunctionError(err));
    }
  }

  return (
    <Card className="no-print">
      <section aria-labelledby={`${id}-heading`} className="space-y-4">
        <h2 id={`${id}-heading`} className="flex items-center gap-2 text-lg font-medium">
          <Link2 aria-hidden className="size-5 text-slate-500" />
          Share this feedback
        </h2>
        <p className="text-sm text-slate-600">
          Anyone with a link sees a read-only copy of this report, without signing in. It shows
          nothing else of your account, and you can revoke it at any time.
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            <span className="font-medium text-slate-700">Label (only you see it)</span>
            <input
              value={label}
              maxLength={80}
              onChange={(e) => {
                setLabel(e.target.value);
              }}
              placeholder="For my mentor"
              className="mt-1 rounded-md border border-slate-300 px-3 py-1.5"
            />
          </label>
          <label className="flex flex-col text-sm">
            <span className="font-medium text-slate-700">Link ends</span>
            <select
              value={expiry}
              onChange={(e) => {
                setExpiry(e.target.value);
              }}
              className="mt-1 rounded-md border border-slate-300 px-3 py-1.5"
            >
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={includeTranscript}
              onChange={(e) => {
                setIncludeTranscript(e.target.checked);
              }}
            />
            Include the transcript
          </label>
          <Button
            busy={busy}
            icon={Link2}
            busyLabel="Creating the link..."
            onClick={() => void create()}
          >
            Create link
          </Button>
        </div>
        {created !== null && (
          <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
            <p className="text-emerald-900">
              Copy this link now: for your privacy it is not stored and cannot be shown again.
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <input
                readOnly
                aria-label="New share link"
                value={created}
                onFocus={(e) => {
                  e.target.select();
                }}
                className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
              />
              <button
                type="button"
                className={secondaryButton}
                onClick={() => {
                  void navigator.clipboard.writeText(created).then(() => {
                    setCopied(true);
                  });
                }}
              >
                <Copy aria-hidden className="size-4" />
                {copied ? 'Copied' : 'Copy'}
              </button>
            </div>
          </div>
        )}
        {error !== null && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {links !== null && links.length > 0 && (
          <ul aria-label="Active share links" className="divide-y divide-slate-100 text-sm">
            {links.map((link) => (
              <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium text-slate-800">{link.label || 'Share link'}</span>
                  <span className="text-slate-500">
                    {' '}
                    · made {formatDateTime(new Date(link.createdAtMs))} ·{' '}
                    {link.expiresAtMs === null
                      ? 'no expiry'
                      : `ends ${formatDateTime(new Date(link.expiresAtMs))}`}
                    {link.includeTranscript ? '' : ' · without transcript'}
                  </span>
                </span>
                <button
                  type="button"
                  className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-red-700 hover:bg-red-50"
                  onClick={() => void revoke(link.id)}
                >
                  <Trash2 aria-hidden className="size-4" />
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
