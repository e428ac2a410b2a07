import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  CorrectionError,
  type SourceCorrection,
  validateCorrections,
} from '../scripts/lib/corrections';

const packageDir = join(import.meta.dirname, '..');
const source = readFileSync(join(packageDir, 'source/changzhi-gongbao-2024-03.md'), 'utf8');
const corrections = validateCorrections(JSON.parse(readFileSync(join(packageDir, 'corrections.json'), 'utf8')));

const text = 'line one\nline two two\nline three\n';
const fix = (line: number, before: string, after: string, id = 'a-fix'): SourceCorrection => ({
  id,
  line,
  before,
  after,
  why: 'because the test says so',
});

describe('applyCorrections', () => {
  it('replaces text on the stated line', () => {
    expect(applyCorrections(text, [fix(2, 'two two', 'two')]).text).toBe('line one\nline two\nline three\n');
  });

  it('replaces text spanning several lines', () => {
    expect(applyCorrections(text, [fix(1, 'one\nline two', '1\n2')]).text).toBe('line 1\n2 two\nline three\n');
  });

  it('fails when the text is not on the stated line', () => {
    expect(() => applyCorrections(text, [fix(1, 'three', '3')])).toThrow(CorrectionError);
    expect(() => applyCorrections(text, [fix(3, 'three', '3')])).not.toThrow();
  });

  it('fails when the text occurs more than once on the stated line', () => {
    expect(() => applyCorrections(text, [fix(2, 'two', '2')])).toThrow(/found it 2 times/);
  });

  it('fails for a line past the end', () => {
    expect(() => applyCorrections(text, [fix(9, 'x', 'y')])).toThrow(/past the end/);
  });

  it('fails when two corrections overlap', () => {
    expect(() => applyCorrections(text, [fix(2, 'line two', 'a', 'a'), fix(2, 'two two', 'b', 'b')])).toThrow(
      /overlaps/,
    );
  });

  it('maps offsets of the corrected text back into the source', () => {
    const result = applyCorrections(text, [fix(1, 'one', 'ONE!!'), fix(3, 'three', '3')]);
    expect(result.text).toBe('line ONE!!\nline two two\nline 3\n');
    // unchanged text shifts back
    const two = result.text.indexOf('two');
    expect(result.toSourceOffset(two)).toBe(text.indexOf('two'));
    // inside a replacement: its start; at its end: the end of the replaced text
    expect(result.toSourceOffset(result.text.indexOf('ONE') + 2)).toBe(text.indexOf('one'));
    expect(result.toSourceOffset(result.text.indexOf('\nline two'))).toBe(text.indexOf('\nline two'));
    expect(result.toSourceOffset(result.text.length)).toBe(text.length);
    // the end of a range inside a replacement: the end of the replaced text
    expect(result.toSourceOffset(result.text.indexOf('ONE') + 2, 'end')).toBe(text.indexOf('one') + 3);
    expect(result.toSourceOffset(result.text.indexOf('ONE'), 'end')).toBe(text.indexOf('one'));
    expect(result.toSourceOffset(two, 'end')).toBe(text.indexOf('two'));
  });

  it('maps every offset outside replacements to the same character (property)', () => {
    const result = applyCorrections(source, corrections);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: source.length - 1 }), (sourceOffset) => {
        const inside = result.applied.some((c) => sourceOffset >= c.start && sourceOffset < c.end);
        fc.pre(!inside);
        // find the corrected offset of this source character by shifting past earlier corrections
        let shift = 0;
        for (const c of result.applied) if (c.end <= sourceOffset) shift += c.after.length - (c.end - c.start);
        const corrected = sourceOffset + shift;
        expect(result.text[corrected]).toBe(source[sourceOffset]);
        expect(result.toSourceOffset(corrected)).toBe(sourceOffset);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateCorrections', () => {
  const good = { id: 'x-y', line: 1, before: 'a', after: 'b', why: 'a reason long enough' };

  it('accepts a well-formed list', () => {
    expect(validateCorrections([good])).toEqual([good]);
  });

  it.each([
    ['an unknown field', { ...good, extra: 1 }],
    ['a missing why', { id: 'x', line: 1, before: 'a', after: 'b' }],
    ['a short why', { ...good, why: 'typo' }],
    ['a no-op', { ...good, after: 'a' }],
    ['a zero line', { ...good, line: 0 }],
    ['an empty before', { ...good, before: '' }],
    ['a non-kebab id', { ...good, id: 'Fix_1' }],
  ])('rejects %s', (_, item) => {
    expect(() => validateCorrections([item])).toThrow(CorrectionError);
  });

  it('rejects duplicate ids', () => {
    expect(() => validateCorrections([good, { ...good, line: 2 }])).toThrow(/duplicate id/);
  });
});

describe('the reviewed corrections file', () => {
  it('applies cleanly to the verbatim source', () => {
    const result = applyCorrections(source, corrections);
    expect(result.applied).toHaveLength(corrections.length);
    for (const c of corrections) expect(result.text).toContain(c.after);
  });

  it('keeps every fragment of the interleaved decision-items table', () => {
    const item = corrections.find((c) => c.id === 'decision-items-two-columns');
    expect(item).toBeDefined();
    const fragments = (s: string) =>
      s
        .split(/[\t\n]+/)
        .flatMap((part) => part.split(/(?=[一二三四五六七]、)|(?=承办单位)|(?=计划完成时间)/))
        .map((part) => part.trim())
        .filter(Boolean)
        .sort();
    expect(fragments(item?.after ?? '')).toEqual(fragments(item?.before ?? ''));
    expect((item?.after ?? '').match(/计划完成时间/g)).toHaveLength(7);
  });

  it('is listed in source order', () => {
    const lines = corrections.map((c) => c.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
