/**
 * Runs the `@example` blocks of a package's doc comments as tests.
 *
 * In an example, a line `expression; //=> value` asserts that the expression deep-equals the
 * value, and `expression; //=> throws ParseError` asserts that it throws an error of that name.
 * Other lines run as they are. The package's public exports are in scope under their names, so an
 * example reads exactly as a user would write it after importing them. Every runtime export must
 * appear in at least one example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Extracts the fenced code of every `@example` tag in the doc comments under `dir`. */
export function collectExamples(dir: string): Example[] {
  const examples: Example[] = [];
  for (const file of sourceFiles(dir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
      let j = i + 1;
      while (j < lines.length && !/^\s*\*\s*```/.test(lines[j] ?? '')) j++;
      const start = j + 1;
      let end = start;
      while (end < lines.length && !/^\s*\*\s*```/.test(lines[end] ?? '')) end++;
      const code = lines
        .slice(start, end)
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n');
      examples.push({ file, line: start + 1, code });
      i = end;
    }
  }
  return examples;
}

/** Turns `expr; //=> value` lines into assertions. */
export function toTestCode(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
      if (!match) return line;
      const [, indent, expression, expected] = match as unknown as [string, string, string, string];
      const throws = /^throws\s+(\w+)/.exec(expected);
      if (throws) return `${indent}__throws(() => (${expression}), ${JSON.stringify(throws[1])});`;
      return `${indent}__equal((${expression}), (${expected}), ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
}

/**
 * Declares one test per `@example` in `sourceDir`, with `api` (the package's public exports) in
 * scope, and one test that every runtime export is shown in some example.
 */
export function describeDocExamples(packageName: string, sourceDir: string, api: Record<string, unknown>): void {
  const examples = collectExamples(sourceDir);
  const names = Object.keys(api).filter((name) => name !== 'default');
  describe(`${packageName} doc examples`, () => {
    for (const example of examples) {
      it(`${relative(sourceDir, example.file)}:${example.line}`, async () => {
        const js = transformSync(toTestCode(example.code), { loader: 'ts', format: 'esm' }).code;
        const run = new Function('__equal', '__throws', ...names, `return (async () => {\n${js}\n})();`);
        const equal = (actual: unknown, expected: unknown, text: string) => expect(actual, text).toEqual(expected);
        const throws = (fn: () => unknown, name: string) => expect(fn).toThrow(expect.objectContaining({ name }));
        await run(equal, throws, ...names.map((name) => api[name]));
      });
    }
    it('shows every runtime export in an example', () => {
      const shown = examples.map((e) => e.code).join('\n');
      const missing = names.filter((name) => !new RegExp(`\\b${name}\\b`).test(shown));
      expect(missing).toEqual([]);
    });
  });
}
