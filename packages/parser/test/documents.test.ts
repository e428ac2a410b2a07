/**
 * Issue #12: several documents in one text are found from the text's own structure —
 * parseDocuments returns each, parseDocument reads the first and reports `multiple-documents`.
 */
import { DIAGNOSTIC_CODES, parseDocument, parseDocuments, parseGazette } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realDocuments } from './helpers/facts.js';
import { fixture, source } from './helpers/source.js';

/** The text of `source` from the line starting with `from` up to the line starting with `to`. */
function between(from: string, to: string): string {
  const start = source.indexOf(from);
  const end = source.indexOf(to, start);
  if (start === -1 || end === -1) throw new Error(`not in the source: ${from} … ${to}`);
  return source.slice(start, end);
}

/** The two 批复 of the issue, as printed: 长政函〔2024〕22号 and 长政函〔2024〕30号. */
const pifu22 = between('## 长治市人民政府 关于长治市现代水网', '## 长治市人民政府 关于八百里浊漳河');
const pifu30 = between('## 长治市人民政府 关于八百里浊漳河', '# 长治市人民政府办公室 关于印发长治市消费帮扶');
const glued = pifu22 + pifu30;

describe('parseDocuments', () => {
  it('returns the two 批复 glued together, each as parseDocument reads it alone', () => {
    const results = parseDocuments(glued);
    expect(results.map((r) => r.document.docNumber?.canonical)).toEqual(['长政函〔2024〕22号', '长政函〔2024〕30号']);
    expect(results.map((r) => r.complete)).toEqual([true, true]);
    expect(results.map((r) => r.document.writtenDate)).toEqual(['2024-05-11', '2024-06-04']);
    const alone = [parseDocument(pifu22).document, parseDocument(pifu30).document];
    for (const [i, result] of results.entries()) {
      const doc = alone[i];
      expect(result.document.title).toBe(doc?.title);
      expect(result.document.enclosures).toEqual([]);
      expect(result.document.body.length).toBe(doc?.body.length);
    }
    // Ranges are offsets into the glued text: the second document starts where 30号's text does.
    expect(results[1]?.document.source?.start).toBe(pifu22.length);
    expect(glued.slice(results[1]?.document.source?.start, results[1]?.document.source?.end)).toBe(pifu30.trimEnd());
    // No error in either: each document reads cleanly.
    for (const r of results) expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('splits any number of glued documents, with any separation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(pifu22, pifu30), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', '\n', '\n\n\n'),
        (parts, glue) => {
          const results = parseDocuments(parts.join(glue));
          expect(results.map((r) => r.document.docNumber?.canonical)).toEqual(
            parts.map((p) => (p === pifu22 ? '长政函〔2024〕22号' : '长政函〔2024〕30号')),
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  // Issue 12: a 通告 without 发文字号 glued after a 批复 came back as the 批复's enclosed text.
  it('splits off a document without 发文字号 wherever it stands (a 通告 after a 批复, one or two title lines)', () => {
    const tonggao = (what: string, twoLines: boolean) => [
      ...(twoLines ? ['某市人民政府', `关于禁止${what}的通告`] : [`某市人民政府关于禁止${what}的通告`]),
      '为了保障公共安全，现通告如下：',
      `一、全市禁止${what}。`,
      '二、本通告自发布之日起施行。',
      '某市人民政府',
      '2024年1月5日',
    ];
    const part = fc.oneof(
      fc
        .constantFrom(pifu22, pifu30)
        .map((text) => ({ text, number: text === pifu22 ? '长政函〔2024〕22号' : '长政函〔2024〕30号' })),
      fc
        .tuple(fc.constantFrom('燃放烟花爆竹', '焚烧秸秆', '捕捞'), fc.boolean(), fc.boolean())
        .map(([what, twoLines, noted]) => ({
          text: [...tonggao(what, twoLines), ...(noted ? ['（此件公开发布）'] : [])].join('\n'),
          number: undefined,
        })),
    );
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n', '\n\n', '\n\n\n'),
        (parts, glue) => {
          const text = parts.map((p) => p.text).join(glue);
          const results = parseDocuments(text);
          expect(results.map((r) => r.document.docNumber?.canonical)).toEqual(parts.map((p) => p.number));
          for (const r of results) expect(r.document.enclosures).toEqual([]);
          const multiple = parseDocument(text).diagnostics.filter((d) => d.code === 'multiple-documents');
          expect(multiple).toHaveLength(parts.length - 1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps what a document publishes after its signature: a plan, or a text it quotes in 《》, is no document', () => {
    const notice = (enclosure: readonly string[]) =>
      [
        '某市人民政府关于印发某某工作方案的通知',
        '某政发〔2024〕1号',
        '各县人民政府：',
        '现将《某市禁止燃放烟花爆竹的通告》印发给你们，请认真贯彻执行。',
        '某市人民政府',
        '2024年1月5日',
        ...enclosure,
      ].join('\n');
    const body = ['第一条 为了保障公共安全，制定本办法。', '第二条 本办法自发布之日起施行。'];
    expect(parseDocuments(notice(['某市某某工作方案', ...body]))).toHaveLength(1);
    expect(parseDocuments(notice(['某市实施意见', ...body]))).toHaveLength(1);
    expect(
      parseDocuments(notice(['某市禁止燃放烟花爆竹的通告', ...body, '某市人民政府', '2024年1月5日'])),
    ).toHaveLength(1);
    // An attached document under its 附件 label stays an attachment.
    expect(
      parseDocuments(notice(['附件', '某市人民政府关于某事的通知', ...body, '某市人民政府', '2024年1月5日'])),
    ).toHaveLength(1);
  });

  it('is one document for a text of one, whatever its enclosures and attachments', () => {
    for (const doc of realDocuments()) expect(parseDocuments(doc.text), doc.id).toHaveLength(1);
    for (const name of ['han.txt', 'joint-notice.md', 'ling.txt', 'pifu.txt', 'yijian.txt'])
      expect(parseDocuments(fixture(name)), name).toHaveLength(1);
  });

  it('gives every document of the issue, split from the text alone', () => {
    const { issue } = parseGazette(source);
    const body = source.slice(issue.documents[0]?.source?.start);
    const results = parseDocuments(body);
    expect(results.map((r) => r.document.docNumber?.canonical)).toEqual(
      issue.documents.map((d) => d.docNumber.canonical),
    );
  });

  it('throws ParseError on no text, like parseDocument', () => {
    expect(() => parseDocuments(' \n')).toThrow(expect.objectContaining({ name: 'ParseError', code: 'EMPTY' }));
  });
});

describe('parseDocument given several documents', () => {
  it('reads the first and reports multiple-documents (error) at the second head', () => {
    const { document, diagnostics } = parseDocument(glued);
    expect(document.docNumber?.canonical).toBe('长政函〔2024〕22号');
    expect(document.enclosures).toEqual([]);
    expect(document.writtenDate).toBe('2024-05-11');
    const multiple = diagnostics.filter((d) => d.code === 'multiple-documents');
    expect(multiple).toHaveLength(1);
    expect(multiple[0]?.severity).toBe('error');
    const { start, end } = multiple[0]?.range ?? { start: 0, end: 0 };
    // The range is the second head: its title line through its 发文字号.
    expect(start).toBe(pifu22.length);
    expect(glued.slice(start, end)).toMatch(/^## 长治市人民政府 关于八百里浊漳河.*长政函\[2024\]30号$/su);
    expect(DIAGNOSTIC_CODES['multiple-documents'].severity).toBe('error');
  });

  it('reports one diagnostic per further document', () => {
    const { diagnostics } = parseDocument(pifu22 + pifu30 + pifu22);
    expect(diagnostics.filter((d) => d.code === 'multiple-documents')).toHaveLength(2);
  });

  it('reports nothing of the kind for one document', () => {
    expect(parseDocument(pifu30).diagnostics.map((d) => d.code)).not.toContain('multiple-documents');
  });
});

describe('a document that forwards or publishes another with its own 发文字号 is one document', () => {
  const forwarded = [
    '长治市人民政府办公室关于转发山西省人民政府关于加强安全生产工作的通知的通知',
    '',
    '长政办发〔2024〕5号',
    '',
    '各县（区）人民政府，市直各有关单位：',
    '',
    '现将《山西省人民政府关于加强安全生产工作的通知》转发给你们，请认真贯彻执行。',
    '',
    '长治市人民政府办公室',
    '',
    '2024年3月1日',
    '',
    '山西省人民政府关于加强安全生产工作的通知',
    '',
    '晋政发〔2024〕1号',
    '',
    '各市人民政府：',
    '',
    '为加强安全生产工作，现通知如下。',
    '',
    '山西省人民政府',
    '',
    '2024年2月1日',
  ].join('\n');

  it('the forwarded notice stays in the forwarding one: no multiple-documents, one result', () => {
    const result = parseDocument(forwarded);
    expect(result.document.docNumber?.canonical).toBe('长政办发〔2024〕5号');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('multiple-documents');
    expect(parseDocuments(forwarded)).toHaveLength(1);
  });

  it('quoted in 《》 alone (a 印发 notice) is enough; an unrelated document after it still splits', () => {
    const published = forwarded.replace(
      '关于转发山西省人民政府关于加强安全生产工作的通知的通知',
      '关于做好安全生产工作的通知',
    );
    expect(parseDocuments(published)).toHaveLength(1);
    expect(parseDocuments(`${forwarded}\n\n${pifu30}`)).toHaveLength(2);
  });
});
