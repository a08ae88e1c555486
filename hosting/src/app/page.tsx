import { FileCheck2, History, Mic } from 'lucide-react';
import Link from 'next/link';
import { SettingsDeletedNotice } from '@/components/settings-deleted-notice';
import { authPath } from '@/lib/paths';

const FEATURES = [
  {
    icon: Mic,
    title: 'Interviewed out loud',
    text: 'A voice interviewer asks questions tailored to the role, level and stack you describe, and lets you think before you answer.',
  },
  {
    icon: FileCheck2,
    title: 'Feedback you can check',
    text: 'Every score quotes what you actually said. No quote, no score: nothing is invented.',
  },
  {
    icon: History,
    title: 'Every attempt kept',
    text: 'Retake an interview as often as you like and watch your scores move.',
  },
] as const;

export default async function LandingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { account } = await searchParams;
  return (
    <div className="space-y-14 py-6">
      {account === 'deleted' && <SettingsDeletedNotice />}
      <section className="max-w-2xl">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
          Practise the interview. Hear the truth about it.
        </h1>
        <p className="mt-4 text-lg text-slate-600">
          Candor interviews you out loud for the job you want and, seconds after you hang up, shows
          honest feedback backed by your own words.
        </p>
        <div className="mt-8 flex gap-3">
          <Link
            href={authPath('sign-up')}
            className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
          >
            Start practising
          </Link>
          <Link
            href={authPath('sign-in')}
            className="rounded-md border border-slate-300 bg-white px-5 py-2.5 font-medium text-slate-800 hover:bg-slate-50"
          >
            Sign in
          </Link>
        </div>
      </section>
      <section aria-label="Features" className="grid gap-6 sm:grid-cols-3">
        {FEATURES.map(({ icon: Icon, title, text }) => (
          <div key={title} className="rounded-lg border border-slate-200 bg-white p-5">
            <Icon aria-hidden className="size-6 text-brand-600" />
            <h2 className="mt-3 font-semibold">{title}</h2>
            <p className="mt-1 text-sm text-slate-600">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
