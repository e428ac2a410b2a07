/**
 * Issue #12: one head finder for parseDocument, parseDocuments and parseGazette — a 令 (its header
 * over 第N号, or a number line naming its issuer) and a 1980s bracketed number line head a document
 * as a whole 发文字号 under a title does. Inputs are real documents glued together.
 */
import { parseDocument, parseDocuments, parseGazette } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realDocuments } from './helpers/facts.js';
import { source } from './helpers/source.js';

const real = new Map(realDocuments().map((doc) => [doc.id, doc]));
const doc = (id: string) => {
  const found = real.get(id);
  if (!found) throw new Error(`no real document ${id}`);
  return found;
};
// 令 of three forms — header over 第N号 (国务院, 内蒙古), the number naming its issuer on one line
// (东莞), a number under a title (河北) — and a 1980s notice numbered in brackets with its date.
const IDS = ['neimenggu-ling-82', 'guowuyuan-ling-238', 'dongguan-ling-123', 'hebei-ling-15', 'shangjian-1989'];

describe('parseDocuments splits at every kind of head', () => {
  it('returns each of the glued 令 and the bracketed notice, with its number and date as read alone', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(IDS, { minLength: 2 }), fc.constantFrom('\n', '\n\n\n'), (ids, glue) => {
        const results = parseDocuments(ids.map((id) => doc(id).text).join(glue));
        expect(results.map((r) => r.document.docNumber?.canonical ?? null)).toEqual(
          ids.map((id) => doc(id).expected.docNumber),
        );
        expect(results.map((r) => r.document.writtenDate ?? null)).toEqual(
          ids.map((id) => doc(id).expected.writtenDate),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('parseDocument reads the first and reports multiple-documents at each further 令 head', () => {
    const ids = ['guowuyuan-ling-238', 'neimenggu-ling-82', 'dongguan-ling-123'];
    const texts = ids.map((id) => doc(id).text);
    const text = texts.join('\n');
    const { document, diagnostics } = parseDocument(text);
    expect(document.docNumber?.canonical).toBe(doc(ids[0] as string).expected.docNumber);
    const multiple = diagnostics.filter((d) => d.code === 'multiple-documents');
    expect(multiple).toHaveLength(2);
    // Each range is inside the text of the document it reports, on its 令's number.
    let from = 0;
    for (const [k, d] of multiple.entries()) {
      from += (texts[k] as string).length + 1;
      expect(d.range.start).toBeGreaterThanOrEqual(from);
      expect(d.range.end).toBeLessThanOrEqual(from + (texts[k + 1] as string).length);
      expect(text.slice(d.range.start, d.range.end)).toMatch(/令[\s\S]*第\s*\d+\s*号$/u);
    }
  });

  it('a 令 alone is one document', () => {
    for (const id of IDS) expect(parseDocuments(doc(id).text), id).toHaveLength(1);
  });
});

describe('a document without 发文字号 before the first head', () => {
  // A 通告 without number (its head is not one the finder knows), then a 批复 with one.
  const tonggao = [
    '长治市人民政府关于禁止燃放烟花爆竹的通告',
    '',
    '为了保障公共安全，现通告如下：',
    '',
    '一、市区禁止燃放烟花爆竹。',
    '',
    '二、本通告自发布之日起施行。',
    '',
    '长治市人民政府',
    '',
    '2024年1月5日',
    '',
  ].join('\n');
  const pifu = [
    '长治市人民政府关于同意设立某某的批复',
    '长政函〔2024〕31号',
    '市民政局：',
    '你局《关于设立某某的请示》收悉。经研究，同意设立。',
    '长治市人民政府',
    '2024年6月5日',
    '（此件公开发布）',
  ].join('\n');

  it('ends where its signature and date end it: the head after it starts a document of its own', () => {
    const results = parseDocuments(`${tonggao}\n${pifu}`);
    expect(results.map((r) => r.document.writtenDate)).toEqual([
      parseDocument(tonggao).document.writtenDate,
      parseDocument(pifu).document.writtenDate,
    ]);
    expect(results[1]?.document.docNumber?.canonical).toBe('长政函〔2024〕31号');
    const { diagnostics } = parseDocument(`${tonggao}\n${pifu}`);
    const multiple = diagnostics.filter((d) => d.code === 'multiple-documents');
    expect(multiple.map((d) => d.range.start)).toEqual([tonggao.length + 1]);
  });

  it('a page above the head that ends no document (navigation, a date, no signature) stays one document', () => {
    const page = ['首页 > 政府信息公开 > 政策文件', '', '发布时间：2024年6月5日', '', '字号：大 中 小', ''].join('\n');
    expect(parseDocuments(`${page}\n${pifu}`)).toHaveLength(1);
  });
});

describe('parseGazette finds a 令 from its head, not only from 发文字号 lines', () => {
  // The issue with a 令 put in after its first document; the TOC has no line for it.
  const order = [
    '长治市人民政府令',
    '',
    '第9号',
    '',
    '《长治市某某管理办法》已经2024年5月20日市人民政府第30次常务会议通过，现予公布，自2024年7月1日起施行。',
    '',
    '市长 某某',
    '',
    '2024年5月28日',
    '',
    '长治市某某管理办法',
    '',
    '第一条 为了加强某某管理，制定本办法。',
    '',
    '第二条 本办法自2024年7月1日起施行。',
    '',
    '',
  ].join('\n');
  const { issue: plain } = parseGazette(source);
  const second = plain.documents[1]?.source?.start ?? 0;
  const withOrder = source.slice(0, second) + order + source.slice(second);

  it('is its own document, with a toc-missing-entry diagnostic, the documents around it unchanged', () => {
    const { issue, diagnostics } = parseGazette(withOrder, { validate: false });
    const numbers = issue.documents.map((d) => d.docNumber?.canonical);
    expect(numbers).toEqual([
      plain.documents[0]?.docNumber.canonical,
      '长治市人民政府令第9号',
      ...plain.documents.slice(1).map((d) => d.docNumber.canonical),
    ]);
    const ordered = issue.documents[1];
    expect(ordered?.writtenDate).toBe('2024-05-28');
    expect(ordered?.source?.start).toBe(second);
    // The first document ends before the 令: its body, signature and date are not appended to it.
    expect(issue.documents[0]?.writtenDate).toBe(plain.documents[0]?.writtenDate);
    expect(issue.documents[0]?.source?.end).toBeLessThanOrEqual(second);
    const missing = diagnostics.filter((d) => d.code === 'toc-missing-entry');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.range.start).toBeGreaterThanOrEqual(second);
    expect(missing[0]?.range.start).toBeLessThan(second + order.length);
  });

  it('a 1980s notice numbered in brackets with its date is its own document, dated from the brackets', () => {
    const notice = doc('shangjian-1989').text;
    // The notice from its printed title on (the page's navigation left out).
    const title = '国家商检局关于进一步做好质量监督员试点工作的通知   ';
    const text = `${notice.slice(notice.lastIndexOf(title))}\n\n`;
    const { issue } = parseGazette(source.slice(0, second) + text + source.slice(second), { validate: false });
    const inserted = issue.documents[1];
    expect(inserted?.docNumber?.canonical).toBe(doc('shangjian-1989').expected.docNumber);
    expect(inserted?.writtenDate).toBe(doc('shangjian-1989').expected.writtenDate);
    expect(issue.documents.slice(2).map((d) => d.docNumber?.canonical)).toEqual(
      plain.documents.slice(1).map((d) => d.docNumber.canonical),
    );
  });
});

describe('a document of a gazette whose 发文字号 line is missing', () => {
  const { issue: plain } = parseGazette(source);
  const numbers = plain.documents.map((d) => d.docNumber.canonical);
  const lines = source.split('\n');
  // The line of each document's 发文字号, as printed (长政函[2024]30号, 长政规〔2024〕1 号 …).
  const numberLines = plain.documents.map((d) => {
    const at = lines.findIndex((line, i) => {
      const start = lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0);
      return start >= (d.source?.start ?? 0) && /^\S+[〔[]\d{4}[〕\]]\d+ ?号$/u.test(line.trim());
    });
    if (at === -1) throw new Error(`no number line for ${d.docNumber.canonical}`);
    return at;
  });

  it('is found from its TOC title and keeps the TOC number (no-document-number), nothing merged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: numberLines.length - 1 }), (d) => {
        const text = lines.filter((_, i) => i !== numberLines[d]).join('\n');
        const { issue, diagnostics } = parseGazette(text);
        expect(issue.documents.map((doc) => doc.docNumber?.canonical)).toEqual(numbers);
        expect(issue.documents.map((doc) => doc.writtenDate)).toEqual(plain.documents.map((doc) => doc.writtenDate));
        const codes = diagnostics.map((x) => x.code);
        expect(codes).not.toContain('toc-unmatched');
        const reported = diagnostics.filter((x) => x.code === 'no-document-number');
        expect(reported).toHaveLength(1);
        expect(reported[0]?.message).toContain(numbers[d]);
        const start = issue.documents[d]?.source?.start ?? -1;
        expect(reported[0]?.range.start).toBe(start);
      }),
      { numRuns: 17 },
    );
  });
});

