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

/**
 * CPU milliseconds (user + system) of running `node args` once, read from bash's `times` for its
 * children: unlike wall-clock time, it barely moves when other processes load the machine.
 */
export function cpuNode(args: readonly string[]): number {
  const out = execFileSync('bash', ['-c', '"$0" "$@" >/dev/null 2>&1 || exit 1; times', process.execPath, ...args], {
    encoding: 'utf8',
  });
  // `times` prints the shell's own times, then its children's: `0m0.046s 0m0.009s`.
  const children = out.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m(\d+(?:\.\d+)?)s/gu)].map(([, m, sec]) => Number(m) * 60 + Number(sec));
  if (seconds.length !== 2) throw new Error(`cannot read the CPU time from: ${out}`);
  return ((seconds[0] ?? 0) + (seconds[1] ?? 0)) * 1000;
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

/** How a cold-start measurement is taken: wall-clock or CPU time of the child process. */
export type Clock = 'wall' | 'cpu';

const run = (clock: Clock, args: readonly string[]): number => (clock === 'cpu' ? cpuNode(args) : timeNode(args));

/** A fresh node process (an ES module, like the import below) that only starts. */
export const nodeStart = (clock: Clock = 'wall'): number => run(clock, ['--input-type=module', '-e', '0']);

/**
 * A fresh node process (an ES module) that reads and parses the same JSON the package parses.
 * Both this baseline and {@link coldImport} start node's ES module loader, so the ratio is the cost
 * of the package itself: its modules, the JSON, the deep freeze.
 */
export function jsonBaseline(files: readonly string[], clock: Clock = 'wall'): () => number {
  const code = `import fs from 'node:fs'; for (const f of ${JSON.stringify(files)}) JSON.parse(fs.readFileSync(f, 'utf8'));`;
  return () => run(clock, ['--input-type=module', '-e', code]);
}

/** A fresh node process that imports the built package (ESM). */
export const coldImport = (clock: Clock = 'wall'): number =>
  run(clock, [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(pathToFileURL(join(packageDir, 'dist/index.js')).href)});`,
  ]);

function main(): void {
  const runs = Number(process.argv[2] ?? 9);
  const files = payloadFiles();
  const [core, data] = pairedMedians(runs, typecheck('core-only'), typecheck('with-data'));
  const [coreSkip, dataSkip] = pairedMedians(runs, typecheck('core-only', true), typecheck('with-data', true));
  // Cold starts in CPU time (user + system of the child): wall-clock time on a shared machine
  // measures the other processes more than this one.
  const start = median(runs, () => nodeStart('cpu'));
  const [baseline, imported] = pairedMedians(runs, jsonBaseline(files, 'cpu'), () => coldImport('cpu'));
  const rows = [
    ['tsc, consumer of @gongbao/core only', core],
    ['tsc, consumer of @gongbao/core + @gongbao/data', data],
    ['tsc --skipLibCheck, @gongbao/core only', coreSkip],
    ['tsc --skipLibCheck, @gongbao/core + data', dataSkip],
    ['node start (CPU)', start],
    ['node start + JSON.parse of the same JSON (CPU)', baseline],
    ["node start + import('@gongbao/data') (CPU)", imported],
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
      ['`node --input-type=module -e 0` (node start), CPU time', ms(start)],
      ['node start + `JSON.parse` of the same JSON the package parses, CPU time', ms(baseline)],
      [
        "node start + `import('@gongbao/data')` (ESM, cold, deep-frozen), CPU time",
        `${ms(imported)} — **ratio ${(imported / baseline).toFixed(2)}** (budget ≤ 1.30)`,
      ],
    ],
    note: 'Each measurement is a fresh process; the pairs were measured alternately, so load changes hit both alike. Cold starts are CPU time (user + system of the child, from bash `times`), type-checks wall-clock.',
  });
}

if (process.argv[1] === import.meta.filename) main();
