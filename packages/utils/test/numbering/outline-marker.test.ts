import { readFileSync } from 'node:fs';
import {
  formatOutlineMarker,
  type OutlineMarkerKind,
  ParseError,
  parseChineseNumber,
  parseOutlineMarker,
} from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('parseOutlineMarker', () => {
  it.each([
    ['一、总体要求', 'chinese', 1, 1, '一、'],
    ['十二、附则', 'chinese', 1, 12, '十二、'],
    ['（一）工作目标', 'parenthesized-chinese', 2, 1, '（一）'],
    ['(三)加强领导', 'parenthesized-chinese', 2, 3, '(三)'],
    ['（二十）', 'parenthesized-chinese', 2, 20, '（二十）'],
    ['1.建立台账', 'arabic', 3, 1, '1.'],
    ['2．加强监管', 'arabic', 3, 2, '2．'],
    ['3、做好宣传', 'arabic', 3, 3, '3、'],
    ['12. 其他', 'arabic', 3, 12, '12.'],
    ['（1）申报', 'parenthesized-arabic', 4, 1, '（1）'],
    ['(10)其他', 'parenthesized-arabic', 4, 10, '(10)'],
    ['（１２）', 'parenthesized-arabic', 4, 12, '（１２）'],
    ['①市发展改革委', 'circled', 5, 1, '①'],
    ['⑳', 'circled', 5, 20, '⑳'],
    ['㉑', 'circled', 5, 21, '㉑'],
    ['㉟', 'circled', 5, 35, '㉟'],
    ['㊱', 'circled', 5, 36, '㊱'],
    ['㊿', 'circled', 5, 50, '㊿'],
    ['第一编 总则', 'part', 1, 1, '第一编'],
    ['第二章 申报与认定', 'chapter', 2, 2, '第二章'],
    ['第三节', 'section', 3, 3, '第三节'],
    ['第二十一条 本办法自2024年6月1日起施行。', 'article', 4, 21, '第二十一条'],
    ['第1条', 'article', 4, 1, '第1条'],
    ['第二款', 'paragraph', 5, 2, '第二款'],
    ['第四项', 'item', 6, 4, '第四项'],
    ['  　（五）缩进', 'parenthesized-chinese', 2, 5, '（五）'],
  ])('%s', (text, kind, level, index, raw) => {
    expect(parseOutlineMarker(text)).toEqual({ kind, level, index, raw });
  });

  it.each([
    '',
    '总体要求',
    '1.5万元',
    '2024年6月4日',
    '一是加强领导',
    '（一',
    '〇、',
    '0.',
    '（0）',
    '十十、',
    '第十十条',
    '第一次会议',
    '长政发〔2024〕5号',
  ])('%j has no marker', (text) => {
    expect(parseOutlineMarker(text)).toBeUndefined();
  });
});

describe('formatOutlineMarker', () => {
  // The documented depth of each kind; a Record, so that a kind added to the type must be added here.
  const levelOf: Record<OutlineMarkerKind, number> = {
    chinese: 1,
    'parenthesized-chinese': 2,
    arabic: 3,
    'parenthesized-arabic': 4,
    circled: 5,
    part: 1,
    chapter: 2,
    section: 3,
    article: 4,
    paragraph: 5,
    item: 6,
  };
  const kinds = Object.keys(levelOf) as OutlineMarkerKind[];

  it('writes the standard forms', () => {
    expect(kinds.map((kind) => formatOutlineMarker(kind, 2))).toEqual([
      '二、',
      '（二）',
      '2.',
      '（2）',
      '②',
      '第二编',
      '第二章',
      '第二节',
      '第二条',
      '第二款',
      '第二项',
    ]);
  });

  it('round-trips through parseOutlineMarker for every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 999 }), (kind, n) => {
        const index = kind === 'circled' ? ((n - 1) % 50) + 1 : n;
        const raw = formatOutlineMarker(kind, index);
        expect(parseOutlineMarker(`${raw}正文`)).toEqual({ kind, level: levelOf[kind], index, raw });
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the documented levels', () => {
    expect(kinds.map((kind) => parseOutlineMarker(formatOutlineMarker(kind, 1))?.level)).toEqual(
      kinds.map((kind) => levelOf[kind]),
    );
  });

  it.each([
    ['chinese', 0],
    ['arabic', -1],
    ['article', 1.5],
    ['circled', 51],
  ] as const)('rejects %s %d', (kind, index) => {
    expect(() => formatOutlineMarker(kind, index)).toThrow(ParseError);
  });
});

