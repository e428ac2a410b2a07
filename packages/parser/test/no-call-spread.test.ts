import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCallSpreads, findCallSpreadsInText } from '../../../scripts/call-spreads';

const packages = join(import.meta.dirname, '../..');

describe('no spread of an array into call arguments', () => {
  it('finds f(...xs), push(...xs), Math.max(...xs), new F(...xs), f.apply and Reflect.apply', () => {
    const found = findCallSpreadsInText(
      'x.ts',
      [
        'f(...xs);',
        'out.push(a, ...rows.slice(1));',
        'const m = Math.max(...xs.map((x) => x.length), 1);',
        'new Set(...args);',
        'f.apply(null, xs);',
        "g['apply'](null, xs);",
        'Reflect.apply(f, null, xs);',
        'h?.(...xs);',
      ].join('\n'),
    );
    expect(found.map((f) => [f.line, f.kind])).toEqual([
      [1, 'spread argument'],
      [2, 'spread argument'],
      [3, 'spread argument'],
      [4, 'spread argument'],
      [5, 'apply'],
      [6, 'apply'],
      [7, 'apply'],
      [8, 'spread argument'],
    ]);
  });

  it('allows array and object literals, rest parameters and a spread of a fixed array literal', () => {
    const found = findCallSpreadsInText(
      'x.ts',
      [
        'const all = [...a, ...b];',
        'const o = { ...p, q: 1 };',
        'function f(...args: number[]) { return args; }',
        'const [head, ...tail] = xs;',
        'f(...[1, 2]);',
        'f(...([a, b] as const));',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('finds none in the sources of any package', () => {
    const found = readdirSync(packages).flatMap((name) => findCallSpreads(join(packages, name, 'src')));
    expect(found.map((f) => `${f.file.slice(packages.length + 1)}:${f.line} ${f.kind}: ${f.text}`)).toEqual([]);
  });
});
