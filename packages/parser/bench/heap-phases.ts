/**
 * Where the heap of `parseDocument` goes (issue #12): for the adversarial inputs of
 * bench/heap-inputs.ts at ×4, the live heap after forced collections between its phases — the
 * scanned lines (`new ParseContext`), the document built (`parseDocumentLines`, the context still
 * alive); then, each in a process of its own (bench/heap-case.ts, the built package), the live
 * heap of the returned result alone, and the peak without validation and with it (the smaller of
 * two runs). All in bytes per input byte. Prints a markdown table; writes nothing (the README's analysis quotes it).
 *
 * Run after a build: node --expose-gc --import tsx packages/parser/bench/heap-phases.ts
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { ParseContext } from '../src/internal/context.js';
import { parseDocumentLines } from '../src/internal/document.js';
import { HEAP_INPUTS } from './heap-inputs.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const collect = gc;

/** V8's used heap plus external memory after two full collections. */
function live(): number {
  collect();
  collect();
  const s = getHeapStatistics();
  return s.used_heap_size + s.external_memory;
}

const caseScript = fileURLToPath(new URL('./heap-case.ts', import.meta.url));
const caseEnv = {
  ...process.env,
  TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../tsconfig.bench.json', import.meta.url)),
};

/**
 * The smaller peak of two runs of bench/heap-case.ts (`novalidate`: with `{ validate: false }`),
 * and the result's own size (of the first run).
 */
function measured(index: number, validate: boolean): { peak: number; result: number } {
  const runs = [0, 1].map(() => {
    const args = [
      '--expose-gc',
      '--import',
      'tsx',
      caseScript,
      String(index),
      '4',
      ...(validate ? [] : ['novalidate']),
    ];
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', env: caseEnv, maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop() as string) as { peakBytes: number; resultBytes: number };
  });
  return { peak: Math.min(...runs.map((r) => r.peakBytes)), result: (runs[0] as { resultBytes: number }).resultBytes };
}

const rows: string[] = [];
HEAP_INPUTS.forEach((input, index) => {
  if (input.parser !== 'document' || !/rows|paragraphs|page breaks/u.test(input.name)) return;
  const text = input.build(4);
  const bytes = Buffer.byteLength(text, 'utf8');
  const per = (n: number) => (n / bytes).toFixed(1);
  const base = live();
  let ctx: ParseContext | undefined = new ParseContext(text);
  const lines = live() - base;
  let built: unknown = parseDocumentLines(ctx, ctx.lines);
  const document = live() - base;
  built = undefined;
  ctx = undefined;
  const plain = measured(index, false);
  const validated = measured(index, true);
  rows.push(
    `| ${input.name} | ${per(lines)} | ${per(document)} | ${per(validated.result)} | ${per(plain.peak)} | ${per(validated.peak)} | ${per(validated.peak - validated.result)} |`,
  );
  process.stderr.write(`${rows[rows.length - 1]}\n`);
  void built;
});
process.stdout.write(
  [
    '| input (×4) | scanned lines | document built | result | peak, no validation | peak | peak − result |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n') + '\n',
);
