import { ParseContext } from './internal/context.js';
import { documentRuns, readRun } from './internal/documents.js';
import { assertText } from './internal/validate.js';
import type { ParseDocumentOptions, ParseDocumentResult } from './parse-document.js';

/**
 * Parses every official document (公文) of a text that holds several — two 批复 glued together, a
 * file of documents copied one after another — each as {@link parseDocument} reads one. The
 * documents are found from the text's own structure: each document head after the first starts a
 * new document — per GB/T 9704-2012, one to three title lines over a line that is a whole 发文字号
 * (or one in brackets with its date, `（国检监〔1989〕565号 一九八九年十月十六日）`), or a 令's header
 * `XX人民政府令` over `第N号` (or `东莞市人民政府令第123号` on one line); the same head finder splits
 * a gazette ({@link parseGazette}). A document without 发文字号 (a 通告) after another starts
 * after that one's end (its signature and 成文日期, whatever web page footer and navigation follow):
 * one to three title lines naming a 公文 type — any type over a 主送机关 line, else one that no
 * enclosed text has (通告, 通知 …, not 意见 or 决定) over text that ends with its own signature and
 * date — or, without a title, running text that ends with a signature and date of its own. The page
 * furniture right above a head is read with its document. An enclosed 规章 or an attachment
 * (after its 附件 label) has no 发文字号 of its own and stays part of its document, as does a text
 * the document quotes in 《》; a text without a second head is one document.
 *
 * Offsets in every result are offsets into `text`; each result carries the diagnostics found while
 * reading its document (its `schema-invalid` ones included).
 *
 * @param text - The text of one or more documents.
 * @param options - See {@link ParseDocumentOptions}.
 * @returns One result per document, in the order of the text (at least one).
 * @throws `ParseError` (from `@gongbao/utils`) when `text` is empty or binary.
 * @example
 * ```ts
 * const pifu = (title: string, number: string, date: string) =>
 *   [`长治市人民政府关于${title}的批复`, number, '市水利局：', '你局的请示收悉。经研究，同意。',
 *    '长治市人民政府', date, '（此件公开发布）'].join('\n');
 * const results = parseDocuments(
 *   `${pifu('甲规划', '长政函〔2024〕22号', '2024年5月11日')}\n\n${pifu('乙规划', '长政函〔2024〕30号', '2024年6月4日')}`,
 * );
 * results.length;                               //=> 2
 * results[1]?.document.docNumber?.canonical;    //=> '长政函〔2024〕30号'
 * results[1]?.document.writtenDate;             //=> '2024-06-04'
 * results.every((r) => r.complete);             //=> true
 * parseDocuments('');                           //=> throws ParseError
 * ```
 */
export function parseDocuments(text: string, options: ParseDocumentOptions = {}): ParseDocumentResult[] {
  assertText(text, 'a document');
  const ctx = new ParseContext(text);
  const results: ParseDocumentResult[] = [];
  for (const run of documentRuns(ctx).runs) {
    const before = ctx.diagnostics.length;
    const { complete, document } = readRun(ctx, run, options.validate !== false);
    const diagnostics = ctx.diagnostics.slice(before);
    results.push(complete ? { complete, document, diagnostics } : { complete, document, diagnostics });
  }
  return results;
}
