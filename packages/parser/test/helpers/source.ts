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

/**
 * A minimal 印发 notice as plain text, one element per line: title, 某政发〔2024〕1号, 主送机关,
 * `body`, signature and 成文日期 (2024年5月6日), then `after` (an enclosed text, attachments).
 */
export function notice(body: readonly string[], after: readonly string[] = []): string {
  return [
    '某市人民政府关于印发某办法的通知',
    '某政发〔2024〕1号',
    '各县人民政府：',
    ...body,
    '某市人民政府',
    '2024年5月6日',
    ...after,
  ].join('\n');
}

/** The 1-based line of `needle` in `text` (the first occurrence). */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}
