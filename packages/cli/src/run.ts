import { meta } from '@gongbao/data';

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
  'Usage: gongbao <command>',
  '',
  'Commands:',
  '  summary    a readable summary of the bundled gazette issue',
  '  help       this text',
];

/**
 * Runs the `gongbao` command with the given arguments.
 *
 * @param argv - The arguments after the program name, e.g. `['summary']`.
 * @param io - Where to write output; defaults to the console.
 * @returns The process exit code: 0 on success, 2 on a usage error.
 * @throws Never: errors are reported through `io.err` and the exit code.
 * @example
 * ```ts
 * const lines: string[] = [];
 * run(['help'], { out: (l) => lines.push(l), err: (l) => lines.push(l) }); //=> 0
 * lines[0]; //=> 'Usage: gongbao <command>'
 * ```
 */
export function run(argv: readonly string[], io: CliIo = consoleIo): number {
  const [command = 'help'] = argv;
  switch (command) {
    case 'summary':
      io.out('《长治市人民政府公报》2024年第3期（总第27期）');
      io.out(`source: ${meta.sourceFile}`);
      io.out(`sha256: ${meta.sourceSha256}`);
      return 0;
    case 'help':
    case '--help':
    case '-h':
      for (const line of USAGE) io.out(line);
      return 0;
    default:
      io.err(`gongbao: unknown command '${command}'`);
      for (const line of USAGE) io.err(line);
      return 2;
  }
}
