import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, gongbao } from './gongbao';

const env = { ...process.env, NO_COLOR: '1' };

/** Runs the binary with stdout on a file descriptor of our choosing. */
function runTo(fd: number, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', fd, 'pipe'], env });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe.concurrent('output errors', () => {
  it('exits 0 quietly when the reader of stdout goes away (a closed pipe, as in | head -1)', async () => {
    const { status, stderr, got } = await new Promise<{ status: number | null; stderr: string; got: number }>(
      (resolve) => {
        const child = spawn(process.execPath, [BIN, 'list', '--json'], { env });
        let stderr = '';
        let got = 0;
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString('utf8');
        });
        // Read the first chunk, then close our end: the rest of its 700 kB of output hits EPIPE.
        child.stdout.once('data', (chunk: Buffer) => {
          got = chunk.length;
          child.stdout.destroy();
        });
        child.on('close', (code) => resolve({ status: code, stderr, got }));
      },
    );
    expect(got).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))(
    'exits 1 with a one-line message when stdout cannot be written (> /dev/full)',
    async () => {
      for (const args of [
        ['summary'],
        ['workdays', 'add', '2024-09-30', '1'],
        ['--help'],
        ['--version'],
        ['list', '--json'],
      ]) {
        const fd = openSync('/dev/full', 'w');
        const { status, stderr } = await runTo(fd, args);
        closeSync(fd);
        expect(status, args.join(' ')).toBe(1);
        expect(stderr, args.join(' ')).toMatch(
          /^gongbao: cannot write the output: ENOSPC: no space left on device[^\n]*\n$/u,
        );
      }
    },
  );

  it('writes the whole output to a file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gongbao-out-')), 'list.json');
    const fd = openSync(path, 'w');
    const { status } = await runTo(fd, ['list', '--json']);
    closeSync(fd);
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toHaveLength(17);
  });
});

describe('large input', () => {
  it('reads a 50 MB file in bounded memory (dates, with a 24 MB heap)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gongbao-big-')), 'big.txt');
    const block = Buffer.from(
      `本办法自2024年6月22日起执行，有效期5年。\n${'各县、区人民政府，各有关单位：现将有关事项通知如下，请认真组织实施。\n'.repeat(99)}`,
    );
    const blocks = Math.ceil((50 * 1024 * 1024) / block.length);
    const fd = openSync(path, 'w');
    for (let i = 0; i < blocks; i++) writeSync(fd, block);
    closeSync(fd);
    const run = await gongbao(['dates', path], { nodeArgs: ['--max-old-space-size=24'] });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2 * blocks);
    expect(lines.at(-1)).toBe(`${path}:${(blocks - 1) * 100 + 1}:19 duration 有效期5年 → 5 years`);
  });
});
