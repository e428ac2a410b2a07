import { normalizeBrackets, removeCjkSpaces, toAsciiDigits } from '@gongbao/utils/numbering';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('removeCjkSpaces', () => {
  it.each([
    ['长治高 新技 术', '长治高新技术'],
    ['LED 灯', 'LED 灯'],
    ['灯 LED', '灯 LED'],
    ['长政规〔2024〕1 号', '长政规〔2024〕1 号'],
    ['通 知 》', '通知》'],
    ['１ 号', '１号'],
    ['的 通知', '的通知'],
    ['张三\u3000李四', '张三\u3000李四'],
    ['第一条  为了', '第一条为了'],
    ['a b', 'a b'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(removeCjkSpaces(text)).toBe(expected);
  });

  it('only ever removes ASCII spaces that have Chinese on both sides', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'长治 高a1 》L，\u3000') }), (text) => {
        const result = removeCjkSpaces(text);
        expect(result.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        expect(result).not.toMatch(/[\u4e00-\u9fff》，] +[\u4e00-\u9fff》，]/);
        expect(removeCjkSpaces(result)).toBe(result);
      }),
    );
  });
});

describe('toAsciiDigits', () => {
  it('keeps length and other characters', () => {
    expect(toAsciiDigits('〔２０２４〕５号 ａ')).toBe('〔2024〕5号 ａ');
  });
});

describe('normalizeBrackets', () => {
  it.each([
    ['长政发[2024]5号', '长政发〔2024〕5号'],
    ['长政发［2024］5号', '长政发〔2024〕5号'],
    ['长政发【 ２０２４ 】5号', '长政发〔2024〕5号'],
    ['长政发〔 2024 〕5号', '长政发〔2024〕5号'],
    ['国办发﹝2013﹞100号', '国办发〔2013〕100号'],
    ['国办发„2009‟3号', '国办发〔2009〕3号'],
    ['长政发(2024)5号', '长政发(2024)5号'],
    ['长政发 （2024） 第5号', '长政发 （2024） 第5号'],
    ['见长政发[2024]5号和晋政发［2023］6号', '见长政发〔2024〕5号和晋政发〔2023〕6号'],
    ['(2024)晋04民初1号', '(2024)晋04民初1号'],
    ['规划（2021—2035年）', '规划（2021—2035年）'],
    ['预算(2024)说明', '预算(2024)说明'],
    ['[12345]', '[12345]'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeBrackets(text)).toBe(expected);
  });
});
