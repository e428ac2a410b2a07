/**
 * Issue #12: parseDocument and parseGazette, on any string whatever, either return a result whose
 * diagnostics are well formed or throw the documented ParseError — never anything else (no
 * RangeError, no TypeError, no result with a broken range).
 */
import { DiagnosticSchema, parseDocument, parseDocuments, parseGazette } from '@gongbao/parser';
import { ParseError } from '@gongbao/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { source } from './helpers/source.js';

/** The codes ParseError may carry for a string input (NOT_TEXT is for non-strings). */
const PARSE_ERROR_CODES = ['EMPTY', 'BINARY'];

type Outcome = { kind: 'result'; diagnostics: readonly unknown[] } | { kind: 'error'; code: string };

/** Runs one parser and sorts what happened into a result or a ParseError; anything else fails. */
function outcomeOf(parse: (text: string) => { diagnostics: readonly unknown[] }, text: string): Outcome {
  try {
    return { kind: 'result', diagnostics: parse(text).diagnostics };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ParseError');
    const code = (error as { code: string }).code;
    expect(PARSE_ERROR_CODES).toContain(code);
    return { kind: 'error', code };
  }
}

/** The promise for one input, checked for both parsers. */
function checkBoth(text: string): void {
  for (const parse of [parseDocument, parseGazette]) {
    const outcome = outcomeOf(parse, text);
    if (outcome.kind === 'error') {
      // ParseError only for no text at all: empty, whitespace only, binary.
      if (outcome.code === 'EMPTY') expect(text.trim()).toBe('');
      continue;
    }
    // A result is a text with something in it, and every diagnostic is inside the text.
    expect(/\S/u.test(text)).toBe(true);
    for (const d of outcome.diagnostics) {
      const { range } = DiagnosticSchema.parse(d);
      expect(range.start).toBeLessThanOrEqual(range.end);
      expect(range.end).toBeLessThanOrEqual(text.length);
    }
  }
}

/** A piece of the real issue: up to 400 characters from anywhere (surrogate pairs may be cut). */
const fragment = fc
  .tuple(fc.nat(source.length - 1), fc.integer({ min: 0, max: 400 }))
  .map(([at, length]) => source.slice(at, at + length));

/** Characters the parser treats specially, and some it should never see. */
const special = fc.constantFrom(
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\ufffd',
  '\ud800',
  '\udc00',
  '#',
  '- ',
  '**',
  '<b>',
  '<br>',
  '|',
  '〔',
  '〕',
  '[',
  ']',
  '号',
  '第',
  '令',
  '附件',
  '合计',
  '小计',
  '目 录',
  '关于',
  '的通知',
  '的批复',
  '长政函〔2024〕22号',
  '2024年3月5日',
  '（此件公开发布）',
  '一、',
  '（一）',
  '第一条',
  '《',
  '》',
  '：',
  '。',
);

/** A control character (NUL excluded here: it is tested on its own below). */
const control = fc.integer({ min: 1, max: 0x1f }).map((c) => String.fromCharCode(c));

/** Any unit of text: unicode, controls, the parser's own markers, fragments of the real issue. */
const unit = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 10 }), weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: special, weight: 5 },
  { arbitrary: fragment, weight: 4 },
);

/** A unit repeated: a long run of one thing (up to 3,000 times). */
const repeated = fc
  .tuple(
    fc.oneof(
      special,
      control,
      fragment.map((f) => f.slice(0, 40)),
    ),
    fc.integer({ min: 2, max: 3000 }),
  )
  .map(([text, times]) => text.repeat(times));

describe('parseDocument and parseGazette on arbitrary strings: a result or ParseError', () => {
  it('any sequence of unicode, controls, markers and glued fragments of the real issue', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: unit, weight: 6 }, { arbitrary: repeated, weight: 1 })), (parts) =>
        checkBoth(parts.join('')),
      ),
      { numRuns: 150 },
    );
  });

  it('the real issue with any part cut out, doubled or glued to another part', () => {
    const cut = fc
      .tuple(fc.nat(source.length), fc.nat(source.length))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
    fc.assert(
      fc.property(
        fc.array(cut, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', '\n', '\n\n', '\t'),
        (cuts, glue) => checkBoth(cuts.map(([a, b]) => source.slice(a, b)).join(glue)),
      ),
      { numRuns: 15 },
    );
  });

  it('a NUL anywhere is binary, an empty or blank text is empty', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        for (const parse of [parseDocument, parseGazette]) {
          expect(outcomeOf(parse, `${before}\u0000${after}`)).toEqual({ kind: 'error', code: 'BINARY' });
        }
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r', '\u3000') }), (blank) => {
        for (const parse of [parseDocument, parseGazette]) {
          expect(outcomeOf(parse, blank)).toEqual({ kind: 'error', code: 'EMPTY' });
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('huge inputs (issue #12) give a result', () => {
  const huge: ReadonlyArray<[string, () => string]> = [
    ['100,000 two-cell table rows', () => `x\n\n${'a\tb\n'.repeat(100_000)}`],
    ['100,000 typed table rows', () => `x\n\n名称\t数量\t金额\n${'长治市某某县\t12\t3.5\n'.repeat(100_000)}`],
    ['a 10 MB line of Han', () => `某市人民政府关于某事的通知\n\n${'字'.repeat(10_000_000)}`],
    ['a 10 MB line of Han, brackets and marks', () => `x\n${`${'字'.repeat(94)}〔2024〕《》号、`.repeat(100_000)}`],
    ['a line of 200,000 tab-separated cells', () => `x\n${'〔\t'.repeat(200_000)}`],
    ['100,000 short paragraphs split by blank lines', () => `x\n\n${'这是一个短段落。\n\n'.repeat(100_000)}`],
    ['100,000 lines cut by page breaks', () => `x\n\n${'一段没有结束的话，\n\n'.repeat(100_000)}`],
  ];
  for (const [name, build] of huge) {
    it(name, { timeout: 30_000 }, () => {
      const text = build();
      const document = outcomeOf(parseDocument, text);
      expect(document.kind).toBe('result');
      const gazette = outcomeOf(parseGazette, text);
      expect(gazette.kind).toBe('result');
    });
  }
});

describe('input that is no string', () => {
  it('is ParseError NOT_TEXT from every parser, also for values String() cannot convert', () => {
    for (const parse of [parseDocument, parseDocuments, parseGazette] as Array<(text: string) => unknown>) {
      for (const value of [null, undefined, 42, ['x'], { toString: 0 }, Object.create(null)]) {
        let error: unknown;
        try {
          parse(value as string);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(ParseError);
        expect((error as ParseError).code).toBe('NOT_TEXT');
      }
    }
  });
});
