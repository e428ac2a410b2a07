import type { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './cli-error.js';
import { colorEnabled, colorsFor, type Environment } from './colors.js';
import type { Context } from './context.js';
import { Output, type WritableText, writeErrorText } from './output.js';
import { buildProgram } from './program.js';

/** Where the command reads and writes; every part defaults to the process's own. */
export interface CliStreams {
  /** Standard input, read for the file name `-`: any async iterable of bytes (process.stdin, a stream). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Standard output. */
  readonly stdout?: WritableText;
  /** Standard error. */
  readonly stderr?: WritableText;
  /** The environment: `NO_COLOR`, `FORCE_COLOR`, `TERM`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Commander's codes for what is not an error: help or version asked for. */
const SHOWN = new Set(['commander.helpDisplayed', 'commander.version']);

/** A usage error of commander, with the command it happened in. */
class UsageFailure extends Error {
  constructor(
    readonly error: CommanderError,
    readonly commandPath: string,
  ) {
    super(error.message);
  }
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function everyCommand(command: Command, visit: (command: Command) => void): void {
  visit(command);
  for (const sub of command.commands) everyCommand(sub, visit);
}

/** Commander's message as one line of ours: `unknown option '--x' (did you mean --y?)`. */
function usageMessage(message: string): string {
  return message
    .replace(/^error: /u, '')
    .replace(/\n\(Did you mean (.*)\?\)$/u, ' (did you mean $1?)')
    .replace(/\s*\n\s*/gu, ' ');
}

function report(ctx: Context, error: unknown, env: Environment): number {
  const red = ctx.errColor.red;
  if (error instanceof UsageFailure) {
    const { code } = error.error;
    if (SHOWN.has(code)) return EXIT.ok;
    // Help printed because a command is missing (`gongbao`, `gongbao workdays`): already on stderr.
    if (code === 'commander.help') return error.error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    ctx.err.line(`gongbao: ${red(usageMessage(error.error.message))}`);
    ctx.err.line(`Run '${error.commandPath} --help' for usage.`);
    return EXIT.usage;
  }
  if (error instanceof CliError) {
    ctx.err.line(`gongbao: ${red(error.message)}`);
    if (error.hint) ctx.err.line(error.hint);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.err.line(`gongbao: ${red(`internal error: ${message}`)}`);
  if (env.GONGBAO_DEBUG && error instanceof Error && error.stack) ctx.err.line(error.stack);
  else ctx.err.line('This is a bug of gongbao; GONGBAO_DEBUG=1 shows where it happened.');
  return EXIT.failure;
}

/** The exit code for a write error of stdout: 0 for a closed pipe, 1 for anything else. */
function writeFailure(ctx: Context, error: NodeJS.ErrnoException): number {
  if (error.code === 'EPIPE') return EXIT.ok;
  ctx.err.line(`gongbao: cannot write the output: ${writeErrorText(error)}`);
  return EXIT.failure;
}

/**
 * Runs the `gongbao` command with the given arguments, as the `gongbao` binary does.
 *
 * @param argv - The arguments after the program name, e.g. `['workdays', 'add', '2024-09-30', '1']`.
 * @param streams - Where to read and write; defaults to the process's stdin, stdout, stderr and
 *   environment.
 * @returns The exit code: 0 success, 1 failure (an error, error diagnostics, a failed write other
 *   than a closed pipe), 2 usage error.
 * @throws Never: errors are written to stderr and given as the exit code.
 * @example
 * ```ts
 * let printed = '';
 * const stream = {
 *   write: (chunk: string, done?: () => void) => ((printed += chunk), done?.(), true),
 *   on: () => stream,
 *   off: () => stream,
 * };
 * await run(['workdays', 'add', '2024-09-30', '1'], { stdout: stream, stderr: stream }); //=> 0
 * printed; //=> '2024-10-08\n'
 * await run(['workdays', 'add', '2024-13-01', '1'], { stdout: stream, stderr: stream }); //=> 2
 * ```
 */
export async function run(argv: readonly string[], streams: CliStreams = {}): Promise<number> {
  const env = streams.env ?? process.env;
  const out = new Output(streams.stdout ?? process.stdout);
  const err = new Output(streams.stderr ?? process.stderr);
  const ctx: Context = {
    out,
    err,
    color: colorsFor(colorEnabled(env, out.isTTY)),
    errColor: colorsFor(colorEnabled(env, err.isTTY)),
    stdin: streams.stdin ?? process.stdin,
    env,
    exitCode: EXIT.ok,
  };
  let code: number;
  try {
    const program = buildProgram(ctx, (root) =>
      root.configureOutput({
        writeOut: (text) => out.write(text),
        writeErr: (text) => err.write(text),
        outputError: () => {}, // reported by `report`, in one line
      }),
    );
    everyCommand(program, (command) =>
      command.exitOverride((error) => {
        throw new UsageFailure(error, commandPath(command));
      }),
    );
    await program.parseAsync([...argv], { from: 'user' });
    code = ctx.exitCode;
  } catch (error) {
    code = report(ctx, error, env);
  }
  await out.flush();
  if (out.error) code = writeFailure(ctx, out.error);
  await err.flush();
  out.close();
  err.close();
  return code;
}
