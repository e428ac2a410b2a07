/**
 * Cross-checks of the generated data. Each returns the failures it finds (empty = passed); the
 * generate script throws when any check fails, and the tests run them on the published data.
 */
import type { Document, GazetteIssue, ReadonlyDeep, Table } from '@gongbao/core';
import { isIsoDate, normalizeDocumentNumber } from '@gongbao/utils';
import { textPieces } from '../../src/internal/text-blocks';
import { checkTotals } from '../../src/totals';
import { compact } from './datasets/cells';
import type { FireStationGroup } from './datasets/fire-stations';
import type { LandProgramme } from './datasets/land-quotas';

/**
 * The title a text gives just before a document number: `《title》(长政发〔2019〕2号)` → `title`;
 * `undefined` when no 《》 closes right before the number (and its opening bracket).
 */
export function titleBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && /[\s(（]/u.test(text[end - 1] ?? '')) end -= 1;
  if (text[end - 1] !== '》') return undefined;
  const start = text.lastIndexOf('《', end - 1);
  return start === -1 ? undefined : text.slice(start + 1, end - 1);
}

/**
 * Every repeal (废止) is cited: a citation carries the repealed document's number, and where the text
 * names its title in 《》 before the number, the citation carries that title too.
 */
export function checkRepeals(documents: ReadonlyDeep<Document[]>): string[] {
  const failures: string[] = [];
  for (const doc of documents) {
    for (const repealed of doc.repeals) {
      const cited = doc.citations.filter((c) => c.docNumber?.canonical === repealed.canonical);
      if (cited.length === 0) {
        failures.push(`${doc.id}: repeal of ${repealed.canonical} has no citation`);
        continue;
      }
      for (const piece of textPieces(doc)) {
        const at = piece.text.indexOf(repealed.raw);
        if (at === -1 || !piece.text.includes('废止')) continue;
        const title = titleBefore(piece.text, at);
        if (title !== undefined && !cited.some((c) => compact(c.title ?? '') === compact(title))) {
          failures.push(`${doc.id}: the citation of repealed ${repealed.canonical} lacks its title 《${title}》`);
        }
      }
    }
  }
  return failures;
}

/** The result of one named check. */
export interface CheckResult {
  readonly name: string;
  readonly failures: readonly string[];
}

/** Every 合计/小计/总计 row equals the sum of its column (see `checkTotals`). */
export function checkTableTotals(tables: ReadonlyDeep<Table[]>): string[] {
  return tables.flatMap((table) =>
    checkTotals(table)
      .filter((check) => !check.ok)
      .map((c) => `${c.tableId}: ${c.label} ${c.column} states ${c.stated}, the rows sum to ${c.computed}`),
  );
}

/** The station counts the 实施意见 states in prose: 一级城市消防站4座 … 乡镇志愿消防站39座. */
export function statedStationCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of compact(text).matchAll(/((?:一级|二级)(?:城市|乡镇专职)消防站|乡镇志愿消防站)(\d+)座/gu)) {
    counts.set(match[1] ?? '', Number(match[2]));
  }
  return counts;
}

/**
 * Fire-station plan: each “(N座)” equals the places listed; each district's stated total equals
 * its stations; the total equals `expectedTotal` (the 119 of the title) and the per-standard
 * counts the text states (4 + 20 + 1 + 55 + 39).
 */
