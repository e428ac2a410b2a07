import { describe, expect, it } from 'vitest';
import { checkPackageRegexes, unsafeRegexes } from '../../../scripts/regex-safety';

describe('regular expressions (recheck)', () => {
  it('every regex in src is safe', async () => {
    const reports = await checkPackageRegexes(new URL('..', import.meta.url));
    expect(reports.length).toBeGreaterThan(20);
    expect(unsafeRegexes(reports)).toEqual([]);
  }, 120_000);
});
