import { z } from 'zod';

export interface LiveTurn {
  role: 'agent' | 'user';
  content: string;
}

const updateSchema = z.object({
  transcript: z.array(
    z.object({
      role: z.string(),
      content: z.string(),
    }),
  ),
});

/** The turns of a Retell `update` event; null when it is not one we understand. */
export function parseUpdate(update: unknown): LiveTurn[] | null {
  const parsed = updateSchema.safeParse(update);
  if (!parsed.success) return null;
  return parsed.data.transcript.flatMap((turn) =>
    turn.role === 'agent' || turn.role === 'user'
      ? [{ role: turn.role, content: turn.content }]
      : [],
  );
}

const sameTurn = (a: LiveTurn, b: LiveTurn) =>
  a.role === b.role &&
  (a.content === b.content || b.content.startsWith(a.content) || a.content.startsWith(b.content));

/**
 * Folds an update into what is shown. Updates may carry the whole transcript or only its latest
 * utterances (long calls), and the last utterance grows as it is spoken, so the update replaces
 * the shown turns from where its first turn lines up with them.
 */
export function mergeLiveTranscript(
  shown: readonly LiveTurn[],
  update: readonly LiveTurn[],
): LiveTurn[] {
  const first = update[0];
  if (first === undefined) return [...shown];
  for (let i = Math.max(0, shown.length - update.length - 1); i < shown.length; i += 1) {
    const turn = shown[i];
    if (turn !== undefined && sameTurn(turn, first)) return [...shown.slice(0, i), ...update];
  }
  return shown.length === 0 || update.length >= shown.length ? [...update] : [...shown, ...update];
}
