import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The gazette issue this project starts from (a verbatim copy lives in packages/data/source). */
export const SOURCE_PATH = join(import.meta.dirname, '../../../data/source/changzhi-gongbao-2024-03.md');

/** The source text of the issue. */
export const source = readFileSync(SOURCE_PATH, 'utf8');

/** A fixture of this package. */
export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');
}

/** The 1-based line of `needle` in `text` (the first occurrence). */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}
