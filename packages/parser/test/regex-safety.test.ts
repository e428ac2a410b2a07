import { describe, expect, it } from 'vitest';
import { checkPackageRegexes, unsafeRegexes } from '../../../scripts/regex-safety';

describe('regular expressions (recheck)', () => {
  it('every regex in src is safe', async () => {
    // One pattern needs a bound (below); the validity clause (本…[^。；;]*?自…起施行), TOC page numbers,
    // header units, attachment labels and the like are read by scans (validity-clause.ts,
    // toc.ts splitPage, table.ts unitOf, attachment-list.ts readLabel).
    const reports = await checkPackageRegexes(new URL('..', import.meta.url), {
      bounded: { DATE_AFTER: 'announcement.ts runs it on the 40 characters after 现予公布 only' },
    });
    expect(reports.length).toBeGreaterThan(100);
    expect(unsafeRegexes(reports)).toEqual([]);
  }, 120_000);
});
