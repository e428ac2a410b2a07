import { describe, expect, it } from 'vitest';
import { bundleDist } from './bundle-dist';

// What an app bundles from the built dist (run `pnpm build` first; `pnpm test` builds what changed).
describe('one module per schema in dist: importing one schema bundles only what it needs', () => {
  it('DocumentNumberSchema alone leaves out Document, Table and Block, and stays small', async () => {
    const alone = await bundleDist(['DocumentNumberSchema']);
    expect(alone.code).toContain('发文字号: a parsed document number');
    expect(alone.code).not.toContain('公文: an official document');
    expect(alone.code).not.toContain('表格: a typed table');
    expect(alone.code).not.toContain('标题: a heading');
    const all = await bundleDist('*');
    expect(all.code).toContain('公文: an official document');
    expect(alone.gzip).toBeLessThan(all.gzip / 5);
    // Core's own share (the schema, its helpers and its check), without @gongbao/utils.
    const own = await bundleDist(['DocumentNumberSchema'], ['@gongbao/utils']);
    expect(own.gzip).toBeLessThanOrEqual(1200);
    // With parseDocumentNumber of @gongbao/utils bundled from its dist. The bar of issue 11 is
    // 1,536 B; utils' dist today bundles module-level tables with it (README, "Bundle sizes").
    expect(alone.gzip).toBeLessThanOrEqual(2200);
  });

  it('TableSchema leaves out Document and GazetteIssue; DocumentSchema leaves out GazetteIssue', async () => {
    const table = await bundleDist(['TableSchema']);
    expect(table.code).toContain('表格: a typed table');
    expect(table.code).not.toContain('公文: an official document');
    expect(table.code).not.toContain('政府公报: one issue');
    const document = await bundleDist(['DocumentSchema']);
    expect(document.code).toContain('公文: an official document');
    expect(document.code).not.toContain('政府公报: one issue');
  });

  it('the helpers leave out the schemas they do not use', async () => {
    const text = await bundleDist(['documentToText']);
    expect(text.code).not.toContain('公文: an official document');
    expect(text.gzip).toBeLessThan(3000);
  });
});