describe('a 公告 or 令 numbered under its header with the year', () => {
  const gonggao = (serial: string, n: number) =>
    [
      '某市人民政府公告',
      serial.replace('N', String(n)),
      '根据有关规定，现将有关事项公告如下：',
      '一、事项一。',
      '特此公告。',
      '某市人民政府',
      '2024年3月2日',
    ].join('\n');
  const forms = ['〔2024〕第N号', '（2024）第N号', '[2024]第N号', '2024年第N号', '第N号'];

  it('reads its title and number (it had no title at all), alone and glued to others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...forms), fc.integer({ min: 1, max: 99 })), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('\n', '\n\n'),
        (parts, glue) => {
          const results = parseDocuments(parts.map(([form, n]) => gonggao(form, n)).join(glue));
          expect(results.map((r) => r.document.title)).toEqual(parts.map(() => '某市人民政府公告'));
          expect(results.map((r) => r.document.docNumber?.canonical)).toEqual(
            parts.map(([form, n]) =>
              form === '第N号' ? `某市人民政府公告第${n}号` : `某市人民政府公告〔2024〕${n}号`,
            ),
          );
          for (const r of results) expect(r.complete).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
    expect(parseDocument(gonggao('〔2024〕第N号', 3)).document.docNumber?.raw).toBe('某市人民政府公告 〔2024〕第3号');
  });
});
