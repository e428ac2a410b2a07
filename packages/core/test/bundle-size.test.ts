import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = `${import.meta.dirname}/../src/index.ts`;

/** Bundles `code` (importing from the core sources) with zod external; returns the minified output. */
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['zod'],
    alias: { '@gongbao/utils': `${import.meta.dirname}/../../utils/src/index.ts` },
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('one module per entity: importing one schema does not bundle everything', () => {
  it('DocumentNumberSchema alone leaves out Document, Table and Block', async () => {
    const alone = await bundle(`import { DocumentNumberSchema } from '${entry}'; console.log(DocumentNumberSchema);`);
    expect(alone).toContain('发文字号: a parsed document number');
    expect(alone).not.toContain('公文: an official document');
    expect(alone).not.toContain('表格: a typed table');
    expect(alone).not.toContain('标题: a heading');
    const all = await bundle(`import * as core from '${entry}'; console.log(core);`);
    expect(all).toContain('公文: an official document');
    const size = gzipSync(alone).length;
    expect(size).toBeLessThan(gzipSync(all).length / 5);
    expect(size).toBeLessThanOrEqual(1024);
  });

  it('TableSchema leaves out Document and GazetteIssue', async () => {
    const table = await bundle(`import { TableSchema } from '${entry}'; console.log(TableSchema);`);
    expect(table).toContain('表格: a typed table');
    expect(table).not.toContain('公文: an official document');
    expect(table).not.toContain('政府公报: one issue');
  });
});
