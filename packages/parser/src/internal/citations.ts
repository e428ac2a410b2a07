import type { Citation } from '@gongbao/core';
import { findDocumentNumbers } from '@gongbao/utils';
import type { ParseContext } from './context.js';
import type { CleanText } from './markup.js';
import { compact } from './rules.js';
import { isSpaceChar } from './space.js';

// An organisation, or the short names of a party committee and a government of one level (市委、市政府《…》).
const ORG =
  /^(?:中共中央|党中央|国务院|全国人大常委会|[省市州县区镇乡](?:委|政府)|[\p{Script=Han}]{2,20}?(?:人民政府|办公厅|办公室|委员会|管委会|局|厅|部|署|院|委))$/u;
const WORDS = '根据|按照|依据|结合|落实|贯彻|执行|参照|对照|印发|转发|认真|全面|严格|关于|现将|现就|和|及|与|为';
const BOUNDARY = new RegExp(`(?:[，,、。；;：:（(“\\s]|${WORDS})$`, 'u');
const STARTS_WITH_WORD = new RegExp(`^(?:${WORDS})`, 'u');
/** 和/及/与 before a short name (…部署和市委): the issuer starts after it, no department name has it inside. */
const JOINS_SHORT_NAME = /[和及与][省市州县区镇乡](?:委|政府)/u;

/**
 * The issuer written right before a book title (国务院《…》, 中共中央办公厅、国务院办公厅《…》,
 * 市委、市政府《…》):
 * the longest run of organisation names joined by 、 that ends the text and starts after
 * punctuation or a word that introduces a citation.
 */
function issuerBefore(before: string): string | undefined {
  let best: string | undefined;
  // Only Han characters and 、 can be part of an issuer: find where that run starts.
  let from = before.length;
  while (from > 0 && /[\u3400-\u9fff、]/u.test(before[from - 1] as string)) from--;
  for (let k = before.length - 2; k >= from; k--) {
    if (k > 0 && !BOUNDARY.test(before.slice(Math.max(0, k - 2), k))) continue;
    const candidate = before.slice(k);
    const parts = candidate.split('、');
    if (parts.every((part) => ORG.test(part) && !STARTS_WITH_WORD.test(part) && !JOINS_SHORT_NAME.test(part)))
      best = candidate;
  }
  return best;
}

/** Book titles 《…》 in a text (outermost only), as [start, end) with end after the 》. */
function bookTitles(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a /* 《 */) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 0x300b /* 》 */ && depth > 0) {
      depth--;
      if (depth === 0) out.push([start, i + 1]);
    }
  }
  return out;
}

/**
 * Finds citations in the texts of a document: book titles 《…》 (with the issuer written before
 * them, 国务院《…》) and 发文字号, paired when the number follows the title in brackets
 * (`《…》(长政办发〔2020〕32号)`). Aliases defined with 以下简称, and titles in `ownTitles` (the
 * document's own title, enclosures and attachments, compacted) or short names ending one of them
 * (《行动方案》 for its 行动方案) are not citations — unless a 发文字号 other than `ownNumber` (the
 * document's own, canonical) follows: then it is an earlier text of the same name. Also reports a 号 outside its bracket and English
 * words in Chinese text.
 */
