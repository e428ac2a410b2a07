import { describe, expect, it } from 'vitest';
import { checkPackageRegexes, unsafeRegexes } from '../../../scripts/regex-safety';

// Every regular expression in src, found by the TypeScript compiler API (literals and RegExp with
// constant arguments — a new pattern cannot skip the check), must be linear by recheck. The date
// grammar has no spacing in it: parsers and finders remove it once first (dates/date-grammar.ts,
// compact), so that no two runs of spaces meet in a pattern.
describe('regular expressions (recheck)', () => {
  it('every regex in src is safe', async () => {
    const reports = await checkPackageRegexes(new URL('..', import.meta.url));
    expect(reports.length).toBeGreaterThan(40);
    expect(reports.filter((report) => report.status === 'dynamic')).toEqual([]);
    expect(unsafeRegexes(reports)).toEqual([]);
  }, 120_000);
});