describe('parseOutlineMarker: N、 and N. take numeral characters only', () => {
  // The pattern before: any 1–16 non-space characters before 、 or the dot, left to the numeral
  // reader to refuse. Now only numeral characters match there, so that a line starting otherwise
  // fails at once; the answers must be the same on every line — but for a circled number before
  // 、 (①、), which read as nothing and now reads as the circled marker it is (hence ① first here).
  const ANY_BEFORE_SEPARATOR =
    /^(?:第(\S{1,16}?)([编章节条款项])|[(（](\S{1,16}?)[)）]|[①-⑳㉑-㉟㊱-㊿]|(\S{1,16}?)(、|[.．](?![\d０-９])))/;
  const KINDS =
    'chinese parenthesized-chinese arabic parenthesized-arabic circled part chapter section article paragraph item'.split(
      ' ',
    );
  // A count, as documented: parseChineseNumber's numerals, but one written digit by digit (no
  // unit) reads only in Arabic digits.
  const countOf = (numeral: string): number => {
    const digitByDigit = numeral.length > 1 && !/[十百千万亿拾佰仟萬億]/.test(numeral);
    if (digitByDigit && !/^[0-9０-９]+$/.test(numeral)) return Number.NaN;
    try {
      return parseChineseNumber(numeral);
    } catch {
      return Number.NaN;
    }
  };
  const reference = (text: string) => {
    const [raw = '', ofUnit, unit = '', parenthesized, plain, separator] =
      ANY_BEFORE_SEPARATOR.exec(text.trimStart()) ?? [];
    const numeral = ofUnit ?? parenthesized ?? plain ?? '';
    const arabic = /^[0-9０-９]{1,3}$/.test(numeral);
    const k = ofUnit ? 5 + '编章节条款项'.indexOf(unit) : numeral ? (parenthesized ? 1 : 0) + 2 * +arabic : 4;
    const code = raw.charCodeAt(0);
    const index = numeral ? countOf(numeral) : code - (code < 0x2474 ? 0x245f : code < 0x3260 ? 0x323c : 0x328d);
    return raw && index > 0 && (arabic || !/[0-9０-９]/.test(numeral)) && (k || separator === '、')
      ? { kind: KINDS[k], level: k < 5 ? k + 1 : k - 4, index, raw }
      : undefined;
  };
  const issue = readFileSync(`${import.meta.dirname}/../../../data/source/changzhi-gongbao-2024-03.md`, 'utf8');

  it('reads a circled number before 、 as the circled marker', () => {
    expect(parseOutlineMarker('㉑、各县区')).toEqual({ kind: 'circled', level: 5, index: 21, raw: '㉑' });
  });

  it('agrees on every line of the issue', () => {
    const lines = issue.split('\n');
    expect(lines.filter((line) => parseOutlineMarker(line)).length).toBeGreaterThan(250);
    for (const line of lines) expect(parseOutlineMarker(line), line).toEqual(reference(line));
  });

  it('agrees on lines made of numerals, separators, brackets and words', () => {
    const alphabet = [
      ...'零一二三四五六七八九十百千万亿〇○OＯ两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億0123456789０１２５９',
      ...'、.．第条章（）() \u3000是年各教育①㉑',
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 22 }), (line) => {
        expect(parseOutlineMarker(line)).toEqual(reference(line));
      }),
      { numRuns: 20_000 },
    );
  });
});
