/**
 * Peak memory of the real process on a large input with a dense output: the output waits for the
 * reader ('drain') instead of piling up in memory, whatever the size of the file.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, gongbao } from './gongbao';

// Loaded before the binary: prints the process's peak resident set size (kB) to stderr at exit.
const PEAK_RSS =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the child's code, a template literal there
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`))';

interface Measured {
  readonly status: number | null;
  readonly bytes: number;
  readonly lines: number;
  readonly last: string;
  readonly stderr: string;
  /** Peak resident set size of the process, in MB. */
  readonly peakMb: number;
}

/**
 * Runs `gongbao args… | cat` as a shell does (stdout an OS pipe, the case where unread output piles
 * up: a socket, as `spawn` gives, blocks the writer instead), keeping only counts and the last line.
 * The shell reports gongbao's own exit status on stderr.
 */
function measure(args: readonly string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1' };
    const script = '{ "$@"; echo "status $?" >&2; } | cat';
    const command = [process.execPath, '--import', PEAK_RSS, BIN, ...args];
    const child = spawn('/bin/sh', ['-c', script, 'sh', ...command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let lines = 0;
    let tail = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      tail = (tail + chunk.toString('latin1')).slice(-4096);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', () => {
      const peak = /^maxrss (\d+)\n/mu.exec(stderr);
      const status = /^status (\d+)\n/mu.exec(stderr);
      const last = Buffer.from(tail, 'latin1').toString('utf8').trimEnd().split('\n').at(-1) ?? '';
      resolve({
        status: status ? Number(status[1]) : null,
        bytes,
        lines,
        last,
        stderr: stderr.replace(/^maxrss \d+\n/mu, '').replace(/^status \d+\n/mu, ''),
        peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN,
      });
    });
  });
}

const LINE = Buffer.from('本办法自2024年6月22日起执行，有效期5年，请于2024年6月底前报送。\n');

/** A file of about `mb` MB (a single line when 0) where every line holds three finds. */
function denseFile(mb: number): { path: string; lines: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'gongbao-dense-')), 'dense.txt');
  const lines = Math.max(1, Math.ceil((mb * 1024 * 1024) / LINE.length));
  const block = Buffer.concat(Array.from({ length: Math.min(lines, 1000) }, () => LINE));
  const fd = openSync(path, 'w');
  for (let done = 0; done < lines; done += 1000) writeSync(fd, block, 0, Math.min(1000, lines - done) * LINE.length);
  closeSync(fd);
  return { path, lines };
}

// Without backpressure the unread output piles up in memory: the code before it peaked at about
// 440 MB (text, 12 MB input) and 550 MB (JSON, 8 MB input) here; with it about 140 MB for both.
const BOUND_MB = 250;

describe('memory on a large input', () => {
  it(`dates of a 12 MB file with a find every few characters stays under ${BOUND_MB} MB`, async () => {
    const { path, lines } = denseFile(12);
    const run = await measure(['dates', path]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.lines).toBe(3 * lines);
    expect(run.last).toBe(`${path}:${lines}:27 deadline 2024年6月底前 → by 2024-06-30 (month-end)`);
    expect(run.peakMb).toBeLessThan(BOUND_MB);
  }, 60_000);

  it(`dates --json of an 8 MB file stays under ${BOUND_MB} MB`, async () => {
    const one = denseFile(0);
    const single = await gongbao(['dates', one.path, '--json']);
    // The JSON of one line of input: its objects, between the array's "[" and "]" lines.
    const perLine = single.stdout.trimEnd().split('\n').length - 2;
    expect(perLine).toBeGreaterThan(3);
    const { path, lines } = denseFile(8);
    const run = await measure(['dates', path, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.last).toBe(']');
    expect(run.lines).toBe(perLine * lines + 2);
    expect(run.peakMb).toBeLessThan(BOUND_MB);
  }, 60_000);
});