export function findCitations(
  ctx: ParseContext,
  texts: readonly CleanText[],
  ownTitles: ReadonlySet<string>,
  ownNumber?: string,
): Citation[] {
  const citations: Citation[] = [];
  const aliases = new Set<string>();
  for (const clean of texts) {
    // The map only where a finding needs it: a cell's map is made when first asked for.
    const { text } = clean;
    const hasTitle = text.includes('《');
    const hasNumber = text.includes('号');
    if (!hasTitle && !hasNumber) {
      checkText(ctx, clean);
      continue;
    }
    const numbers = hasNumber ? findDocumentNumbers(text) : [];
    const usedNumbers = new Set<number>();
    // Titles and numbers both come in text order: the first number after a title moves forward only.
    let next = 0;
    for (const [start, end] of hasTitle ? bookTitles(text) : []) {
      const title = text.slice(start + 1, end - 1).trim();
      if (title === '') continue;
      const before = text.slice(Math.max(0, start - 30), start);
      if (/简称$/u.test(before)) {
        aliases.add(title);
        continue;
      }
      if (aliases.has(title)) continue;
      // A number right after the title, in brackets: only the first number after it can be (any
      // later one has that number's text in between).
      while (next < numbers.length && (numbers[next] as (typeof numbers)[number]).start < end) next++;
      const n =
        next < numbers.length && onlyBracketBetween(text, end, (numbers[next] as (typeof numbers)[number]).start)
          ? next
          : -1;
      const numbered = numbers[n];
      // The document's own title, or a short name of it (《行动方案》 in the 行动方案), is no citation —
      // unless another document's number follows: 原《…办法》(长科发[2022]11号) is the old text of that name.
      const own = isOwnTitle(compact(title), ownTitles);
      if (own && (numbered === undefined || numbered.value.canonical === ownNumber)) continue;
      const citation: Citation = { title };
      let from = start;
      let to = end;
      const issuer = issuerBefore(before);
      if (issuer) {
        citation.issuer = issuer;
        from = start - issuer.length;
      }
      if (n !== -1) {
        const number = numbers[n] as (typeof numbers)[number];
        citation.docNumber = number.value;
        usedNumbers.add(n);
        to = number.end;
        const close = /^\s*[)）]/u.exec(text.slice(to, to + 4));
        if (close) to += close[0].length;
      }
      citation.text = text.slice(from, to);
      const range = clean.map.sourceRange(from, to);
      citation.source = ctx.range(range.start, range.end);
      citations.push(citation);
    }
    numbers.forEach((number, n) => {
      if (usedNumbers.has(n)) return;
      const range = clean.map.sourceRange(number.start, number.end);
      citations.push({
        docNumber: number.value,
        text: text.slice(number.start, number.end),
        source: ctx.range(range.start, range.end),
      });
    });
    checkText(ctx, clean);
  }
  return citations;
}

/** Whether `text` between `from` and `to` is only spaces and at most one opening bracket (`\s*[（(]?\s*`). */
function onlyBracketBetween(text: string, from: number, to: number): boolean {
  let bracket = false;
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '（' || c === '(') {
      if (bracket) return false;
      bracket = true;
    } else if (!isSpaceChar(c)) return false;
  }
  return true;
}

/** Whether `title` (compacted) is one of the own titles or a shorter name ending one (《方案》, 《行动方案》). */
function isOwnTitle(title: string, ownTitles: ReadonlySet<string>): boolean {
  if (ownTitles.has(title)) return true;
  for (const own of ownTitles) if (own.length > title.length && own.endsWith(title)) return true;
  return false;
}

const OUTSIDE = /[〔[［【]\s*\d{4}\s*[〕\]］】]\s*\d+\s*[)）]\s*号/gu;
/**
 * An English word between Han characters, both Han characters part of the match (a lookaround
 * makes recheck's verdict a guess; this form it proves linear).
 */
const LATIN = /[\u4e00-\u9fff] +(and|or|the|of|in) +[\u4e00-\u9fff]/gu;

function checkText(ctx: ParseContext, clean: CleanText): void {
  const { text } = clean;
  if (text.includes('号')) {
    for (const m of text.matchAll(OUTSIDE)) {
      const range = clean.map.sourceRange(m.index ?? 0, (m.index ?? 0) + m[0].length);
      ctx.report('number-outside-bracket', `号 outside the bracket of a 发文字号: ${m[0]}`, range.start, range.end);
    }
  }
  if (!/[A-Za-z]/u.test(text)) return;
  LATIN.lastIndex = 0;
  for (let m = LATIN.exec(text); m !== null; m = LATIN.exec(text)) {
    const range = clean.map.sourceRange(m.index + 1, m.index + m[0].length - 1);
    ctx.report('latin-word-in-text', `English word "${m[1]}" inside Chinese text`, range.start, range.end);
    // The closing Han character may open the next match.
    LATIN.lastIndex = m.index + m[0].length - 1;
  }
}
