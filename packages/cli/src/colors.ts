/**
 * Whether to colour the output: NO_COLOR (any non-empty value) turns colour off, FORCE_COLOR
 * turns it on (`0` or `false`: off), and otherwise a terminal gets colour and a pipe or a file
 * does not. The colours themselves come from picocolors.
 */
import { createRequire } from 'node:module';
import type picocolorsType from 'picocolors';

// Required, not imported: picocolors is CommonJS (see program.ts).
const picocolors = createRequire(import.meta.url)('picocolors') as typeof picocolorsType;

/** The colour functions (identity functions when colour is off). */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** The environment variables that decide colour. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Whether a stream gets colour, by NO_COLOR, FORCE_COLOR, TERM and whether it is a terminal. */
export function colorEnabled(env: Environment, isTTY: boolean, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/** The colour functions for a stream. */
export function colorsFor(enabled: boolean): Colors {
  return picocolors.createColors(enabled);
}
