import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument, getTable } from '@gongbao/data';
import { parseDocument, parseDocuments, parseGazette } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { gongbao, json, viaJson } from './gongbao';

const SOURCE = join(import.meta.dirname, '../../data/source/changzhi-gongbao-2024-03.md');
const dir = mkdtempSync(join(tmpdir(), 'gongbao-cli-test-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const NOTICE = [
  '长治市人民政府关于同意设立某某的批复',
  '长政函〔2024〕31号',
  '市民政局：',
  '你局《关于设立某某的请示》收悉。经研究，同意设立。',
  '长治市人民政府',
  '2024年6月5日',
  '（此件公开发布）',
].join('\n');
const DIAGNOSTIC = /^(.+):(\d+):(\d+) (error|warning|info) ([a-z-]+) (.+)$/u;

describe.concurrent('gongbao parse', () => {
  it('parses one 公文 and prints the library result as JSON', async () => {
    const path = file('notice.txt', NOTICE);
    const run = await gongbao(['parse', path, '--document', '--json']);
    expect(run.status).toBe(0);
    expect(json(run)).toEqual(viaJson(parseDocument(NOTICE)));
    const facts = await gongbao(['parse', path, '--document']);
    expect(facts.stdout).toMatch(/发文字号 +长政函〔2024〕31号/u);
  });

  it('parses a text of several 公文 as parseDocuments does (--documents); --document points to it', async () => {
    const second = NOTICE.replaceAll('某某', '某乙').replace('31号', '32号').replace('6月5日', '6月6日');
    const text = `${NOTICE}\n\n${second}\n`;
    const path = file('two.txt', text);
    const expected = parseDocuments(text);
    expect(expected).toHaveLength(2);
    const run = await gongbao(['parse', path, '--documents', '--json']);
    expect(run.status).toBe(0);
    expect(json(run)).toEqual(viaJson(expected));
    expect(json(await gongbao(['parse', '-', '--documents', '--json'], { input: text }))).toEqual(viaJson(expected));
    const facts = await gongbao(['parse', path, '--documents']);
    expect(facts.status).toBe(0);
    expect(facts.stdout.split('\n')[0]).toBe('2 documents');
    expect(facts.stdout).toMatch(/发文字号 +长政函〔2024〕31号/u);
    expect(facts.stdout).toMatch(/发文字号 +长政函〔2024〕32号/u);
    const one = await gongbao(['parse', path, '--document']);
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/^.+two\.txt:9:1 error multiple-documents /mu);
    expect(one.stderr).toContain('--documents reads each');
    expect(json(await gongbao(['parse', path, '--document', '--json']))).toEqual(viaJson(parseDocument(text)));
    const both = await gongbao(['parse', path, '--document', '--documents']);
    expect(both.status).toBe(2);
  });

  it('parses the gazette source as parseGazette does, with diagnostics like a compiler on stderr', async () => {
    const run = await gongbao(['parse', SOURCE, '--json', '--info']);
    expect(run.status).toBe(0);
    const expected = parseGazette(readFileSync(SOURCE, 'utf8'));
    expect(json(run)).toEqual(viaJson(expected));
    const lines = run.stderr.trimEnd().split('\n');
    const summary = lines.pop();
    expect(lines).toHaveLength(expected.diagnostics.length);
    for (const line of lines) {
      const [, name, lineNo, , severity, code] = DIAGNOSTIC.exec(line) ?? [];
      expect(name, line).toBe(SOURCE);
      expect(
        expected.diagnostics.some((d) => d.code === code && d.severity === severity && d.range.line === Number(lineNo)),
      ).toBe(true);
    }
    expect(summary).toMatch(/^0 errors, \d+ warnings, \d+ infos$/u);
    expect(lines.find((l) => l.includes('number-outside-bracket'))).toMatch(/:716:41 warning number-outside-bracket /u);
  });

  it('hides info diagnostics unless --info, and reads stdin as -', async () => {
    const run = await gongbao(['parse', '-'], { input: readFileSync(SOURCE) });
    expect(run.stdout.split('\n')[0]).toBe('《长治市人民政府公报》2024年第3期（总第27期）');
    expect(run.stderr).not.toMatch(/ info /u);
    expect(run.stderr).toMatch(/^<stdin>:\d+:\d+ warning /mu);
    expect(run.stderr).toMatch(/infos \(--info shows them\)\n$/u);
  });

  it('exits 1 when there are error diagnostics, and still writes the result', async () => {
    const out = join(dir, 'result.json');
    const run = await gongbao(['parse', file('not-a-gazette.txt', NOTICE), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^.+not-a-gazette\.txt:1:1 error schema-invalid /mu);
    expect(run.stderr).toContain(`wrote ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(viaJson(parseGazette(NOTICE)));
  });

  it('gives a one-line error naming the path for a missing, empty, binary or undecodable file', async () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.txt'), /missing\.txt: no such file/u],
      [dir, /: is a directory/u],
      [file('empty.txt', '\n\n'), /empty\.txt: the file is empty/u],
      [
        file('binary.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])),
        /binary\.bin: a binary file \(a NUL byte at offset 4\)/u,
      ],
      [
        file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
        /latin1\.txt: not valid utf-8 text.*--encoding gb18030/u,
      ],
    ];
    for (const [path, message] of cases) {
      const run = await gongbao(['parse', path]);
      expect(run.status, path).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0], path).toMatch(message);
    }
    expect((await gongbao(['parse', SOURCE, '--encoding', 'klingon'])).status).toBe(2);
  });

  it('decodes UTF-16 with a byte-order mark and other encodings with --encoding', async () => {
    const utf16 = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTICE, 'utf16le')]));
    expect(json(await gongbao(['parse', utf16, '--document', '--json']))).toEqual(viaJson(parseDocument(NOTICE)));
    const latin1 = file('latin1-notice.txt', Buffer.from('caf\u00e9\n', 'latin1'));
    const run = await gongbao(['dates', latin1, '--encoding', 'latin1']);
    expect(run.status).toBe(0);
  });

  it('fails with a one-line message when --out cannot be written', async () => {
    const run = await gongbao(['parse', file('n.txt', NOTICE), '--document', '--out', join(dir, 'no/such/dir.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no\/such\/dir\.json: cannot write/u);
  });
});

describe.concurrent('gongbao validate', () => {
  it('accepts what the other commands print: a document, a list of documents, a table, a parse result', async () => {
    const doc = file('doc.json', JSON.stringify(getDocument('长政发-2024-5')));
    expect(await gongbao(['validate', doc])).toEqual({ status: 0, stdout: `✓ ${doc}: valid Document\n`, stderr: '' });
    const list = await gongbao(['list', '--json']);
    expect((await gongbao(['validate', '-'], { input: list.stdout })).stdout).toBe(
      '✓ <stdin>: valid Document (17 items)\n',
    );
    const table = file('table.json', JSON.stringify(getTable('fire-stations')));
    expect((await gongbao(['validate', table])).stdout).toContain('valid Table');
    const parsed = await gongbao(['parse', SOURCE, '--json']);
    expect((await gongbao(['validate', '-'], { input: parsed.stdout })).stdout).toBe('✓ <stdin>: valid GazetteIssue\n');
  });

  it('prints each issue with its JSON path and exits 1', async () => {
    const broken = structuredClone(getDocument('长政发-2024-5')) as unknown as Record<string, unknown> & {
      issuers: { name: string }[];
    };
    broken.writtenDate = '2024-02-30';
    broken.issuers[0] = { name: '' };
    const path = file('broken.json', JSON.stringify(broken));
    const run = await gongbao(['validate', path, '--json']);
    expect(run.status).toBe(1);
    const result = json(run) as { valid: boolean; issues: { path: string }[] };
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['$.writtenDate', '$.issuers[0].name']));
    const plain = await gongbao(['validate', path]);
    expect(plain.stdout).toContain(`${path}: $.writtenDate: `);
  });

  it('fails with the line and column of a JSON syntax error, and asks for --schema when it cannot tell', async () => {
    const run = await gongbao(['validate', file('bad.json', '{\n  "a": 1,\n}')]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(/bad\.json: not JSON at line 3, column 1/u);
    const unknown = await gongbao(['validate', file('other.json', '{"hello": "world"}')]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--schema issue | document | document-draft | table');
    const forced = await gongbao(['validate', file('other2.json', '{"hello": "world"}'), '--schema', 'table']);
    expect(forced.status).toBe(1);
    expect(forced.stdout).toMatch(/\$\.id: /u);
  });
});
