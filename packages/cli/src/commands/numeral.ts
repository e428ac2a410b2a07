/** `gongbao numeral <中文数字 | N>`: a Chinese numeral as a number, or a number as Chinese numerals. */
import { formatChineseNumber, ParseError, parseChineseNumber, toAsciiDigits } from '@gongbao/utils/numbering';
import { failure } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';
import { columns } from '../format/text-width.js';

function explain(error: ParseError, text: string): Error {
  const hint = 'It reads 一百零五, 十二万三千四百五十六, 六千八, 两万, 二〇二四, 壹仟零伍 and numbers such as 105.';
  switch (error.code) {
    case 'UNEXPECTED_CHARACTER': {
      const char = error.index === undefined ? undefined : String.fromCodePoint(text.codePointAt(error.index) ?? 0);
      return failure(`'${text}' is not a numeral: '${char ?? '?'}' is not a numeral character`, hint);
    }
    case 'OUT_OF_RANGE':
      return failure(`'${text}' is larger than ${Number.MAX_SAFE_INTEGER}`, 'Give a smaller number.');
    case 'EMPTY':
      return failure('the numeral is empty', hint);
    default:
      return failure(`'${text}' is not a numeral as documents write them`, hint);
  }
}

export async function numeralCommand(ctx: Context, input: string, options: { readonly json?: boolean }): Promise<void> {
  const text = input.trim();
  const digits = toAsciiDigits(text).replace(/[,，]/gu, '');
  let value: number;
  if (/^[+-]?\d+(\.\d+)?$/u.test(digits)) {
    value = Number(digits);
    if (!Number.isInteger(value) || value < 0) {
      throw failure(`'${text}' is not a whole number ≥ 0`, 'Chinese numerals here are for whole numbers from 0.');
    }
    if (!Number.isSafeInteger(value))
      throw failure(`'${text}' is larger than ${Number.MAX_SAFE_INTEGER}`, 'Give a smaller number.');
  } else {
    try {
      value = parseChineseNumber(text);
    } catch (error) {
      if (error instanceof ParseError) throw explain(error, text);
      throw error;
    }
  }
  const result = {
    input,
    value,
    chinese: formatChineseNumber(value),
    financial: formatChineseNumber(value, { financial: true }),
    digitByDigit: formatChineseNumber(value, { digitByDigit: true }),
  };
  if (options.json) {
    await writeJson(ctx, result);
    return;
  }
  ctx.out.line(ctx.color.bold(/^[+-]?\d+$/u.test(digits) ? result.chinese : String(value)));
  const rows: [string, string][] = [
    ['数值 value', String(value)],
    ['小写 numeral', result.chinese],
    ['大写 financial', result.financial],
    ['逐位 digit by digit', result.digitByDigit],
  ];
  for (const line of columns(rows)) ctx.out.line(`  ${line}`);
}
