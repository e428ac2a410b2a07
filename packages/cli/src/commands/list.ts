/** `gongbao list [--section S] [--type T] [--issuer I] [--status-on D] [--status S] [--json]`. */
import { type Document, type DocumentStatus, documentStatus, type ReadonlyDeep } from '@gongbao/core';
import { documents, findDocuments } from '@gongbao/data';
import { dateArg } from '../args.js';
import { usageError } from '../cli-error.js';
import { type Context, warn, writeJson } from '../context.js';
import { STATUS_LABELS } from '../format/status.js';
import { columns } from '../format/text-width.js';
import { todayInChina } from '../today.js';

interface ListOptions {
  readonly section?: string;
  readonly type?: string;
  readonly issuer?: string;
  readonly statusOn?: string;
  readonly status?: DocumentStatus;
  readonly json?: boolean;
}

/** Refuses a value that no document has, naming those that exist: a typo should not look like "none". */
function checkKnown(option: string, value: string | undefined, known: Iterable<string | undefined>): void {
  if (value === undefined) return;
  const values = [...new Set(known)].filter((v): v is string => v !== undefined);
  if (!values.includes(value)) {
    throw usageError(`${option}: no document of the issue has '${value}'`, `Use one of: ${values.join(', ')}.`);
  }
}

export async function listCommand(ctx: Context, options: ListOptions): Promise<void> {
  checkKnown(
    '--section',
    options.section,
    documents.map((doc) => doc.section),
  );
  checkKnown(
    '--type',
    options.type,
    documents.map((doc) => doc.type),
  );
  const on =
    options.statusOn !== undefined
      ? dateArg(options.statusOn, '--status-on')
      : options.status !== undefined
        ? todayInChina()
        : undefined;
  const query = {
    ...(options.section === undefined ? {} : { section: options.section }),
    ...(options.type === undefined ? {} : { type: options.type }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  };
  const statusOf = (doc: ReadonlyDeep<Document>) => (on === undefined ? undefined : documentStatus(doc, on, documents));
  const found = findDocuments(query).filter((doc) => options.status === undefined || statusOf(doc) === options.status);
  if (options.json) {
    await writeJson(ctx, found);
    return;
  }
  if (found.length === 0) {
    warn(ctx, 'no document matches; run gongbao list without options to see all of them');
    return;
  }
  const { bold, dim } = ctx.color;
  const rows = found.map((doc) => {
    const status = statusOf(doc);
    return [
      doc.docNumber.canonical,
      doc.writtenDate,
      doc.type ?? '',
      ...(status === undefined ? [] : [STATUS_LABELS[status]]),
      doc.title,
    ];
  });
  const header = ['发文字号', '成文日期', '文种', ...(on === undefined ? [] : [`效力 ${on}`]), '标题'];
  const [head = '', ...lines] = columns([header, ...rows]);
  ctx.out.line(bold(head));
  for (const line of lines) ctx.out.line(line);
  if (ctx.out.isTTY)
    ctx.out.line(dim(`${found.length} of ${documents.length} documents; 'gongbao show <发文字号>' shows one`));
}
