// How dates, times, durations and counts read on the page. One place, so every screen, the PDF
// and the shared report say "Dec 1, 2026, 3:04 PM" and "4:05 long" the same way.

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const timeFormat = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' });
// The reader's own locale and clock (12 or 24 hours): used where a time is about their day.
const localTimeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat('en-US');

/** "Dec 1, 2026" */
export function formatDate(date: Date | number): string {
  return dateFormat.format(date);
}

/** "Dec 1, 2026, 3:04 PM" */
export function formatDateTime(date: Date | number): string {
  return dateTimeFormat.format(date);
}

/** "3:04 PM" */
export function formatTime(date: Date | number): string {
  return timeFormat.format(date);
}

/** "15:04" or "03:04 PM", as the reader's browser writes times. */
export function formatLocalTime(date: Date | number): string {
  return localTimeFormat.format(date);
}

/** "12,000" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "4:05" or "1:02:09": compact, and read correctly by screen readers with a label. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0
    ? `${String(hours)}:${String(minutes).padStart(2, '0')}:${ss}`
    : `${String(minutes)}:${ss}`;
}

/** "1 question", "3 questions". */
export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}
