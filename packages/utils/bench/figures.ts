/**
 * The README's speed and scale tables, measured side by side in one process: each comparison's
 * cases run in alternating rounds (the order rotated every round, each round a calibrated batch),
 * and the table gives each case's median over the rounds and the ratio to @gongbao/utils — so a
 * load spike on the shared machine hits every case of a comparison alike. Then the scale table:
 * each finder over 1×, 4× and 16× the gazette issue and over adversarial texts of the same sizes,
 * as time per MB (flat = linear). Written through scripts/readme-figures.ts.
 *
 * Run after a build (it imports the built package, as users do — tsconfig.bench.json has no paths
 * to src, and the run stops if the import resolves anywhere but dist):
 *   pnpm --filter @gongbao/utils exec tsx --tsconfig ../../tsconfig.bench.json bench/figures.ts [--no-write]
 * (also a step of the root `pnpm bench:figures`).
 */
import { readFileSync } from 'node:fs';
import {
  addWorkingDays,
  findDates,
  findDocumentNumbers,
  formatChineseNumber,
  type IsoDate,
  isWorkingDay,
  parseChineseDate,
  parseChineseNumber,
  parseDocumentNumber,
  parseOutlineMarker,
} from '@gongbao/utils';
import { parseHolidayNotice, prcCalendar } from '@gongbao/utils/calendar';
import chineseDays from 'chinese-days';
import chineseParseInt from 'chinese-parseint2';
import * as chrono from 'chrono-node';
import Nzh from 'nzh';
import { assertDist } from '../../../scripts/assert-dist';
import { writeReadmeFigures } from '../../../scripts/readme-figures';

assertDist(import.meta.resolve('@gongbao/utils')); // see scripts/assert-dist.ts

/** One case of a comparison: a name and a function doing one unit of work. */
interface Case {
  name: string;
  run: () => unknown;
}

let sink = 0;
const consume = (value: unknown) => {
  sink += typeof value === 'string' ? value.length : value ? 1 : 0;
};

/** Milliseconds per call of `run`, over one batch of `n` calls. */
function timeBatch(run: () => unknown, n: number): number {
  const start = performance.now();
  for (let i = 0; i < n; i++) consume(run());
  return (performance.now() - start) / n;
}

/** Each case's median ms per call, over `rounds` alternating rounds of ~`batchMs` batches. */
function compare(cases: Case[], rounds = 12, batchMs = 25, warmUpMs = 150): number[] {
  // Warm up: each case runs for warmUpMs first, so that the rounds time the optimized code. Without
  // it, a case whose first calls are few and slow (a calibration batch of 1, 4, 16 … calls) can stay
  // on V8's baseline tier for the whole comparison: isWorkingDay read 8× slower than in a loop.
  for (const { run } of cases) {
    for (const until = performance.now() + warmUpMs; performance.now() < until; ) consume(run());
  }
  // Calibrate: calls per batch so that one batch takes about batchMs.
  const sizes = cases.map(({ run }) => {
    let n = 1;
    while (n < 1e7) {
      const ms = timeBatch(run, n) * n;
      if (ms >= batchMs / 4) return Math.max(1, Math.round((n * batchMs) / ms));
      n *= 4;
    }
    return n;
  });
  const samples = cases.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + round) % cases.length;
      samples[i]?.push(timeBatch((cases[i] as Case).run, sizes[i] as number));
    }
  }
  return samples.map((list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as number;
  });
}

const round = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
const opsPerSecond = (ms: number) => `${round(1000 / ms)} ops/s`;
const ratio = (ours: number, theirs: number) => `${(theirs / ours).toFixed(2)}×`;

// ---- inputs ------------------------------------------------------------------------------------
const issue = readFileSync(new URL('../../data/source/changzhi-gongbao-2024-03.md', import.meta.url), 'utf8');
const lines = issue.split('\n').filter((line) => line.trim());
const integers = Array.from({ length: 1000 }, (_, i) => (i * 99_991) % 100_000_000);
const numerals = integers.map((n) => formatChineseNumber(n));
const documentNumbers = findDocumentNumbers(issue).map((match) => match.value.raw);
const day = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 864e5).toISOString().slice(0, 10) as IsoDate;
const dates = Array.from({ length: 256 }, (_, i) => day(Math.floor((i * 2890) / 255)));
const chineseDates = ['2024年6月4日', '2024 年 5 月 22 日', '二〇二四年六月四日', '二零二五年一月八日'];
const notice2026 = readFileSync(new URL('../notices/2026.txt', import.meta.url), 'utf8');
// A next year to extend with: the 2026 notice moved to 2027 with its weekday notes removed (they
// would not match), as a stand-in for the real notice.
const next = parseHolidayNotice(notice2026.replaceAll('2026年', '2027年').replace(/\([^)]*\)/g, ''));

