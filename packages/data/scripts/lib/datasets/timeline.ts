/**
 * The timeline: every dated commitment in the text — deadlines (2024年底前 …), yearly targets
 * (到2025年 …), effective dates (自…起施行) — found with `findDates` of `@gongbao/utils`, plus the
 * expiry of each stated validity period.
 */
import type { Document, IsoDate } from '@gongbao/core';
import { findDates } from '@gongbao/utils';
import { textPieces } from '../../../src/internal/text-blocks';
import type { TimelineEntry } from '../../../src/timeline-entry';

/**
 * `到2025年` / `至2027年` not followed by a month: a goal for the year. `findDates` leaves bare
 * years out (too noisy in general); after 到/至 they are commitments. (Requested from utils, see
 * PARSER-REQUESTS.md.)
 */
const TARGET = /(?:到|至)\s*(\d{4})\s*年(?!\s*\d|\s*[〇○零一二三四五六七八九十]+\s*月|\s*[底末上下第])/gu;

/** The clause around [start, end): from the previous 。；; to the next one. */
export function clauseAround(text: string, start: number, end: number): string {
  const before = Math.max(...['。', '；', ';', '\n', '\t'].map((mark) => text.lastIndexOf(mark, start - 1)));
  const afterCandidates = ['。', '；', ';', '\n', '\t'].map((mark) => text.indexOf(mark, end)).filter((i) => i !== -1);
  const after = afterCandidates.length > 0 ? Math.min(...afterCandidates) + 1 : text.length;
  return text.slice(before + 1, after).trim();
}

/**
 * The timeline entries of the documents, in document and reading order. Deadlines and targets in
 * a year before the document's own year are left out: they describe the past (建成于2000年底前的
 * 老旧小区, 以2023年底…在岗人数为基数), they are not commitments.
 */
export function timelineEntries(documents: readonly Document[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const doc of documents) {
    const base = { documentId: doc.id, documentNumber: doc.docNumber.canonical };
    const firstOfYear = `${doc.writtenDate.slice(0, 4)}-01-01`;
    for (const piece of textPieces(doc)) {
      // A table row's piece carries the row's own range (Table.rowSources), other pieces their block's.
      const line = piece.source?.line ?? null;
      const found: Array<{ index: number; entry: TimelineEntry }> = [];
      for (const item of findDates(piece.text, { reference: doc.writtenDate })) {
        if (item.type === 'duration' || item.type === 'date' || item.date === null) continue;
        const kind =
          item.type === 'effective'
            ? 'effective'
            : item.kind === 'recurring' || item.kind === 'relative'
              ? 'recurring'
              : 'deadline';
        found.push({
          index: item.index,
          entry: {
            ...base,
            date: item.date,
            kind,
            text: item.raw,
            context: clauseAround(piece.text, item.index, item.end),
            path: piece.path,
            line,
          },
        });
      }
      for (const match of piece.text.matchAll(TARGET)) {
        const year = Number(match[1]);
        const end = match.index + match[0].length;
        found.push({
          index: match.index,
          entry: {
            ...base,
            date: `${year}-12-31` as IsoDate,
            kind: 'target',
            text: match[0],
            context: clauseAround(piece.text, match.index, end),
            path: piece.path,
            line,
          },
        });
      }
      found.sort((a, b) => a.index - b.index);
      entries.push(...found.map((f) => f.entry).filter((e) => e.kind === 'effective' || e.date >= firstOfYear));
    }
    const until = doc.validity?.until;
    if (until !== undefined) {
      const text = doc.validity?.text ?? `有效期至${until}`;
      entries.push({
        ...base,
        date: until,
        kind: 'expiry',
        text: doc.validity?.period
          ? `有效期${doc.validity.period.value}${{ year: '年', month: '个月', day: '天' }[doc.validity.period.unit]}`
          : text,
        context: text,
        path: 'validity',
        line: doc.validity?.source?.line ?? null,
      });
    }
  }
  return entries;
}

/** The entries sorted by date, keeping document and reading order among equal dates (the sort is stable). */
export function sortByDate(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
