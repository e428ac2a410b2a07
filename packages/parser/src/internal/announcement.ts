/**
 * What a publishing text — a 令's announcement, a 公告, a 印发 notice — says it publishes and from
 * when: `《…》已经…通过，现予公布，自2009年11月1日起施行。`, `现予发布施行`, `现将《…》印发给你们`.
 * The titles it publishes are the document's own texts, not citations.
 */
import type { Validity } from '@gongbao/core';
import { type IsoDate, parseChineseDate } from '@gongbao/utils';
import type { ParseContext } from './context.js';
import type { CleanText } from './markup.js';

const QUOTE = /《([^《》]+)》/gu;
/** After the quoted titles: the verb that publishes them (已经…通过, 现印发, 印发给你们). */
const PUBLISHED_AFTER =
  /^(?:[（(][^（）()]{0,30}[）)])?(?:等[^，。；,]{0,8})?[，,]?(?:已经|已由|已于|业经|现予|现|予以|印发|颁布|发布|公布)/u;
/** Before the quoted titles: 现将《…》, 印发《…》, 颁布《…》. */
const PUBLISHED_BEFORE = /(?:现将|印发|颁布|发布|公布|转发)$/u;

/** The titles a text publishes: quoted right before 已经/现予/印发 or right after 现将/印发. */
export function publishedTitles(texts: readonly CleanText[]): string[] {
  const out: string[] = [];
  for (const { text } of texts) {
    if (!text.includes('《')) continue;
    const quotes = [...text.matchAll(QUOTE)];
    // Runs of titles joined by 、 和 及 (《A》、《B》和《C》) share the verb after the last one.
    let run: string[] = [];
    let runBefore = false;
    quotes.forEach((m, n) => {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (run.length === 0) runBefore = PUBLISHED_BEFORE.test(text.slice(Math.max(0, start - 4), start));
      run.push((m[1] as string).trim());
      const next = quotes[n + 1];
      const gap = next ? text.slice(end, next.index ?? end) : undefined;
      if (gap !== undefined && /^[、和及与,，]?$/u.test(gap)) return;
      // Wide enough for a bracketed aside of 30 characters, 等…, and the verb: 《…》(NO:SC112371)已由….
      if (runBefore || PUBLISHED_AFTER.test(text.slice(end, end + 48))) for (const t of run) out.push(t);
      run = [];
    });
  }
  return out;
}

const ANNOUNCED = /现予(?:以)?(?:发布|公布|颁布|印发)/u;
/**
 * After 现予公布: `施行` (in force now), or `，自…起施行` — the length of what is read and the date
 * text between 自 and 起 (undefined for the first form). A scan over at most 40 characters.
 */
function effectAfter(after: string): { length: number; when?: string } | undefined {
  if (after.startsWith('施行') || after.startsWith('实施')) return { length: 2 };
  let i = 0;
  if (after[i] === '，' || after[i] === ',') i++;
  while (after[i] === ' ') i++;
  if (after[i] !== '自') return undefined;
  const from = i + 1;
  const to = after.indexOf('起', from);
  if (to === -1 || to - from > 20 || /[。；，,]/u.test(after.slice(from, to))) return undefined;
  let j = to + 1;
  while (after[j] === ' ') j++;
  const verb = after.slice(j, j + 2);
  if (verb !== '施行' && verb !== '实施' && verb !== '生效') return undefined;
  return { length: j + 2, when: after.slice(from, to).trim() };
}

/**
 * The effect an announcement states: `现予公布，自2009年11月1日起施行` (that date), `现予发布施行` /
 * `自公布之日起施行` (in force from publication: the 成文日期 stands in). Undefined when it says
 * neither.
 */
export function announcedEffect(
  ctx: ParseContext,
  texts: readonly CleanText[],
  writtenDate: IsoDate | undefined,
): Validity | undefined {
  for (const clean of texts) {
    const { text } = clean;
    const m = ANNOUNCED.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const d = effectAfter(after);
    if (!d) continue;
    const end = m.index + m[0].length + d.length;
    const range = clean.map.sourceRange(m.index, end);
    const base: Validity = { text: text.slice(m.index, end), source: ctx.range(range.start, range.end) };
    const when = d.when;
    if (when === undefined || /^(?:(?:公布|发布|颁布)之日|即日)$/u.test(when)) {
      if (writtenDate === undefined) return { ...base, fromPublication: true };
      ctx.report(
        'validity-assumed',
        `"${base.text}": in force from publication; the 成文日期 ${writtenDate} stands in for it`,
        range.start,
        range.end,
      );
      return { ...base, fromPublication: true, effectiveFrom: writtenDate, effectiveFromBasis: 'written-date' };
    }
    try {
      return { ...base, effectiveFrom: parseChineseDate(when), effectiveFromBasis: 'stated' };
    } catch {
      return base;
    }
  }
  return undefined;
}
