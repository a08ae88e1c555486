import { LONE_SURROGATE } from './text';

/**
 * The shape every callable payload must have before any schema, decoder or serialiser walks it.
 * Candor's payloads are small and shallow (at most three levels: `{ answers: [{ text }] }`); a
 * payload nested thousands of levels deep would overflow the stack of any recursive walk, so
 * this one keeps its own stack and stops at the first problem.
 */
export const PAYLOAD_LIMITS = {
  /** Levels of objects and arrays, the payload itself being level 1. */
  maxDepth: 16,
  /** Keys of one object. */
  maxKeys: 64,
  /** Values (objects, arrays, strings, numbers, ...) in the whole payload. */
  maxValues: 5000,
} as const;

export type PayloadProblem =
  | { kind: 'too-deep' | 'too-many-keys' | 'too-many-values'; path: string[] }
  | /**
     * A key `@type`: the callable protocol's marker for a typed value (a 64-bit integer), which no
     * Candor payload uses and which the SDK's decoder refuses with an unhandled error.
     */
    { kind: 'type-marker'; path: string[] }
    /** A string or key with half a UTF-16 surrogate pair: Firestore (UTF-8) cannot store it. */
  | { kind: 'broken-text'; path: string[] };

interface Frame {
  value: unknown;
  path: string[];
  depth: number;
}

export interface PayloadCheck {
  maxDepth: number;
  maxKeys: number;
  maxValues: number;
  /** Look for broken text too (default true). */
  text?: boolean;
}

/** The first problem with a payload's shape, or null. Never recurses. */
export function inspectPayload(
  payload: unknown,
  limits: PayloadCheck = PAYLOAD_LIMITS,
): PayloadProblem | null {
  const text = limits.text ?? true;
  const stack: Frame[] = [{ value: payload, path: [], depth: 0 }];
  let values = 0;
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value, path, depth } = frame;
    values += 1;
    if (values > limits.maxValues) return { kind: 'too-many-values', path };
    if (typeof value === 'string') {
      if (text && LONE_SURROGATE.test(value)) return { kind: 'broken-text', path };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > limits.maxDepth) return { kind: 'too-deep', path };
    if (Array.isArray(value)) {
      if (values + value.length > limits.maxValues) return { kind: 'too-many-values', path };
    }
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, index): [string, unknown] => [String(index), item])
      : Object.entries(value);
    if (!Array.isArray(value)) {
      if (entries.length > limits.maxKeys) return { kind: 'too-many-keys', path };
      if (Object.hasOwn(value, '@type')) return { kind: 'type-marker', path };
      if (text && entries.some(([key]) => LONE_SURROGATE.test(key))) {
        return { kind: 'broken-text', path };
      }
    }
    // Pushed in reverse, so the first problem found is the first in reading order.
    for (const [key, item] of entries.reverse()) {
      stack.push({ value: item, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}
