/**
 * Key projects (基础骨干项目清单, 附件2 of 长政办发〔2024〕17号): the source table groups its rows
 * under two part headings (一、…, 二、…), merges 序号/项目名称/责任单位 over several rows and packs
 * several numbered items (1. … 2. …) into one 项目内容 cell. The tidy dataset has one row per item.
 */
import type { Table } from '@gongbao/core';
import { cellText, compact, DatasetError, derivedProvenance, grid } from './cells.js';

const NAME = 'key-projects';

/** One item of the key-projects list. */
export interface KeyProjectItem {
  /** 0-based index of the source row it was read from. */
  readonly row: number;
  readonly part: string;
  readonly actionNo: string;
  readonly action: string;
  readonly itemNo: number | null;
  readonly item: string;
  readonly responsible: string;
}

const PART = /^([一二三四五六七八九十]+)、(.+)$/u;

/**
 * Splits a 项目内容 cell into its numbered items `1. …`, `2. …`: a number counts as an item marker
 * only when it is the next expected one (from `first`, for an action continued over rows) and is followed by `.`/`．`/`、` and no digit (so `8.5` in
 * `8.5公里` is not a marker). A cell without markers is one unnumbered item.
 */
export function splitNumberedItems(text: string, first = 1): Array<{ no: number | null; text: string }> {
  const starts: Array<{ no: number; at: number; body: number }> = [];
  let expected = first;
  const marker = /(?<![\d.])(\d{1,2})\s*[.．、](?!\d)\s*/gu;
  for (const match of text.matchAll(marker)) {
    // At the start, or after a sentence end, a tag or a space.
    const atBoundary = match.index === 0 || /[。；;>\s]$/u.test(text.slice(0, match.index));
    if (Number(match[1]) === expected && atBoundary) {
      starts.push({ no: expected, at: match.index, body: match.index + match[0].length });
      expected++;
    }
  }
  if (starts.length === 0 || text.slice(0, starts[0]?.at).trim() !== '') {
    if (starts.length > 0) throw new DatasetError(NAME, `text before item 1: "${text.slice(0, 30)}…"`);
    return [{ no: null, text: tidy(text) }];
  }
  return starts.map((start, i) => ({
    no: start.no,
    text: tidy(text.slice(start.body, starts[i + 1]?.at ?? text.length)),
  }));
}

function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Reads the source table: columns 序号, 项目名称, 项目内容, 责任单位 — optionally preceded by a
 * group column (the part heading, when the parser resolves the heading rows into a column).
 * Without a group column, a part heading is a row with only its first cell.
 */
export function readKeyProjects(source: Pick<Table, 'columns' | 'rows'>): KeyProjectItem[] {
  const width = source.columns.length;
  if (width !== 4 && width !== 5) throw new DatasetError(NAME, `expected 4 or 5 columns, got ${width}`);
  const grouped = width === 5;
  const items: KeyProjectItem[] = [];
  let part = '';
  let actionNo = '';
  let action = '';
  let responsible = '';
  let nextItem = 1;
  grid(source).forEach((cells, index) => {
    const row = cells.map((cell) => cellText(cell));
    if (grouped) {
      const group = compact(row.shift() ?? '');
      if (group && group !== part) {
        part = group;
        actionNo = '';
      }
    }
    const [noCell = '', nameCell = '', content = '', unitCell = ''] = row;
    const partMatch = PART.exec(compact(noCell));
    if (!grouped && partMatch && content === '') {
      part = compact(noCell);
      actionNo = '';
      return;
    }
    if (noCell && compact(noCell) !== actionNo) {
      actionNo = compact(noCell);
      action = compact(nameCell);
      responsible = '';
      nextItem = 1;
      if (!action) throw new DatasetError(NAME, `row ${index + 1}: ${actionNo} without a name`);
    } else if (nameCell && compact(nameCell) !== action) {
      throw new DatasetError(NAME, `row ${index + 1}: a name "${nameCell}" without 序号 (a split merged cell?)`);
    }
    if (unitCell) responsible = compact(unitCell);
    if (!part || !actionNo) throw new DatasetError(NAME, `row ${index + 1}: an item outside a part or action`);
    if (!content) throw new DatasetError(NAME, `row ${index + 1}: no 项目内容`);
    if (!responsible) throw new DatasetError(NAME, `row ${index + 1}: no 责任单位`);
    for (const item of splitNumberedItems(content, nextItem)) {
      if (item.no !== null) nextItem = item.no + 1;
      items.push({ row: index, part, actionNo, action, itemNo: item.no, item: item.text, responsible });
    }
  });
  return items;
}

/** The tidy dataset: one row per numbered item of the list. */
export function keyProjectsTable(items: readonly KeyProjectItem[], source: Pick<Table, 'id' | 'rowSources'>): Table {
  return {
    id: NAME,
    title: '长治市推进以县城为重要载体的城镇化建设基础骨干项目清单（每项一行）',
    description:
      'One row per numbered item of 长政办发〔2024〕17号 附件2 (基础骨干项目清单): part headings and merged 序号/项目名称/责任单位 cells repeated, 项目内容 cells split at their item numbers.',
    columns: [
      {
        name: 'part',
        type: 'string',
        description: 'The part heading: 一、深入推进县城建设提质增效 or 二、全面推进城乡建设衔接互补.',
      },
      { name: 'actionNo', type: 'string', description: '序号 of the action within its part: (一), (二) …' },
      { name: 'action', type: 'string', description: '项目名称: the action (行动 or 一体化).' },
      {
        name: 'itemNo',
        type: 'integer',
        description: 'Number of the item within the action; null when the cell is not numbered.',
      },
      { name: 'item', type: 'string', description: '项目内容: the item text after its number.' },
      { name: 'responsible', type: 'string', description: '责任单位 as written, several units separated by 、.' },
    ],
    rows: items.map(({ row: _, ...item }) => ({ ...item })),
    totals: [],
    notes: [],
    ...derivedProvenance(
      NAME,
      source,
      items.map((item) => item.row),
    ),
  };
}
