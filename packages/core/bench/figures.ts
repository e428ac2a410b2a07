/**
 * Measures the cases of `schemas.bench.ts` with tinybench and writes the README's "Measurements"
 * table (between `<!-- bench:schemas -->` markers, through scripts/readme-figures.ts).
 *
 * Run after a build, on the built package (see scripts/assert-dist.ts):
 *   pnpm --filter @gongbao/core exec tsx --tsconfig ../../tsconfig.bench.json bench/figures.ts [--no-write]
 */
import { DocumentNumberSchema, DocumentSchema, documentToText, GazetteIssueSchema } from '@gongbao/core';
import { Bench } from 'tinybench';
import { assertDist } from '../../../scripts/assert-dist';
import { writeReadmeFigures } from '../../../scripts/readme-figures';
import { number5 } from '../test/fixtures';
import { documents, input, parsedDocument } from './synthetic-issue';

assertDist(import.meta.resolve('@gongbao/core'));

const kb = (JSON.stringify(input).length / 1024).toFixed(0);
const documentKb = (JSON.stringify(documents[0]).length / 1024).toFixed(0);
const bench = new Bench({ time: 2000, warmupTime: 200 });
bench
  .add(`\`GazetteIssueSchema.parse\` of a synthetic 17-document issue (${kb} KB JSON)`, () => {
    GazetteIssueSchema.parse(input);
  })
  .add(`\`DocumentSchema.parse\`, one document (${documentKb} KB JSON)`, () => {
    DocumentSchema.parse(documents[0]);
  })
  .add('`DocumentNumberSchema.parse`', () => {
    DocumentNumberSchema.parse(number5);
  })
  .add('`documentToText`, one document', () => {
    documentToText(parsedDocument);
  });
await bench.run();

const round = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
const duration = (ms: number) => (ms >= 1 ? `${round(ms)} ms` : `${round(ms * 1000)} µs`);
writeReadmeFigures({
  readme: new URL('../README.md', import.meta.url),
  name: 'schemas',
  command: 'pnpm --filter @gongbao/core exec tsx --tsconfig ../../tsconfig.bench.json bench/figures.ts',
  header: ['benchmark', 'mean', 'ops/s', '± (rme)'],
  rows: bench.tasks.map((task) => {
    const result = task.result;
    if (!result || result.error) throw new Error(`${task.name} failed: ${String(result?.error)}`);
    return [
      task.name,
      duration(result.latency.mean),
      round(result.throughput.mean),
      `${result.latency.rme.toFixed(1)} %`,
    ];
  }),
});
