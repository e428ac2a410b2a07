import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The issue's source text. */
export const issueText = readFileSync(
  join(import.meta.dirname, '../../data/source/changzhi-gongbao-2024-03.md'),
  'utf8',
);

/**
 * A synthetic input of `copies` issues one after another (≈250 KB each): each copy's document
 * numbers carry another year, so the documents stay distinct.
 */
export function syntheticIssues(copies: number): string {
  const parts: string[] = [];
  for (let i = 0; i < copies; i++) {
    const year = String(2024 - i);
    parts.push(i === 0 ? issueText : issueText.replace(/([〔[])2024([〕\]])/gu, `$1${year}$2`));
  }
  return parts.join('\n');
}
