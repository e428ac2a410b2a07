/**
 * Fact accuracy of parseDocument over the corpus of real documents (test/fixtures/real): every
 * fact of every document's sidecar compared with what the parser reads. Prints each miss and the
 * share of facts right. Run: `node --import tsx packages/parser/scripts/fact-accuracy.ts [--json]`.
 */
import { parseDocument } from '../src/index.js';
import { FACT_NAMES, factsOf, normalizeExpected, realDocuments, sameFact } from '../test/helpers/facts.js';

const json = process.argv.includes('--json');
let right = 0;
let total = 0;
const misses: Array<{ id: string; fact: string; expected: unknown; actual: unknown }> = [];
const byFact = new Map<string, { right: number; total: number }>();
for (const doc of realDocuments()) {
  const actual = factsOf(parseDocument(doc.text).document);
  const expected = normalizeExpected(doc.expected);
  for (const fact of FACT_NAMES) {
    const ok = sameFact(expected[fact], actual[fact]);
    const tally = byFact.get(fact) ?? { right: 0, total: 0 };
    tally.total++;
    total++;
    if (ok) {
      tally.right++;
      right++;
    } else misses.push({ id: doc.id, fact, expected: expected[fact], actual: actual[fact] });
    byFact.set(fact, tally);
  }
}
if (json) {
  console.log(JSON.stringify({ right, total, misses }, null, 2));
} else {
  for (const m of misses)
    console.log(`${m.id} ${m.fact}\n  expected ${JSON.stringify(m.expected)}\n  actual   ${JSON.stringify(m.actual)}`);
  console.log('');
  for (const [fact, t] of byFact) console.log(`${fact.padEnd(14)} ${t.right}/${t.total}`);
  console.log(
    `\n${realDocuments().length} documents, ${right}/${total} facts right = ${((100 * right) / total).toFixed(1)}%`,
  );
}
