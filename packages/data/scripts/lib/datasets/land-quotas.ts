/**
 * Land quotas written as prose in 长政发〔2024〕8号 (垦造耕地, 批而未用土地清理, 城乡建设用地增减挂钩):
 * a programme paragraph states the three-year total and the yearly totals, then one paragraph per
 * year lists the quota of each county (`2024年6000亩，其中：潞州区300亩、上党区300亩、…`).
 */
import type { SourceRange, Table } from '@gongbao/core';
import { compact, DatasetError } from './cells.js';

const NAME = 'land-quotas';

/** The three programmes, by the words that name them in the programme paragraph. */
export const LAND_PROGRAMMES = [
  { key: '垦造耕地', programme: '垦造耕地' },
  { key: '批而未用', programme: '批而未用土地清理' },
  { key: '增减挂钩', programme: '城乡建设用地增减挂钩' },
] as const;

/** One programme as stated: totals and the per-county quotas of each year. */
export interface LandProgramme {
  readonly programme: string;
  /** The years covered, from `2024-2026年三年间`. */
  readonly fromYear: number;
  readonly toYear: number;
  /** The three-year total stated in the programme paragraph (亩). */
  readonly statedTotal: number;
  /** Yearly totals stated in the programme paragraph's parenthesis (year → 亩). */
  readonly statedByYear: ReadonlyMap<number, number>;
  /** Yearly totals stated at the head of each year's paragraph (year → 亩). */
  readonly statedYearHeads: ReadonlyMap<number, number>;
  /** The per-county quotas: year, county (or zone) as written, 亩, and the paragraph stating it. */
  readonly quotas: ReadonlyArray<{
    readonly year: number;
    readonly area: string;
    readonly quota: number;
    readonly source?: SourceRange;
  }>;
  /** The programme paragraph, which states the totals. */
  readonly source?: SourceRange;
}

/** A text of the document, with where it is in the source when known. */
export type LandText = string | { readonly text: string; readonly source?: SourceRange | undefined };

const PROGRAMME = /(\d{4})[-—–至](\d{4})年三年间.*?(\d+)亩[(（]其中[:：](.+?)[)）]/u;
const YEAR_ITEM = /^(\d{4})年(\d+)亩$/u;
const YEAR_PARAGRAPH = /^(\d{4})年(\d+)亩[,，]其中[:：](.+?)。?$/u;
const AREA_ITEM = /^(.+?)(\d+)亩$/u;

/**
 * Reads the programmes from the texts of 长政发〔2024〕8号, in reading order; a text given with its
 * source range passes the range on to the quotas (and totals) read from it.
 */
