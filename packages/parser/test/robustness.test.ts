import { DiagnosticSchema, parseDocument, parseGazette } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notice, source } from './helpers/source.js';

const sourceLines = source.split('\n');

/** An edit of a list of lines: delete, duplicate, or swap lines at random places. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), count: fc.nat() }),
);

function apply(
  lines: string[],
  edits: ReadonlyArray<{ op: 'delete' | 'duplicate' | 'swap'; at: number; count: number }>,
): string[] {
  const out = [...lines];
  for (const e of edits) {
    if (out.length === 0) break;
    const at = e.at % out.length;
    if (e.op === 'delete') out.splice(at, e.count);
    else if (e.op === 'duplicate') out.splice(at, 0, ...out.slice(at, at + e.count));
    else {
      const other = e.count % out.length;
      [out[at], out[other]] = [out[other] as string, out[at] as string];
    }
  }
  return out;
}

/** What must hold for any result: well-formed diagnostics and ranges inside the text. */
function checkResult(
  text: string,
  diagnostics: ReadonlyArray<unknown>,
  ranges: ReadonlyArray<{ start: number; end: number } | undefined>,
): void {
  for (const d of diagnostics) {
    const parsed = DiagnosticSchema.parse(d);
    expect(parsed.range.start).toBeLessThanOrEqual(parsed.range.end);
    expect(parsed.range.end).toBeLessThanOrEqual(text.length);
  }
  for (const r of ranges) {
    if (!r) continue;
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
  }
}

describe('robustness', () => {
  it('never crashes on a window of the source with lines deleted, duplicated or swapped', () => {
    fc.assert(
      fc.property(
        fc.nat(sourceLines.length - 1),
        fc.integer({ min: 20, max: 600 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (from, size, edits) => {
          const text = apply(sourceLines.slice(from, from + size), edits).join('\n');
          if (text.trim() === '') {
            expect(() => parseGazette(text)).toThrow(expect.objectContaining({ name: 'ParseError', code: 'EMPTY' }));
            return;
          }
          const { issue, diagnostics } = parseGazette(text);
          expect(Array.isArray(issue.documents)).toBe(true);
          checkResult(
            text,
            diagnostics,
            issue.documents.map((d) => d.source),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never crashes on the whole issue with lines shuffled, and says what went wrong', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 3, maxLength: 30 }), (edits) => {
        const text = apply(sourceLines, edits).join('\n');
        const { issue, diagnostics } = parseGazette(text);
        checkResult(
          text,
          diagnostics,
          issue.documents.map((d) => d.source),
        );
        // Whatever broke the matching is reported, once per entry or document it left alone. (The
        // issue always has diagnostics, so "some diagnostic" would prove nothing.)
        const count = (code: string) => diagnostics.filter((d) => d.code === code).length;
        const matched = issue.toc.filter((e) => e.documentId !== undefined).length;
        expect(count('toc-unmatched')).toBe(issue.toc.length - matched);
        if (issue.toc.length > 0) expect(count('toc-missing-entry')).toBe(issue.documents.length - matched);
      }),
      { numRuns: 15 },
    );
  });

  it('reports a deleted document head and a duplicated one', () => {
    // The title and the number gone: the TOC entry has no document.
    const title = source.indexOf('# 长治市人民政府\n\n## 关于印发长治市承接省政府授权');
    const number = '长政发〔2024〕6号\n';
    expect(title).toBeGreaterThan(0);
    const headless = source.slice(0, title) + source.slice(source.indexOf(number, title) + number.length);
    expect(
      parseGazette(headless)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.code),
    ).toContain('toc-unmatched');
    const head = source.indexOf('## 长治市人民政府 关于长治市现代水网建设规划');
    const end = source.indexOf('## 长治市人民政府 关于八百里浊漳河');
    const twice = source.slice(0, end) + source.slice(head, end) + source.slice(end);
    const codes = parseGazette(twice).diagnostics.map((d) => d.code);
    expect(codes).toContain('duplicate-document-number');
    expect(codes).toContain('toc-missing-entry');
  });

  it('parses any window of the source as a document without crashing', () => {
    fc.assert(
      fc.property(fc.nat(sourceLines.length - 1), fc.integer({ min: 1, max: 200 }), (from, size) => {
        const text = sourceLines.slice(from, from + size).join('\n');
        if (text.trim() === '') {
          expect(() => parseDocument(text)).toThrow(expect.objectContaining({ name: 'ParseError', code: 'EMPTY' }));
          return;
        }
        const { document, diagnostics } = parseDocument(text);
        checkResult(text, diagnostics, [document.source]);
      }),
      { numRuns: 100 },
    );
  });

  it('reads any validity clause without throwing, whatever its dates and period', () => {
    const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
    fc.assert(
      fc.property(
        fc.tuple(digits(0, 9999), digits(0, 19), fc.option(digits(0, 40), { nil: undefined })),
        fc.tuple(
          fc.constantFrom('', '为'),
          fc.oneof(digits(0, 120), fc.constantFrom('一', '两', '十', '三十')),
          fc.constantFrom('', '个'),
          fc.constantFrom('年', '月', '日', '天'),
        ),
        ([year, month, day], period) => {
          const from = `${year.padStart(4, '0')}年${month}月${day === undefined ? '' : `${day}日`}`;
          const clause = `本办法自${from}起施行，有效期${period.join('')}。`;
          const text = notice([clause]);
          const { document, diagnostics } = parseDocument(text);
          expect(document.validity?.text).toBe(clause.slice(0, -1));
          checkResult(text, diagnostics, [document.validity?.source]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws nothing but ParseError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '一',
            '、',
            '（',
            '）',
            '\n',
            '\t',
            '#',
            ' ',
            '号',
            '〔',
            '2',
            '年',
            '月',
            '日',
            '：',
            '附',
            '件',
            '\u0000',
          ),
        }),
        (text) => {
          for (const parse of [parseGazette, parseDocument]) {
            try {
              parse(text);
            } catch (error) {
              expect((error as Error).name).toBe('ParseError');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
