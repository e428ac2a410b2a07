/**
 * Peak memory of parsing the synthetic 100-issue input, as a multiple of the input size.
 * Run: node --expose-gc --import tsx packages/parser/bench/memory.ts
 * Linux only (reads the resident-set high-water mark VmHWM from /proc/self/status).
 */
import { readFileSync } from 'node:fs';
import { parseGazette } from '@gongbao/parser';
import { syntheticIssues } from './synthetic.js';

function rssPeak(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

const gc = (globalThis as { gc?: () => void }).gc;
const input = syntheticIssues(100);
const bytes = Buffer.byteLength(input, 'utf8');
gc?.();
const before = process.memoryUsage();
const peakBefore = rssPeak();
const started = performance.now();
const { issue, diagnostics } = parseGazette(input);
const ms = performance.now() - started;
const peakAfter = rssPeak();
const after = process.memoryUsage();
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `input: ${mb(bytes)} UTF-8 (${input.length} UTF-16 units), ${issue.documents.length} documents, ${diagnostics.length} diagnostics`,
);
console.log(`parse: ${ms.toFixed(0)} ms`);
console.log(
  `resident set before: ${mb(before.rss)}, peak during parse: ${mb(peakAfter)} (peak before: ${mb(peakBefore)})`,
);
console.log(
  `growth of the resident set while parsing: ${mb(peakAfter - before.rss)} = ${((peakAfter - before.rss) / bytes).toFixed(1)}× the input`,
);
console.log(`heap used after (result alive): ${mb(after.heapUsed)}`);
