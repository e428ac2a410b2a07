import { type GazetteIssue, GazetteIssueSchema, type Table } from '@gongbao/core';
import type { Diagnostic } from './diagnostic.js';
import { ParseContext } from './internal/context.js';
import { parseGazetteLines } from './internal/gazette.js';
import { assertText, validateInto } from './internal/validate.js';

/** Options of {@link parseGazette}. */
export interface ParseGazetteOptions {
  /** Validate the issue with `GazetteIssueSchema` and report failures as `schema-invalid` (default true). */
  validate?: boolean;
}

/** The result of {@link parseGazette}. */
export interface ParseGazetteResult {
  /** The issue. When a diagnostic says `schema-invalid`, some required field is missing. */
  issue: GazetteIssue;
  /** Every table of the issue's documents, in order (the same objects as in the documents' blocks). */
  tables: Table[];
  /** Findings of the parser, with their source ranges. */
  diagnostics: Diagnostic[];
}

/**
 * Parses a whole gazette issue (政府公报) from its markdown text: the masthead and editorial
 * board, the table of contents (sections, entries, pages; numbers written with [ ] normalised), the
 * documents split at their heads (title + 发文字号) and matched one-to-one to the TOC entries, each
 * parsed as by {@link parseDocument}, citations resolved within the issue, and the back cover. A
 * document without a TOC line is still its own document (`toc-missing-entry`); one whose 发文字号
 * line is missing starts at the title lines its TOC entry names, with the entry's number
 * (`no-document-number`), instead of being read as the end of the document before it.
 *
 * Odd but real input (missing, duplicated or shuffled lines, broken tables) never throws: what the
 * rules cannot repair is reported as a {@link Diagnostic} with its place.
 *
 * @param markdown - The issue's text.
 * @param options - See {@link ParseGazetteOptions}.
 * @returns The issue, its tables and the diagnostics.
 * @throws `ParseError` (from `@gongbao/utils`) when the input is empty or binary.
 * @example
 * ```ts
 * const markdown = [
 *   '# 某市人民政府公报', '2024年第1期(总第9期)', '出版日期:2024年2月28日',
 *   '# 目 录', '## 市政府文件', '- 某市人民政府关于印发某办法的通知(某政发[2024]1号) ..... 1',
 *   '# 某市人民政府关于印发某办法的通知', '某政发〔2024〕1号', '各县人民政府：',
 *   '《某办法》已经市政府同意，现印发给你们。', '某市人民政府', '2024年1月5日', '(此件公开发布)',
 *   '## 某办法', '第一条 为了规范管理，制定本办法。', '第二条 本办法自2024年2月1日起施行。',
 * ].join('\n\n');
 * const { issue } = parseGazette(markdown);
 * issue.number;                              //=> 1
 * issue.toc[0]?.docNumber?.canonical;        //=> '某政发〔2024〕1号'
 * issue.documents[0]?.section;               //=> '市政府文件'
 * issue.documents[0]?.enclosures[0]?.title;  //=> '某办法'
 * issue.documents[0]?.validity?.effectiveFrom; //=> '2024-02-01'
 * parseGazette('\u0000\u0001');              //=> throws ParseError
 * ```
 */
export function parseGazette(markdown: string, options: ParseGazetteOptions = {}): ParseGazetteResult {
  assertText(markdown, 'a gazette');
  const ctx = new ParseContext(markdown);
  const { issue, tables } = parseGazetteLines(ctx);
  if (options.validate !== false)
    validateInto(ctx, GazetteIssueSchema, issue, { start: 0, end: Math.min(markdown.length, 1) });
  return { issue, tables, diagnostics: ctx.diagnostics };
}
