import { isIsoDate } from '@gongbao/utils';
import { summaryLines, todayInChina } from './summary.js';

/** Where the command writes; injectable so tests can capture the output. */
export interface CliIo {
  /** Writes one line of normal output. */
  out(line: string): void;
  /** Writes one line of error output. */
  err(line: string): void;
}

const consoleIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

const USAGE = [
  'Usage: gongbao <command> [options]',
  '',
  'Commands:',
  '  summary [--date YYYY-MM-DD]   a readable summary of the bundled gazette issue; legal effect',
  '                                on the date (default: today in China, UTC+8)',
  '  help                          this text',
];

function usageError(io: CliIo, message: string): number {
  io.err(`gongbao: ${message}`);
  for (const line of USAGE) io.err(line);
  return 2;
}

/**
 * Runs the `gongbao` command with the given arguments.
 *
 * @param argv - The arguments after the program name, e.g. `['summary', '--date', '2024-07-01']`.
 * @param io - Where to write output; defaults to the console.
 * @returns The process exit code: 0 on success, 2 on a usage error.
 * @throws Never: errors are reported through `io.err` and the exit code.
 * @example
 * ```ts
 * const lines: string[] = [];
 * run(['help'], { out: (l) => lines.push(l), err: (l) => lines.push(l) }); //=> 0
 * lines[0]; //=> 'Usage: gongbao <command> [options]'
 * run(['summary', '--date', '2024-13-01'], { out: () => {}, err: () => {} }); //=> 2
 * ```
 */
export function run(argv: readonly string[], io: CliIo = consoleIo): number {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'summary': {
      let on = todayInChina();
      for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '--date') {
          const value = rest[++i] ?? '';
          if (!isIsoDate(value)) return usageError(io, `--date expects a date YYYY-MM-DD, got '${value}'`);
          on = value;
        } else {
          return usageError(io, `unknown option '${arg}' for summary`);
        }
      }
      for (const line of summaryLines(on)) io.out(line);
      return 0;
    }
    case 'help':
    case '--help':
    case '-h':
      for (const line of USAGE) io.out(line);
      return 0;
    default:
      return usageError(io, `unknown command '${command}'`);
  }
}