export function readLandProgrammes(texts: readonly LandText[]): LandProgramme[] {
  const programmes: Array<{
    programme: string;
    fromYear: number;
    toYear: number;
    statedTotal: number;
    statedByYear: Map<number, number>;
    statedYearHeads: Map<number, number>;
    quotas: Array<{ year: number; area: string; quota: number; source?: SourceRange }>;
    source?: SourceRange;
  }> = [];
  for (const given of texts) {
    const raw = typeof given === 'string' ? given : given.text;
    const source = typeof given === 'string' ? undefined : given.source;
    const text = compact(raw);
    const head = PROGRAMME.exec(text);
    if (head) {
      const named = LAND_PROGRAMMES.find((p) => text.includes(p.key));
      if (!named) throw new DatasetError(NAME, `a three-year paragraph names no known programme: ${raw.slice(0, 40)}…`);
      const statedByYear = new Map<number, number>();
      for (const item of (head[4] ?? '').split(/[、,，]/u)) {
        const match = YEAR_ITEM.exec(item);
        if (!match) throw new DatasetError(NAME, `${named.programme}: unreadable yearly total "${item}"`);
        statedByYear.set(Number(match[1]), Number(match[2]));
      }
      programmes.push({
        programme: named.programme,
        fromYear: Number(head[1]),
        toYear: Number(head[2]),
        statedTotal: Number(head[3]),
        statedByYear,
        statedYearHeads: new Map(),
        quotas: [],
        ...(source ? { source } : {}),
      });
      continue;
    }
    const year = YEAR_PARAGRAPH.exec(text);
    if (!year) continue;
    const current = programmes.at(-1);
    if (!current) throw new DatasetError(NAME, `a year paragraph before any programme: ${raw.slice(0, 40)}…`);
    const y = Number(year[1]);
    if (current.statedYearHeads.has(y)) throw new DatasetError(NAME, `${current.programme}: ${y} stated twice`);
    current.statedYearHeads.set(y, Number(year[2]));
    for (const item of (year[3] ?? '').split('、')) {
      const match = AREA_ITEM.exec(item);
      if (!match) throw new DatasetError(NAME, `${current.programme} ${y}: unreadable quota "${item}"`);
      current.quotas.push({ year: y, area: match[1] ?? '', quota: Number(match[2]), ...(source ? { source } : {}) });
    }
  }
  if (programmes.length !== LAND_PROGRAMMES.length) {
    throw new DatasetError(NAME, `expected ${LAND_PROGRAMMES.length} programmes, found ${programmes.length}`);
  }
  return programmes;
}

/**
 * The row ranges of the dataset: each row the paragraph stating its quota, each totals row the
 * programme paragraph; none when any text came without a range (hand-made texts in tests).
 */
function landProvenance(programmes: readonly LandProgramme[]): Pick<Table, 'rowSources' | 'totalSources'> {
  const rowSources = programmes.flatMap((p) => p.quotas.map((q) => q.source));
  const totalSources = programmes.flatMap((p) => [...p.statedByYear.keys(), null].map(() => p.source));
  if (rowSources.some((r) => r === undefined) || totalSources.some((r) => r === undefined)) return {};
  return { rowSources: rowSources as SourceRange[], totalSources: totalSources as SourceRange[] };
}

/**
 * The tidy dataset: one row per programme, year and county; stated totals as totals rows. Rows
 * point at the paragraph they were read from (`rowSources`), totals at the programme paragraph.
 */
export function landQuotasTable(programmes: readonly LandProgramme[], documentId: string): Table {
  return {
    ...landProvenance(programmes),
    id: NAME,
    title: '长治市2024—2026年垦造耕地、批而未用土地清理、增减挂钩任务（分县区分年度）',
    description: `The land quotas written as prose in 长政发〔2024〕8号 (${documentId}), 三、工作安排 (二)–(四): one row per programme, year and county or zone; the totals rows are the yearly and three-year totals stated in the text.`,
    columns: [
      {
        name: 'programme',
        type: 'string',
        description:
          '任务: 垦造耕地 (reclaiming farmland), 批而未用土地清理 (clearing approved but unused land) or 城乡建设用地增减挂钩.',
      },
      { name: 'year', type: 'integer', description: 'The year of the quota; null in a three-year totals row.' },
      {
        name: 'area',
        type: 'string',
        description: 'The county, district or zone as written (高新区和经开区 is one entry).',
      },
      { name: 'quota', type: 'integer', unit: '亩', description: 'The quota in 亩 (1 亩 ≈ 666.7 m²).' },
    ],
    rows: programmes.flatMap((p) =>
      p.quotas.map((q) => ({ programme: p.programme, year: q.year, area: q.area, quota: q.quota })),
    ),
    totals: programmes.flatMap((p) => [
      ...[...p.statedByYear].map(([year, quota]) => ({
        label: `${p.programme} ${year}年`,
        values: { programme: p.programme, year, quota },
      })),
      {
        label: `${p.programme} ${p.fromYear}—${p.toYear}年`,
        values: { programme: p.programme, year: null, quota: p.statedTotal },
      },
    ]),
    notes: [],
  };
}
