/**
 * What a publishing text — a 令's announcement, a 公告, a 印发 notice — says it publishes and from
 * when: `《…》已经…通过，现予公布，自2009年11月1日起施行。`, `现予发布施行`, `现将《…》印发给你们`.
 * The titles it publishes are the document's own texts, not citations.
 */
import type { Validity } from '@gongbao/core';
import { type IsoDate, parseChineseDate } from '@gongbao/utils';
import type { ParseContext } from './context.js';
import type { CleanText } from './markup.js';

const QUOTE = /《([^《》]{1,200})》/gu;
/** After the quoted titles: the verb that publishes them (已经…通过, 现印发, 印发给你们). */
const PUBLISHED_AFTER = /^(?:等[^，。；,]{0,8})?[，,]?(?:已经|已由|已于|业经|现予|现|予以|印发|颁布|发布|公布)/u;
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
      if (runBefore || PUBLISHED_AFTER.test(text.slice(end, end + 12))) for (const t of run) out.push(t);
      run = [];
    });
  }
  return out;
}

const ANNOUNCED = /现予(?:以)?(?:发布|公布|颁布|印发)/u;
const DATE_AFTER = /^(?:施行|实施)|^[，,]?\s*自\s*([^。；，,起]{1,20}?)\s*起\s*(?:施行|实施|生效)/u;

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
  for (const { text, map } of texts) {
    const m = ANNOUNCED.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const d = DATE_AFTER.exec(after);
    if (!d) continue;
    const end = m.index + m[0].length + d[0].length;
    const range = map.sourceRange(m.index, end);
    const base: Validity = { text: text.slice(m.index, end), source: ctx.range(range.start, range.end) };
    const when = d[1]?.trim();
    if (when === undefined || /^(?:公布|发布|颁布)之日$/u.test(when)) {
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
