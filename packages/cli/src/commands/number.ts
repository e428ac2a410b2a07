/** `gongbao number <发文字号>`: parse, normalise and explain a document number. */
import { type DocumentNumber, ParseError, parseDocumentNumber } from '@gongbao/utils/numbering';
import { failure } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';
import { columns } from '../format/text-width.js';

/** What was rewritten to reach the canonical form, in words. */
export function normalisations(raw: string): string[] {
  const changes: string[] = [];
  if (/[[\]［］【】()（）]/u.test(raw)) changes.push('year brackets → 〔 〕');
  if (/[０-９]/u.test(raw)) changes.push('full-width digits → ASCII');
  if (/\s/u.test(raw.trim())) changes.push('spaces removed');
  if (raw !== raw.trim()) changes.push('surrounding space removed');
  if (/[〕\]］】)）]\s*第/u.test(raw)) changes.push('第 before the serial dropped');
  if (/[〕\]］】)）]\s*第?\s*[0０]+[0-9０-９]/u.test(raw)) changes.push('leading zeros dropped');
  if (/号\s*[)）]|[)）]\s*号/u.test(raw) && /[(（]/u.test(raw)) changes.push('号 put inside the number');
  return changes;
}

export async function numberCommand(
  ctx: Context,
  words: string[],
  options: { readonly json?: boolean },
): Promise<void> {
  const text = words.join(' ');
  let number: DocumentNumber;
  try {
    number = parseDocumentNumber(text);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    throw failure(
      error.code === 'OUT_OF_RANGE' ? `'${text}' has serial number 0` : `'${text}' is not a 发文字号`,
      'A 发文字号 is 机关代字〔年份〕序号号, e.g. 长政发〔2024〕5号 (brackets [ ] ( ) and spaces are fine), or 国务院令第713号 for an order.',
    );
  }
  if (options.json) {
    await writeJson(ctx, number);
    return;
  }
  const changes = normalisations(text);
  const rows: [string, string][] = [
    [
      number.agency.endsWith('令') && number.year === undefined ? '发文机关令 order of' : '机关代字 agency',
      number.agency,
    ],
    ...(number.year === undefined ? [] : [['年份 year', String(number.year)] as [string, string]]),
    ['发文顺序号 serial', String(number.serial)],
    [
      'as written',
      changes.length === 0 ? `${number.raw} (already canonical)` : `${number.raw} — ${changes.join(', ')}`,
    ],
  ];
  ctx.out.line(ctx.color.bold(number.canonical));
  for (const line of columns(rows)) ctx.out.line(`  ${line}`);
}
