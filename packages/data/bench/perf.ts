/**
 * Performance measurements of `@gongbao/data` (run after `pnpm build`): the type-check cost of a
 * consumer importing the data versus one importing only the core, and the cold-import cost in a
 * fresh node process versus node start plus JSON.parse of the same JSON. `main` writes the README's
 * Figures table (between `<!-- bench:perf -->` markers, through scripts/readme-figures.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeReadmeFigures } from '../../../scripts/readme-figures';
import { issueJson } from '../src/generated/issue';
import { datasetsJson, sourceTablesJson } from '../src/generated/tables';
import { timelineJson } from '../src/generated/timeline';

const packageDir = join(import.meta.dirname, '..');
const tsc = join(packageDir, '../../node_modules/typescript/bin/tsc');

/**
 * Wall-clock milliseconds of running `node args` once. Retried (twice) when the command fails:
 * in a shared working tree another build may be rewriting a `dist` folder at that moment.
 */
export function timeNode(args: readonly string[], attempts = 3): number {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, args, { stdio: 'ignore' });
  } catch (error) {
    if (attempts <= 1) throw error;
    execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
    return timeNode(args, attempts - 1);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median of some timings. */
export function medianOf(values: readonly number[]): number {
  const times = [...values].sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
}

/** The median of `runs` timings of `measure`. */
export function median(runs: number, measure: () => number): number {
  return medianOf(Array.from({ length: runs }, measure));
}

/**
 * `tsc -p` on one of the fixture projects; `skipLibCheck` picks the config that skips checking
 * the libraries' declaration files (what most applications do).
 */
export function typecheck(fixture: 'core-only' | 'with-data', skipLibCheck = false): () => number {
  const config = skipLibCheck ? 'tsconfig.skip-lib-check.json' : 'tsconfig.json';
  return () => timeNode([tsc, '-p', join(packageDir, 'bench/fixtures', fixture, config)]);
}

/** Medians of two measurements taken alternately, so load changes hit both alike. */
export function pairedMedians(runs: number, a: () => number, b: () => number): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  return [medianOf(as), medianOf(bs)];
}

/** The JSON payloads the package parses on import, written to files for the baseline. */
export function payloadFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-data-bench-'));
  return [issueJson, sourceTablesJson, datasetsJson, timelineJson].map((json, i) => {
    const file = join(dir, `payload-${i}.json`);
    writeFileSync(file, json);
    return file;
  });
}

/** A fresh node process that only starts. */
export const nodeStart = (): number => timeNode(['-e', '0']);

/** A fresh node process that reads and parses the same JSON the package parses. */
export function jsonBaseline(files: readonly string[]): () => number {
  const code = `const fs = require('node:fs'); for (const f of ${JSON.stringify(files)}) JSON.parse(fs.readFileSync(f, 'utf8'));`;
  return () => timeNode(['-e', code]);
}

/** A fresh node process that imports the built package (ESM). */
export const coldImport = (): number =>
  timeNode([
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(pathToFileURL(join(packageDir, 'dist/index.js')).href)});`,
  ]);

function main(): void {
  const runs = Number(process.argv[2] ?? 9);
  const files = payloadFiles();
  const [core, data] = pairedMedians(runs, typecheck('core-only'), typecheck('with-data'));
  const [coreSkip, dataSkip] = pairedMedians(runs, typecheck('core-only', true), typecheck('with-data', true));
  const start = median(runs, nodeStart);
  const [baseline, imported] = pairedMedians(runs, jsonBaseline(files), coldImport);
  const rows = [
    ['tsc, consumer of @gongbao/core only', core],
    ['tsc, consumer of @gongbao/core + @gongbao/data', data],
    ['tsc --skipLibCheck, @gongbao/core only', coreSkip],
    ['tsc --skipLibCheck, @gongbao/core + data', dataSkip],
    ['node start', start],
    ['node start + JSON.parse of the same JSON', baseline],
    ["node start + import('@gongbao/data')", imported],
  ] as const;
  console.log(`median of ${runs} runs, ${process.version}, ${process.platform}/${process.arch}`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms`);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  writeReadmeFigures({
    readme: join(packageDir, 'README.md'),
    name: 'perf',
    command: `pnpm --filter @gongbao/data exec tsx bench/perf.ts ${runs}`,
    header: ['measurement', `median of ${runs}`],
    rows: [
      ['`tsc -p` a consumer importing only `@gongbao/core` (skipLibCheck off)', ms(core)],
      [
        'the same consumer also importing `@gongbao/data`',
        `${ms(data)} — **ratio ${(data / core).toFixed(2)}** (budget ≤ 1.30)`,
      ],
      ['both with `skipLibCheck`', `${ms(coreSkip)} vs ${ms(dataSkip)} — ratio ${(dataSkip / coreSkip).toFixed(2)}`],
      ['`node -e 0` (node start)', ms(start)],
      ['node start + `JSON.parse` of the same JSON the package parses', ms(baseline)],
      [
        "node start + `import('@gongbao/data')` (ESM, cold)",
        `${ms(imported)} — **ratio ${(imported / baseline).toFixed(2)}** (budget ≤ 2.00)`,
      ],
    ],
    note: 'Each measurement is a fresh process; the pairs were measured alternately, so load changes hit both alike.',
  });
}

if (process.argv[1] === import.meta.filename) main();
