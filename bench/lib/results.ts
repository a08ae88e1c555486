import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (bench/lib/ is two levels down). */
export const ROOT = join(__dirname, '..', '..');
/** Scratch space of a run: each part writes its figures here; report.ts merges them. */
export const PARTS_DIR = join(ROOT, '.cache', 'bench');

export function writePart(name: string, value: unknown): void {
  mkdirSync(PARTS_DIR, { recursive: true });
  writeFileSync(join(PARTS_DIR, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}

export function readPart(name: string): unknown {
  const path = join(PARTS_DIR, `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}
