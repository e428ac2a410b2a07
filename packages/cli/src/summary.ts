/**
 * The text of `gongbao summary`: masthead, sections with document numbers and titles, table totals
 * with their check results, and which normative documents are in force or expired on a date.
 */
import { type Document, documentStatus, type IsoDate, type ReadonlyDeep, type Table } from '@gongbao/core';
import { checkTotals, datasets, getTable, issue, meta, tables } from '@gongbao/data';
import { STATUS_LABELS } from './format/status.js';
import { displayWidth, padTo } from './format/text-width.js';

/** The standards of the fire-station plan in the order the 实施意见 states them. */
const STANDARD_ORDER = [
  '一级城市消防站',
  '一级乡镇专职消防站',
  '二级城市消防站',
  '二级乡镇专职消防站',
  '乡镇志愿消防站',
];

export { displayWidth, padTo } from './format/text-width.js';
export { todayInChina } from './today.js';

function masthead(): string[] {
  const lines = [
    `《${issue.title}》${issue.year}年第${issue.number}期${issue.cumulative === undefined ? '' : `（总第${issue.cumulative}期）`}${issue.frequency ? ` ${issue.frequency}` : ''}`,
  ];
  if (issue.romanizedTitle) lines.push(issue.romanizedTitle);
  const facts = [
    issue.sponsor && `主办单位 ${issue.sponsor}`,
    issue.editor && `编辑出版 ${issue.editor}`,
    `出版日期 ${issue.publicationDate}`,
  ].filter(Boolean);
  lines.push(facts.join(' · '));
  if (issue.editorialBoard.length > 0) {
    lines.push(`编辑委员会 ${issue.editorialBoard.map((role) => `${role.role} ${role.people.join('、')}`).join('；')}`);
  }
  return lines;
}

function contents(): string[] {
  const lines = [`目录 Contents — ${issue.documents.length} documents`];
  let section: string | undefined;
  const width = issue.documents.reduce((max, d) => Math.max(max, displayWidth(d.docNumber.canonical)), 0);
  for (const doc of issue.documents) {
    if (doc.section !== section) {
      section = doc.section;
      lines.push(`  ${section ?? '(no section)'}`);
    }
    const page = doc.pages === undefined ? '' : `p.${doc.pages.start}`;
    lines.push(`    ${padTo(doc.docNumber.canonical, width)} ${page.padStart(5)}  ${doc.title}`);
  }
  return lines;
}

function totals(): string[] {
  const lines = ['表格 Tables — stated totals checked against the rows'];
  lines.push(`  ${tables.length - datasets.length} tables in the issue, ${datasets.length} derived datasets`);
  for (const table of tables) {
    for (const check of checkTotals(table)) {
      const unit = check.unit ?? '';
      const mark = check.ok ? '✓' : '✗';
      lines.push(
        `  ${mark} ${table.id} ${check.label} ${check.column}: stated ${check.stated}${unit}, rows sum to ${check.computed}${unit}`,
      );
    }
  }
  const stations = getTable('fire-stations');
  if (stations) lines.push(fireStationsLine(stations, getTable(stations.derivedFrom?.[0] ?? '')?.title ?? ''));
  return lines;
}

/**
 * The fire-station plan's stations by standard, marked ✓ when their number is the total the plan's
 * title states (`…建设计划表 (119 座)`).
 */
export function fireStationsLine(stations: ReadonlyDeep<Pick<Table, 'rows'>>, planTitle: string): string {
  const byStandard = new Map<string, number>();
  for (const row of stations.rows)
    byStandard.set(String(row.standard), (byStandard.get(String(row.standard)) ?? 0) + 1);
  const parts = [...byStandard].sort(([a], [b]) => STANDARD_ORDER.indexOf(a) - STANDARD_ORDER.indexOf(b));
  const stated = /\((\d+)\s*座\)/u.exec(planTitle)?.[1];
  const ok = stated !== undefined && Number(stated) === stations.rows.length;
  const sum = parts.map(([standard, n]) => `${n} ${standard}`).join(' + ');
  return `  ${ok ? '✓' : '✗'} fire-stations: ${stations.rows.length} stations = ${sum}${ok ? '' : `, the plan's title states ${stated ?? 'no total'}`}`;
}

function status(doc: ReadonlyDeep<Document>, on: IsoDate): string {
  const state = documentStatus(doc, on, issue.documents);
  const validity = doc.validity;
  const details = [
    validity?.effectiveFrom && `from ${validity.effectiveFrom}`,
    validity?.effectiveFrom === undefined && validity?.fromPublication ? 'from publication' : undefined,
    validity?.until && `until ${validity.until}`,
  ].filter(Boolean);
  return `${STATUS_LABELS[state]}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

function legalEffect(on: IsoDate): string[] {
  const lines = [`效力 Legal effect on ${on} — normative documents and documents with a stated validity`];
  const shown = issue.documents.filter(
    // The 规范性文件 sections (市政府…, 市政府部门…) hold the normative documents.
    (doc) => doc.section?.endsWith('规范性文件') || doc.validity !== undefined,
  );
  const width = shown.reduce((max, d) => Math.max(max, displayWidth(d.docNumber.canonical)), 0);
  for (const doc of shown) {
    lines.push(`  ${padTo(doc.docNumber.canonical, width)}  ${status(doc, on)}`);
    for (const repealed of doc.repeals) lines.push(`      repeals ${repealed.canonical}`);
  }
  return lines;
}

/** The summary, line by line, with document statuses on `on`. */
export function summaryLines(on: IsoDate): string[] {
  return [
    ...masthead(),
    '',
    ...contents(),
    '',
    ...totals(),
    '',
    ...legalEffect(on),
    '',
    `封底 ${issue.backCover?.join(' · ') ?? ''}`,
    `source ${meta.sourceFile} sha256 ${meta.sourceSha256.slice(0, 16)}… · ${meta.corrections.length} reviewed corrections applied`,
  ];
}
