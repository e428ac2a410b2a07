/** Helpers the tests share for what a call throws. */
import { ParseError } from '@gongbao/utils';
import { expect } from 'vitest';

/** What `run` throws; fails the test when it returns instead. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return expect.unreachable('expected a throw');
}

/** The ParseError `run` throws; fails the test when it returns or throws anything else. */
export function parseErrorOf(run: () => unknown): ParseError {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

/** What `run` returns, or the ParseError it throws; anything else it throws propagates. */
export function orParseError<T>(run: () => T): T | ParseError {
  try {
    return run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

/** How a function scales from an input of `n` characters to one of 4n. */
export interface Scaling {
  /** The time on the 1× input, in milliseconds (the fastest round). */
  readonly small: number;
  /** The time on the 4× input, in milliseconds (the fastest round). */
  readonly large: number;
}

/**
 * Times `run` on `build(n)` and on `build(4n)`, in alternating rounds (so that another process
 * taking the CPU slows both alike), keeping the fastest of each. A linear function takes about 4×
 * the time; a quadratic one 16×. Callers assert the ratio with {@link isLinear}, not a wall-clock bar.
 */
export function scaling(build: (n: number) => string, run: (text: string) => unknown, n: number, rounds = 4): Scaling {
  const time = (text: string): number => {
    const start = performance.now();
    try {
      run(text);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
    }
    return performance.now() - start;
  };
  const small = build(n);
  const large = build(4 * n);
  time(small); // warm up
  let best = { small: Number.POSITIVE_INFINITY, large: Number.POSITIVE_INFINITY };
  for (let round = 0; round < rounds; round++) {
    best = { small: Math.min(best.small, time(small)), large: Math.min(best.large, time(large)) };
  }
  return best;
}

/**
 * Whether a scaling is linear: 4× the input takes at most `ratio` (default 6) times as long, or
 * the 4× input takes under `floor` milliseconds (too fast to time reliably on a shared machine; a
 * quadratic function takes seconds on these sizes).
 */
export function isLinear({ small, large }: Scaling, ratio = 6, floor = 100): boolean {
  return large < floor || large <= ratio * Math.max(small, 0.05);
}
