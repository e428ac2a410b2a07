/** `gongbao tables [--json]`. */
import { checkTotals, tables } from '@gongbao/data';
import { type Context, writeJson } from '../context.js';
import { columns } from '../format/text-width.js';

export async function tablesCommand(ctx: Context, options: { readonly json?: boolean }): Promise<void> {
  const list = tables.map((table) => ({ table, checks: checkTotals(table) }));
  if (options.json) {
    // The library's value: `tables` of @gongbao/data, each a core Table (`summary --json` has every TotalCheck).
    await writeJson(ctx, tables);
    if (list.some(({ checks }) => checks.some((check) => !check.ok))) ctx.exitCode = 1;
    return;
  }
  const { bold, green, red } = ctx.color;
  const rows = list.map(({ table, checks }) => {
    const failed = checks.filter((check) => !check.ok).length;
    const totals =
      checks.length === 0
        ? ''
        : failed === 0
          ? green(`✓ ${checks.length} total${checks.length === 1 ? '' : 's'}`)
          : red(`✗ ${failed} of ${checks.length} totals`);
    return [
      table.id,
      `${table.rows.length} rows`,
      `${table.columns.length} cols`,
      totals,
      table.derivedFrom ? `${table.title} (dataset)` : table.title,
    ];
  });
  const [head = '', ...lines] = columns([['id', 'rows', 'columns', 'totals', 'title'], ...rows]);
  ctx.out.line(bold(head));
  for (const line of lines) ctx.out.line(line);
  if (list.some(({ checks }) => checks.some((check) => !check.ok))) ctx.exitCode = 1;
}
