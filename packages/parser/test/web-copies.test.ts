import { parseDocument } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { scanLines } from '../src/internal/scan.js';
import { factsOf } from './helpers/facts.js';

/** Layouts of documents copied from web pages: HTML paragraphs, the site's issuer line and heading strip. */
const facts = (text: string) => factsOf(parseDocument(text).document);

const DOC = [
  '某市人民政府关于某事的通知',
  '某政发〔2024〕5号',
  '各县（区）人民政府，市直各部门：',
  '现将有关事项通知如下，请认真贯彻执行。',
  '某市人民政府',
  '2024年5月6日',
  '（此件公开发布）',
];

describe('HTML paragraphs on one line', () => {
  it('reads each <p> (and <br>) as its own line, with its place in the source', () => {
    const text = `<p>甲。</p><p style="text-align: right;"> 乙</p><br/><div>丙</div>`;
    const lines = scanLines(text);
    expect(lines.map((l) => l.text)).toEqual(['甲。', '乙', '丙']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(new Set(lines.map((l) => l.line))).toEqual(new Set([1]));
  });

  it('reads a document whose paragraphs are <p> elements of one line as from its lines', () => {
    const html = DOC.map((line) => `<p>${line}</p>`).join('');
    expect(facts(html)).toEqual(facts(DOC.join('\n')));
    expect(facts(html)).toMatchObject({
      signatories: ['某市人民政府'],
      writtenDate: '2024-05-06',
      disclosure: 'public',
    });
  });

  it('keeps a line without block tags as one line', () => {
    expect(scanLines('<b>一、</b>总体要求 <span>甲</span>').map((l) => l.text)).toEqual(['一、总体要求 甲']);
  });
});

describe('the issuer line of a law site', () => {
  const page = (gap: string) =>
    [
      '江西省某市人民政府办公室',
      gap,
      '关于印发某办法的通知',
      '（某府发〔2003〕37号）',
      ...DOC.slice(2, 4),
      '二OO三年十二月四日',
    ].join('\n');

  it('is no part of the title when two blank lines set it apart', () => {
    expect(facts(page('\n'))).toMatchObject({
      title: '关于印发某办法的通知',
      issuers: ['江西省某市人民政府办公室'],
      writtenDate: '2003-12-04',
    });
  });

  it('starts the title when it stands right above it (a title over two lines)', () => {
    expect(facts(page('')).title).toBe('江西省某市人民政府办公室关于印发某办法的通知');
  });
});

describe("a web page's heading strip over the document", () => {
  const strip = [DOC[0] as string, DOC[1] as string, '2024年5月6日', '发布机关:某市人民政府'];

  it('is no document of its own, and 发布机关 is no addressee', () => {
    const { document, diagnostics } = parseDocument([...strip, ...DOC].join('\n'));
    expect(diagnostics.map((d) => d.code)).not.toContain('multiple-documents');
    expect(factsOf(document)).toEqual(facts(DOC.join('\n')));
  });

  it('still splits two copies of a document that both have a text', () => {
    const { diagnostics } = parseDocument([...DOC, ...DOC].join('\n'));
    expect(diagnostics.map((d) => d.code)).toContain('multiple-documents');
  });
});
