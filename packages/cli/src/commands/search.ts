/** `gongbao search <query> [--limit N | --all] [--json]`. */
import { type SearchHit, searchText } from '@gongbao/data';
import { ParseError } from '@gongbao/utils';
import { positiveIntegerArg } from '../args.js';
import { usageError } from '../cli-error.js';
import { type Context, warn, writeJson } from '../context.js';

interface SearchOptions {
  readonly limit?: string;
  readonly all?: boolean;
  readonly json?: boolean;
}

const CONTEXT = 24;
const DEFAULT_LIMIT = 20;

const oneLine = (text: string) => text.replace(/\s+/gu, ' ');

export async function searchCommand(ctx: Context, words: string[], options: SearchOptions): Promise<void> {
  const query = words.join(' ');
  if (options.all && options.limit !== undefined) throw usageError('--all and --limit exclude each other');
  const limit = options.all
    ? Number.POSITIVE_INFINITY
    : options.limit === undefined
      ? DEFAULT_LIMIT
      : positiveIntegerArg(options.limit, '--limit');
  let hits: SearchHit[];
  try {
    hits = searchText(query);
  } catch (error) {
    if (error instanceof ParseError)
      throw usageError('the search text is empty', 'Give the words to find, e.g. gongbao search 低空经济');
    throw error;
  }
  const shown = hits.slice(0, limit);
  if (options.json) {
    await writeJson(ctx, shown); // the library's SearchHit[], each with its whole Document
    return;
  }
  if (hits.length === 0) {
    warn(ctx, `no hits for '${query}'; spaces and full-/half-width differences are already ignored, try fewer words`);
    return;
  }
  const { bold, cyan, dim, yellow } = ctx.color;
  for (const hit of shown) {
    const end = hit.offset + hit.match.length;
    const before = oneLine(hit.text.slice(Math.max(0, hit.offset - CONTEXT), hit.offset));
    const after = oneLine(hit.text.slice(end, end + CONTEXT));
    const line = hit.source === undefined ? '' : ` line ${hit.source.line}`;
    ctx.out.line(`${cyan(hit.document.docNumber.canonical)}${dim(`${line} ${hit.path}`)}`);
    ctx.out.line(
      `  ${hit.offset > CONTEXT ? '…' : ''}${before}${bold(yellow(oneLine(hit.match)))}${after}${end + CONTEXT < hit.text.length ? '…' : ''}`,
    );
  }
  const documents = new Set(hits.map((hit) => hit.document.id)).size;
  const more = shown.length < hits.length ? `, showing ${shown.length} (--all for every hit)` : '';
  ctx.err.line(
    ctx.errColor.dim(
      `${hits.length} hit${hits.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}${more}`,
    ),
  );
}
