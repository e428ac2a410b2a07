import { readFileSync } from 'node:fs';
import { findDocumentNumbers, formatDocumentNumber, parseDocumentNumber } from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const source = readFileSync(`${import.meta.dirname}/../../../data/source/changzhi-gongbao-2024-03.md`, 'utf8');

// Every 发文字号 and 令 number in the issue, in order, checked by hand against the text (57 with a
// bracketed year, 2 orders). The table of contents writes [ ], the bodies 〔 〕.
const EXPECTED = [
  ...[
    '长政发[2024]5号',
    '长政发[2024]6号',
    '长政发[2024]8号',
    '长政发[2024]9号',
    '长政函[2024]22号',
    '长政函[2024]30号',
  ],
  ...['长政办发[2024]13号', '长政办发[2024]14号', '长政办发[2024]16号', '长政办发[2024]17号', '长政办发[2024]18号'],
  ...['长政办函[2024]12号', '长政办函[2024]13号', '长政规[2024]1号', '长科规[2024]1号', '长科规[2024]2号'],
  ...['长人社规[2024]1号', '长政发〔2024〕5号', '长政办发〔2020〕32号', '长政发〔2024〕6号', '晋政发〔2024〕6号'],
  ...['晋政办发〔2023〕72号', '长政发〔2024〕8号', '晋政发〔2017〕28号', '长政发〔2024〕9号', '国发〔2024〕7号'],
  ...['晋政发〔2024〕10号', '长政函〔2024〕22号', '长水办〔2024〕78)号', '长政函[2024]30号', '长水办[2024]58号'],
  ...['长政办发〔2024〕13号', '长政办发〔2024〕14号', '长政办发〔2024〕16号', '晋政办发〔2024〕3号'],
  ...['长政办发〔2024〕17号', '长政办发〔2024〕18号', '长政办函〔2024〕12号', '晋政办函〔2024〕36号'],
  ...[
    '长政办函〔2024〕13号',
    '国务院令 第713号',
    '晋政办函〔2024〕35号',
    '长政规〔2024〕1 号',
    '山西省人民政府令第290号',
  ],
  ...['长财绩效[2021]3号', '长财绩效[2021]17号', '长政发〔2019〕2号', '长科规〔2024〕1号', '晋科规〔2024〕4号'],
  ...['长办发〔2022〕15号', '晋科规〔2024〕4号', '长办发〔2022〕15号', '长科发[2022]11号', '长科规[2024]2号'],
  ...['长政办发〔2022〕40号', '晋科规〔2024〕3号', '长人社规〔2024〕1号', '晋人社厅发〔2019〕59号', '长监〔2022〕22号'],
];

describe('findDocumentNumbers on the 2024 No. 3 issue', () => {
  const found = findDocumentNumbers(source);

  it('finds every number, in order, and nothing else', () => {
    expect(found.map((match) => match.value.raw)).toEqual(EXPECTED);
  });

  it('gives offsets of the raw text, and values that parseDocumentNumber agrees with', () => {
    for (const { value, start, end } of found) {
      expect(source.slice(start, end)).toBe(value.raw);
      expect(parseDocumentNumber(value.raw)).toEqual(value);
    }
    expect(found.every((match, i) => i === 0 || (found[i - 1]?.end ?? 0) <= match.start)).toBe(true);
  });

  it('makes no hit on dates, phone numbers or article numbers', () => {
    const hits = found.map((match) => source.slice(match.start, match.end)).join('\n');
    expect(source).toContain('(0355)2192572');
    expect(source).toMatch(/2024年\d+月\d+日/);
    expect(source).toMatch(/第[一二三四五六七八九十]+条/);
    expect(hits).not.toMatch(/年|月|日|条|0355|次/);
  });
});

