/**
 * Linearity by ratios, not wall-clock bars: a function is timed on inputs of 1×, 2× and 4× a
 * size, in alternating rounds (so that another process taking the CPU slows all alike), keeping
 * the fastest round of each. A linear function takes about 2× and 4× the time; a quadratic one
 * 4× and 16×.
 */
import { ParseError } from '@gongbao/utils';

/** The fastest time of a function on inputs of 1×, 2× and 4× a size, in milliseconds. */
export interface Scaling {
  readonly x1: number;
  readonly x2: number;
  readonly x4: number;
}

/**
 * Times `run` on `build(n)`, `build(2n)` and `build(4n)`. A ParseError counts as a result (the
 * parser's documented failure); any other error propagates.
 */
export function scaling(build: (n: number) => string, run: (text: string) => unknown, n: number, rounds = 3): Scaling {
  const time = (text: string): number => {
    const start = performance.now();
    try {
      run(text);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
    }
    return performance.now() - start;
  };
  const inputs = [build(n), build(2 * n), build(4 * n)] as const;
  time(inputs[0]); // warm up
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let round = 0; round < rounds; round++) {
    inputs.forEach((input, k) => {
      best[k] = Math.min(best[k] as number, time(input));
    });
  }
  return { x1: best[0] as number, x2: best[1] as number, x4: best[2] as number };
}

/**
 * Whether a scaling is linear: 2× the input takes at most `ratio2` (default 3) times as long as
 * 1×, and 4× at most `ratio4` (default 6) times — or the 4× input takes under `floor` ms (too fast
 * to time on a shared machine; a quadratic pass takes seconds at the sizes the tests use).
 */
export function isLinear({ x1, x2, x4 }: Scaling, ratio2 = 3, ratio4 = 6, floor = 100): boolean {
  if (x4 < floor) return true;
  return x2 <= ratio2 * Math.max(x1, 0.05) && x4 <= ratio4 * Math.max(x1, 0.05);
}

/** A scaling in words, for failure messages. */
export function describeScaling({ x1, x2, x4 }: Scaling): string {
  return `${x1.toFixed(1)} ms → ${x2.toFixed(1)} ms (2×) → ${x4.toFixed(1)} ms (4×)`;
}

/**
 * The inputs (by name) on which `run` is not linear, after a second measurement of each that
 * looked super-linear (the machine may have been busy the first time).
 */
export function superLinear(
  inputs: Readonly<Record<string, (n: number) => string>>,
  run: (text: string) => unknown,
  n: number,
): string[] {
  const slow: string[] = [];
  for (const [name, build] of Object.entries(inputs)) {
    let measured = scaling(build, run, n);
    if (!isLinear(measured)) measured = scaling(build, run, n);
    if (!isLinear(measured)) measured = scaling(build, run, n);
    if (!isLinear(measured)) slow.push(`${name}: ${describeScaling(measured)}`);
  }
  return slow;
}
