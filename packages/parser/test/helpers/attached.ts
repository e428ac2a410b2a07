/**
 * A notice whose only attachment is the given lines, parsed: for the table tests.
 */
import type { Block } from '@gongbao/core';
import { parseDocument } from '@gongbao/parser';
import { notice } from './source.js';

/** A notice whose only attachment is the given lines, and what the parser made of them. */
export function attached(lines: readonly string[]) {
  const text = notice(['现将某表印发给你们。'], ['附件', ...lines]);
  const { document, diagnostics } = parseDocument(text);
  const body: readonly Block[] = document.attachments[0]?.body ?? [];
  const table = body.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')?.table;
  return { text, table, body, diagnostics, codes: diagnostics.map((d) => d.code) };
}