// The floor for outline markers: one regex and chinese-parseint2 on the numeral it captures.
const MARKER_FLOOR =
  /^\s*(?:第([〇零一二两三四五六七八九十百千]+)[编章节条款项]|[(（]([〇零一二两三四五六七八九十百千]+|\d+)[)）]|([〇零一二两三四五六七八九十百千]+)、|(\d+)[.．、](?!\d))/;
const floorMarker = (line: string) => {
  const m = MARKER_FLOOR.exec(line);
  if (!m) return undefined;
  const numeral = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
  return /^\d+$/.test(numeral) ? Number(numeral) : chineseParseInt(numeral);
};

// ---- speed -------------------------------------------------------------------------------------
interface Comparison {
  task: string;
  ours: Case;
  others: Case[];
}
const each =
  <T>(list: readonly T[], run: (item: T) => unknown) =>
  () => {
    for (const item of list) consume(run(item));
  };
const comparisons: Comparison[] = [
  {
    task: `parse 1000 numerals (0…10^8, official convention)`,
    ours: { name: 'parseChineseNumber', run: each(numerals, parseChineseNumber) },
    others: [
      { name: 'chinese-parseint2', run: each(numerals, chineseParseInt) },
      { name: 'nzh decodeS', run: each(numerals, (s) => Nzh.cn.decodeS(s)) },
    ],
  },
  {
    task: `format 1000 integers`,
    ours: { name: 'formatChineseNumber', run: each(integers, (n) => formatChineseNumber(n)) },
    others: [{ name: 'nzh encodeS', run: each(integers, (n) => Nzh.cn.encodeS(n)) }],
  },
  {
    task: `outline markers of the issue's ${lines.length} non-empty lines`,
    ours: { name: 'parseOutlineMarker', run: each(lines, parseOutlineMarker) },
    others: [{ name: 'one regex + chinese-parseint2 (floor)', run: each(lines, floorMarker) }],
  },
  {
    task: `find the dates of the whole issue (${issue.length.toLocaleString('en-US')} characters)`,
    ours: { name: 'findDates', run: () => findDates(issue).length },
    others: [{ name: 'chrono-node zh.parse', run: () => chrono.zh.parse(issue).length }],
  },
  {
    task: `parseDocumentNumber × ${documentNumbers.length} (the issue's numbers as written)`,
    ours: { name: 'parseDocumentNumber', run: each(documentNumbers, parseDocumentNumber) },
    others: [],
  },
  {
    task: 'isWorkingDay, 256 dates 2019–2026',
    ours: { name: 'isWorkingDay', run: each(dates, isWorkingDay) },
    others: [{ name: 'chinese-days isWorkday', run: each(dates, (d) => chineseDays.isWorkday(d)) }],
  },
  {
    task: 'addWorkingDays(·, 15), 256 dates 2019–2026',
    ours: { name: 'addWorkingDays', run: each(dates, (d) => addWorkingDays(d, 15)) },
    others: [{ name: 'chinese-days findWorkday', run: each(dates, (d) => chineseDays.findWorkday(15, d)) }],
  },
  {
    task: 'parseChineseDate, 4 strings (Arabic, spaced, 〇, 零)',
    ours: { name: 'parseChineseDate', run: each(chineseDates, parseChineseDate) },
    others: [{ name: 'chrono-node zh.hans.parseDate', run: each(chineseDates, (s) => chrono.zh.hans.parseDate(s)) }],
  },
  {
    task: `parseHolidayNotice of the 2026 notice (a forum copy, ${notice2026.length.toLocaleString('en-US')} characters)`,
    ours: { name: 'parseHolidayNotice', run: () => parseHolidayNotice(notice2026).holidays.length },
    others: [],
  },
  {
    task: 'prcCalendar.extend(next year), then one isWorkingDay (the index is built on first use)',
    ours: { name: 'extend + first query', run: () => prcCalendar.extend(next).isWorkingDay('2027-01-04') },
    others: [],
  },
];