export function checkFireStations(
  groups: readonly FireStationGroup[],
  expectedTotal: number,
  statedByStandard: ReadonlyMap<string, number>,
): string[] {
  const failures: string[] = [];
  const byDistrict = new Map<string, { stated: Set<number>; count: number }>();
  const byStandard = new Map<string, number>();
  for (const group of groups) {
    const where = `${group.district} ${group.year} ${group.standard}`;
    if (group.standardStated !== group.places.length) {
      failures.push(`${where}: states ${group.standardStated}座, lists ${group.places.length}`);
    }
    const district = byDistrict.get(group.district) ?? { stated: new Set(), count: 0 };
    district.stated.add(group.districtStated);
    district.count += group.places.length;
    byDistrict.set(group.district, district);
    byStandard.set(group.standard, (byStandard.get(group.standard) ?? 0) + group.places.length);
  }
  for (const [name, district] of byDistrict) {
    if (district.stated.size !== 1) failures.push(`${name}: several stated totals ${[...district.stated].join(', ')}`);
    const [stated] = district.stated;
    if (stated !== district.count) failures.push(`${name}: states ${stated}座, has ${district.count} stations`);
  }
  const total = groups.reduce((sum, g) => sum + g.places.length, 0);
  if (total !== expectedTotal) failures.push(`${total} stations, the title states ${expectedTotal}`);
  if (statedByStandard.size !== 5) failures.push(`the text states ${statedByStandard.size} standards, expected 5`);
  const textTotal = [...statedByStandard.values()].reduce((a, b) => a + b, 0);
  if (textTotal !== expectedTotal)
    failures.push(`the text's counts add up to ${textTotal}, the title states ${expectedTotal}`);
  for (const [standard, stated] of statedByStandard) {
    if ((byStandard.get(standard) ?? 0) !== stated) {
      failures.push(`${standard}: the text states ${stated}座, the table has ${byStandard.get(standard) ?? 0}`);
    }
  }
  for (const standard of byStandard.keys()) {
    if (!statedByStandard.has(standard)) failures.push(`${standard}: in the table, not in the text`);
  }
  return failures;
}

/** Land quotas: counties sum to each year's stated totals, the years to the three-year total. */
export function checkLandQuotas(programmes: readonly LandProgramme[]): string[] {
  const failures: string[] = [];
  for (const p of programmes) {
    const years = new Set([...p.statedByYear.keys(), ...p.statedYearHeads.keys(), ...p.quotas.map((q) => q.year)]);
    for (const year of years) {
      if (year < p.fromYear || year > p.toYear)
        failures.push(`${p.programme}: ${year} outside ${p.fromYear}–${p.toYear}`);
      const sum = p.quotas.filter((q) => q.year === year).reduce((s, q) => s + q.quota, 0);
      const head = p.statedYearHeads.get(year);
      const listed = p.statedByYear.get(year);
      if (head !== sum)
        failures.push(`${p.programme} ${year}: the counties sum to ${sum}亩, the paragraph states ${head}`);
      if (listed !== sum)
        failures.push(`${p.programme} ${year}: the counties sum to ${sum}亩, the total lists ${listed}`);
    }
    const yearsTotal = [...p.statedByYear.values()].reduce((a, b) => a + b, 0);
    if (yearsTotal !== p.statedTotal) {
      failures.push(`${p.programme}: the years sum to ${yearsTotal}亩, the three-year total is ${p.statedTotal}`);
    }
  }
  return failures;
}

/**
 * Folds a title for comparison: whitespace dropped, full-width forms folded (NFKC), every dash
 * (— – - －) one.
 */
export function comparableTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[—–‐‑‒―－-]+/gu, '-');
}

/** TOC entries and documents match one to one: number, title, pages in order. */
export function checkToc(issue: ReadonlyDeep<GazetteIssue>): string[] {
  const failures: string[] = [];
  if (issue.toc.length !== issue.documents.length) {
    failures.push(`${issue.toc.length} TOC entries, ${issue.documents.length} documents`);
  }
  let lastPage = 0;
  issue.toc.forEach((entry, i) => {
    const doc = issue.documents[i];
    const where = `TOC entry ${i + 1} (${entry.docNumber?.canonical ?? entry.title})`;
    if (!doc) return;
    if (entry.docNumber?.canonical !== doc.docNumber.canonical) {
      failures.push(`${where}: the document in that place is ${doc.docNumber.canonical}`);
    }
    if (entry.documentId !== undefined && entry.documentId !== doc.id)
      failures.push(`${where}: documentId ${entry.documentId} ≠ ${doc.id}`);
    const listed = comparableTitle(entry.title);
    const printed = comparableTitle(doc.title);
    if (listed !== printed) failures.push(`${where}: title “${entry.title}” ≠ “${doc.title}”`);
    if (entry.startPage < lastPage) failures.push(`${where}: page ${entry.startPage} before ${lastPage}`);
    lastPage = entry.startPage;
    if (doc.pages?.start !== entry.startPage) failures.push(`${where}: document starts on page ${doc.pages?.start}`);
    if (entry.section !== doc.section) failures.push(`${where}: section ${entry.section} ≠ ${doc.section}`);
  });
  return failures;
}

