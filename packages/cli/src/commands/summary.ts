/** `gongbao summary [--date D] [--json]`. */
import { documentStatus, type IsoDate } from '@gongbao/core';
import { checkTotals, datasets, issue, meta, tables } from '@gongbao/data';
import { dateArg } from '../args.js';
import { type Context, writeJson } from '../context.js';
import { summaryLines } from '../summary.js';
import { todayInChina } from '../today.js';

interface SummaryOptions {
  readonly date?: string;
  readonly json?: boolean;
}

/** The summary as one JSON value (documented in the README, section "JSON output"). */
export function summaryJson(on: IsoDate) {
  const { toc, documents, ...masthead } = issue;
  return {
    date: on,
    issue: masthead,
    contents: toc,
    tables: {
      sourceTables: tables.length - datasets.length,
      datasets: datasets.map((table) => table.id),
      totals: tables.flatMap((table) => checkTotals(table)),
    },
    legalEffect: documents
      .filter((doc) => doc.section?.endsWith('规范性文件') || doc.validity !== undefined)
      .map((doc) => ({
        documentId: doc.id,
        docNumber: doc.docNumber.canonical,
        status: documentStatus(doc, on, documents),
        ...(doc.validity === undefined ? {} : { validity: doc.validity }),
        repeals: doc.repeals.map((number) => number.canonical),
      })),
    source: { file: meta.sourceFile, sha256: meta.sourceSha256, corrections: meta.corrections.length },
  };
}

export async function summaryCommand(ctx: Context, options: SummaryOptions): Promise<void> {
  const on = options.date === undefined ? todayInChina() : dateArg(options.date, '--date');
  if (options.json) {
    await writeJson(ctx, summaryJson(on));
    return;
  }
  for (const line of summaryLines(on)) ctx.out.line(line);
}
