/**
 * `gongbao parse <file | -> [--document | --documents] [--json] [--out FILE] [--info]`: the parser
 * on the user's text — a gazette issue (parseGazette), one 公文 (parseDocument) or several
 * (parseDocuments).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Diagnostic, ParseDocumentResult, ParseGazetteResult } from '@gongbao/parser';
import { ParseError } from '@gongbao/utils';
import { failure } from '../cli-error.js';
import { type Context, jsonChunks, writeJson } from '../context.js';
import { documentFacts } from '../format/document-facts.js';
import { Progress } from '../progress.js';
import { checkEncoding, displayName, readText } from '../text-input.js';
import { writeFileError } from '../write-error.js';

interface ParseOptions {
  readonly document?: boolean;
  readonly documents?: boolean;
  readonly json?: boolean;
  readonly out?: string;
  readonly encoding?: string;
  readonly info?: boolean;
}

/** Texts from this size on get a progress line on a terminal while they are parsed. */
const LARGE = 1024 * 1024;

/**
 * Each diagnostic's 1-based column (in characters) on its line. Diagnostics are visited in source
 * order, so each line is walked once however many diagnostics it has.
 */
export function diagnosticColumns(text: string, diagnostics: readonly Diagnostic[]): Map<Diagnostic, number> {
  const columns = new Map<Diagnostic, number>();
  const sorted = diagnostics.slice().sort((a, b) => a.range.start - b.range.start);
  let lineStart = 0;
  let at = 0;
  let column = 1;
  for (const diagnostic of sorted) {
    const start = Math.min(diagnostic.range.start, text.length);
    const newline = text.lastIndexOf('\n', start - 1);
    if (newline + 1 !== lineStart) {
      lineStart = newline + 1;
      at = lineStart;
      column = 1;
    }
    for (const _ of text.slice(at, start)) column++;
    at = start;
    columns.set(diagnostic, column);
  }
  return columns;
}

/** The diagnostics as a compiler prints them: `file:line:col severity code message`. */
function printDiagnostics(
  ctx: Context,
  name: string,
  text: string,
  diagnostics: readonly Diagnostic[],
  info: boolean,
): void {
  const { bold, cyan, dim, red, yellow } = ctx.errColor;
  const shown = diagnostics.filter((d) => info || d.severity !== 'info');
  const columns = diagnosticColumns(text, shown);
  const severity = { error: red('error'), warning: yellow('warning'), info: cyan('info') };
  for (const d of shown) {
    ctx.err.line(
      `${bold(`${name}:${d.range.line}:${columns.get(d) ?? 1}`)} ${severity[d.severity]} ${dim(d.code)} ${d.message}`,
    );
  }
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const hidden = !info && infos > 0 ? ' (--info shows them)' : '';
  ctx.err.line(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}${hidden}`);
}

/** Writes the JSON result to a file, synchronously in chunks; a failure names the file. */
function writeJsonFile(path: string, value: unknown): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw writeFileError(path, error, `give a file name, e.g. --out ${path}/result.json`);
  }
  try {
    let buffer = '';
    for (const chunk of jsonChunks(value)) {
      buffer += chunk;
      if (buffer.length >= 1 << 16) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, `${buffer}\n`);
  } catch (error) {
    throw writeFileError(path, error, `give a file name, e.g. --out ${path}/result.json`);
  } finally {
    closeSync(fd);
  }
}

export async function parseCommand(ctx: Context, path: string, options: ParseOptions): Promise<void> {
  const name = displayName(path);
  const encoding = checkEncoding(options.encoding);
  const text = await readText(ctx, { path, encoding });
  const { parseDocument, parseDocuments, parseGazette } = await import('@gongbao/parser');
  const progress = text.length >= LARGE ? new Progress(ctx, '', undefined) : undefined;
  progress?.phase(`parsing ${name} (${(text.length / 1024 / 1024).toFixed(1)} M characters)…`);
  let result: ParseDocumentResult | ParseDocumentResult[] | ParseGazetteResult;
  try {
    result = options.documents ? parseDocuments(text) : options.document ? parseDocument(text) : parseGazette(text);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    throw failure(
      error.code === 'EMPTY'
        ? `${name}: the file is empty (or only blank lines)`
        : `${name}: not text (${error.message})`,
      error.code === 'EMPTY'
        ? 'Give a gazette issue or, with --document, one 公文 (--documents: several).'
        : 'Give a text or markdown file.',
    );
  } finally {
    progress?.done();
  }
  const diagnostics = Array.isArray(result) ? result.flatMap((one) => one.diagnostics) : result.diagnostics;
  printDiagnostics(ctx, name, text, diagnostics, options.info === true);
  if (diagnostics.some((d) => d.severity === 'error')) ctx.exitCode = 1;
  if (options.document && diagnostics.some((d) => d.code === 'multiple-documents')) {
    ctx.err.line('The text holds several documents: --documents reads each.');
  }
  if (options.out !== undefined) {
    writeJsonFile(options.out, result);
    ctx.err.line(`wrote ${options.out}`);
  }
  if (options.json) {
    await writeJson(ctx, result);
    return;
  }
  if (options.out !== undefined) return;
  if (Array.isArray(result)) {
    ctx.out.line(ctx.color.bold(`${result.length} document${result.length === 1 ? '' : 's'}`));
    for (const one of result) {
      ctx.out.line();
      for (const line of documentFacts(one.document, ctx.color)) ctx.out.line(line);
    }
    return;
  }
  if ('document' in result) {
    for (const line of documentFacts(result.document, ctx.color)) ctx.out.line(line);
    return;
  }
  const { issue, tables } = result;
  // After error diagnostics, fields the schema requires may be missing.
  const masthead = [
    issue.title === undefined ? '(no gazette title)' : `《${issue.title}》`,
    issue.year === undefined ? '' : `${issue.year}年`,
    issue.number === undefined ? '' : `第${issue.number}期`,
    issue.cumulative === undefined ? '' : `（总第${issue.cumulative}期）`,
  ].join('');
  ctx.out.line(ctx.color.bold(masthead));
  ctx.out.line(`  ${issue.documents.length} documents, ${issue.toc.length} contents entries, ${tables.length} tables`);
  for (const doc of issue.documents) ctx.out.line(`  ${doc.docNumber?.canonical ?? '(no 发文字号)'}  ${doc.title}`);
}