const speedRows: string[][] = [];
for (const { task, ours, others } of comparisons) {
  const [mine = 0, ...theirs] = compare([ours, ...others]);
  const cells = others.map(
    (other, i) => `${other.name}: ${opsPerSecond(theirs[i] as number)} (**${ratio(mine, theirs[i] as number)}**)`,
  );
  speedRows.push([task, `${ours.name}: ${opsPerSecond(mine)}`, cells.join('; ') || '— (no package does this)']);
  console.log(speedRows.at(-1)?.join(' | '));
}

// ---- scale -------------------------------------------------------------------------------------
const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join('\n');
const sized = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const base = 16_384; // 1× of an adversarial text; the issue itself is 1× as it is
const texts: Array<{ name: string; make: (times: number) => string }> = [
  { name: `the issue (${issue.length.toLocaleString('en-US')} characters)`, make: (times) => repeat(issue, times) },
  { name: 'spaces', make: (times) => `有效期${' '.repeat(base * times)}x` },
  { name: 'tabs', make: (times) => `2024年${'\t'.repeat(base * times)}x` },
  { name: 'U+3000', make: (times) => `自${'\u3000'.repeat(base * times)}起` },
  { name: '年', make: (times) => sized('2024年', base * times) },
  { name: '第', make: (times) => sized('第', base * times) },
  { name: 'brackets', make: (times) => sized('长政发〔2024〔', base * times) },
  { name: 'digits', make: (times) => sized('2024', base * times) },
];
const finders: Array<{ name: string; run: (text: string) => unknown }> = [
  { name: 'findDates', run: (text) => findDates(text).length },
  { name: 'findDocumentNumbers', run: (text) => findDocumentNumbers(text).length },
];
const scaleRows: string[][] = [];
let worst = 0;
const LIMIT_MS = 2000;
for (const finder of finders) {
  for (const text of texts) {
    const inputs = [1, 4, 16].map((times) => text.make(times));
    // One probe call per size, smallest first: a super-linear finder is not timed past LIMIT_MS.
    const probed: string[] = [];
    for (const input of inputs) {
      const ms = timeBatch(() => finder.run(input), 1);
      if (ms > LIMIT_MS) break;
      probed.push(input);
    }
    const ms = compare(
      probed.map((input) => ({ name: String(input.length), run: () => finder.run(input) })),
      5,
      40,
    );
    const perMb = inputs.map((input, i) =>
      i < probed.length ? `${round((ms[i] as number) / (input.length / 1e6))} ms/MB` : `> ${LIMIT_MS / 1000} s a call`,
    );
    const growths = [1, 2].map((i) =>
      i < probed.length ? (ms[i] as number) / (ms[i - 1] as number) : Number.POSITIVE_INFINITY,
    );
    worst = Math.max(worst, growths[0] as number, growths[1] as number);
    scaleRows.push([
      finder.name,
      text.name,
      ...perMb,
      growths.map((growth) => (Number.isFinite(growth) ? `${growth.toFixed(2)}×` : '—')).join(' / '),
    ]);
    console.log(scaleRows.at(-1)?.join(' | '));
  }
}

const readme = new URL('../README.md', import.meta.url);
const command = 'pnpm --filter @gongbao/utils exec tsx --tsconfig ../../tsconfig.bench.json bench/figures.ts';
writeReadmeFigures({
  readme,
  name: 'utils-speed',
  command,
  header: ['task', '@gongbao/utils (median)', 'others (median; ratio = how many times slower they are)'],
  rows: speedRows,
  note: 'Each comparison runs its cases in one process in alternating rounds (order rotated each round, a calibrated ~25 ms batch per case per round, 12 rounds) on the built package; the median round is shown. Ratios above 1× mean @gongbao/utils is faster.',
});
writeReadmeFigures({
  readme,
  name: 'utils-scale',
  command,
  header: ['finder', 'text', '1× (ms/MB)', '4×', '16×', 'time ratio 4×/1× and 16×/4× (linear: ≈ 4×)'],
  rows: scaleRows,
  note: `1× is the issue, or an adversarial text of ${base.toLocaleString('en-US')} characters (a run of one character after a word that starts an expression); 4× and 16× repeat it. A linear finder keeps ms/MB flat: 4× the input ≤ 4.5× the time. Worst ratio between consecutive sizes: ${Number.isFinite(worst) ? `${worst.toFixed(2)}×` : 'unbounded (a size was not timed)'}.`,
});
if (sink === 0.5) console.log(sink);
