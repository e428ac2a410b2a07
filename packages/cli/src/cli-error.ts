/**
 * The errors a command reports: one line on stderr saying what is wrong, and what to do next.
 */

/** Exit codes: 0 success, 1 failure (or error diagnostics), 2 usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** An error the command reports to the user and ends with; never a stack trace. */
export class CliError extends Error {
  /** The exit code: 1 for a failure, 2 for a usage error. */
  readonly exitCode: 1 | 2;
  /** What to do next, printed after the message. */
  readonly hint: string | undefined;

  constructor(exitCode: 1 | 2, message: string, hint?: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** A usage error (exit 2): the command line is wrong — an option, an argument, its form. */
export function usageError(message: string, hint?: string): CliError {
  return new CliError(EXIT.usage, message, hint);
}

/** A failure (exit 1): the command line is right, but the answer is that something failed. */
export function failure(message: string, hint?: string): CliError {
  return new CliError(EXIT.failure, message, hint);
}
