/**
 * The benchmark input: a synthetic issue made from the test fixtures, 17 documents (as many as
 * 长治市人民政府公报 2024年第3期) of about 120 blocks and a 60-row table each — about the size of
 * the real issue's JSON (≈ 220 KB). Shared by `schemas.bench.ts` and `figures.ts`.
 */
import { DocumentSchema } from '@gongbao/core';
import { issue, notice5, number5, vehicleTable } from '../test/fixtures';

const rows = Array.from({ length: 60 }, (_, i) => ({ ...(vehicleTable.rows[i % 3] as object), 序号: i + 1 }));
// One source range per row, as the schema requires when a table has row sources.
const rowSources = rows.map((_, i) => vehicleTable.rowSources?.[i % 3] ?? { start: 0, end: 1, line: 1 });
const table = { ...vehicleTable, rows, rowSources };
const paragraph = {
  type: 'paragraph',
  text: '各县区、管委会要深化打通消防生命通道工程，筑牢农村火灾防控基础单元。'.repeat(3),
} as const;
const body = Array.from({ length: 30 }, (_, i) => ({
  type: 'heading' as const,
  level: 1,
  marker: { kind: 'chinese' as const, level: 1, index: i + 1, raw: `${i + 1}、` },
  text: '总体要求',
  children: Array.from({ length: 3 }, () => paragraph),
}));
export const documents = Array.from({ length: 17 }, (_, i) => {
  const docNumber = {
    ...number5,
    serial: i + 1,
    canonical: `长政发〔2024〕${i + 1}号`,
    raw: `长政发〔2024〕${i + 1}号`,
  };
  return {
    ...notice5,
    id: `长政发-2024-${i + 1}`,
    docNumber,
    enclosures: [{ title: '实施意见', body }],
    attachments: [{ number: 1, title: '计划表', body: [{ type: 'table' as const, table }] }],
  };
});
// One TOC entry per document, as GazetteIssueSchema cross-checks them (ids, 发文字号, pages).
const toc = documents.map(({ id, title, docNumber }, i) => ({
  section: '市政府文件',
  title,
  docNumber: { ...docNumber, raw: `长政发[2024]${i + 1}号` },
  startPage: 1 + 4 * i,
  endPage: 4 + 4 * i,
  documentId: id,
}));
export const input = JSON.parse(JSON.stringify({ ...issue, toc, documents })) as unknown;
export const parsedDocument = DocumentSchema.parse(documents[0]);
