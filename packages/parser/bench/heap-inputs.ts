/**
 * The inputs of the time-and-heap benchmark (bench/heap.ts): the real issue repeated, and the
 * adversarial inputs of issue #12 — blank lines, one long line, 100,000 table rows, 100,000 short
 * paragraphs split by blank lines — each at a base size and 4× it.
 */
import { syntheticIssues } from './synthetic.js';

/** One input: what it is, and how to build it at a scale (1 or 4 … times the base size). */
export interface HeapInput {
  readonly name: string;
  /** `parseGazette` for gazettes, `parseDocument` for the rest. */
  readonly parser: 'gazette' | 'document';
  readonly build: (scale: number) => string;
  /** The scales measured, smallest first. */
  readonly scales: readonly number[];
  /** What one unit of scale is, in words (for the table). */
  readonly unit: string;
}

export const HEAP_INPUTS: readonly HeapInput[] = [
  { name: 'real issue', parser: 'gazette', build: (s) => syntheticIssues(s), scales: [1, 4, 16], unit: 'issue' },
  {
    name: 'blank lines',
    parser: 'document',
    build: (s) => `x${'\n'.repeat(2_500_000 * s)}`,
    scales: [1, 4],
    unit: '2.5 M newlines',
  },
  {
    name: 'one long line',
    parser: 'document',
    build: (s) => `某市人民政府关于某事的通知\n\n${'字'.repeat(2_500_000 * s)}`,
    scales: [1, 4],
    unit: '2.5 M characters',
  },
  {
    name: 'table rows',
    parser: 'document',
    build: (s) => `x\n\n名称\t数量\t金额\n${'长治市某某县\t12\t3.5\n'.repeat(25_000 * s)}`,
    scales: [1, 4],
    unit: '25,000 rows',
  },
  {
    name: 'two-cell table rows',
    parser: 'document',
    build: (s) => `x\n\n${'a\tb\n'.repeat(25_000 * s)}`,
    scales: [1, 4],
    unit: '25,000 rows',
  },
  {
    name: 'short paragraphs split by blank lines',
    parser: 'document',
    build: (s) => `x\n\n${'这是一个短段落。\n\n'.repeat(25_000 * s)}`,
    scales: [1, 4],
    unit: '25,000 paragraphs',
  },
  {
    name: 'short lines cut by page breaks (joined)',
    parser: 'document',
    build: (s) => `x\n\n${'一段没有结束的话，\n\n'.repeat(25_000 * s)}`,
    scales: [1, 4],
    unit: '25,000 lines',
  },
];
