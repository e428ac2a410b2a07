/**
 * Figures for the README, measured outside vitest and written into its "Figures" table (between
 * `<!-- bench:parse -->` markers, through scripts/readme-figures.ts): the median time of parsing
 * the whole issue with and without validation (alternated, after a warm-up; wall and CPU time),
 * the share of validation in it, and for the synthetic 100-issue input its time and the peak
 * memory as a multiple of the input size. CPU time is reported because the wall time of a shared
 * machine depends on its load.
 *
 * Run after a build: node --expose-gc --import tsx packages/parser/bench/measure.ts [--no-write]
 * Linux only for the memory figure (it reads the resident-set high-water mark VmHWM from
 * /proc/self/status).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseGazette } from '@gongbao/parser';
import { writeReadmeFigures } from '../../../scripts/readme-figures';
import { issueText, syntheticIssues } from './synthetic.js';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function timed(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function rssPeak(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0) * 1024;
}

// The whole issue: 10 warm-up runs of each, then 30 of each, alternated so that a change of load
// hits both alike.
for (let i = 0; i < 10; i++) {
  parseGazette(issueText);
  parseGazette(issueText, { validate: false });
}
const validated: Array<{ wall: number; cpu: number }> = [];
const unvalidated: Array<{ wall: number; cpu: number }> = [];
for (let i = 0; i < 30; i++) {
  validated.push(timed(() => parseGazette(issueText)));
  unvalidated.push(timed(() => parseGazette(issueText, { validate: false })));
}
const wall = median(validated.map((r) => r.wall));
const cpu = median(validated.map((r) => r.cpu));
const cpuWithout = median(unvalidated.map((r) => r.cpu));
const validationShare = 1 - cpuWithout / cpu;

// 100 issues: one run, with the growth of the resident set.
const gc = (globalThis as { gc?: () => void }).gc;
const input = syntheticIssues(100);
const bytes = Buffer.byteLength(input, 'utf8');
gc?.();
const before = process.memoryUsage().rss;
let documents = 0;
const big = timed(() => {
  documents = parseGazette(input).issue.documents.length;
});
const growth = rssPeak() - before;

const command = 'node --expose-gc --import tsx packages/parser/bench/measure.ts';
writeReadmeFigures({
  readme: new URL('../README.md', import.meta.url),
  name: 'parse',
  command,
  header: ['what', 'result', 'bar'],
  rows: [
    [
      `whole issue (${kb(Buffer.byteLength(issueText))}), validated — median of 30`,
      `${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU`,
      '≤ 50 ms',
    ],
    [
      'the same without validation (`{ validate: false }`)',
      `${median(unvalidated.map((r) => r.wall)).toFixed(1)} ms wall, ${cpuWithout.toFixed(1)} ms CPU`,
      '—',
    ],
    ['share of schema validation in the CPU time', `${(validationShare * 100).toFixed(0)} %`, '—'],
    [
      `100 issues (${mb(bytes)}, ${documents} documents), validated — one run`,
      `${(big.wall / 1000).toFixed(2)} s wall, ${(big.cpu / 1000).toFixed(2)} s CPU`,
      '≤ 5 s',
    ],
    [
      'peak memory while parsing 100 issues (growth of the resident set)',
      `+${mb(growth)} = ${(growth / bytes).toFixed(1)}× the input`,
      '≤ 10×',
    ],
  ],
  note: `Load average during the run: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (1, 5, 15 min); wall times grow with it, CPU times much less.`,
});
