/**
 * How fast the numbering functions are, against the libraries people reach for. Not part of
 * pass/fail; the ratios go in the README. Run: pnpm vitest bench --run --project utils numbering
 */
import { readFileSync } from 'node:fs';
import { findDocumentNumbers, formatChineseNumber, parseChineseNumber, parseDocumentNumber } from '@gongbao/utils';
import chineseParseInt from 'chinese-parseint2';
import Nzh from 'nzh';
import { bench, describe } from 'vitest';

// 1000 integers spread over 0…10^8 (a fixed stride, so every run sees the same input), and their
// numerals in the official convention, which every library here reads the same way.
const integers = Array.from({ length: 1000 }, (_, i) => (i * 99_991) % 100_000_000);
const numerals = integers.map((n) => formatChineseNumber(n));

const source = readFileSync(`${import.meta.dirname}/../../data/source/changzhi-gongbao-2024-03.md`, 'utf8');
const documentNumbers = findDocumentNumbers(source).map((match) => match.value.raw);

describe('parse Chinese numerals (1000 numerals)', () => {
  bench('parseChineseNumber', () => {
    for (const numeral of numerals) parseChineseNumber(numeral);
  });
  bench('nzh Nzh.cn.decodeS', () => {
    for (const numeral of numerals) Nzh.cn.decodeS(numeral);
  });
  bench('chinese-parseint2', () => {
    for (const numeral of numerals) chineseParseInt(numeral);
  });
});

describe('format Chinese numerals (1000 integers)', () => {
  bench('formatChineseNumber', () => {
    for (const n of integers) formatChineseNumber(n);
  });
  bench('nzh Nzh.cn.encodeS', () => {
    for (const n of integers) Nzh.cn.encodeS(n);
  });
});

describe('document numbers of the 2024 No. 3 issue', () => {
  bench(`parseDocumentNumber (${documentNumbers.length} numbers as written)`, () => {
    for (const text of documentNumbers) parseDocumentNumber(text);
  });
  bench(`findDocumentNumbers (whole issue, ${source.length} characters)`, () => {
    findDocumentNumbers(source);
  });
});
