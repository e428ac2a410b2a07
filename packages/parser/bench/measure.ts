/**
 * Figures for the README, measured outside vitest: the median time of parsing the whole issue
 * (wall and CPU time, after a warm-up), and for the synthetic 100-issue input its time and the peak
 * memory as a multiple of the input size. CPU time is reported because the wall time of a shared
 * machine depends on its load.
 *
 * Run: node --expose-gc --import tsx packages/parser/bench/measure.ts
 * Linux only for the memory figure (it reads the resident-set high-water mark VmHWM from
 * /proc/self/status).
 */
import { readFileSync } from 'node:fs';
import { parseGazette } from '@gongbao/parser';
import { issueText, syntheticIssues } from './synthetic.js';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
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

// The whole issue: 10 warm-up runs, then the median of 30.
for (let i = 0; i < 10; i++) parseGazette(issueText);
const runs = Array.from({ length: 30 }, () => timed(() => parseGazette(issueText)));
console.log(
  `whole issue (${mb(Buffer.byteLength(issueText))}), validated: median ${median(runs.map((r) => r.wall)).toFixed(1)} ms wall, ` +
    `${median(runs.map((r) => r.cpu)).toFixed(1)} ms CPU (min ${Math.min(...runs.map((r) => r.wall)).toFixed(1)} ms wall)`,
);

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
console.log(
  `100 issues (${mb(bytes)}, ${documents} documents), validated: ${big.wall.toFixed(0)} ms wall, ${big.cpu.toFixed(0)} ms CPU`,
);
console.log(`resident set grew by ${mb(growth)} while parsing = ${(growth / bytes).toFixed(1)}× the input`);
