/** `gongbao table <id> [--format md|csv|json]`. */
import { checkTotals, getTable, tables } from '@gongbao/data';
import { failure } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';
import { checkLine, csvLines, markdownLines } from '../format/table-format.js';

interface TableOptions {
  readonly format: 'md' | 'csv' | 'json';
  readonly json?: boolean;
}

/** An id without case, spaces, hyphens and underscores, for suggestions. */
const loose = (id: string) => id.toLowerCase().replace(/[\s_-]+/gu, '');

function notFound(id: string): Error {
  const key = loose(id);
  const similar = tables
    .map((table) => table.id)
    .filter((known) => key !== '' && (loose(known).includes(key) || key.includes(loose(known))));
  return failure(
    `no table '${id}' in this issue`,
    similar.length > 0
      ? `Did you mean ${similar.join(', ')}?`
      : `'gongbao tables' lists the ${tables.length} tables and datasets.`,
  );
}

export async function tableCommand(ctx: Context, id: string, options: TableOptions): Promise<void> {
  const table = getTable(id.trim()) ?? getTable(id.trim().replace(/\s+/gu, ''));
  if (!table) throw notFound(id);
  const checks = checkTotals(table);
  const format = options.json ? 'json' : options.format;
  if (format === 'json') await writeJson(ctx, table);
  else if (format === 'csv') for (const line of csvLines(table)) ctx.out.write(`${line}\r\n`);
  else {
    for (const line of markdownLines(table)) ctx.out.line(line);
    if (checks.length > 0) ctx.out.line();
    for (const check of checks) ctx.out.line(checkLine(check, ctx.color));
  }
  // In CSV and JSON the data stays clean: a failed check goes to stderr, and the exit code says so.
  const failed = checks.filter((check) => !check.ok);
  if (format !== 'md')
    for (const check of failed) ctx.err.line(`gongbao: ${table.id}: ${checkLine(check, ctx.errColor)}`);
  if (failed.length > 0) ctx.exitCode = 1;
}
