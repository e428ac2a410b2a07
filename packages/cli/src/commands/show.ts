/** `gongbao show <id | 发文字号> [--text | --outline | --json] [--date D]`. */
import { documentStatus, documentToText } from '@gongbao/core';
import { documents } from '@gongbao/data';
import { dateArg } from '../args.js';
import { type Context, writeJson } from '../context.js';
import { documentFacts, documentOutline } from '../format/document-facts.js';
import { todayInChina } from '../today.js';
import { lookupDocument } from './lookup.js';

interface ShowOptions {
  readonly date?: string;
  readonly text?: boolean;
  readonly outline?: boolean;
  readonly json?: boolean;
}

export async function showCommand(ctx: Context, words: string[], options: ShowOptions): Promise<void> {
  const on = options.date === undefined ? todayInChina() : dateArg(options.date, '--date');
  const doc = lookupDocument(words);
  if (options.json) {
    await writeJson(ctx, doc);
    return;
  }
  if (options.text) {
    ctx.out.line(documentToText(doc));
    return;
  }
  if (options.outline) {
    for (const line of documentOutline(doc, ctx.color)) ctx.out.line(line);
    return;
  }
  const status = { on, status: documentStatus(doc, on, documents) };
  for (const line of documentFacts(doc, ctx.color, status)) ctx.out.line(line);
  if (ctx.out.isTTY)
    ctx.out.line(ctx.color.dim(`--text prints the full text, --outline its headings, --json all of it`));
}