describe('findDocumentNumbers in running text', () => {
  it.each([
    ['根据长政发〔2024〕5号文件', '长政发〔2024〕5号'],
    ['按照国办发明电〔2023〕7号要求', '国办发明电〔2023〕7号'],
    ['市政府印发长政办发〔2024〕16号', '长政办发〔2024〕16号'],
    ['现将长政发〔2024〕5号转发给你们', '长政发〔2024〕5号'],
    ['依据中华人民共和国主席令第12号', '中华人民共和国主席令第12号'],
    ['（长政办发〔2020〕32号）', '长政办发〔2020〕32号'],
    ['长政发 [2024] 第５号', '长政发〔2024〕5号'],
    ['根据《国务院办公厅关于……的通知》（国办发﹝2013﹞100号）', '国办发〔2013〕100号'],
    ['根据《国务院办公厅关于……的通知》(国办发„2009‟3号)精神', '国办发〔2009〕3号'],
    // A numbered announcement of a standing committee.
    ['根据四川省第十一届人民代表大会常务委员会公告第28号', '四川省第十一届人民代表大会常务委员会公告第28号'],
  ])('%s', (text, canonical) => {
    expect(findDocumentNumbers(text).map((match) => match.value.canonical)).toEqual([canonical]);
  });

  it.each([
    ['根据并政函〔2024〕12号', '并政函〔2024〕12号'],
    ['依据和政发〔2024〕3号文件', '和政发〔2024〕3号'],
    ['按照并政办发[2023]25号要求', '并政办发〔2023〕25号'],
    ['（并政函〔2024〕12号）', '并政函〔2024〕12号'],
    ['并政函〔2024〕12号', '并政函〔2024〕12号'],
    ['《通知》 和政发〔2024〕3号', '和政发〔2024〕3号'],
  ])('a code beginning with 并 or 和 where it cannot be a conjunction: %s', (text, canonical) => {
    expect(findDocumentNumbers(text).map((match) => match.value.canonical)).toEqual([canonical]);
  });

  it.each([
    ['印发和长政发〔2024〕5号', '长政发〔2024〕5号'],
    ['执行并长政发〔2024〕5号', '长政发〔2024〕5号'],
    ['贯彻落实，并长政发〔2024〕5号', '长政发〔2024〕5号'],
    ['市政府的长政发〔2024〕5号', '长政发〔2024〕5号'],
  ])('a 并/和/的 that joins phrases is not part of the code: %s', (text, canonical) => {
    expect(findDocumentNumbers(text).map((match) => match.value.canonical)).toEqual([canonical]);
  });

  it('reads 长政发…号、并政函…号 as two numbers', () => {
    const found = findDocumentNumbers('长政发〔2024〕5号、并政函〔2024〕12号');
    expect(found.map((match) => match.value.agency)).toEqual(['长政发', '并政函']);
  });

  it('finds codes led by a prose stop character after a citing word, a bracket, 、 or a space (property)', () => {
    const agency = fc
      .tuple(
        fc.constantFrom(...'并和依即于从将'),
        fc.array(fc.constantFrom(...'长晋国政办发函规科人社财监水'), { minLength: 1, maxLength: 4 }),
      )
      .map(([first, rest]) => first + rest.join(''));
    const number = fc.record({
      agency,
      year: fc.integer({ min: 1949, max: 2099 }),
      serial: fc.integer({ min: 1, max: 9999 }),
    });
    const before = fc.constantFrom('根据', '依据', '按照', '依照', '（', '(', '《', '“', '、', ' ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(before, number), { minLength: 1, maxLength: 4 }), (pieces) => {
        const texts = pieces.map(([, parts]) => formatDocumentNumber(parts));
        const text = pieces.map(([lead], i) => `通知要求，${lead}${texts[i]}）`).join('');
        expect(findDocumentNumbers(text).map((match) => match.value.canonical)).toEqual(texts);
      }),
      { numRuns: 1_000 },
    );
  });

  it('stops before every citing word parseDocumentNumber refuses in a 机关代字 (its PROSE)', () => {
    // Read from parseDocumentNumber's source, so that a word added there must stop the finder too.
    const documentNumberSource = readFileSync(`${import.meta.dirname}/../../src/numbering/document-number.ts`, 'utf8');
    const words = /const PROSE = \/([^/]+)\//.exec(documentNumberSource)?.[1]?.split('|') ?? [];
    expect(words.length).toBeGreaterThan(8);
    for (const word of words) {
      expect(() => parseDocumentNumber(`${word}长政发〔2024〕5号`)).toThrow();
      const text = `现${word}长政发〔2024〕5号文件`;
      expect(
        findDocumentNumbers(text).map((hit) => text.slice(hit.start, hit.end)),
        word,
      ).toEqual(['长政发〔2024〕5号']);
    }
  });

  it('splits numbers written back to back', () => {
    const found = findDocumentNumbers('长政发〔2024〕5号长政发〔2024〕6号和晋政发〔2024〕6号');
    expect(found.map((match) => match.value.canonical)).toEqual([
      '长政发〔2024〕5号',
      '长政发〔2024〕6号',
      '晋政发〔2024〕6号',
    ]);
  });

  it.each([
    '2024年6月4日',
    '电话：(0355)2192572',
    '第12页',
    '第十条',
    '〔2024〕5号',
    '长政发〔2024〕0号',
    '市政府〔2024〕第44次常务会议',
    '（2021—2035年）',
    '令第5号',
  ])('finds nothing in %s', (text) => {
    expect(findDocumentNumbers(text)).toEqual([]);
  });

  it('finds every number embedded in arbitrary text between punctuation', () => {
    const agency = fc
      .array(fc.constantFrom(...'长晋国政办发函规科人社财监水'), { minLength: 1, maxLength: 5 })
      .map((c) => c.join(''));
    const number = fc.oneof(
      fc.record({ agency, year: fc.integer({ min: 1949, max: 2099 }), serial: fc.integer({ min: 1, max: 9999 }) }),
      fc.record({ agency: agency.map((a) => `${a}令`), serial: fc.integer({ min: 1, max: 9999 }) }),
    );
    const filler = fc.string({
      unit: fc.constantFrom(...'的通知要求2024年6月4日第十条(0355)（）《》、 abc'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, number), { maxLength: 6 }), filler, (pieces, last) => {
        const texts = pieces.map(([, parts]) => formatDocumentNumber(parts));
        const text = pieces.map(([fill], i) => `${fill}，${texts[i]}，`).join('') + last;
        expect(findDocumentNumbers(text).map((match) => match.value.canonical)).toEqual(texts);
      }),
      { numRuns: 2_000 },
    );
  });
});
