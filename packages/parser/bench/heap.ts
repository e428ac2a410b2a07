/**
 * Time and peak heap per input size (issue #12): the real issue ×1/×4/×16 and the adversarial
 * inputs of bench/heap-inputs.ts at 1× and 4×. Each measurement runs in a process of its own
 * (bench/heap-case.ts: V8's used heap plus external memory, peak taken from the GC profiler,
 * minus what was in use before parsing), twice, keeping the smaller CPU time and peak. Prints the
 * table and writes it into the parser README between `<!-- bench:parse-heap -->` markers
 * (`--no-write` only prints: that is what `pnpm bench` does).
 *
 * The cases import the built package, as users do: they run under tsx with tsconfig.bench.json
 * (TSX_TSCONFIG_PATH, no paths to src), and each stops if `@gongbao/parser` resolves anywhere but
 * dist (scripts/assert-dist.ts) — so build first (`pnpm build:changed`).
 *
 * Run after a build: node --expose-gc --import tsx packages/parser/bench/heap.ts [--no-write]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeReadmeFigures } from '../../../scripts/readme-figures';
import { HEAP_INPUTS } from './heap-inputs.js';

interface Measured {
  bytes: number;
  cpuMs: number;
  wallMs: number;
  peakBytes: number;
}

const caseScript = fileURLToPath(new URL('./heap-case.ts', import.meta.url));
// The children measure the built dist: tsx without the base config's paths to src.
const caseEnv = {
  ...process.env,
  TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../tsconfig.bench.json', import.meta.url)),
};

function measure(index: number, scale: number): Measured {
  const runs: Measured[] = [];
  for (let k = 0; k < 2; k++) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', caseScript, String(index), String(scale)],
      {
        encoding: 'utf8',
        env: caseEnv,
        maxBuffer: 1 << 20,
      },
    );
    runs.push(JSON.parse(out.trim().split('\n').pop() as string) as Measured);
  }
  const [a, b] = runs as [Measured, Measured];
  return {
    bytes: a.bytes,
    cpuMs: Math.min(a.cpuMs, b.cpuMs),
    wallMs: Math.min(a.wallMs, b.wallMs),
    peakBytes: Math.min(a.peakBytes, b.peakBytes),
  };
}

const MB = 1024 * 1024;
const rows: string[][] = [];
HEAP_INPUTS.forEach((input, index) => {
  let previous: Measured | undefined;
  for (const scale of input.scales) {
    const m = measure(index, scale);
    const ratio = previous
      ? `${(m.cpuMs / previous.cpuMs).toFixed(2)}× for ${(m.bytes / previous.bytes).toFixed(1)}× input`
      : '—';
    rows.push([
      `${input.name} ×${scale} (${scale} × ${input.unit})`,
      `${(m.bytes / MB).toFixed(2)} MB`,
      `${m.cpuMs.toFixed(0)} ms CPU (${(m.cpuMs / (m.bytes / MB)).toFixed(0)} ms/MB)`,
      ratio,
      `${(m.peakBytes / MB).toFixed(1)} MB (${(m.peakBytes / m.bytes).toFixed(1)} B per input byte)`,
    ]);
    process.stderr.write(`${rows[rows.length - 1]?.join(' | ')}\n`);
    previous = m;
  }
});

writeReadmeFigures({
  readme: new URL('../README.md', import.meta.url),
  name: 'parse-heap',
  command: 'node --expose-gc --import tsx packages/parser/bench/heap.ts',
  header: ['input', 'size (UTF-8)', 'time', 'time ratio to the previous size', 'peak heap'],
  rows,
  note:
    'Bars (issue #12): 4× input ≤ 4.5× time; peak heap ≤ 20 bytes per input byte. Peak heap is V8’s used heap plus external memory at its highest during the call (garbage not yet collected included, so small inputs show the young generation’s few MB), minus what was in use before it, validation included; measured on the built package (dist). ' +
    `Load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (1, 5, 15 min).`,
});
