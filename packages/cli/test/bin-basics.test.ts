import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gongbao } from './gongbao';

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as {
  version: string;
};
const COMMANDS = [
  'summary',
  'list',
  'show',
  'search',
  'tables',
  'table',
  'parse',
  'validate',
  'workdays',
  'deadline',
  'dates',
  'calendar',
  'number',
  'numeral',
];

describe.concurrent('gongbao --version, --help and usage errors', () => {
  it('prints the package version with --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const run = await gongbao([flag]);
      expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('lists every command in --help and help, on stdout, exit 0', async () => {
    for (const args of [['--help'], ['help'], ['-h']]) {
      const run = await gongbao(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: gongbao /u);
      for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'mu'));
      expect(run.stderr).toBe('');
    }
  });

  it('has --help for every command and sub-command', async () => {
    for (const args of [
      ...COMMANDS.map((c) => [c, '--help']),
      ['workdays', 'add', '--help'],
      ['workdays', 'count', '--help'],
      ['help', 'show'],
    ]) {
      const run = await gongbao(args);
      expect(run.status, args.join(' ')).toBe(0);
      const name = args[0] === 'help' ? args.slice(1) : args.slice(0, -1);
      expect(run.stdout, args.join(' ')).toContain(`Usage: gongbao ${name.join(' ')}`);
    }
  });

  it('prints usage on stderr and exits 2 without a command', async () => {
    for (const args of [[], ['workdays']]) {
      const run = await gongbao(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`Usage: gongbao ${args.join(' ')}`.trimEnd());
    }
  });

  it('exits 2 with a one-line reason and a pointer to --help on a usage error', async () => {
    const cases: [string[], RegExp, string][] = [
      [['lsit'], /^gongbao: unknown command 'lsit' \(did you mean list\?\)$/u, 'gongbao --help'],
      [
        ['list', '--secton', 'x'],
        /^gongbao: unknown option '--secton' \(did you mean --section\?\)$/u,
        'gongbao list --help',
      ],
      [['workdays', 'add', '2024-06-04'], /^gongbao: missing required argument 'n'$/u, 'gongbao workdays add --help'],
      [['list', 'extra'], /^gongbao: too many arguments for 'list'/u, 'gongbao list --help'],
      [['summary', '--date'], /^gongbao: option '--date <date>' argument missing$/u, 'gongbao summary --help'],
      [['table', 'fire-stations', '--format', 'xml'], /Allowed choices are md, csv, json/u, 'gongbao table --help'],
      [['show', '长政发-2024-5', '--text', '--json'], /cannot be used with option '--json'/u, 'gongbao show --help'],
    ];
    for (const [args, message, help] of cases) {
      const run = await gongbao(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      const [first, second, ...rest] = run.stderr.split('\n');
      expect(first, args.join(' ')).toMatch(message);
      expect(second).toBe(`Run '${help}' for usage.`);
      expect(rest).toEqual(['']);
    }
  });

  it('colours a terminal-less stdout only when FORCE_COLOR asks, and never with NO_COLOR', async () => {
    const plain = await gongbao(['list', '--type', '批复'], { env: { NO_COLOR: undefined } });
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await gongbao(['list', '--type', '批复'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[1m');
    const off = await gongbao(['list', '--type', '批复'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(off.stdout).toBe(plain.stdout);
    const zero = await gongbao(['list', '--type', '批复'], { env: { NO_COLOR: undefined, FORCE_COLOR: '0' } });
    expect(zero.stdout).toBe(plain.stdout);
  });
});
