/**
 * Hostile input: what a careless or malicious caller may pass. Each case either returns the
 * documented result or throws the documented ParseError.
 */
import { parseDocument, parseGazette } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { source } from './helpers/source.js';

const binary = (length: number) => {
  let out = '';
  let seed = 7;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const byte = 1 + (seed % 255); // no NUL: the control characters alone must tell
    out += byte >= 0x80 ? '\ufffd' : String.fromCharCode(byte);
  }
  return out;
};

describe('binary input', () => {
  it('is found after 5 KB of text, and anywhere else', () => {
    const text = source.slice(0, 5000);
    for (const input of [text + binary(5000), text + binary(1000) + text, binary(4096) + text]) {
      for (const parse of [parseDocument, parseGazette]) {
        expect(() => parse(input)).toThrow(expect.objectContaining({ name: 'ParseError', code: 'BINARY' }));
      }
    }
  });

  it('says where it starts', () => {
    const text = 'x'.repeat(10_000);
    try {
      parseDocument(text + binary(5000));
      expect.unreachable();
    } catch (error) {
      const index = (error as { index: number }).index;
      expect(index).toBeGreaterThan(10_000 - 4096);
      expect(index).toBeLessThanOrEqual(10_000);
    }
  });

  it('is not a few stray control characters in a long text', () => {
    const text = `${source.slice(0, 20_000)}\f\u000b${source.slice(20_000, 40_000)}\ufffd`;
    expect(() => parseGazette(text)).not.toThrow();
  });
});

describe('big inputs return diagnostics, never a RangeError', () => {
  it('100,000 rows of a two-cell table (issue #12)', { timeout: 60_000 }, () => {
    const text = `x\n\n${'a\tb\n'.repeat(100_000)}`;
    const { document } = parseDocument(text);
    const table = document.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.table.rows.length).toBe(100_000 - 1); // the first row is the header
    expect(() => parseGazette(text)).not.toThrow();
  });

  it('100,000 rows of numbers with a header', { timeout: 60_000 }, () => {
    const text = `名称\t数量\t金额\n${'长治市某某县\t12\t3.5\n'.repeat(100_000)}`;
    const { document } = parseDocument(text);
    const table = document.body.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.table.rows).toHaveLength(100_000);
    expect(table.table.columns.map((c) => [c.name, c.type])).toEqual([
      ['名称', 'string'],
      ['数量', 'integer'],
      ['金额', 'number'],
    ]);
    expect(table.table.rowSources).toHaveLength(100_000);
  });

  it('one line of 10 MB (Han, Latin, brackets, markers)', { timeout: 60_000 }, () => {
    for (const line of [
      '字'.repeat(10_000_000),
      'a'.repeat(10_000_000),
      '《'.repeat(5_000_000) + '》'.repeat(5_000_000),
    ]) {
      const { document } = parseDocument(`x\n\n${line}`);
      expect(document.body.some((b) => b.type === 'paragraph' && b.text.length === line.length)).toBe(true);
      expect(() => parseGazette(line)).not.toThrow();
    }
  });

  it('one row far wider than the others keeps its cells in its last one (no 10-million-cell table)', () => {
    const text = `${'\t'.repeat(100_000)}x\n${'a\tb\n'.repeat(100)}`;
    const { document, diagnostics } = parseDocument(text);
    const table = document.body.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.table.columns.length).toBeLessThanOrEqual(12);
    expect(diagnostics.filter((d) => d.code === 'table-row-misaligned')).toHaveLength(1);
    // Nothing is lost: the x at the end of the wide row is in its last cell.
    expect(JSON.stringify(table.table.rows[0])).toContain('x');
  });

  it('100,000 equal header cells', { timeout: 60_000 }, () => {
    const text = `${'名称\t'.repeat(100_000)}名称\n${'a\t'.repeat(100_000)}a\n`;
    const { document } = parseDocument(text);
    const table = document.body.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    const names = table.table.columns.map((c) => c.name);
    expect(new Set(names).size).toBe(100_001);
    expect(names.slice(0, 3)).toEqual(['名称', '名称_2', '名称_3']);
  });

  it('text before the first document of a gazette is one diagnostic per run of lines, not one per line', () => {
    const text = `${'a\tb\n'.repeat(10_000)}\n# 某市人民政府关于某事的通知\n\n某政发〔2024〕1号\n\n各县：\n\n正文。\n\n某市人民政府\n\n2024年5月6日`;
    const unparsed = parseGazette(text).diagnostics.filter((d) => d.code === 'unparsed-text');
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0]?.message).toBe('Lines 1–10000 belong to no document');
  });
});
