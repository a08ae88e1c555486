'use client';

import {
  INTERVIEW_TYPES,
  LEVELS,
  LIMITS,
  RESUME_LIMITS,
  type CreateInterviewInput,
  type CreateInterviewOutput,
  type InterviewSpec,
  type InterviewType,
  type ResumeStorage,
} from '@candor/core';
import { FileUp, LoaderCircle, Minus, Plus } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ChangeEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useController, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { RequireSession } from './require-session';
import { TagInput } from './tag-input';
import { Button, secondaryButton } from './ui/button';
import { Card } from './ui/card';
import { controlClass, Field, FieldError, FieldHint, inputClass } from './ui/field';
import { InlineError } from './ui/problem';
import { useZodForm } from './ui/use-zod-form';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { callFunction, describeFunctionError } from '@/lib/functions/call';
import { LEVEL_LABELS, TYPE_LABELS } from '@/lib/interviews/labels';
import { addTechnologies, filterSuggestions } from '@/lib/interviews/tech-stack';
import { formatNumber } from '@/lib/format';
import { DASHBOARD_PATH, interviewPath } from '@/lib/paths';
import { UsageNote } from './usage-note';

/** The callable's own input schema (and so zod), loaded when the form is first checked. */
const loadCreateSchema = () =>
  import('@/lib/interviews/create-schema').then((m) => m.createInterviewInputSchema);

/** In the order they appear, so the first invalid one takes focus on submit. */
const FIELDS = [
  'role',
  'level',
  'type',
  'techStack',
  'questionCount',
  'jobDescription',
  'resume',
] as const;
type FormField = (typeof FIELDS)[number];

type FormInput = CreateInterviewInput;

const DEFAULTS = {
  role: '',
  type: 'technical',
  techStack: [],
  questionCount: 5,
  jobDescription: '',
  resume: { text: '', storage: 'discard' },
} satisfies Partial<FormInput>;

interface Choice<Value extends string> {
  value: Value;
  label: string;
  hint: string;
}

const TYPE_HINTS: Record<InterviewType, string> = {
  technical: 'Knowledge, design and problem solving',
  behavioral: 'Past experience, teamwork and judgement',
  mixed: 'A balance of both',
};

const TYPE_CHOICES: Choice<InterviewType>[] = INTERVIEW_TYPES.map((type) => ({
  value: type,
  label: TYPE_LABELS[type],
  hint: TYPE_HINTS[type],
}));

const STORAGE_CHOICES: Choice<ResumeStorage>[] = [
  {
    value: 'discard',
    label: 'Use once and discard',
    hint: 'Used to write this interview’s questions, then dropped: it is never stored. The questions are kept and may mention what it says.',
  },
  {
    value: 'keep',
    label: 'Keep with this interview',
    hint: 'Stored with this interview and visible only to you, so a retry can use it again. It is in your data export and is deleted with your account.',
  },
];

const RESUME_ACCEPT =
  '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

const fieldId = (field: FormField) => `interview-${field}`;
const errorId = (field: FormField) => `interview-${field}-error`;

/**
 * The first message in a field's errors: a list or an object (the stack's items, the résumé's
 * text and storage) reports the first of its parts, as the form showed before.
 */
function messageOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message !== '') {
    return error.message;
  }
  for (const [key, value] of Object.entries(error)) {
    if (key === 'ref') continue;
    const found = messageOf(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The callable payload; absent optional parts are left out, since the SDK would send null. */
function toPayload(spec: InterviewSpec): CreateInterviewInput {
  const { jobDescription, resume, ...rest } = spec;
  return {
    ...rest,
    ...(jobDescription === undefined ? {} : { jobDescription }),
    ...(resume === undefined ? {} : { resume }),
  };
}

const choiceClass =
  'relative cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2.5 shadow-sm hover:border-slate-400 has-checked:border-brand-500 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-500 has-focus-visible:ring-2 has-focus-visible:ring-brand-500';

/**
 * A radio group drawn as cards, each with its label and a hint; the card itself is the click
 * target. `idPrefix` names the hints (`${idPrefix}-${value}-hint`).
 */
function ChoiceCards<Value extends string>({
  legend,
  choices,
  registration,
  idPrefix,
  columns,
  describedBy,
  children,
}: {
  legend: string;
  choices: readonly Choice<Value>[];
  registration: UseFormRegisterReturn;
  idPrefix: string;
  /** Grid columns from the small breakpoint up, e.g. "sm:grid-cols-3". */
  columns: string;
  describedBy?: string | undefined;
  /** Under the cards: the group's error. */
  children?: ReactNode;
}) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className={`mt-1 grid gap-2 ${columns}`}>
        {choices.map((choice) => (
          <label key={choice.value} className={choiceClass}>
            <input
              type="radio"
              value={choice.value}
              aria-label={choice.label}
              aria-describedby={`${idPrefix}-${choice.value}-hint`}
              {...registration}
              // Invisible but covering the card, so the card itself is the click target.
              className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
            />
            <span className="block text-sm font-medium text-slate-900">{choice.label}</span>
            <span
              id={`${idPrefix}-${choice.value}-hint`}
              className="mt-0.5 block text-xs text-slate-600"
            >
              {choice.hint}
            </span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <span
      id={id}
      className={`text-xs tabular-nums ${length > max ? 'font-medium text-red-700' : 'text-slate-500'}`}
    >
      {formatNumber(length)} / {formatNumber(max)}
      <span className="sr-only"> characters</span>
    </span>
  );
}

/** A text area with a character count beside its label; the count is read with the field. */
function CountedTextArea({
  id,
  label,
  length,
  max,
  error,
  rows,
  placeholder,
  registration,
}: {
  id: string;
  label: ReactNode;
  length: number;
  max: number;
  error: string | undefined;
  rows: number;
  placeholder: string;
  registration: UseFormRegisterReturn;
}) {
  const countId = `${id}-count`;
  return (
    <Field
      id={id}
      label={label}
      aside={<CharacterCount id={countId} length={length} max={max} />}
      describedBy={[countId]}
      error={error}
    >
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          placeholder={placeholder}
          {...registration}
          className={`${inputClass(control['aria-invalid'])} resize-y`}
        />
      )}
    </Field>
  );
}

/** The new-interview form, for signed-in users only. */
export function CreateInterviewForm() {
  return <RequireSession>{() => <InterviewForm />}</RequireSession>;
}

type FileState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'read'; name: string }
  | { status: 'refused'; name: string; message: string };

