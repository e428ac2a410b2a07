import { describe, expect, it } from 'vitest';
import { checkPackageRegexes, unsafeRegexes } from '../../../scripts/regex-safety';

describe('regular expressions (recheck)', () => {
  it('every regex in src is safe', async () => {
    // No pattern needs a bound: the validity clause (本…[^。；;]*?自…起施行), TOC page numbers,
    // header units, attachment labels and the like are read by scans (validity-clause.ts,
    // toc.ts splitPage, table-rows.ts unitOf, attachment-list.ts readLabel, cell-text.ts).
    const reports = await checkPackageRegexes(new URL('..', import.meta.url));
    expect(reports.length).toBeGreaterThan(100);
    expect(unsafeRegexes(reports)).toEqual([]);
  }, 120_000);
});
