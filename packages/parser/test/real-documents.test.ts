import { parseDocument } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { FACT_NAMES, factsOf, knownMisses, normalizeExpected, realDocuments, sameFact } from './helpers/facts.js';

/**
 * Real documents copied from public government pages (test/fixtures/real, each with its URL and
 * the facts written down by reading it). Every fact is tested: it must come out as written, unless
 * it is listed in known-misses.json, and then it must still be wrong (so the list cannot go stale).
 */
const documents = realDocuments();
const misses = knownMisses();

describe('the corpus of real documents', () => {
  it('has at least 30 documents from every level and of every type the issue names', () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
    expect(new Set(documents.map((d) => d.level))).toEqual(
      new Set(['national', 'provincial', 'municipal', 'county', 'township']),
    );
    const types = new Set(documents.map((d) => d.expected.type));
    for (const type of ['通知', '通告', '公告', '意见', '决定', '命令', '批复', '函', '纪要'])
      expect(types).toContain(type);
  });

  it('lists only misses of facts that exist', () => {
    const ids = new Set(documents.map((d) => d.id));
    for (const key of Object.keys(misses)) {
      const [id, fact] = key.split(':') as [string, string];
      expect(ids, key).toContain(id);
      expect(FACT_NAMES, key).toContain(fact);
    }
  });
});

for (const doc of documents) {
  describe(`${doc.id} (${doc.url})`, () => {
    const actual = factsOf(parseDocument(doc.text).document);
    const expected = normalizeExpected(doc.expected);
    for (const fact of FACT_NAMES) {
      const key = `${doc.id}:${fact}`;
      if (key in misses) {
        it(`${fact}: still a known miss (${misses[key]})`, () => {
          expect(sameFact(actual[fact], expected[fact])).toBe(false);
        });
      } else {
        it(fact, () => {
          expect(actual[fact]).toEqual(expected[fact]);
        });
      }
    }
  });
}
