import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placesOf, SCANS } from '../../src/dates/find-dates.js';

// findDates runs its patterns only at the places placesOf gives. Here each pattern is tried at
// EVERY character, as a global scan would: every place where one matches anything must be listed.
function missedPlaces(text: string): string[] {
  const listed = new Set(placesOf(text));
  const missed: string[] = [];
  for (const [pattern] of SCANS) {
    const everywhere = new RegExp(pattern.source, 'y');
    for (let at = 0; at < text.length; at++) {
      everywhere.lastIndex = at;
      const match = everywhere.exec(text);
      if (match?.[0] && !listed.has(at)) missed.push(`${pattern.source.slice(0, 10)} at ${at}: ${match[0]}`);
    }
  }
  return missed;
}

describe('placesOf', () => {
  it('misses no place where a pattern matches, in the issue and in real documents and notices', () => {
    const texts = [readFileSync(`${import.meta.dirname}/../../../data/source/changzhi-gongbao-2024-03.md`, 'utf8')];
    for (const folder of ['../../../parser/test/fixtures/real', '../../notices']) {
      const dir = `${import.meta.dirname}/${folder}`;
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')))
        texts.push(readFileSync(`${dir}/${file}`, 'utf8'));
    }
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(missedPlaces(text)).toEqual([]);
  });

  it('misses no place in texts made of dates, durations, spacing and their words (property)', () => {
    const pieces = [
      ...'0123456789０２〇○零OＯ一二三四五六七八九两十百千万半年月日季度底末前内以之个工作天周星期为是自起，。 　\t',
      ...[
        ' 个 ',
        ' 为 ',
        '5 ',
        '二十 ',
        '有效期',
        '公示期',
        '公告期',
        '试用期',
        '期限',
        '工作日',
        '星期',
        '上半年',
        '下半年',
        '第',
        '每',
        '今',
        '本',
        '次',
        '明',
        '上',
      ],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        expect(missedPlaces(parts.join(''))).toEqual([]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('lists each place once, in text order: the anchors and the runs before them', () => {
    const text = '有效期为 3 个 月，自2024年6月底前、上半年';
    const places = [...placesOf(text)];
    expect(places).toEqual([...new Set(places)].sort((a, b) => a - b));
    expect(places.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]); // 有效期为 3 个 月
    expect(places).not.toContain(text.indexOf('，'));
  });
});
