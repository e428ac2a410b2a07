/**
 * Start-up time of the built `gongbao` binary against `node -e 0`, measured alternately in fresh
 * processes (run after a build): `tsx bench/startup.ts [runs]`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeReadmeFigures } from '../../../scripts/readme-figures';

const bin = join(import.meta.dirname, '../dist/bin.js');

/** The commands measured, each as node's arguments. */
export const COMMANDS: readonly (readonly [string, readonly string[]])[] = [
  ['node -e 0', ['-e', '0']],
  ['gongbao --version', [bin, '--version']],
  ['gongbao workdays add 2024-09-30 1', [bin, 'workdays', 'add', '2024-09-30', '1']],
];

/** Wall-clock milliseconds of one run of `node args`. */
export function timeNode(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median of each command over `runs` rounds, the commands alternated within each round. */
export function measure(runs: number): number[] {
  const times = COMMANDS.map((): number[] => []);
  for (const [, args] of COMMANDS) timeNode(args); // warm the file cache
  for (let round = 0; round < runs; round++) {
    COMMANDS.forEach(([, args], i) => {
      times[i]?.push(timeNode(args));
    });
  }
  return times.map(median);
}

function main(): void {
  const runs = Number(process.argv[2] ?? 21);
  const medians = measure(runs);
  const base = medians[0] ?? 1;
  writeReadmeFigures({
    readme: join(import.meta.dirname, '../README.md'),
    name: 'startup',
    command: `pnpm --filter @gongbao/cli exec tsx bench/startup.ts ${runs}`,
    header: ['command', `median of ${runs}`, 'over `node -e 0`'],
    rows: COMMANDS.map(([name], i) => {
      const ms = medians[i] ?? 0;
      return [
        `\`${name}\``,
        `${ms.toFixed(0)} ms`,
        i === 0 ? '—' : `+${(ms - base).toFixed(0)} ms (${(ms / base).toFixed(2)}×)`,
      ];
    }),
    note: 'Fresh processes, the three commands alternated in each round, after a build. The machine is shared: `node -e 0` alone varies by tens of ms between runs, so read the differences.',
  });
}

if (process.argv[1] === import.meta.filename) main();
