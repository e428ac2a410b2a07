/**
 * The published data, as users import it: the contract (exact names), completeness against the
 * source, validity against the core schemas, the cross-checks, legal effect and provenance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorrectionSchema, documentStatus, GazetteIssueSchema, type IsoDate, TableSchema } from '@gongbao/core';
import * as data from '@gongbao/data';
import { documents as documentsSubpath, findDocuments, getDocument } from '@gongbao/data/documents';
import { issue as issueSubpath } from '@gongbao/data/issue';
import { KnownGapSchema, TimelineEntrySchema } from '@gongbao/data/schemas';
import { searchText } from '@gongbao/data/search';
import { tables as tablesSubpath } from '@gongbao/data/tables';
import { timeline as timelineSubpath } from '@gongbao/data/timeline';
import { parseGazette } from '@gongbao/parser';
import { ParseError } from '@gongbao/utils';
import { describe, expect, it } from 'vitest';
import { loadCorrectedSource } from '../scripts/generate';
import {
  checkCitations,
  checkDates,
  checkRepeals,
  checkTableTotals,
  checkToc,
  checkUniqueNumbers,
} from '../scripts/lib/checks';
import { textPieces } from '../src/internal/text-blocks';

const { documents, issue, tables, datasets, timeline, meta } = data;
const packageDir = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
};
const { source, corrections, corrected } = loadCorrectedSource();

const DOCUMENT_NUMBERS = [
  '长政发〔2024〕5号',
  '长政发〔2024〕6号',
  '长政发〔2024〕8号',
  '长政发〔2024〕9号',
  '长政函〔2024〕22号',
  '长政函〔2024〕30号',
  '长政办发〔2024〕13号',
  '长政办发〔2024〕14号',
  '长政办发〔2024〕16号',
  '长政办发〔2024〕17号',
  '长政办发〔2024〕18号',
  '长政办函〔2024〕12号',
  '长政办函〔2024〕13号',
  '长政规〔2024〕1号',
  '长科规〔2024〕1号',
  '长科规〔2024〕2号',
  '长人社规〔2024〕1号',
];

describe('contract', () => {
  it('has the issue with its 17 documents in gazette order', () => {
    expect([issue.year, issue.number, issue.cumulative, issue.publicationDate]).toEqual([2024, 3, 27, '2024-06-30']);
    expect(documents.map((d) => d.docNumber.canonical)).toEqual(DOCUMENT_NUMBERS);
    expect(documents).toBe(issue.documents);
  });

  it('serves the same objects from the subpaths', () => {
    expect(issueSubpath).toBe(issue);
    expect(documentsSubpath).toBe(documents);
    expect(tablesSubpath).toBe(tables);
    expect(timelineSubpath).toBe(timeline);
  });

  it('ships the raw JSON as @gongbao/data/issue.json, equal to issue', () => {
    const target = manifest.exports['./issue.json'];
    expect(typeof target).toBe('string');
    const json = JSON.parse(readFileSync(join(packageDir, String(target)), 'utf8'));
    expect(json).toEqual(issue);
  });

  it.each([
    ['长政发[2024]5号', '长政发-2024-5'],
    ['长政办函（2024）13号', '长政办函-2024-13'],
    ['长人社规〔2024〕1 号', '长人社规-2024-1'],
    ['长科规［２０２４］２号', '长科规-2024-2'],
    ['长政办发-2024-17', '长政办发-2024-17'],
  ])('getDocument(%s) finds %s', (spelling, id) => {
    expect(getDocument(spelling)?.id).toBe(id);
  });

  it('getDocument returns undefined for numbers not in the issue, throws for non-numbers', () => {
    expect(getDocument('长政发〔2024〕7号')).toBeUndefined();
    expect(getDocument('长政发〔2019〕2号')).toBeUndefined();
    expect(() => getDocument('储备粮')).toThrow(ParseError);
  });

  it('findDocuments filters by section, issuer, type, dates and text', () => {
    expect(findDocuments({ section: '市政府规范性文件' }).map((d) => d.id)).toEqual(['长政规-2024-1']);
    expect(findDocuments({ issuer: '科学技术局' }).map((d) => d.id)).toEqual(['长科规-2024-1', '长科规-2024-2']);
    expect(findDocuments({ type: '批复' })).toHaveLength(2);
    expect(findDocuments({ writtenFrom: '2024-06-21', writtenTo: '2024-06-30' }).map((d) => d.id)).toEqual([
      '长政发-2024-9',
      '长政办发-2024-17',
      '长政办发-2024-18',
    ]);
    expect(findDocuments({ text: '储备粮' }).map((d) => d.id)).toEqual(['长政规-2024-1']);
    expect(findDocuments().length).toBe(17);
  });

  it('searchText finds words in prose, tables and nested attachments, with snippets', () => {
    const hits = searchText('蟠龙镇');
    expect(hits.length).toBeGreaterThanOrEqual(2); // the plan table and the note under it
    expect(hits.every((h) => h.document.id === '长政发-2024-5' && h.snippet.includes('蟠龙镇'))).toBe(true);
    const drafting = searchText('起草说明');
    expect(drafting.some((h) => h.path.startsWith('attachments/0/document'))).toBe(true);
  });

  it('has meta: source hash, core version, corrections with their document', () => {
    const version = (folder: string) =>
      JSON.parse(readFileSync(join(packageDir, '..', folder, 'package.json'), 'utf8')).version;
    expect(meta.coreSchemaVersion).toBe(version('core'));
    expect(meta.parserVersion).toBe(version('parser'));
    // Every reviewed correction, in source order (the file lists them so).
    expect(meta.corrections.map((c) => c.id)).toEqual(corrections.map((c) => c.id));
    for (const correction of meta.corrections) {
      expect(CorrectionSchema.parse(correction)).toEqual(correction);
      expect(source.slice(correction.where.start, correction.where.end)).toBe(correction.before);
      expect(correction.documentId).toBeDefined();
    }
  });

  it('exports a subpath for every entry module', () => {
    expect(Object.keys(manifest.exports).sort()).toEqual(
      [
        '.',
        './datapackage.json',
        './documents',
        './files',
        './issue',
        './issue.json',
        './package.json',
        './schemas',
        './search',
        './tables',
        './timeline',
      ].sort(),
    );
  });
});

describe('validity of the published data', () => {
  it('passes the core schemas', () => {
    expect(() => GazetteIssueSchema.parse(issue)).not.toThrow();
    for (const table of tables) expect(() => TableSchema.parse(table), table.id).not.toThrow();
    for (const entry of timeline) expect(() => TimelineEntrySchema.parse(entry)).not.toThrow();
  });

  it('passes the cross-checks', () => {
    expect(checkTableTotals(tables)).toEqual([]);
    expect(checkToc(issue)).toEqual([]);
    expect(checkDates(issue)).toEqual([]);
    expect(checkUniqueNumbers(documents)).toEqual([]);
    expect(checkCitations(documents)).toEqual([]);
    expect(checkRepeals(documents)).toEqual([]);
  });

  it('leaves no error or warning diagnostics once the corrections are applied', () => {
    const raw = parseGazette(source).diagnostics.filter((d) => d.severity !== 'info');
    const after = parseGazette(corrected.text).diagnostics.filter((d) => d.severity !== 'info');
    expect(raw.length).toBeGreaterThan(0); // the source is broken where the corrections say
    expect(after).toEqual([]);
  });
});

describe('completeness', () => {
  // Every run of 4+ Han characters of every line (table cells taken one by one) is somewhere in the
  // published issue: no paragraph, heading, cell or note was dropped. The masthead's field labels
  // are structure (they became field names), not text.
  const LABELS = new Set(['编辑委员会', '主办单位', '编辑出版', '出版日期']);

  it('keeps every text of the corrected source', () => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string' || typeof value === 'number') strings.push(String(value));
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(issue);
    const published = strings.join('|').replace(/\s+/gu, '');
    const missing: string[] = [];
    let runs = 0;
    corrected.text.split('\n').forEach((line, i) => {
      // Cells and space-separated names are separate texts (OCR spaces inside words only shorten runs).
      for (const [run] of line.replace(/\s+/gu, '|').matchAll(/\p{Script=Han}{4,}/gu)) {
        runs++;
        if (!LABELS.has(run) && !published.includes(run)) missing.push(`${i + 1}: ${run}`);
      }
    });
    expect(runs).toBeGreaterThan(6000);
    expect(missing).toEqual([]);
  });

  it('has the masthead, editorial board, TOC with pages and the back cover', () => {
    expect(issue.romanizedTitle).toBe('CHANGZHISHI RENMIN ZHENGFU GONGBAO');
    expect(issue.frequency).toBe('双月刊');
    expect(issue.editorialBoard.find((r) => r.role === '委员')?.people).toHaveLength(9);
    expect(issue.toc.map((e) => e.startPage)).toEqual([
      1, 12, 15, 18, 28, 29, 30, 34, 38, 40, 64, 65, 67, 68, 73, 76, 79,
    ]);
    expect(issue.backCover).toEqual(['传达政令', '宣传政策', '指导工作', '服务社会']);
  });
});

describe('tables and datasets', () => {
  const rows = (id: string) => data.getTable(id)?.rows ?? [];

  it('lists the source tables first, then the seven datasets', () => {
    expect(datasets.map((t) => t.id)).toEqual([
      'fire-stations',
      'fire-vehicles',
      'fire-equipment',
      'land-quotas',
      'key-projects',
      'decision-items',
      'timeline',
    ]);
    expect(tables.slice(-datasets.length)).toEqual(datasets);
    expect(tables.slice(0, -datasets.length).map((t) => t.id)).toEqual([
      '长政发-2024-5/附件1',
      '长政发-2024-5/附件2',
      '长政发-2024-5/附件3',
      '长政办发-2024-17/附件2',
      '长政办函-2024-13/附件',
    ]);
  });

  it('fire stations: 119 rows matching each district’s stated count', () => {
    const stations = rows('fire-stations');
    expect(stations).toHaveLength(119);
    const perDistrict = Object.fromEntries(
      [...new Set(stations.map((r) => r.district))].map((d) => [d, stations.filter((r) => r.district === d).length]),
    );
    expect(perDistrict).toEqual({
      潞州区: 18,
      上党区: 10,
      屯留区: 11,
      潞城区: 6,
      黎城县: 7,
      襄垣县: 8,
      平顺县: 10,
      沁县: 10,
      沁源县: 9,
      武乡县: 11,
      壶关县: 9,
      长子县: 10,
    });
    expect(stations.find((r) => r.place === '蟠龙镇')).toEqual({
      district: '武乡县',
      year: 2024,
      standard: '一级城市消防站',
      place: '蟠龙镇',
      remark: '全国重点镇；历史文化',
    });
  });

  it('fire vehicles: 39 lines, 43 vehicles; equipment: 20 units × 5 quantities', () => {
    const vehicles = rows('fire-vehicles');
    expect(vehicles).toHaveLength(39);
    expect(vehicles.reduce((sum, r) => sum + Number(r.shortfall), 0)).toBe(43);
    expect(vehicles[11]).toMatchObject({ no: 12, station: '长治市潞州区长北消防救援站', vehicleType: '水罐消防车' });
    const equipment = data.getTable('fire-equipment');
    expect(equipment?.rows).toHaveLength(20);
    expect(equipment?.columns.filter((c) => c.unit !== undefined).map((c) => c.unit)).toEqual([
      '件/套',
      '件/套',
      '件/套',
      '件/套',
      '吨',
    ]);
  });

  it('land quotas: every county per programme and year', () => {
    const quotas = rows('land-quotas');
    const count = (programme: string) => quotas.filter((r) => r.programme === programme).length;
    expect([count('垦造耕地'), count('批而未用土地清理'), count('城乡建设用地增减挂钩')]).toEqual([36, 39, 14]);
    expect(quotas.find((r) => r.programme === '批而未用土地清理' && r.year === 2026 && r.area === '沁县')?.quota).toBe(
      65,
    );
  });

  it('key projects and the 7 decision items', () => {
    const projects = rows('key-projects');
    expect(projects).toHaveLength(34);
    expect(new Set(projects.map((r) => r.part))).toEqual(
      new Set(['一、深入推进县城建设提质增效', '二、全面推进城乡建设衔接互补']),
    );
    expect(projects.filter((r) => r.action === '实施公共服务提标扩面行动').map((r) => r.itemNo)).toEqual([1, 2, 3]);
    const decisions = rows('decision-items');
    expect(decisions.map((r) => r.undertaker)).toEqual([
      '市公安局',
      '市医疗保障局',
      '市人力资源和社会保障局',
      '市人力资源和社会保障局',
      '市城市管理局',
      '市发展和改革委员会',
      '市发展和改革委员会',
    ]);
    expect(decisions[3]).toMatchObject({ no: 4, deadlineText: '2024年10月底前', deadline: '2024-10-31' });
  });

  it('timeline: entries found in table rows carry the line of the row itself', () => {
    // Every place an entry was read from, the repeats in attachment tables included.
    const inRows = timeline.flatMap((e) =>
      e.sources.filter((s) => s.path.includes('/table/rows/')).map((s) => ({ ...e, ...s })),
    );
    expect(inRows.length).toBeGreaterThan(10);
    const lines = source.split('\n');
    for (const entry of inRows) {
      // A row inside a corrected passage (the 目录 of 长政办函〔2024〕13号) points at the passage.
      const corrected = meta.corrections.find((c) => c.where.line === entry.line);
      const last = corrected?.where.endLine ?? entry.line ?? 0;
      const line = lines.slice((entry.line ?? 0) - 1, last).join('');
      expect(line.replace(/\s+/gu, ''), `${entry.documentId} ${entry.dateText}`).toContain(
        entry.dateText.replace(/\s+/gu, ''),
      );
    }
    // Rows of a table spread over several lines: not all on the table's first line.
    expect(new Set(inRows.map((e) => e.line)).size).toBeGreaterThan(5);
  });

  it('timeline: sorted, every entry found in its document from the line of its block', () => {
    expect(timeline.length).toBeGreaterThan(100);
    expect(timeline.map((e) => e.date)).toEqual(timeline.map((e) => e.date).sort());
    const lineStarts = [0, ...[...source.matchAll(/\n/gu)].map((m) => m.index + 1)];
    for (const entry of timeline) {
      expect(entry.date >= '2024-01-01', entry.dateText).toBe(true);
      expect(entry.line, `${entry.documentId} ${entry.dateText}`).not.toBeNull();
      const end = getDocument(entry.documentId)?.source?.end ?? source.length;
      const from = source.slice(lineStarts[(entry.line ?? 0) - 1], end).replace(/\s+/gu, '');
      // An expiry's text is normalised (有效期5年); its clause is the validity text as written.
      const words = entry.kind === 'expiry' ? entry.context : entry.dateText;
      expect(from, `${entry.documentId} ${words}`).toContain(words.replace(/\s+/gu, ''));
    }
    expect(timeline.filter((e) => e.kind === 'expiry').map((e) => [e.documentId, e.date])).toEqual([
      ['长科规-2024-2', '2026-05-09'],
      ['长政办发-2024-16', '2026-06-12'],
      ['长科规-2024-1', '2029-05-31'],
      ['长政规-2024-1', '2029-06-21'],
    ]);
  });
});

describe('timeline: every commitment the text states, once', () => {
  const of = (id: string) => timeline.filter((e) => e.documentId === id);

  it('has the commitments named by a year or month only, with that precision and no stated day', () => {
    const coal = timeline.find((e) => e.context.includes('2024年完成123万千瓦改造任务'));
    expect(coal).toMatchObject({
      documentId: '长政发-2024-9',
      kind: 'milestone',
      date: '2024-12-31',
      precision: 'year',
    });
    expect(of('长政办函-2024-12').find((e) => e.dateText === '2025年1月')).toMatchObject({
      kind: 'milestone',
      date: '2025-01-01',
      precision: 'month',
      line: 1529,
    });
    // Every entry coarser than a day is dated to the end (or, for a start, the first day) of its period.
    for (const e of timeline) {
      const [y, m, d] = e.date.split('-');
      if (e.precision === 'year') expect(`${m}-${d}`, e.dateText).toMatch(/^(12-31|01-01)$/u);
      if (e.precision === 'month') expect(Number(d) === 1 || Number(d) >= 28, e.dateText).toBe(true);
      expect(Number(y)).toBeGreaterThanOrEqual(2024);
    }
  });

  it('has the dated milestones of the 低空经济 plan (长政办发〔2024〕14号)', () => {
    const milestones = of('长政办发-2024-14').filter((e) => e.kind === 'milestone');
    // Sorted by date, in reading order among equal dates.
    expect(milestones.map((e) => [e.date, e.line])).toEqual([
      ['2024-12-31', 886],
      ['2024-12-31', 886],
      ['2024-12-31', 886],
      ['2024-12-31', 890],
      ['2024-12-31', 892],
      ['2024-12-31', 930],
      ['2025-12-31', 886],
      ['2025-12-31', 886],
      ['2026-12-31', 886],
      ['2026-12-31', 890],
      ['2026-12-31', 892],
      ['2026-12-31', 930],
    ]);
    expect(milestones.every((e) => e.precision === 'year')).toBe(true);
  });

  it('has an effective entry for every document with an effective date, saying where the date comes from', () => {
    for (const doc of documents.filter((d) => d.validity?.effectiveFrom !== undefined)) {
      const effective = of(doc.id).filter((e) => e.kind === 'effective');
      expect(
        effective.map((e) => [e.date, e.basis]),
        doc.id,
      ).toEqual([[doc.validity?.effectiveFrom, doc.validity?.effectiveFromBasis]]);
    }
    expect(of('长政办发-2024-16').find((e) => e.kind === 'effective')).toMatchObject({
      date: '2024-06-13',
      basis: 'written-date',
      dateText: '自公布之日起施行',
    });
    expect(of('长人社规-2024-1').find((e) => e.kind === 'effective')).toMatchObject({
      date: '2024-01-08',
      basis: 'written-date',
      dateText: '自发布之日起施行',
    });
    expect(of('长政办发-2024-16').find((e) => e.kind === 'expiry')?.basis).toBe('period-from-written-date');
  });

  it('states each commitment of 长政办发〔2024〕17号 once, with the attachment table as a second source', () => {
    const doc = of('长政办发-2024-17');
    const fromTable = doc.flatMap((e) => e.sources.filter((s) => s.path.startsWith('attachments/1/')));
    const repeated = doc.filter((e) => e.sources.length > 1);
    // 31 repeats of the plan's 到YYYY年 commitments and one of a milestone (2027年达到34%); the
    // table's 到2025年, 在具备条件的地区 … (line 1399) words it otherwise than the plan and stays apart.
    expect(repeated.filter((e) => e.kind !== 'milestone')).toHaveLength(31);
    expect(repeated).toHaveLength(32);
    for (const e of repeated) {
      expect(e.path.startsWith('enclosures/0/')).toBe(true);
      expect(e.sources.slice(1).every((s) => s.path.startsWith('attachments/1/body/0/table/rows/'))).toBe(true);
    }
    expect(fromTable.length).toBe(33);
    expect(doc.filter((e) => e.path.startsWith('attachments/1/')).map((e) => e.line)).toEqual([1399]);
    // No two entries of one document with the same kind, date and words after the date.
    for (const id of new Set(timeline.map((e) => e.documentId))) {
      const keys = of(id).map((e) => `${e.kind}|${e.date}|${e.context.replace(/[\s,，;；。]/gu, '')}`);
      const repeatsAcrossParts = of(id).filter(
        (e, i) =>
          keys.indexOf(keys[i] ?? '') !== i &&
          e.path.split('/')[0] !== of(id)[keys.indexOf(keys[i] ?? '')]?.path.split('/')[0],
      );
      expect(repeatsAcrossParts, id).toEqual([]);
    }
  });
});

describe('structure the text states', () => {
  const spaced = /[\u3400-\u9fff0-9] +[\u3400-\u9fff]|[\u3400-\u9fff] +[0-9]/u;

  it('has no OCR spaces inside Chinese words or before a Chinese unit in table titles and cells', () => {
    const sourceTables = tables.filter((t) => t.derivedFrom === undefined && t.id !== 'timeline');
    expect(sourceTables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables.filter((t) => t.id !== 'timeline')) {
      expect(table.title, table.id).not.toMatch(spaced);
      for (const row of table.rows) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === 'string') expect(value, `${table.id} ${column}`).not.toMatch(spaced);
        }
      }
    }
  });

  it('gives every row of every dataset (the timeline apart) a source range holding what it states', () => {
    for (const table of datasets.filter((t) => t.id !== 'timeline')) {
      expect(table.rowSources, table.id).toHaveLength(table.rows.length);
      if (table.totals.length > 0) expect(table.totalSources, table.id).toHaveLength(table.totals.length);
    }
    const land = data.getTable('land-quotas');
    land?.rows.forEach((row, r) => {
      const range = land.rowSources?.[r];
      const text = source.slice(range?.start, range?.end).replace(/\s+/gu, '');
      expect(text, `${row.programme} ${row.year} ${row.area}`).toContain(`${row.area}${row.quota}亩`);
      expect(text).toContain(`${row.year}年`);
    });
    land?.totals.forEach((total, t) => {
      const range = land.totalSources?.[t];
      expect(source.slice(range?.start, range?.end).replace(/\s+/gu, ''), total.label).toContain(
        `${total.values.quota}亩`,
      );
    });
  });

  it('records the known gaps: the 基础骨干项目清单 stops before the end of its plan', () => {
    expect(meta.knownGaps).toEqual([
      expect.objectContaining({
        id: 'key-projects-source-ends-early',
        dataset: 'key-projects',
        documentId: '长政办发-2024-17',
        line: 1417,
        missing: [
          '二、(四) 推进市政设施一体化: item 5 of 5',
          '二、(五) 推进公共服务一体化',
          '二、(六) 推进产业发展一体化',
          '二、(七) 推进商贸流通一体化',
          '二、(八) 推进社会治理一体化',
        ],
      }),
    ]);
    for (const gap of meta.knownGaps) expect(KnownGapSchema.parse(gap)).toEqual(gap);
    // What the gap names is really absent from the dataset, and really in the plan.
    const actions = new Set(data.getTable('key-projects')?.rows.map((r) => r.action));
    expect(actions.has('推进公共服务一体化')).toBe(false);
    expect(actions.has('推进市政设施一体化')).toBe(true);
    expect(searchText('推进社会治理一体化').some((h) => h.document.id === '长政办发-2024-17')).toBe(true);
  });

  it('reads the 目录 of 长政办函〔2024〕13号 as a table, not as headings with three fields in one string', () => {
    const doc = getDocument('长政办函-2024-13');
    const body = doc?.attachments[0]?.body ?? [];
    expect(body.map((b) => b.type)).toEqual(['table']);
    const table = body[0]?.type === 'table' ? body[0].table : undefined;
    expect(table?.columns.map((c) => c.name)).toEqual(['序号', '名称', '承办单位', '计划完成时间']);
    expect(table?.rows.map((r) => r.序号)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(table?.rows[3]).toEqual({
      序号: 4,
      名称: '长治市促进高校毕业生就业创业工作26条措施',
      承办单位: '市人力资源和社会保障局',
      计划完成时间: '2024年10月底前',
    });
    // No block anywhere holds two labelled fields jammed into its text.
    for (const d of documents) {
      for (const piece of textPieces(d)) {
        if (piece.path.includes('/table/')) continue;
        expect(piece.text, `${d.id} ${piece.path}`).not.toMatch(/\s承办单位\s*[:：].*\s计划完成时间\s*[:：]/u);
      }
    }
    expect(data.getTable('decision-items')?.derivedFrom).toEqual(['长政办函-2024-13/附件']);
  });

  it('has no paragraph cut by a page break: every text block ends where a paragraph may end', () => {
    for (const d of documents) {
      for (const piece of textPieces(d)) {
        if (piece.block === undefined || piece.path.includes('/table/')) continue;
        if (piece.block.type === 'heading' && piece.block.children.length > 0) continue;
        // Label lines (奖补对象:县(区)人民政府) are whole without a full stop.
        if (/^[\u4e00-\u9fff]{2,6}[:：]/u.test(piece.text)) continue;
        if (piece.block.type === 'heading' && piece.text.length < 40) continue;
        expect(piece.text.slice(-20), `${d.id} ${piece.path} line ${piece.source?.line}`).toMatch(
          /[。；;：:！？”）)》]$/u,
        );
      }
    }
  });
});

describe('legal effect', () => {
  const doc = (id: string) => {
    const found = getDocument(id);
    if (!found) throw new Error(id);
    return found;
  };

  it('states validity and repeals where the text does', () => {
    expect(doc('长政规-2024-1').validity).toMatchObject({
      effectiveFrom: '2024-06-22',
      period: { value: 5, unit: 'year' },
      until: '2029-06-21',
    });
    expect(doc('长政规-2024-1').repeals.map((n) => n.canonical)).toEqual(['长政发〔2019〕2号']);
    expect(doc('长科规-2024-1').validity).toMatchObject({ effectiveFrom: '2024-06-01', until: '2029-05-31' });
    expect(doc('长科规-2024-1').repeals.map((n) => n.canonical)).toEqual(['长科发〔2022〕11号']);
    expect(doc('长科规-2024-2').validity).toMatchObject({
      effectiveFrom: '2024-05-10',
      until: '2026-05-09',
      provisional: true,
    });
    expect(doc('长政办发-2024-16').validity).toMatchObject({
      fromPublication: true,
      period: { value: 2, unit: 'year' },
    });
    expect(doc('长人社规-2024-1').validity).toMatchObject({ fromPublication: true, provisional: true });
    expect(doc('长政办发-2024-18').validity?.effectiveFrom).toBe('2024-06-01');
    expect(doc('长政函-2024-22').validity).toBeUndefined();
    expect(doc('长政发-2024-6').validity).toEqual({
      text: '本方案实施时间与省政府授权和委托权限实施时间一致,期间如遇国家、省关于用地报批的新规定,从其规定',
      source: expect.objectContaining({ line: 429 }),
    });
  });

  it('says which fact each effective date and expiry comes from', () => {
    const bases = Object.fromEntries(
      documents
        .filter((d) => d.validity?.effectiveFrom !== undefined)
        .map((d) => [d.id, [d.validity?.effectiveFromBasis, d.validity?.untilBasis ?? null]]),
    );
    expect(bases).toEqual({
      '长政办发-2024-16': ['written-date', 'period-from-written-date'],
      '长政办发-2024-18': ['month', null],
      '长政规-2024-1': ['stated', 'period'],
      '长科规-2024-1': ['stated', 'period'],
      '长科规-2024-2': ['stated', 'period'],
      '长人社规-2024-1': ['written-date', null],
    });
  });

  it('documentStatus gives a sensible answer for every document', () => {
    const on = (date: string) => documents.map((d) => documentStatus(d, date as IsoDate, documents));
    // A validity clause without a date (长政发〔2024〕6号) states no start: its status is unknown.
    const stated = documents.map((d) => d.validity?.effectiveFrom !== undefined);
    on('2024-06-30').forEach((status, i) => {
      expect(status).toBe(stated[i] ? 'in-force' : 'unknown');
    });
    expect(documentStatus(doc('长政规-2024-1'), '2024-06-01' as IsoDate, documents)).toBe('not-yet-in-force');
    const later = Object.fromEntries(documents.map((d, i) => [d.id, on('2030-01-01')[i]]));
    expect(later).toMatchObject({
      '长政规-2024-1': 'expired',
      '长科规-2024-1': 'expired',
      '长科规-2024-2': 'expired',
      '长政办发-2024-16': 'expired',
      '长政办发-2024-18': 'in-force',
      '长人社规-2024-1': 'in-force',
      '长政发-2024-5': 'unknown',
    });
  });
});

describe('provenance', () => {
  // Compare modulo markup and the spaces OCR put inside words.
  const bare = (text: string) => text.replace(/<\/?[a-z]+>/gu, '').replace(/\s+/gu, '');
  // No range, no text: slice(undefined, undefined) would be the whole source, and contain anything.
  const at = (range: { start: number; end: number } | undefined) =>
    range === undefined ? '' : bare(source.slice(range.start, range.end));
  const sourceTables = tables.filter((t) => !datasets.includes(t));

  it("gives every row of every source table a range in the verbatim source holding the row's first own cell", () => {
    let checked = 0;
    for (const table of sourceTables) {
      expect(table.rowSources, table.id).toHaveLength(table.rows.length);
      expect(table.totalSources, table.id).toHaveLength(table.totals.length);
      // Cells carried down from a merged cell above, and the 分组 label, are written on earlier lines;
      // a 序号 read from an outline marker (三、 → 3) is not written as a number.
      const names = table.columns
        .filter((c) => c.name !== '分组' && !(c.name === '序号' && c.description?.includes('一、')))
        .map((c) => c.name);
      table.rows.forEach((row, r) => {
        const own = names
          .map((name) => row[name] ?? null)
          .find((value, c) => value !== null && value !== '' && value !== table.rows[r - 1]?.[names[c] as string]);
        expect(own, `${table.id} row ${r}`).toBeDefined();
        expect(at(table.rowSources?.[r]), `${table.id} row ${r}`).toContain(bare(String(own)));
        checked++;
      });
      table.totals.forEach((total, t) => {
        expect(at(table.totalSources?.[t])).toContain(bare(total.label));
      });
    }
    expect(checked).toBe(sourceTables.reduce((n, t) => n + t.rows.length, 0));
  });

  it('points the rows of corrected lines at the whole replaced text', () => {
    const stations = sourceTables[0];
    const wuxiang = stations?.rows.findIndex((row) => row.行政区 === '武乡县 (11座)') ?? -1;
    const correction = meta.corrections.find((c) => c.id === 'fire-stations-wuxiang-label');
    expect(stations?.rowSources?.[wuxiang]).toEqual({
      start: correction?.where.start,
      end: correction?.where.end,
      line: 221,
      endLine: 222,
    });
  });

  it('gives the rows of the derived datasets the ranges of the source rows they come from', () => {
    const rangesOf = (id: string) => {
      const table = data.getTable(id);
      expect(table?.rowSources, id).toHaveLength(table?.rows.length ?? -1);
      return (table?.rows ?? []).map((row, r) => ({ row, text: at(table?.rowSources?.[r]) }));
    };
    for (const { row, text } of rangesOf('fire-stations')) expect(text).toContain(bare(String(row.place)));
    for (const { row, text } of rangesOf('fire-vehicles')) expect(text).toContain(bare(String(row.vehicleType)));
    for (const { row, text } of rangesOf('fire-equipment')) expect(text).toContain(bare(String(row.station)));
    for (const { row, text } of rangesOf('key-projects')) expect(text).toContain(bare(String(row.item)).slice(0, 12));
    for (const id of ['fire-vehicles', 'fire-equipment']) {
      const table = data.getTable(id);
      expect(table?.totalSources?.map((range) => at(range).slice(0, 2))).toEqual(['合计']);
    }
  });

  it('points into the verbatim source shipped in the package', () => {
    for (const document of documents) {
      const range = document.source;
      expect(range, document.id).toBeDefined();
      const text = source.slice(range?.start, range?.end).replace(/\s+/gu, '');
      expect(text, document.id).toContain(document.docNumber.raw.replace(/\s+/gu, ''));
      expect(
        source
          .split('\n')
          .slice(0, (range?.line ?? 1) - 1)
          .join('\n').length + (range?.line === 1 ? 0 : 1),
      ).toBe(range?.start);
    }
  });
});
