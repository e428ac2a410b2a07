/** `gongbao dates <file | -> [--reference D] [--json]`: every date, deadline, effective date and duration. */
import { type FoundDate, findDates, type IsoDate } from '@gongbao/utils/dates';
import { dateArg } from '../args.js';
import { type Context, outputReady, writeJsonArray } from '../context.js';
import { checkEncoding, displayName, readLines } from '../text-input.js';

interface DatesOptions {
  readonly reference?: string;
  readonly encoding?: string;
  readonly json?: boolean;
}

/** A find with its place: offsets in the whole text (as `findDates` of the whole text gives them), line and column. */
interface Placed {
  readonly found: FoundDate;
  readonly line: number;
  readonly column: number;
}

const UNITS = { year: 'years', month: 'months', day: 'days', workingDay: 'working days' } as const;

/** What a find means, in words. */
function meaning(found: FoundDate): string {
  switch (found.type) {
    case 'date':
      return found.date;
    case 'deadline':
      return found.date === null
        ? `${found.kind} deadline; add --reference to date it`
        : `by ${found.date} (${found.kind})`;
    case 'effective':
      return found.date === null ? 'in force from publication' : `in force from ${found.date}`;
    case 'duration':
      return `${found.duration.value} ${UNITS[found.duration.unit]}`;
  }
}

/**
 * The finds of a text read line by line (no date, deadline or duration spans a line break), so a
 * file of any size is searched in bounded memory. Columns count characters (code points), 1-based.
 */
async function* placedFinds(
  ctx: Context,
  path: string,
  encoding: string,
  reference: IsoDate | undefined,
): AsyncGenerator<Placed> {
  for await (const line of readLines(ctx, { path, encoding })) {
    let column = 1;
    let at = 0;
    for (const found of findDates(line.text, reference === undefined ? {} : { reference })) {
      for (const _ of line.text.slice(at, found.index)) column++;
      at = found.index;
      yield {
        found: { ...found, index: found.index + line.offset, end: found.end + line.offset },
        line: line.number,
        column,
      };
    }
  }
}

export async function datesCommand(ctx: Context, path: string, options: DatesOptions): Promise<void> {
  const reference = options.reference === undefined ? undefined : dateArg(options.reference, '--reference');
  const encoding = checkEncoding(options.encoding);
  const finds = placedFinds(ctx, path, encoding, reference);
  if (options.json) {
    await writeJsonArray(
      ctx,
      (async function* () {
        for await (const { found } of finds) yield found;
      })(),
    );
    return;
  }
  const name = displayName(path);
  const { cyan, dim } = ctx.color;
  let count = 0;
  for await (const { found, line, column } of finds) {
    ctx.out.line(`${dim(`${name}:${line}:${column}`)} ${cyan(found.type)} ${found.raw} → ${meaning(found)}`);
    count++;
    await outputReady(ctx);
  }
  if (count === 0) ctx.err.line(ctx.errColor.dim(`no dates, deadlines or durations in ${name}`));
}