/** Every date-valued field anywhere in `value`, with its path. */
function* dateFields(value: unknown, path: string): Generator<{ path: string; key: string; value: unknown }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* dateFields(item, `${path}/${i}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (
        /(?:Date|^effectiveFrom|^until|^date)$/u.test(key) &&
        (typeof child === 'string' || typeof child === 'number')
      ) {
        yield { path: `${path}/${key}`, key, value: child };
      } else {
        yield* dateFields(child, `${path}/${key}`);
      }
    }
  }
}

/**
 * Dates are real calendar dates, and 成文日期 (of documents and of attached documents) are not
 * after the publication date.
 */
export function checkDates(issue: ReadonlyDeep<GazetteIssue>): string[] {
  const failures: string[] = [];
  for (const field of dateFields(issue, '')) {
    if (!isIsoDate(field.value)) {
      failures.push(`${field.path}: ${JSON.stringify(field.value)} is not a real date`);
    } else if (field.key === 'writtenDate' && field.value > issue.publicationDate) {
      failures.push(`${field.path}: ${field.value} is after the publication date ${issue.publicationDate}`);
    }
  }
  return failures;
}

/** Document numbers and ids are unique. */
export function checkUniqueNumbers(documents: ReadonlyDeep<Document[]>): string[] {
  const failures: string[] = [];
  const numbers = new Set<string>();
  const ids = new Set<string>();
  for (const doc of documents) {
    if (numbers.has(doc.docNumber.canonical)) failures.push(`duplicate number ${doc.docNumber.canonical}`);
    if (ids.has(doc.id)) failures.push(`duplicate id ${doc.id}`);
    numbers.add(doc.docNumber.canonical);
    ids.add(doc.id);
  }
  return failures;
}

/**
 * Every citation of a document in this issue (by 发文字号 or by its exact title) resolves to it,
 * and every resolved citation points at a document of the issue.
 */
export function checkCitations(documents: ReadonlyDeep<Document[]>): string[] {
  const failures: string[] = [];
  const byNumber = new Map(documents.map((doc) => [doc.docNumber.canonical, doc.id]));
  const byTitle = new Map(documents.map((doc) => [comparableTitle(doc.title), doc.id]));
  const ids = new Set(documents.map((doc) => doc.id));
  for (const doc of documents) {
    for (const citation of doc.citations) {
      const cited = citation.text ?? citation.title ?? citation.docNumber?.raw ?? '?';
      let expected: string | undefined;
      if (citation.docNumber) {
        let canonical = citation.docNumber.canonical;
        try {
          canonical = normalizeDocumentNumber(citation.docNumber.raw);
        } catch {
          // keep the parser's canonical form
        }
        expected = byNumber.get(canonical);
      } else if (citation.title !== undefined) {
        expected = byTitle.get(comparableTitle(citation.title));
      }
      if (expected !== undefined && citation.resolvedDocumentId !== expected) {
        failures.push(`${doc.id}: citation ${cited} should resolve to ${expected}, got ${citation.resolvedDocumentId}`);
      }
      if (citation.resolvedDocumentId !== undefined && !ids.has(citation.resolvedDocumentId)) {
        failures.push(`${doc.id}: citation ${cited} resolves to ${citation.resolvedDocumentId}, not in the issue`);
      }
    }
  }
  return failures;
}

/** Throws with every failure when any check failed. */
export function assertChecks(results: readonly CheckResult[]): void {
  const failed = results.filter((r) => r.failures.length > 0);
  if (failed.length === 0) return;
  const lines = failed.flatMap((r) => [`✗ ${r.name}`, ...r.failures.map((f) => `    ${f}`)]);
  throw new Error(`Cross-checks failed:\n${lines.join('\n')}`);
}
