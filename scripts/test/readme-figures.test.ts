import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  currentMachine,
  figuresBlock,
  type Machine,
  markdownTable,
  printOnly,
  replaceBetweenMarkers,
  writeReadmeFigures,
} from '../readme-figures';

const machine: Machine = { date: '2026-01-02', cpu: 'Test CPU', cores: 2, node: 'v20.19.0', platform: 'linux/x64' };

describe('markdownTable', () => {
  it('writes a header, a rule and escaped cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 2]])).toBe('| a | b |\n|---|---|\n| x\\|y | 2 |');
  });
  it('rejects a row with a wrong number of cells', () => {
    expect(() => markdownTable(['a', 'b'], [['x']])).toThrow('row 1 has 1 cells, the header 2');
  });
});

describe('replaceBetweenMarkers', () => {
  const readme = 'intro\n<!-- bench:speed -->\nold table\n<!-- /bench:speed -->\nafter\n';
  it('replaces only what lies between the markers, keeping them', () => {
    const out = replaceBetweenMarkers(readme, 'speed', 'NEW');
    expect(out).toBe('intro\n<!-- bench:speed -->\nNEW\n<!-- /bench:speed -->\nafter\n');
    // Idempotent: writing the same block again changes nothing.
    expect(replaceBetweenMarkers(out, 'speed', 'NEW')).toBe(out);
  });
  it('refuses missing, doubled or misordered markers and bad names', () => {
    expect(() => replaceBetweenMarkers('no markers', 'speed', 'x')).toThrow('has no <!-- bench:speed -->');
    expect(() => replaceBetweenMarkers(readme + readme, 'speed', 'x')).toThrow('more than once');
    expect(() => replaceBetweenMarkers('<!-- /bench:speed --><!-- bench:speed -->', 'speed', 'x')).toThrow(
      'comes before',
    );
    expect(() => replaceBetweenMarkers(readme, 'Speed Test', 'x')).toThrow('use a-z');
  });
});

describe('figuresBlock', () => {
  it('puts the date, machine and command beside the table', () => {
    const block = figuresBlock({ command: 'pnpm bench:x', header: ['what', 'ms'], rows: [['parse', 3]] }, machine);
    expect(block).toBe(
      '| what | ms |\n|---|---|\n| parse | 3 |\n\nMeasured 2026-01-02 on Test CPU (2 cores), Node v20.19.0, ' +
        'linux/x64, with `pnpm bench:x`. Written by that command; do not edit by hand.',
    );
  });
});

describe('writeReadmeFigures', () => {
  it('writes the block into the README file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-'));
    const readme = join(dir, 'README.md');
    writeFileSync(readme, '# x\n\n<!-- bench:t -->\n<!-- /bench:t -->\n');
    const previous = process.env.README_FIGURES;
    delete process.env.README_FIGURES;
    try {
      writeReadmeFigures({ readme, name: 't', command: 'c', header: ['h'], rows: [['v']] }, machine);
    } finally {
      if (previous !== undefined) process.env.README_FIGURES = previous;
    }
    expect(readFileSync(readme, 'utf8')).toContain('<!-- bench:t -->\n| h |\n|---|\n| v |\n\nMeasured 2026-01-02');
  });
  it('prints only with --no-write or README_FIGURES=print', () => {
    expect(printOnly(['node', 'x', '--no-write'], {})).toBe(true);
    expect(printOnly(['node', 'x'], { README_FIGURES: 'print' })).toBe(true);
    expect(printOnly(['node', 'x'], {})).toBe(false);
  });
  it('describes the machine it runs on', () => {
    const here = currentMachine();
    expect(here.node).toBe(process.version);
    expect(here.cores).toBeGreaterThan(0);
    expect(here.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
