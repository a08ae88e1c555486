'use client';

import {
  createInterviewInputSchema,
  INTERVIEW_TYPES,
  LEVELS,
  LIMITS,
  type CreateInterviewInput,
  type CreateInterviewOutput,
  type InterviewSpec,
  type InterviewType,
  type Level,
} from '@candor/core';
import { LoaderCircle, Minus, Plus } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { RequireAuth } from './require-auth';
import { TagInput } from './tag-input';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { callFunction, describeFunctionError } from '@/lib/functions/call';
import { LEVEL_LABELS, TYPE_LABELS } from '@/lib/interviews/labels';
import { addTechnologies, filterSuggestions } from '@/lib/interviews/tech-stack';
import { UsageNote } from './usage-note';

const FIELDS = ['role', 'level', 'type', 'techStack', 'questionCount', 'jobDescription'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

interface FormValues {
  role: string;
  level: Level | '';
  type: InterviewType;
  techStack: string[];
  /** Kept as typed, so clearing the box to type a new number does not snap back. */
  questionCount: string;
  jobDescription: string;
}

const INITIAL: FormValues = {
  role: '',
  level: '',
  type: 'technical',
  techStack: [],
  questionCount: '5',
  jobDescription: '',
};

const TYPE_HINTS: Record<InterviewType, string> = {
  technical: 'Knowledge, design and problem solving',
  behavioral: 'Past experience, teamwork and judgement',
  mixed: 'A balance of both',
};

const fieldId = (field: Field) => `interview-${field}`;
const errorId = (field: Field) => `interview-${field}-error`;
const numberFormat = new Intl.NumberFormat('en-US');

function isField(value: unknown): value is Field {
  return typeof value === 'string' && (FIELDS as readonly string[]).includes(value);
}

/** Checks the form with the very schema the server uses, so both sides agree on every message. */
function validate(values: FormValues): { data: InterviewSpec | null; errors: FieldErrors } {
  const count = values.questionCount.trim();
  const result = createInterviewInputSchema.safeParse({
    ...values,
    questionCount: count === '' ? Number.NaN : Number(count),
  });
  if (result.success) return { data: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (isField(field)) errors[field] ??= issue.message;
  }
  return { data: null, errors };
}

/** The callable payload; an absent description is left out, since the SDK would send null. */
function toPayload(spec: InterviewSpec): CreateInterviewInput {
  const { jobDescription, ...rest } = spec;
  return jobDescription === undefined ? rest : { ...rest, jobDescription };
}

/** Border, colours and focus ring of a text field; layout is up to each field. */
const fieldClass = (invalid: boolean) =>
  `rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm focus:ring-2 focus:outline-none ${
    invalid
      ? 'border-red-400 focus:border-red-500 focus:ring-red-100'
      : 'border-slate-300 focus:border-brand-500 focus:ring-brand-100'
  }`;
const inputClass = (invalid: boolean) => `mt-1 block w-full ${fieldClass(invalid)}`;

function FieldError({ field, message }: { field: Field; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p id={errorId(field)} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-slate-500">
      {children}
    </p>
  );
}

/** The new-interview form, for signed-in users only. */
export function CreateInterviewForm() {
  return <RequireAuth>{() => <InterviewForm />}</RequireAuth>;
}

function InterviewForm() {
  const { functions } = useFirebase();
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(INITIAL);
  const [techDraft, setTechDraft] = useState('');
  const [techMessage, setTechMessage] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const { errors } = validate(values);
  // Errors appear once a field has been left or the form submitted, then follow every keystroke.
  const shown = (field: Field) => (submitted || touched.has(field) ? errors[field] : undefined);
  const describedBy = (field: Field, ...more: string[]) =>
    [...more, shown(field) === undefined ? null : errorId(field)].filter(Boolean).join(' ') ||
    undefined;

  function set<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function touch(field: Field) {
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  }

  function commitTech(text: string) {
    const result = addTechnologies(values.techStack, text);
    set('techStack', result.stack);
    setTechDraft(result.leftover);
    setTechMessage(result.message);
  }

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setServerError(null);

    let current = values;
    // Text still in the stack box counts: people often type the last item and press submit.
    if (techDraft.trim() !== '') {
      const added = addTechnologies(values.techStack, techDraft);
      current = { ...values, techStack: added.stack };
      setValues(current);
      setTechDraft(added.leftover);
      setTechMessage(added.message);
      if (added.leftover !== '') {
        document.getElementById(fieldId('techStack'))?.focus();
        return;
      }
    }

    const { data, errors: found } = validate(current);
    if (!data) {
      const first = FIELDS.find((field) => found[field] !== undefined);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }

    setBusy(true);
    try {
      const { interviewId } = await callFunction<CreateInterviewInput, CreateInterviewOutput>(
        functions,
        'createInterview',
        toPayload(data),
      );
      router.push(`/interviews/${interviewId}`);
    } catch (error) {
      setServerError(describeFunctionError(error));
      setBusy(false);
    }
  }

  const countValue = Number(values.questionCount);
  const stepCount = (delta: number) => {
    const base = Number.isInteger(countValue) ? countValue : 5;
    const next = Math.min(LIMITS.maxQuestions, Math.max(LIMITS.minQuestions, base + delta));
    set('questionCount', String(next));
  };
  const descriptionLength = values.jobDescription.length;
  const descriptionOver = descriptionLength > LIMITS.jobDescription;

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold">New interview</h1>
      <p className="mt-1 text-slate-600">
        Describe the job you are preparing for. Candor writes questions for exactly that role.
      </p>

      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-busy={busy}
        className="mt-6 space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <div>
          <label htmlFor={fieldId('role')} className="block text-sm font-medium text-slate-700">
            Role
          </label>
          <input
            id={fieldId('role')}
            name="role"
            autoComplete="organization-title"
            placeholder="e.g. Frontend Engineer"
            value={values.role}
            aria-invalid={shown('role') !== undefined}
            aria-describedby={describedBy('role')}
            onChange={(event) => {
              set('role', event.target.value);
            }}
            onBlur={() => {
              touch('role');
            }}
            className={inputClass(shown('role') !== undefined)}
          />
          <FieldError field="role" message={shown('role')} />
        </div>

        <div>
          <label htmlFor={fieldId('level')} className="block text-sm font-medium text-slate-700">
            Level
          </label>
          <select
            id={fieldId('level')}
            name="level"
            value={values.level}
            aria-invalid={shown('level') !== undefined}
            aria-describedby={describedBy('level')}
            onChange={(event) => {
              const level = LEVELS.find((l) => l === event.target.value);
              set('level', level ?? '');
            }}
            onBlur={() => {
              touch('level');
            }}
            className={`${inputClass(shown('level') !== undefined)} sm:max-w-xs`}
          >
            <option value="" disabled>
              Choose a level
            </option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
          <FieldError field="level" message={shown('level')} />
        </div>

        <fieldset aria-describedby={describedBy('type')}>
          <legend className="text-sm font-medium text-slate-700">Interview type</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-3">
            {INTERVIEW_TYPES.map((type) => (
              <label
                key={type}
                className="relative cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2.5 shadow-sm hover:border-slate-400 has-checked:border-brand-500 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-500 has-focus-visible:ring-2 has-focus-visible:ring-brand-500"
              >
                <input
                  type="radio"
                  name="type"
                  value={type}
                  checked={values.type === type}
                  aria-label={TYPE_LABELS[type]}
                  aria-describedby={`${fieldId('type')}-${type}-hint`}
                  onChange={() => {
                    set('type', type);
                  }}
                  // Invisible but covering the card, so the card itself is the click target.
                  className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
                />
                <span className="block text-sm font-medium text-slate-900">
                  {TYPE_LABELS[type]}
                </span>
                <span
                  id={`${fieldId('type')}-${type}-hint`}
                  className="mt-0.5 block text-xs text-slate-600"
                >
                  {TYPE_HINTS[type]}
                </span>
              </label>
            ))}
          </div>
          <FieldError field="type" message={shown('type')} />
        </fieldset>

        <div>
          <div className="flex items-baseline justify-between gap-2">
            <label
              htmlFor={fieldId('techStack')}
              className="block text-sm font-medium text-slate-700"
            >
              Tech stack
            </label>
            <span className="text-xs text-slate-500">
              {values.techStack.length} of {LIMITS.techStack}
            </span>
          </div>
          <TagInput
            id={fieldId('techStack')}
            tags={values.techStack}
            draft={techDraft}
            onDraftChange={(draft) => {
              setTechDraft(draft);
              setTechMessage(null);
            }}
            onCommit={commitTech}
            onRemove={(index) => {
              set(
                'techStack',
                values.techStack.filter((_, i) => i !== index),
              );
              setTechMessage(null);
            }}
            suggestions={filterSuggestions(techDraft, values.techStack)}
            invalid={shown('techStack') !== undefined || (techMessage !== null && techDraft !== '')}
            describedBy={describedBy('techStack', `${fieldId('techStack')}-hint`)}
            placeholder="Type a technology, e.g. React"
            onBlur={() => {
              touch('techStack');
            }}
          />
          <Hint id={`${fieldId('techStack')}-hint`}>
            Press Enter or a comma to add. Backspace removes the last one.
          </Hint>
          <p aria-live="polite" className="mt-1 text-sm text-amber-700 empty:hidden">
            {techMessage}
          </p>
          <FieldError field="techStack" message={shown('techStack')} />
        </div>

        <div>
          <label
            htmlFor={fieldId('questionCount')}
            className="block text-sm font-medium text-slate-700"
          >
            Number of questions
          </label>
          <div className="mt-1 flex items-center gap-2">
            <button
              type="button"
              aria-label="Fewer questions"
              aria-controls={fieldId('questionCount')}
              disabled={Number.isInteger(countValue) && countValue <= LIMITS.minQuestions}
              onClick={() => {
                stepCount(-1);
              }}
              className="rounded-md border border-slate-300 bg-white p-2 text-slate-700 hover:bg-slate-50 disabled:opacity-40"
            >
              <Minus aria-hidden className="size-4" />
            </button>
            <input
              id={fieldId('questionCount')}
              name="questionCount"
              type="number"
              inputMode="numeric"
              min={LIMITS.minQuestions}
              max={LIMITS.maxQuestions}
              step={1}
              value={values.questionCount}
              aria-invalid={shown('questionCount') !== undefined}
              aria-describedby={describedBy('questionCount', `${fieldId('questionCount')}-hint`)}
              onChange={(event) => {
                set('questionCount', event.target.value);
              }}
              onBlur={() => {
                touch('questionCount');
              }}
              className={`w-20 text-center ${fieldClass(shown('questionCount') !== undefined)}`}
            />
            <button
              type="button"
              aria-label="More questions"
              aria-controls={fieldId('questionCount')}
              disabled={Number.isInteger(countValue) && countValue >= LIMITS.maxQuestions}
              onClick={() => {
                stepCount(1);
              }}
              className="rounded-md border border-slate-300 bg-white p-2 text-slate-700 hover:bg-slate-50 disabled:opacity-40"
            >
              <Plus aria-hidden className="size-4" />
            </button>
          </div>
          <Hint id={`${fieldId('questionCount')}-hint`}>
            Between {LIMITS.minQuestions} and {LIMITS.maxQuestions}. Five take about 15 minutes.
          </Hint>
          <FieldError field="questionCount" message={shown('questionCount')} />
        </div>

        <div>
          <div className="flex items-baseline justify-between gap-2">
            <label
              htmlFor={fieldId('jobDescription')}
              className="block text-sm font-medium text-slate-700"
            >
              Job description <span className="font-normal text-slate-500">(optional)</span>
            </label>
            <span
              id={`${fieldId('jobDescription')}-count`}
              className={`text-xs tabular-nums ${descriptionOver ? 'font-medium text-red-700' : 'text-slate-500'}`}
            >
              {numberFormat.format(descriptionLength)} /{' '}
              {numberFormat.format(LIMITS.jobDescription)}
              <span className="sr-only"> characters</span>
            </span>
          </div>
          <textarea
            id={fieldId('jobDescription')}
            name="jobDescription"
            rows={6}
            placeholder="Paste the job ad to get questions about what this team actually needs."
            value={values.jobDescription}
            aria-invalid={shown('jobDescription') !== undefined}
            aria-describedby={describedBy('jobDescription', `${fieldId('jobDescription')}-count`)}
            onChange={(event) => {
              set('jobDescription', event.target.value);
            }}
            onBlur={() => {
              touch('jobDescription');
            }}
            className={`${inputClass(shown('jobDescription') !== undefined)} resize-y`}
          />
          <FieldError field="jobDescription" message={shown('jobDescription')} />
        </div>

        {serverError !== null && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {serverError}
          </p>
        )}

        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-5">
          <UsageNote kind="interviews" className="mr-auto" />
          <Link
            href="/dashboard"
            className="rounded-md px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
          >
            Cancel
          </Link>
          <button
            type="submit"
            disabled={busy}
            className="flex items-center gap-2 rounded-md bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {busy && <LoaderCircle aria-hidden className="size-4 animate-spin" />}
            {busy ? 'Creating interview...' : 'Create interview'}
          </button>
        </div>
      </form>
    </div>
  );
}
