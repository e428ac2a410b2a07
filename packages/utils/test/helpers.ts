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
