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
