import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** The modules a built file imports statically (import … from, export … from, bare import). */
function staticImports(file: string): string[] {
  return Array.from(
    read(file).matchAll(/^(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gmu),
    (m) => m[1] ?? m[2] ?? '',
  );
}

/** Every module loading `file` loads: its static imports, followed through the package's own chunks. */
function closure(file: string): { files: string[]; packages: string[] } {
  const files = new Set([file]);
  const packages = new Set<string>();
  const todo = [file];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    for (const specifier of staticImports(next)) {
      if (!specifier.startsWith('./')) packages.add(specifier);
      else if (!files.has(specifier.slice(2))) {
        files.add(specifier.slice(2));
        todo.push(specifier.slice(2));
      }
    }
  }
  return { files: [...files], packages: [...packages] };
}

const HEAVY = /^(@gongbao\/(data|core|parser)|zod)/u;
const dynamicImportsOf = (files: readonly string[]) =>
  files.flatMap((file) => Array.from(read(file).matchAll(/import\(["']\.\/([\w-]+\.js)["']\)/gu), (m) => m[1] ?? ''));

const entry = closure('bin.js');
const runChunk = dynamicImportsOf(entry.files).find((file) => file.startsWith('run-')) ?? '';
const startup = closure(runChunk);
const dynamicImports = dynamicImportsOf(startup.files);

it('answers --version from the entry alone, which imports nothing but a built-in', () => {
  expect(entry.packages).toEqual(['module']);
  expect(runChunk).not.toBe('');
});

it('starts commands without loading the data, the parser, the schemas or zod', () => {
  expect(startup.packages.filter((m) => HEAVY.test(m) || m.startsWith('@gongbao/'))).toEqual([]);
  // commander and picocolors are required (CommonJS), not imported.
  const code = startup.files.map(read).join('\n');
  expect(code).toMatch(/\(["']commander["']\)/u);
  expect(code).toMatch(/\(["']picocolors["']\)/u);
});

it('loads each command when it runs, in a chunk of its own', () => {
  for (const command of [
    'summary',
    'list',
    'show',
    'search',
    'tables',
    'table',
    'parse',
    'validate',
    'workdays',
    'dates',
  ]) {
    expect(
      dynamicImports.some((file) => file.startsWith(`${command}-`)),
      command,
    ).toBe(true);
  }
  const list = closure(dynamicImports.find((file) => file.startsWith('list-')) ?? '');
  expect(list.packages).toContain('@gongbao/data');
});

it('loads only the small @gongbao/utils subpaths for workdays, deadline, calendar, number and numeral', () => {
  for (const command of ['workdays', 'deadline', 'calendar', 'number', 'numeral']) {
    const { packages } = closure(dynamicImports.find((file) => file.startsWith(`${command}-`)) ?? '');
    expect(packages.filter((m) => m.startsWith('@gongbao/')).sort(), command).toEqual(
      expect.arrayContaining([expect.stringMatching(/^@gongbao\/utils\/(dates|numbering)$/u)]),
    );
    expect(
      packages.filter((m) => HEAVY.test(m) || m === '@gongbao/utils'),
      command,
    ).toEqual([]);
    // The holiday-notice parser loads only when --notice is given (a dynamic import).
    expect(packages, command).not.toContain('@gongbao/utils/calendar');
  }
});