function InterviewForm() {
  const { functions } = useFirebase();
  const router = useRouter();
  const {
    control,
    formState: { errors },
    getValues,
    handleSubmit,
    register,
    setValue,
    trigger,
  } = useZodForm<FormInput, InterviewSpec>(loadCreateSchema, {
    defaultValues: DEFAULTS,
    // Focus follows the form's own order below (the stack box is not a registered input).
    shouldFocusError: false,
  });
  const { field: stack } = useController({ control, name: 'techStack' });
  const [questionCount, jobDescription, resumeText] = useWatch({
    control,
    name: ['questionCount', 'jobDescription', 'resume.text'],
  });
  const [techDraft, setTechDraft] = useState('');
  const [techMessage, setTechMessage] = useState<string | null>(null);
  const [file, setFile] = useState<FileState>({ status: 'idle' });
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const shown = (field: FormField) => messageOf(errors[field]);
  const describedBy = (field: FormField, ...more: string[]) =>
    [...more, shown(field) === undefined ? null : errorId(field)].filter(Boolean).join(' ') ||
    undefined;
  const invalid = (field: FormField) => shown(field) !== undefined;
  const focusFirstError = (found: Partial<Record<FormField, unknown>>) => {
    const first = FIELDS.find((field) => messageOf(found[field]) !== undefined);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  function commitTech(text: string) {
    const result = addTechnologies(stack.value, text);
    stack.onChange(result.stack);
    setTechDraft(result.leftover);
    setTechMessage(result.message);
  }

  async function create(spec: InterviewSpec) {
    setBusy(true);
    try {
      const { interviewId } = await callFunction<CreateInterviewInput, CreateInterviewOutput>(
        functions,
        'createInterview',
        toPayload(spec),
      );
      router.push(interviewPath(interviewId));
    } catch (error) {
      setServerError(describeFunctionError(error));
      setBusy(false);
    }
  }

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || file.status === 'reading') return;
    setServerError(null);
    // Text still in the stack box counts: people often type the last item and press submit.
    if (techDraft.trim() !== '') {
      const added = addTechnologies(getValues('techStack'), techDraft);
      setValue('techStack', added.stack);
      setTechDraft(added.leftover);
      setTechMessage(added.message);
      if (added.leftover !== '') {
        void trigger();
        document.getElementById(fieldId('techStack'))?.focus();
        return;
      }
    }
    await handleSubmit(create, focusFirstError)(event);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const picked = input.files?.[0];
    // Cleared, so picking the same file again (after fixing it) reads it again.
    input.value = '';
    if (!picked) return;
    setFile({ status: 'reading', name: picked.name });
    // Loaded only now: the parsers are far larger than the rest of the page.
    const { extractResumeText } = await import('@/lib/resume/extract');
    const result = await extractResumeText(picked);
    if (!result.ok) {
      // The text box keeps what it had: a bad file changes nothing.
      setFile({ status: 'refused', name: picked.name, message: result.message });
      return;
    }
    setValue('resume.text', result.text, { shouldDirty: true, shouldValidate: true });
    setFile({ status: 'read', name: picked.name });
  }

  const countValue = questionCount;
  const stepCount = (delta: number) => {
    const base = Number.isInteger(countValue) ? countValue : 5;
    const next = Math.min(LIMITS.maxQuestions, Math.max(LIMITS.minQuestions, base + delta));
    setValue('questionCount', next, { shouldValidate: errors.questionCount !== undefined });
  };
  const reading = file.status === 'reading';

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold">New interview</h1>
      <p className="mt-1 text-slate-600">
        Describe the job you are preparing for. Candor writes questions for exactly that role.
      </p>

      <Card className="mt-6">
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          aria-busy={busy}
          className="space-y-6"
        >
          <Field id={fieldId('role')} label="Role" error={shown('role')}>
            {(control) => (
              <input
                {...control}
                autoComplete="organization-title"
                placeholder="e.g. Frontend Engineer"
                {...register('role')}
                className={inputClass(control['aria-invalid'])}
              />
            )}
          </Field>

          <Field id={fieldId('level')} label="Level" error={shown('level')}>
            {(control) => (
              <select
                {...control}
                defaultValue=""
                {...register('level')}
                className={`${inputClass(control['aria-invalid'])} sm:max-w-xs`}
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
            )}
          </Field>

          <ChoiceCards
            legend="Interview type"
            choices={TYPE_CHOICES}
            registration={register('type')}
            idPrefix={fieldId('type')}
            columns="sm:grid-cols-3"
            describedBy={describedBy('type')}
          >
            <FieldError id={errorId('type')}>{shown('type')}</FieldError>
          </ChoiceCards>

          <div>
            <div className="flex items-baseline justify-between gap-2">
              <label
                htmlFor={fieldId('techStack')}
                className="block text-sm font-medium text-slate-700"
              >
                Tech stack
              </label>
              <span className="text-xs text-slate-500">
                {stack.value.length} of {LIMITS.techStack}
              </span>
            </div>
            <TagInput
              id={fieldId('techStack')}
              tags={stack.value}
              draft={techDraft}
              onDraftChange={(draft) => {
                setTechDraft(draft);
                setTechMessage(null);
              }}
              onCommit={commitTech}
              onRemove={(index) => {
                stack.onChange(stack.value.filter((_, i) => i !== index));
                setTechMessage(null);
              }}
              suggestions={filterSuggestions(techDraft, stack.value)}
              invalid={invalid('techStack') || (techMessage !== null && techDraft !== '')}
              describedBy={describedBy('techStack', `${fieldId('techStack')}-hint`)}
              placeholder="Type a technology, e.g. React"
              onBlur={stack.onBlur}
            />
            <FieldHint id={`${fieldId('techStack')}-hint`}>
              Press Enter or a comma to add. Backspace removes the last one.
            </FieldHint>
            <p aria-live="polite" className="mt-1 text-sm text-amber-700 empty:hidden">
              {techMessage}
            </p>
            <FieldError id={errorId('techStack')}>{shown('techStack')}</FieldError>
          </div>

          <Field
            id={fieldId('questionCount')}
            label="Number of questions"
            hint={`Between ${String(LIMITS.minQuestions)} and ${String(LIMITS.maxQuestions)}. Five take about 15 minutes.`}
            error={shown('questionCount')}
          >
            {(control) => (
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
                {/* Uncontrolled, so clearing the box to type a new number does not snap back. */}
                <input
                  type="number"
                  inputMode="numeric"
                  min={LIMITS.minQuestions}
                  max={LIMITS.maxQuestions}
                  step={1}
                  {...control}
                  {...register('questionCount', { valueAsNumber: true })}
                  className={`w-20 text-center ${controlClass(control['aria-invalid'])}`}
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
            )}
          </Field>

          <CountedTextArea
            id={fieldId('jobDescription')}
            label={
              <>
                Job description <span className="font-normal text-slate-500">(optional)</span>
              </>
            }
            length={(jobDescription ?? '').length}
            max={LIMITS.jobDescription}
            error={shown('jobDescription')}
            rows={6}
            placeholder="Paste the job ad to get questions about what this team actually needs."
            registration={register('jobDescription')}
          />

          <section aria-labelledby="resume-heading" className="space-y-3">
            <div>
              <h2 id="resume-heading" className="text-sm font-medium text-slate-700">
                Résumé <span className="font-normal text-slate-500">(optional)</span>
              </h2>
              <p className="mt-1 text-sm text-slate-500">
                Some questions will ask about what you say you did. Paste the text or upload a PDF,
                Word (.docx) or text file of up to{' '}
                {formatNumber(RESUME_LIMITS.fileBytes / (1024 * 1024))} MB. The file is read in your
                browser and never uploaded; only the text below is sent.
              </p>
            </div>

            <div className="flex flex-wrap items-center gap-3">
              <label
                className={`inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500 ${reading ? 'pointer-events-none opacity-60' : ''}`}
              >
                <FileUp aria-hidden className="size-4" />
                Upload a résumé file
                <input
                  type="file"
                  accept={RESUME_ACCEPT}
                  disabled={reading}
                  aria-describedby="resume-file-status"
                  onChange={(event) => void onFile(event)}
                  className="sr-only"
                />
              </label>
              <p id="resume-file-status" aria-live="polite" className="text-sm text-slate-600">
                {file.status === 'reading' && (
                  <span className="inline-flex items-center gap-1.5">
                    <LoaderCircle aria-hidden className="size-4 animate-spin" />
                    Reading {file.name}...
                  </span>
                )}
                {file.status === 'read' &&
                  `Text read from ${file.name}. Check it below and fix anything that came out wrong.`}
              </p>
            </div>
            {file.status === 'refused' && (
              <InlineError>
                <span className="font-medium">{file.name}:</span> {file.message}
              </InlineError>
            )}

            <CountedTextArea
              id={fieldId('resume')}
              label="Résumé text"
              length={(resumeText ?? '').length}
              max={RESUME_LIMITS.text}
              error={shown('resume')}
              rows={8}
              placeholder="Paste your résumé, or upload it above."
              registration={register('resume.text')}
            />

            <ChoiceCards
              legend="What happens to your résumé"
              choices={STORAGE_CHOICES}
              registration={register('resume.storage')}
              idPrefix="resume-storage"
              columns="sm:grid-cols-2"
            />
          </section>

          {serverError !== null && <InlineError>{serverError}</InlineError>}

          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-5">
            <UsageNote kind="interviews" className="mr-auto" />
            <Link href={DASHBOARD_PATH} className={secondaryButton}>
              Cancel
            </Link>
            <Button type="submit" busy={busy} busyLabel="Creating interview..." disabled={reading}>
              Create interview
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
