import styles from './indeterminate-progress.module.css';

/** A progress bar for work whose length is unknown: it shows that something is happening. */
export function IndeterminateProgress({ label }: { label: string }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuetext="In progress"
      className="relative h-1.5 w-full overflow-hidden rounded-full bg-brand-100"
    >
      <div className={`absolute inset-y-0 w-1/3 rounded-full bg-brand-600 ${styles.bar ?? ''}`} />
    </div>
  );
}
