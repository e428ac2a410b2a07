/**
 * Figures that cannot go stale: a benchmark measures, then calls {@link writeReadmeFigures} to put
 * its table into a README between the markers `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`,
 * with the date, the machine (CPU model, cores, Node version) and the command that produced it.
 * Nobody types a figure by hand, and every table says where it came from.
 *
 * Use it from a benchmark script (run with tsx):
 *
 * ```ts
 * import { writeReadmeFigures } from '../../../scripts/readme-figures';
 *
 * writeReadmeFigures({
 *   readme: new URL('../README.md', import.meta.url),
 *   name: 'document-to-text',
 *   command: 'pnpm --filter @gongbao/core bench:figures',
 *   header: ['benchmark', 'result'],
 *   rows: [['documentToText, one document', '27 000 ops/s']],
 * });
 * ```
 *
 * and put the two markers where the table goes in the README (once; the text between them is
 * replaced on every run). `--no-write` on the benchmark's command line (or `README_FIGURES=print`)
 * prints the block instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

/** One README table written by a benchmark. */
export interface ReadmeFigures {
  /** The README to write into: a path or a `file:` URL. */
  readme: string | URL;
  /** The marker name: the table goes between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`. */
  name: string;
  /** The command that reproduces the figures, shown beside the table. */
  command: string;
  /** Column headings. */
  header: readonly string[];
  /** Table rows, one cell per heading. */
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Text shown under the table before the provenance line (how to read the figures), optional. */
  note?: string;
}

/** Where and when figures were measured. */
export interface Machine {
  /** `YYYY-MM-DD`, in UTC. */
  date: string;
  cpu: string;
  cores: number;
  node: string;
  platform: string;
}

/** The machine this process runs on, and today's date (UTC). */
export function currentMachine(): Machine {
  const list = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: (list[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    cores: list.length,
    node: process.version,
    platform: `${process.platform}/${process.arch}`,
  };
}

const cell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table; throws when a row has a different number of cells than the header. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`row ${i + 1} has ${row.length} cells, the header ${header.length}`);
    }
  }
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** The block written between the markers: the table, an optional note and the provenance line. */
export function figuresBlock(figures: Omit<ReadmeFigures, 'readme' | 'name'>, machine: Machine): string {
  const provenance =
    `Measured ${machine.date} on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ` +
    `${machine.platform}, with \`${figures.command}\`. Written by that command; do not edit by hand.`;
  return [markdownTable(figures.header, figures.rows), ...(figures.note ? [figures.note] : []), provenance].join(
    '\n\n',
  );
}

const markers = (name: string) => ({ open: `<!-- bench:${name} -->`, close: `<!-- /bench:${name} -->` });

/**
 * `text` with what lies between the markers of `name` replaced by `block`. Throws when the markers
 * are missing, doubled or out of order, so a benchmark never writes a table nobody reads.
 */
export function replaceBetweenMarkers(text: string, name: string, block: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`figure name ${JSON.stringify(name)}: use a-z, 0-9 and -`);
  const { open, close } = markers(name);
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < 0) {
    throw new Error(`the README has no ${open} … ${close} markers: add them where the table goes`);
  }
  if (text.indexOf(open, start + 1) >= 0 || text.indexOf(close, end + 1) >= 0) {
    throw new Error(`the README has the markers of ${name} more than once`);
  }
  if (end < start) throw new Error(`${close} comes before ${open}`);
  return `${text.slice(0, start + open.length)}\n${block}\n${text.slice(end)}`;
}

/** True when the benchmark should only print (`--no-write`, or `README_FIGURES=print`). */
export function printOnly(argv: readonly string[] = process.argv, env = process.env): boolean {
  return argv.includes('--no-write') || env.README_FIGURES === 'print';
}

/**
 * Writes the figures into the README between their markers (or prints them, see {@link printOnly})
 * and returns the block written.
 */
export function writeReadmeFigures(figures: ReadmeFigures, machine: Machine = currentMachine()): string {
  const block = figuresBlock(figures, machine);
  const path = typeof figures.readme === 'string' ? figures.readme : fileURLToPath(figures.readme);
  const updated = replaceBetweenMarkers(readFileSync(path, 'utf8'), figures.name, block);
  if (printOnly()) {
    process.stdout.write(`${block}\n`);
  } else {
    writeFileSync(path, updated);
    process.stdout.write(`wrote the ${figures.name} figures into ${path}\n`);
  }
  return block;
}
