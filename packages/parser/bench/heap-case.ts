/**
 * One measurement of bench/heap.ts, in a process of its own (so that one input's garbage does not
 * count against the next): builds the input, collects garbage, then parses it once while V8's
 * GCProfiler records the heap before and after every collection. Between collections the heap
 * only grows, so the largest "before" (or the end) is the peak; heap here is V8's used heap plus
 * its external memory (typed arrays' backing stores), minus what was in use before parsing (the
 * input itself). Prints one JSON line: { bytes, cpuMs, wallMs, peakBytes, resultBytes } (resultBytes: in use after
 * full collections while the result is kept, minus the same baseline). With a third argument
 * `novalidate` it parses with `{ validate: false }` (bench/heap-phases.ts).
 *
 * It measures the built package (see scripts/assert-dist.ts): bench/heap.ts runs it with
 * TSX_TSCONFIG_PATH=tsconfig.bench.json, and it stops when `@gongbao/parser` resolves to src.
 *
 * Run after a build:
 *   TSX_TSCONFIG_PATH=tsconfig.bench.json node --expose-gc --import tsx packages/parser/bench/heap-case.ts <input index> <scale> [novalidate]
 */
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { parseDocument, parseGazette } from '@gongbao/parser';
import { assertDist } from '../../../scripts/assert-dist';
import { HEAP_INPUTS } from './heap-inputs.js';

assertDist(import.meta.resolve('@gongbao/parser'));

const input = HEAP_INPUTS[Number(process.argv[2])];
const scale = Number(process.argv[3]);
if (!input || !Number.isFinite(scale)) throw new Error('usage: heap-case.ts <input index> <scale> [novalidate]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const text = input.build(scale);
const parse = input.parser === 'gazette' ? parseGazette : parseDocument;
gc();
gc();
const inUse = () => {
  const s = getHeapStatistics();
  return s.used_heap_size + s.external_memory;
};
const baseline = inUse();
const profiler = new GCProfiler();
profiler.start();
const cpu = process.cpuUsage();
const started = performance.now();
let result: unknown = parse(text, { validate: !process.argv.includes('novalidate') });
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const atEnd = inUse();
const { statistics } = profiler.stop();
let peak = atEnd;
for (const s of statistics)
  peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize + s.beforeGC.heapStatistics.externalMemory);
// The result's own size: what stays in use, after full collections, while it is kept.
gc();
gc();
const resultBytes = inUse() - baseline;
result = undefined;
process.stdout.write(
  `${JSON.stringify({ bytes: Buffer.byteLength(text, 'utf8'), cpuMs: (used.user + used.system) / 1000, wallMs, peakBytes: peak - baseline, resultBytes, kept: result })}\n`,
);
