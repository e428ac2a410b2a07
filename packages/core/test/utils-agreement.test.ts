import { DocumentNumberSchema, OUTLINE_MARKER_KINDS, OutlineMarkerSchema } from '@gongbao/core';
import { findDocumentNumbers, formatOutlineMarker, parseDocumentNumber, parseOutlineMarker } from '@gongbao/utils';
import { describe, expect, it } from 'vitest';

// The verbatim copy of the issue kept by @gongbao/data (read only).
const source = `${import.meta.dirname}/../../data/source/changzhi-gongbao-2024-03.md`;

describe('the values @gongbao/utils returns parse with the core schemas', () => {
  it.each([
    '长政发[2024]5号',
    '长政规〔2024〕1 号',
    '长人社规〔2024〕1号',
    '国务院令 第713号',
    '晋人社厅发〔2019〕59号',
  ])('parseDocumentNumber(%s)', (text) => {
    const value = parseDocumentNumber(text);
    expect(DocumentNumberSchema.parse(value)).toEqual(value);
  });

  it.each([
    '一、总体要求',
    '（十八）持续提高',
    '(一) 指导思想',
    '1. 优化',
    '（1）',
    '①',
    '第一章 总 则',
    '第二十四条 本办法',
    '第三款',
    '第二项',
  ])('parseOutlineMarker(%s)', (text) => {
    const value = parseOutlineMarker(text);
    expect(value).toBeDefined();
    expect(OutlineMarkerSchema.parse(value)).toEqual(value);
  });

  // The kinds are a list here and a type there (checked equal in schemas.test-d.ts): at run time,
  // every kind of the list must be one utils writes and reads back, with the schema accepting it.
  it.each(OUTLINE_MARKER_KINDS)('formatOutlineMarker(%s, 3) reads back as that kind', (kind) => {
    const value = parseOutlineMarker(`${formatOutlineMarker(kind, 3)}正文`);
    expect(value).toMatchObject({ kind, index: 3 });
    expect(OutlineMarkerSchema.parse(value)).toEqual(value);
  });

  it('every 发文字号 found in the real issue parses', async () => {
    const { readFile } = await import('node:fs/promises');
    const found = findDocumentNumbers(await readFile(source, 'utf8'));
    expect(found.length).toBeGreaterThan(30);
    for (const { value } of found) expect(DocumentNumberSchema.safeParse(value).error?.issues ?? []).toEqual([]);
  });
});
