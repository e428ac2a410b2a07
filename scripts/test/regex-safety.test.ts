import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackageRegexes, findPackageRegexes, unsafeRegexes } from '../regex-safety';

/** A throw-away package with the given `src` files. */
function fixturePackage(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'regex-safety-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const grammar = `export const SP = '[ \\\\t]*';
export const UNITS = ['年', '月', '日'] as const;
export const prefix = (bare: boolean): string => \`(?:有效期\${bare ? '|期' : ''})?\`;
`;

const module = `import { SP, UNITS, prefix } from './grammar.js';
const PLAIN = /零一二/.source;
export const SAFE = /^\\d{4}-\\d\\d$/;
export const NESTED = /^(a+)+$/;
export function lazy() {
  return new RegExp(\`^\${prefix(true)}\\\\d+\${SP}(?:\${UNITS.join('|')})\`, 'd');
}
export const FROM_SOURCE = new RegExp(PLAIN + '+', 'g');
export const TRAILING = RegExp(\`\${SP}$\`);
export function escaped(word: string) {
  return new RegExp(word);
}
`;

describe('findPackageRegexes', () => {
  const dir = fixturePackage({
    'src/dates/grammar.ts': grammar,
    'src/dates/module.ts': module,
    'src/x.test.ts': '/(a+)+/',
  });
  const found = findPackageRegexes(dir);

  it('finds literals and RegExp constructions, with file, line and name, but not in test files', () => {
    expect(found.map((regex) => `${regex.file}:${regex.line} ${regex.name} ${regex.kind}`)).toEqual([
      'src/dates/module.ts:2 PLAIN literal',
      'src/dates/module.ts:3 SAFE literal',
      'src/dates/module.ts:4 NESTED literal',
      'src/dates/module.ts:6 lazy constructor',
      'src/dates/module.ts:8 FROM_SOURCE constructor',
      'src/dates/module.ts:9 TRAILING constructor',
      'src/dates/module.ts:11 escaped constructor',
    ]);
  });

  it('evaluates constant arguments across imports: templates, +, .source, .join, small functions', () => {
    const byName = Object.fromEntries(found.map((regex) => [regex.name, regex]));
    expect(byName.lazy).toMatchObject({ source: '^(?:有效期|期)?\\d+[ \\t]*(?:年|月|日)', flags: 'd' });
    expect(byName.FROM_SOURCE).toMatchObject({ source: '零一二+', flags: 'g' });
    expect(byName.TRAILING).toMatchObject({ source: '[ \\t]*$', flags: '' });
  });

  it('reports a pattern built from a non-constant (a parameter) instead of skipping it', () => {
    const dynamic = found.find((regex) => regex.name === 'escaped');
    expect(dynamic?.source).toBeUndefined();
    expect(dynamic?.reason).toBe('`word` is a parameter');
  });
});

describe('checkPackageRegexes', () => {
  const dir = fixturePackage({ 'src/grammar.ts': grammar, 'src/module.ts': module });

  it('runs recheck on each pattern: safe, vulnerable with an attack, dynamic', async () => {
    const reports = await checkPackageRegexes(dir);
    const status = Object.fromEntries(reports.map((report) => [report.name, report.status]));
    expect(status).toEqual({
      PLAIN: 'safe',
      SAFE: 'safe',
      NESTED: 'vulnerable',
      lazy: 'safe',
      FROM_SOURCE: 'safe',
      TRAILING: 'vulnerable', // /[ \t]*$/ unanchored: quadratic on a long run of spaces
      escaped: 'dynamic',
    });
    expect(reports.find((report) => report.name === 'NESTED')?.complexity).toBe('exponential');
    expect(unsafeRegexes(reports)).toEqual([
      expect.stringMatching(/^src\/module\.ts:4 NESTED vulnerable \(exponential\) \/\^\(a\+\)\+\$\/ attack /),
      expect.stringMatching(/^src\/module\.ts:9 TRAILING vulnerable \(2nd degree polynomial\)/),
      'src/module.ts:11 escaped dynamic `word` is a parameter',
    ]);
  }, 60_000);

  it('accepts a pattern listed as bounded (by name, file:line or source) and refuses stale entries', async () => {
    const reports = await checkPackageRegexes(dir, {
      bounded: { NESTED: 'sees one word', 'src/module.ts:9': 'sees one line', '^(x+)+$': 'nothing' },
    }).catch((error: Error) => error.message);
    expect(reports).toBe('bounded entries that match no unsafe pattern: ^(x+)+$');
    const ok = await checkPackageRegexes(dir, {
      bounded: { NESTED: 'sees one word', 'src/module.ts:9': 'sees one line', escaped: 'word is a fixed list' },
    });
    expect(ok.find((report) => report.name === 'NESTED')).toMatchObject({
      status: 'bounded',
      bounded: 'sees one word',
    });
    expect(unsafeRegexes(ok)).toEqual([]);
  }, 60_000);
});
