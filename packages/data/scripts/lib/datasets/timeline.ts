/**
 * The timeline: every dated commitment in the text — deadlines (2024年底前 …), yearly targets
 * (到2025年 …), milestones named by a year or month only (2024年完成…, 2024年开工建设), effective
 * dates (自…起施行, 自公布之日起施行) — found with `findDates` of `@gongbao/utils` and two narrow
 * patterns, plus the expiry of each stated validity period. One commitment stated twice in a
 * document (a plan's text and the attachment table repeating it) is one entry with both sources.
 */
import type { Document, IsoDate } from '@gongbao/core';
import { findDates } from '@gongbao/utils';
import { type TextPiece, textPieces } from '../../../src/internal/text-blocks';
import type { TimelineEntry } from '../../../src/timeline-entry';
import type { DATE_PRECISIONS } from '../../../src/timeline-kinds';

type Precision = (typeof DATE_PRECISIONS)[number];

/**
 * `到2025年` / `至2027年` not followed by a month: a goal for the year. `findDates` leaves bare
 * years out (too noisy in general); after 到/至 they are commitments. (Requested from utils, see
 * PARSER-REQUESTS.md.)
 */
const TARGET = /(?:到|至)\s*(\d{4})\s*年(?!\s*\d|\s*[〇○零一二三四五六七八九十]+\s*月|\s*[底末上下第])/gu;

/** A year, maybe with a month: the candidates for milestones (checked by {@link milestoneAt}). */
const YEAR_MENTION = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?/gu;

/** What may stand before a milestone's year: the start of a clause (or 力争 …). */
const CLAUSE_START = new Set(['，', ',', '。', '；', ';', '\t', '\n', '（', '(']);
const LEADS = ['力争', '计划', '确保'];
/**
 * What may not follow it: more of a date or a range (2024-2026年, 2024年、2025年, 2024年以后,
 * 2024年底, 2024年度, (2024年版)) or a quantity (2024年6000亩).
 */
const NOT_AFTER = /^[\d〇○零一二三四五六七八九十、—\-~～至到底末上下第度份前以版间的年月]/u;
/** A step the clause commits to; without one a year is a label (2024年长治市…目录, 2024年奖励资金共计…). */
const STEP =
  /完成|开工|建成|启动|实现|达到|推动|推进|更新|开展|投入|制定|形成|建立|出台|开始|提高|提升|降至|覆盖|创建|打造|培育|新增|改造/u;
const CLAUSE_END = /[，,。；;\t\n]/u;

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');

/** How exact a date found by `findDates` is, from its words: 日 → day, 季度, 半年, 月, else a year. */
export function precisionOf(raw: string): Precision {
  if (raw.includes('日')) return 'day';
  if (raw.includes('季度')) return 'quarter';
  if (raw.includes('半年')) return 'half-year';
  if (raw.includes('月')) return 'month';
  return 'year';
}

/** A milestone found at a {@link YEAR_MENTION} match, or `undefined` when the year is not one. */
export function milestoneAt(
  text: string,
  index: number,
  end: number,
  year: number,
  month: number | undefined,
): { date: IsoDate; precision: Precision; start: boolean } | undefined {
  let before = index - 1;
  while (before >= 0 && text[before] === ' ') before -= 1;
  const lead = LEADS.some((word) => text.startsWith(word, before - word.length + 1));
  if (before >= 0 && !CLAUSE_START.has(text[before] ?? '') && !lead) return undefined;
  const after = text.slice(end, end + 60).replace(/^ +/u, '');
  if (month === undefined ? NOT_AFTER.test(after) : /^[\d日底末份前的]/u.test(after)) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const start = after.startsWith('起') || after.startsWith('开始');
  const rest = after.replace(/^[内起\s，,]+/u, '');
  const cut = rest.search(CLAUSE_END);
  const clause = cut === -1 ? rest : rest.slice(0, cut);
  if (!start && !STEP.test(clause)) return undefined;
  const m = month ?? (start ? 1 : 12);
  const day = start ? 1 : lastDay(year, m);
  return { date: `${year}-${pad(m)}-${pad(day)}` as IsoDate, precision: month === undefined ? 'year' : 'month', start };
}

/** The clause around [start, end): from the previous 。；; to the next one. */
export function clauseAround(text: string, start: number, end: number): string {
  const before = Math.max(...['。', '；', ';', '\n', '\t'].map((mark) => text.lastIndexOf(mark, start - 1)));
  const afterCandidates = ['。', '；', ';', '\n', '\t'].map((mark) => text.indexOf(mark, end)).filter((i) => i !== -1);
  const after = afterCandidates.length > 0 ? Math.min(...afterCandidates) + 1 : text.length;
  return text.slice(before + 1, after).trim();
}

/**
 * The clause around a date; for a table cell holding nothing but the date (计划完成时间: 2024年6月底前),
 * the whole row, its cells joined by spaces, so the entry says what is due.
 */
function contextOf(piece: TextPiece, index: number, end: number): string {
  const clause = clauseAround(piece.text, index, end);
  if (!piece.path.includes('/table/rows/') || clause !== piece.text.slice(index, end).trim()) return clause;
  return piece.text
    .split('\t')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' ');
}

/** Text compared without spaces, with ASCII punctuation for the full-width forms. */
function comparable(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/[，；：（）！]/gu, (c) => String.fromCharCode((c.codePointAt(0) ?? 0) - 0xfee0));
}

/**
 * What an entry commits to, for finding the same commitment stated twice: the words of its clause
 * after the date (the first 16 characters, compared without spaces and punctuation widths).
 * Empty when the clause says nothing after the date.
 */
