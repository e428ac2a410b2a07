import { documentTypeFromTitle, enclosedTextTypeFromTitle } from '@gongbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The pattern the trailing qualifiers were once removed with (quadratic on `案)(草` repeated,
// as recheck found): the backward scan must give the same answers.
const OLD_TRAILING = /(?:[(（](?:试行|暂行|修订|草案|征求意见稿)[)）]|及采纳情况|[\s　])+$/u;

describe('the kind of a title, after its trailing qualifiers', () => {
  it('agrees with the former pattern on titles made of the qualifiers’ characters', () => {
    const piece = fc.constantFrom(
      '(',
      ')',
      '（',
      '）',
      '试行',
      '暂行',
      '草案',
      '征求意见稿',
      '及采纳情况',
      ' ',
      '　',
      '办法',
      '细则',
      '通知',
      '令',
      '案',
      '草',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
        (title) => {
          const old = title.replace(OLD_TRAILING, '');
          expect(enclosedTextTypeFromTitle(title)).toBe(enclosedTextTypeFromTitle(old));
          expect(documentTypeFromTitle(title)).toBe(documentTypeFromTitle(old));
        },
      ),
      { numRuns: 2000 },
    );
    expect(enclosedTextTypeFromTitle('长治市管理办法（暂行） (试行)及采纳情况 　')).toBe('办法');
  });

  it('is linear on the attack string recheck found (1 MB in well under a second)', () => {
    const attack = `${'案)(草'.repeat(250_000)}试\t`;
    const start = performance.now();
    expect(enclosedTextTypeFromTitle(attack)).toBeUndefined();
    expect(documentTypeFromTitle(`${'(试行)'.repeat(200_000)}`)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
