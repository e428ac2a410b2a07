/**
 * From the parsed issue to the published data: provenance mapped back to the verbatim source,
 * validation with the core schemas, the tidy datasets, the timeline and the cross-checks.
 */
import {
  type Correction,
  CorrectionSchema,
  type Document,
  type GazetteIssue,
  GazetteIssueSchema,
  type SourceRange,
  type Table,
  TableSchema,
} from '@gongbao/core';
import { LineIndex, type ParseGazetteResult } from '@gongbao/parser';
import { textPieces } from '../../src/internal/text-blocks';
import { type KnownGap, KnownGapSchema } from '../../src/known-gap';
import { type TimelineEntry, TimelineEntrySchema } from '../../src/timeline-entry';
import { timelineTable } from '../../src/timeline-table';
import {
  assertChecks,
  type CheckResult,
  checkCitations,
  checkDates,
  checkFireStations,
  checkLandQuotas,
  checkRepeals,
  checkTableTotals,
  checkToc,
  checkUniqueNumbers,
  comparableTitle,
  statedStationCounts,
} from './checks';
import type { CorrectedSource } from './corrections';
import { compact, foldParens } from './datasets/cells';
import { decisionItemsTable, readDecisionItems } from './datasets/decision-items';
import { fireEquipmentTable, readEquipmentPlan } from './datasets/fire-equipment';
import { fireStationsTable, readFireStationPlan } from './datasets/fire-stations';
import { fireVehiclesTable, readFireVehiclePlan } from './datasets/fire-vehicles';
import { keyProjectsTable, readKeyProjects } from './datasets/key-projects';
import { landQuotasTable, readLandProgrammes } from './datasets/land-quotas';
import { sortByDate, timelineEntries } from './datasets/timeline';
import { keyProjectsGaps } from './known-gaps';

/** What the build reads of the parser's result. */
export type ParseResult = Pick<ParseGazetteResult, 'issue' | 'diagnostics'>;

/** Everything the package publishes. */
export interface BuiltData {
  readonly issue: GazetteIssue;
  /** The source tables, then the datasets. */
  readonly tables: Table[];
  /** The derived datasets (the tail of `tables`), the timeline last. */
  readonly datasets: Table[];
  readonly timeline: TimelineEntry[];
  readonly corrections: Correction[];
  /** What the text states that a dataset lacks (see scripts/lib/known-gaps.ts). */
  readonly knownGaps: KnownGap[];
  readonly checks: CheckResult[];
}

/** A source range with its first line, and its last line when that is another one. */
function rangeWithLines(lines: LineIndex, start: number, end: number): SourceRange {
  const line = lines.lineAt(start);
  const endLine = lines.lineAt(Math.max(start, end - 1));
  return endLine > line ? { start, end, line, endLine } : { start, end, line };
}

/** Keys whose value is one source range. */
const RANGE_KEYS = new Set(['source']);
/** Keys whose value is a list of source ranges (one per table row / totals row). */
const RANGE_LIST_KEYS = new Set(['rowSources', 'totalSources']);

function isRange(value: unknown): value is { start: number; end: number } {
  const range = value as { start?: unknown; end?: unknown } | null;
  return (
    typeof range === 'object' && range !== null && typeof range.start === 'number' && typeof range.end === 'number'
  );
}

/**
 * Rewrites every source range (offsets into the corrected text) into the verbatim source, so
 * the published provenance points into the file shipped in the package: `source` ranges and
 * the `rowSources`/`totalSources` lists of tables. A range that starts or ends inside corrected
 * text grows to cover all of the text that was replaced. `lines` indexes the verbatim source.
 */
export function remapProvenance<T>(value: T, corrected: CorrectedSource, lines: LineIndex): T {
  const remap = (range: { start: number; end: number }) => {
    const start = corrected.toSourceOffset(range.start);
    const end = Math.max(start, corrected.toSourceOffset(range.end, 'end'));
    return rangeWithLines(lines, start, end);
  };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (RANGE_KEYS.has(key) && isRange(child)) out[key] = remap(child);
      else if (RANGE_LIST_KEYS.has(key) && Array.isArray(child) && child.every(isRange)) out[key] = child.map(remap);
      else out[key] = visit(child);
    }
    return out;
  };
  return visit(value) as T;
}

/** Every table of the issue in reading order (bodies, enclosures, attachments, nested documents). */
export function issueTables(issue: Pick<GazetteIssue, 'documents'>): Table[] {
  const found: Table[] = [];
  for (const doc of issue.documents) {
    for (const piece of textPieces(doc)) {
      // The parser's (mutable) tables, walked through the read-only view of textPieces.
      const table = piece.block?.type === 'table' ? (piece.block.table as Table) : undefined;
      if (table !== undefined && !found.includes(table)) found.push(table);
    }
  }
  return found;
}

function documentById(issue: GazetteIssue, id: string): Document {
  const doc = issue.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`document ${id} not found in the parsed issue`);
  return doc;
}

/** The one table of `doc` whose title contains `words` (compared without spaces and widths). */
function tableTitled(doc: Document, words: string): Table {
  const want = comparableTitle(words);
  const matches = issueTables({ documents: [doc] }).filter((t) => comparableTitle(t.title).includes(want));
  if (matches.length !== 1)
    throw new Error(`expected one table titled …${words}… in ${doc.id}, found ${matches.length}`);
  return matches[0] as Table;
}

function texts(doc: Document): string[] {
  return [...textPieces(doc)].map((piece) => piece.text);
}