export function commitmentKey(entry: Pick<TimelineEntry, 'dateText' | 'context'>): string {
  const context = comparable(entry.context);
  const words = comparable(entry.dateText);
  const at = context.indexOf(words);
  const after = (at === -1 ? context : context.slice(at + words.length)).replace(/^[,;。、:]+/u, '');
  return after.replace(/[,;。、:]+$/u, '').slice(0, 16);
}

type Draft = Omit<TimelineEntry, 'sources'>;

/** The part of a document a path is in: `body`, `enclosures/0`, `attachments/1` … */
const partOf = (path: string): string => {
  const [first = '', second = ''] = path.split('/', 2);
  return first === 'enclosures' || first === 'attachments' ? `${first}/${second}` : first;
};

/**
 * Merges the entries of one document that state the same commitment in different parts of it (a
 * plan's text and the attachment table repeating it): one entry, every source. Within one part
 * the same words are separate commitments (two tasks each 2024年启动前期工作,2026年建成投入使用).
 */
function mergeRepeats(entries: readonly Draft[]): TimelineEntry[] {
  const merged: TimelineEntry[] = [];
  const byKey = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const key = commitmentKey(entry);
    const id = `${entry.kind}|${entry.date}|${entry.precision}|${key}`;
    const part = partOf(entry.path);
    const same = key.length >= 4 ? (byKey.get(id) ?? []) : [];
    const earlier = same.find((e) => e.sources.every((s) => partOf(s.path) !== part));
    if (earlier) {
      earlier.sources.push({ path: entry.path, line: entry.line });
      continue;
    }
    const full: TimelineEntry = { ...entry, sources: [{ path: entry.path, line: entry.line }] };
    if (key.length >= 4) byKey.set(id, [...same, full]);
    merged.push(full);
  }
  return merged;
}

const UNIT_WORDS = { year: '年', month: '个月', day: '天' } as const;

/**
 * The timeline entries of the documents, in document and reading order. Deadlines, targets and
 * milestones in a year before the document's own year are left out: they describe the past
 * (建成于2000年底前的老旧小区, 以2023年底…在岗人数为基数, 2023年,基本完成…排查), they are not
 * commitments. A commitment stated again in the same document (the table of an attachment
 * repeating the plan's text) is one entry whose `sources` lists both places.
 */
export function timelineEntries(documents: readonly Document[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const doc of documents) {
    const base = { documentId: doc.id, docNumber: doc.docNumber.canonical };
    const firstOfYear = `${doc.writtenDate.slice(0, 4)}-01-01`;
    const validity = doc.validity;
    const drafts: Draft[] = [];
    for (const piece of textPieces(doc)) {
      // A table row's piece carries the row's own range (Table.rowSources), other pieces their block's.
      const line = piece.source?.line ?? null;
      const found: Array<{ index: number; end: number; entry: Draft }> = [];
      const add = (index: number, end: number, entry: Omit<Draft, keyof typeof base | 'path' | 'line' | 'context'>) =>
        found.push({
          index,
          end,
          entry: { ...base, ...entry, context: contextOf(piece, index, end), path: piece.path, line },
        });
      for (const item of findDates(piece.text, { reference: doc.writtenDate })) {
        if (item.type === 'duration' || item.type === 'date') continue;
        if (item.type === 'effective') {
          // 自公布之日起施行: no date in the words; the parser's validity says what stands in for it.
          const date = item.date ?? (validity?.effectiveFromBasis === 'written-date' ? validity.effectiveFrom : null);
          if (date === null || date === undefined) continue;
          const basis = item.date === null ? 'written-date' : precisionOf(item.raw) === 'month' ? 'month' : 'stated';
          add(item.index, item.end, {
            date,
            precision: precisionOf(item.raw),
            basis,
            kind: 'effective',
            dateText: item.raw,
          });
          continue;
        }
        if (item.date === null) continue;
        const kind = item.kind === 'recurring' || item.kind === 'relative' ? 'recurring' : 'deadline';
        add(item.index, item.end, {
          date: item.date,
          precision: precisionOf(item.raw),
          basis: 'stated',
          kind,
          dateText: item.raw,
        });
      }
      for (const match of piece.text.matchAll(TARGET)) {
        const end = match.index + match[0].length;
        const date = `${Number(match[1])}-12-31` as IsoDate;
        add(match.index, end, { date, precision: 'year', basis: 'stated', kind: 'target', dateText: match[0] });
      }
      const covered = found.map((f) => [f.index, f.end] as const);
      for (const match of piece.text.matchAll(YEAR_MENTION)) {
        const end = match.index + match[0].length;
        if (covered.some(([from, to]) => match.index < to && end > from)) continue;
        const month = match[2] === undefined ? undefined : Number(match[2]);
        const milestone = milestoneAt(piece.text, match.index, end, Number(match[1]), month);
        if (!milestone) continue;
        const { date, precision } = milestone;
        add(match.index, end, { date, precision, basis: 'stated', kind: 'milestone', dateText: match[0] });
      }
      found.sort((a, b) => a.index - b.index);
      for (const f of found) if (f.entry.kind === 'effective' || f.entry.date >= firstOfYear) drafts.push(f.entry);
    }
    const until = validity?.until;
    if (until !== undefined) {
      const text = validity?.text ?? `有效期至${until}`;
      drafts.push({
        ...base,
        date: until,
        precision: 'day',
        basis: validity?.untilBasis ?? 'period',
        kind: 'expiry',
        dateText: validity?.period ? `有效期${validity.period.value}${UNIT_WORDS[validity.period.unit]}` : text,
        context: text,
        path: 'validity',
        line: validity?.source?.line ?? null,
      });
    }
    for (const entry of mergeRepeats(drafts)) entries.push(entry);
  }
  return entries;
}

/** The entries sorted by date, keeping document and reading order among equal dates (the sort is stable). */
export function sortByDate(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
