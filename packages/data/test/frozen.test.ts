/**
 * Issue 12 (data): the exports are deep-frozen and shared, errors are the documented ones, the
 * search is bounded and folds only what does not change meaning.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasets, documents, getDocument, issue, meta, searchText, tables, timeline } from '@gongbao/data';
import { dataFile } from '@gongbao/data/files';
import { ParseError } from '@gongbao/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, sharedFrozen } from '../src/internal/frozen';

const packageDir = join(import.meta.dirname, '..');

/** Every object and array reachable from `value`. */
function* objectsIn(value: unknown): Generator<object> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    yield next;
    for (const child of Object.values(next)) stack.push(child);
  }
}

/** The ParseError code `run` throws (fails the test when it throws anything else or nothing). */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return (error as ParseError).code;
  }
  throw new Error('expected a ParseError');
}

describe('deep-frozen exports', () => {
  it('freezes every object and array of every export', () => {
    for (const value of [issue, documents, tables, datasets, timeline, meta]) {
      let count = 0;
      for (const object of objectsIn(value)) {
        expect(Object.isFrozen(object)).toBe(true);
        count++;
      }
      expect(count).toBeGreaterThan(1);
    }
  });

  it('freezes every exported value that is data, of every entry point (the kind lists too)', async () => {
    const entries = ['', '/documents', '/search', '/tables', '/timeline', '/issue', '/schemas', '/files'];
    const names: string[] = [];
    for (const entry of entries) {
      const exports = (await import(`@gongbao/data${entry}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        // Functions and zod schemas are code, not the data.
        if (typeof value !== 'object' || value === null || '_zod' in value) continue;
        names.push(name);
        for (const object of objectsIn(value)) expect(Object.isFrozen(object), name).toBe(true);
      }
    }
    expect(names).toEqual(expect.arrayContaining(['documents', 'TIMELINE_KINDS', 'DATE_BASES', 'DATE_PRECISIONS']));
  });

  it('throws on mutation (strict mode) and changes nothing', () => {
    const before = JSON.stringify([issue, tables, timeline]);
    const hitsBefore = searchText('消防').length;
    const mutable = documents as unknown as unknown[];
    const [first] = documents;
    const [firstTable] = tables;
    if (first === undefined || firstTable === undefined) throw new Error('no data');
    expect(() => mutable.push({})).toThrow(TypeError);
    expect(() => {
      (first as unknown as { title: string }).title = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (firstTable.rows as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (timeline as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (first.body as unknown as unknown[]).splice(0);
    }).toThrow(TypeError);
    expect(() => {
      delete (meta as unknown as { sourceFile?: string }).sourceFile;
    }).toThrow(TypeError);
    expect(JSON.stringify([issue, tables, timeline])).toBe(before);
    expect(documents).toHaveLength(17);
    // The search cache is keyed by the frozen documents: it agrees with getDocument.
    expect(searchText('消防').length).toBe(hitsBefore);
    const hit = searchText('储备粮')[0];
    expect(hit && getDocument(hit.document.id)).toBe(hit?.document);
  });

  it('deepFreeze handles deep nesting without recursion, sharedFrozen returns one value per key', () => {
    let deep: { next?: unknown } = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      deep.next = next;
      deep = next;
    }
    deepFreeze(root);
    expect(Object.isFrozen(deep)).toBe(true);
    const key = `test:${Math.random()}`;
    const a = sharedFrozen(key, () => ({ list: [1] }));
    const b = sharedFrozen(key, () => ({ list: [2] }));
    expect(b).toBe(a);
    expect(Object.isFrozen(a.list)).toBe(true);
  });

  it('shares one copy between the ESM and the CJS build in one process', () => {
    const esm = pathToFileURL(join(packageDir, 'dist/index.js')).href;
    const cjs = join(packageDir, 'dist/index.cjs');
    const code = `
      const esm = await import(${JSON.stringify(esm)});
      const { createRequire } = await import('node:module');
      const cjs = createRequire(import.meta.url)(${JSON.stringify(cjs)});
      console.log(JSON.stringify([esm.documents === cjs.documents, esm.tables === cjs.tables,
        esm.timeline === cjs.timeline, esm.meta === cjs.meta, Object.isFrozen(cjs.documents[0].body)]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([true, true, true, true, true]);
  });
});

describe('documented errors', () => {
  it('getDocument: EMPTY, MALFORMED_DOCUMENT_NUMBER, NOT_TEXT', () => {
    expect(codeOf(() => getDocument(''))).toBe('EMPTY');
    expect(codeOf(() => getDocument('   '))).toBe('EMPTY');
    expect(codeOf(() => getDocument('消防工作'))).toBe('MALFORMED_DOCUMENT_NUMBER');
    expect(codeOf(() => getDocument('长政发'.repeat(1_000_000)))).toBe('MALFORMED_DOCUMENT_NUMBER');
    for (const value of [null, undefined, 5, {}, ['长政发-2024-5']]) {
      expect(codeOf(() => getDocument(value as unknown as string))).toBe('NOT_TEXT');
    }
  });

  it('getDocument and dataFile: NOT_TEXT, not a TypeError, for values String() cannot convert', () => {
    for (const value of [{ toString: 0 }, Object.create(null), { [Symbol.toPrimitive]: () => ({}) }]) {
      expect(codeOf(() => getDocument(value as string))).toBe('NOT_TEXT');
      expect(codeOf(() => dataFile(value as string))).toBe('NOT_TEXT');
    }
  });

  it('getDocument never throws anything but ParseError (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        try {
          getDocument(value as string);
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
          expect(['EMPTY', 'MALFORMED_DOCUMENT_NUMBER', 'NOT_TEXT']).toContain((error as ParseError).code);
        }
      }),
    );
  });

  it('searchText: TOO_LONG at once for a 10 MB query, NOT_TEXT for non-strings', () => {
    const start = performance.now();
    expect(codeOf(() => searchText('消'.repeat(10_000_000)))).toBe('TOO_LONG');
    expect(performance.now() - start).toBeLessThan(200);
    expect(codeOf(() => searchText(null as unknown as string))).toBe('NOT_TEXT');
    expect(searchText('消'.repeat(10_000))).toEqual([]);
  });
});

describe('search folding', () => {
  it('does not fold ① into 1, ² into 2 or ㈠ into (一)', () => {
    expect(searchText('1').length).toBeGreaterThan(0);
    expect(searchText('①')).toEqual([]);
    expect(searchText('²')).toEqual([]);
    expect(searchText('㈠')).toEqual([]);
  });

  it('still folds full-width ASCII, case and radicals', () => {
    const ids = (query: string) => searchText(query).map((h) => `${h.document.id}/${h.path}/${h.offset}`);
    expect(ids('２０２４年底前')).toEqual(ids('2024年底前'));
    expect(ids('（一）')).toEqual(ids('(一)'));
    expect(ids('WWW.CHANGZHI')).toEqual(ids('www.changzhi'));
    // ⽇ (U+2F47 KANGXI RADICAL SUN) stands for 日.
    expect(ids('\u2F47')).toEqual(ids('日'));
    expect(ids('日').length).toBeGreaterThan(0);
    expect(ids('２０２４年底前').length).toBeGreaterThan(0);
  });
});