/** Where each correction falls: its offsets, last line, and the document containing it. */
function recordCorrections(corrected: CorrectedSource, issue: GazetteIssue, lines: LineIndex): Correction[] {
  return corrected.applied.map((c) => {
    const doc = issue.documents.find((d) => d.source && d.source.start <= c.start && c.end <= d.source.end);
    const correction: Correction = {
      id: c.id,
      where: rangeWithLines(lines, c.start, c.end),
      before: c.before,
      after: c.after,
      why: c.why,
      ...(doc ? { documentId: doc.id } : {}),
    };
    return CorrectionSchema.parse(correction);
  });
}

/**
 * Builds the published data from the parser's result on the corrected text.
 *
 * @throws Error when the parser reports an error diagnostic, the issue fails the core schemas,
 *   a dataset cannot be read, or any cross-check fails.
 */
export function buildData(parsed: ParseResult, corrected: CorrectedSource, source: string): BuiltData {
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((d) => `  line ${d.range.line} ${d.code}: ${d.message}`).join('\n');
    throw new Error(`The parser reports ${errors.length} error(s) on the corrected source:\n${list}`);
  }
  // Lines of the verbatim source, for every range the build rewrites or records.
  const lines = new LineIndex(source);
  const result = GazetteIssueSchema.safeParse(remapProvenance(parsed.issue, corrected, lines));
  if (!result.success) {
    const issues = result.error.issues.slice(0, 20).map((i) => `  ${i.path.join('/')}: ${i.message}`);
    throw new Error(`The parsed issue fails GazetteIssueSchema:\n${issues.join('\n')}`);
  }
  const issue = result.data;

  const sourceTables = issueTables(issue);
  const fire = documentById(issue, '长政发-2024-5');
  const stationsSource = tableTitled(fire, '消防站及乡镇专职消防站建设计划表');
  const vehiclesSource = tableTitled(fire, '消防车辆配备计划表');
  const equipmentSource = tableTitled(fire, '装备器材配备计划表');
  const land = documentById(issue, '长政发-2024-8');
  const towns = documentById(issue, '长政办发-2024-17');
  const keySource = tableTitled(towns, '基础骨干项目清单');
  const decisions = documentById(issue, '长政办函-2024-13');
  const decisionsSource = tableTitled(decisions, '重大行政决策事项目录');

  const stationGroups = readFireStationPlan(stationsSource);
  const vehicleLines = readFireVehiclePlan(vehiclesSource);
  const equipmentLines = readEquipmentPlan(equipmentSource);
  const landProgrammes = readLandProgrammes([...textPieces(land)]);
  const decisionItems = readDecisionItems(decisionsSource);
  const keyItems = readKeyProjects(keySource);
  const keyLastLine = keySource.source?.endLine ?? keySource.source?.line ?? null;
  const knownGaps = keyProjectsGaps(towns, keyItems, keyLastLine).map((gap) => KnownGapSchema.parse(gap));
  const timeline = sortByDate(timelineEntries(issue.documents)).map((entry) => TimelineEntrySchema.parse(entry));

  const datasets = [
    { ...fireStationsTable(stationGroups, stationsSource), documentNumber: fire.docNumber },
    { ...fireVehiclesTable(vehicleLines, vehiclesSource), documentNumber: fire.docNumber },
    { ...fireEquipmentTable(equipmentLines, equipmentSource), documentNumber: fire.docNumber },
    { ...landQuotasTable(landProgrammes, land.id), documentNumber: land.docNumber },
    { ...keyProjectsTable(keyItems, keySource), documentNumber: towns.docNumber },
    { ...decisionItemsTable(decisionItems, decisionsSource, decisions.id), documentNumber: decisions.docNumber },
    timelineTable(timeline),
  ].map((table) => TableSchema.parse(table));
  const tables = [...sourceTables, ...datasets];

  const titleCount = [stationsSource.title, ...fire.attachments.map((a) => a.title)]
    .map((title) => /\((\d+)座\)/u.exec(foldParens(compact(title)))?.[1])
    .find((count) => count !== undefined);
  const prose = texts(fire).find((text) => statedStationCounts(text).size >= 5) ?? '';

  const checks: CheckResult[] = [
    { name: 'every 合计 equals the sum of its column', failures: checkTableTotals(tables) },
    {
      name: 'fire stations: (N座) counts, districts, 119, and the text’s 4 + 20 + 1 + 55 + 39',
      failures: [
        ...(titleCount === undefined ? ['no (N座) total in the title of 附件1'] : []),
        ...checkFireStations(stationGroups, Number(titleCount ?? Number.NaN), statedStationCounts(prose)),
      ],
    },
    {
      name: 'vehicle and equipment plans have their 39 vehicle lines and 20 units',
      failures: [
        ...(vehicleLines.length === 39 ? [] : [`${vehicleLines.length} vehicle lines, expected 39`]),
        ...(equipmentLines.length === 20 ? [] : [`${equipmentLines.length} equipment units, expected 20`]),
      ],
    },
    { name: 'land quotas add up per year and over three years', failures: checkLandQuotas(landProgrammes) },
    {
      name: 'the decision 目录 has 7 items',
      failures: decisionItems.length === 7 ? [] : [`${decisionItems.length} decision items, expected 7`],
    },
    { name: 'TOC entries and documents match one to one', failures: checkToc(issue) },
    { name: 'dates are real, 成文日期 not after publication', failures: checkDates(issue) },
    { name: 'document numbers are unique', failures: checkUniqueNumbers(issue.documents) },
    { name: 'citations of documents in this issue resolve to them', failures: checkCitations(issue.documents) },
    { name: 'every repeal is cited, with the title the text gives', failures: checkRepeals(issue.documents) },
  ];
  assertChecks(checks);

  return {
    issue,
    tables,
    datasets,
    timeline,
    corrections: recordCorrections(corrected, issue, lines),
    knownGaps,
    checks,
  };
}
