/** Building the blocks of one document: table ids per document and attachment, texts searched for citations. */
import type { Block, Table } from '@gongbao/core';
import type { DocumentNumber } from '@gongbao/utils';
import { type BlockOptions, buildBlocks } from './blocks.js';
import type { ParseContext } from './context.js';
import type { CleanText } from './markup.js';
import type { SourceLine } from './scan.js';

/** Everything needed to build blocks in one document. */
export interface Builder {
  ctx: ParseContext;
  /** Whether the document is a web copy (lines around it are page furniture). */
  web?: boolean;
  /** Prefix of table ids: the document id and a slash, or nothing without a 发文字号. */
  prefix: string;
  docNumber?: DocumentNumber;
  tables: Table[];
  texts: CleanText[];
  tableCount: number;
  /** Tables numbered so far per attachment label, and every id given. */
  labelTables: Map<string, number>;
  tableIds: Set<string>;
}

export function blocksOf(b: Builder, lines: readonly SourceLine[], options: Partial<BlockOptions> = {}): Block[] {
  const label = options.label?.replace(/\s+/gu, '');
  const result = buildBlocks(b.ctx, lines, {
    nextTableId: () => {
      if (label === undefined) {
        b.tableCount++;
        return `${b.prefix}表${b.tableCount}`;
      }
      // Tables of an attachment: 附件1, then 附件1-2, 附件1-3 … (counted per label, not by
      // searching the tables so far: an attachment of 100,000 tables stays linear).
      const base = `${b.prefix}${label}`;
      let n = b.labelTables.get(base) ?? 0;
      let id = n === 0 ? base : `${base}-${n + 1}`;
      while (b.tableIds.has(id)) id = `${base}-${++n + 1}`;
      b.labelTables.set(base, n + 1);
      b.tableIds.add(id);
      return id;
    },
    ...(options.label !== undefined ? { label: options.label } : {}),
    ...(options.defaultTitle !== undefined ? { defaultTitle: options.defaultTitle } : {}),
    ...(b.docNumber ? { documentNumber: b.docNumber } : {}),
  });
  for (const table of result.tables) b.tables.push(table);
  for (const text of result.texts) b.texts.push(text);
  return result.blocks;
}

/** Adds the title lines to the texts searched for citations (not the 令's number line: its own number). */
export function collectTitle(b: Builder, lines: readonly SourceLine[], numberLine?: SourceLine): void {
  for (const line of lines) if (line !== numberLine) b.texts.push({ text: line.text, map: line.map });
}
