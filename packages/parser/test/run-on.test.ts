import { parseDocument } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from '../src/internal/run-on.js';
import { scanLines } from '../src/internal/scan.js';
import { factsOf, realDocuments } from './helpers/facts.js';
import { superLinear } from './helpers/scaling.js';

/**
 * Web copies whose paragraphs lost their line breaks (the whole document on one line, paragraphs
 * separated by spaces): read as the same document with its line breaks.
 */
const facts = (text: string) => factsOf(parseDocument(text).document);

const BODY =
  '为提高政府保障公共安全和处置突发公共事件的能力，最大程度地预防和减少突发公共事件及其造成的损害，保障公众的生命财产安全，维护社会稳定，经研究，制定《某镇突发公共事件总体应急预案》，现印发给你们，请根据本预案的要求制定切实可行的专项应急预案。';

const NOTICE = [
  '某镇人民政府关于印发某镇突发公共事件总体应急预案的通知',
  '某镇政〔2020〕72号',
  '各科室，各站所，各村：',
  BODY,
  '附件：某镇突发公共事件总体应急预案',
  '某市某区某镇人民政府',
  '2020年10月22日',
  '（此件公开发布）',
  '某镇突发公共事件总体应急预案',
  '1.总则',
  '1.1目的依据',
  '为了提高处置突发公共事件的能力，制定本预案。',
];

const JOINT = [
  '舟财农〔2019〕52号',
  '舟山市财政局 舟山市农业农村局关于下达2019年第三批市级美丽乡村建设专项资金的通知',
  '各有关县(区)财政局、农业农村局:',
  `现将2019年度第三批市级美丽乡村建设专项资金下达给你们。${BODY.slice(0, 120)}。`,
  '附件:',
  '1.资金分配表',
  '2.项目清单',
  '舟山市财政局 舟山市农业农村局',
  '2019年12月 12日',
];

const ORDER = [
  '某市人民政府令',
  '第48号',
  `《某市城市管理办法》已经2008年9月24日市政府第90次常务会议通过，现予公布，自公布之日起施行。${BODY.slice(0, 100)}。`,
  '市长: 何 健',
  '二○○八年十月十三日',
  '第一章 总则',
  '第一条 为了加强城市管理，制定本办法。',
];

/** What separates the paragraphs of a web copy that lost its line breaks. */
const gap = fc.constantFrom(' ', '  ', '\u3000', ' \u00a0 ', '\u3000\u3000');

describe('a document on one line', () => {
  it('reads the facts of each layout as from its lines', () => {
    for (const lines of [NOTICE, JOINT, ORDER]) {
      const expected = facts(lines.join('\n'));
      expect(facts(lines.join(' '))).toEqual(expected);
    }
    // What the lines give (so that the comparison above is about something).
    expect(facts(NOTICE.join(' '))).toMatchObject({
      title: NOTICE[0],
      docNumber: '某镇政〔2020〕72号',
      addressees: ['各科室', '各站所', '各村'],
      signatories: ['某市某区某镇人民政府'],
      writtenDate: '2020-10-22',
      disclosure: 'public',
      attachments: ['某镇突发公共事件总体应急预案'],
    });
    expect(facts(JOINT.join(' '))).toMatchObject({
      signatories: ['舟山市财政局', '舟山市农业农村局'],
      writtenDate: '2019-12-12',
      attachments: ['1.资金分配表', '2.项目清单'],
    });
    expect(facts(ORDER.join(' '))).toMatchObject({ signatories: ['市长:何健'], writtenDate: '2008-10-13' });
  });

  it('reads the same facts whatever spaces stand between the paragraphs (property)', () => {
    const expected = facts(NOTICE.join('\n'));
    fc.assert(
      fc.property(fc.array(gap, { minLength: NOTICE.length - 1, maxLength: NOTICE.length - 1 }), (gaps) => {
        const text = NOTICE.map((line, k) => (k === 0 ? line : `${gaps[k - 1]}${line}`)).join('');
        expect(facts(text)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the spaces inside a sentence', () => {
    const spaced = NOTICE.map((line) => (line === BODY ? `长治市 2024 年 ${BODY}` : line)).join(' ');
    const lines = splitRunOnLines(scanLines(spaced));
    expect(lines.some((l) => l.text.startsWith('长治市 2024 年 为提高'))).toBe(true);
  });

  it('gives each piece its own place in the source', () => {
    const text = NOTICE.join(' ');
    for (const line of splitRunOnLines(scanLines(text))) {
      expect(text.slice(line.start, line.end)).toBe(line.text);
      expect(line.line).toBe(1);
    }
  });
});

describe('a document with its line breaks', () => {
  /** Lines a document with line breaks has, long paragraphs with spaces in them among them. */
  const line = fc.constantFrom(
    ...NOTICE,
    ...JOINT,
    ...ORDER,
    `${BODY} 附件 1 所列的单位 2020年10月22日 前报送。`,
    `长治市 2024 年 ${BODY} ${BODY}`,
    `一、总体要求 ${BODY} （一）工作原则 ${BODY}`,
  );

  it('is never cut (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const scanned = scanLines(lines.join('\n'));
        expect(splitRunOnLines(scanned)).toBe(scanned);
      }),
    );
  });

  it('is never cut: the real documents that have their line breaks', () => {
    for (const doc of realDocuments()) {
      if (doc.layouts.includes('text-on-one-line')) continue;
      const scanned = scanLines(doc.text);
      expect(splitRunOnLines(scanned), doc.id).toBe(scanned);
    }
  });
});

describe('cutting a line', () => {
  /** One line of n characters: words between spaces that are (or nearly are) structural points. */
  const line = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));
  const inputs = {
    'a document on one line, repeated': line(`${NOTICE.join(' ')} `),
    'single characters between spaces': line('中 '),
    'sentences between spaces': line('中。 '),
    'signatures and dates': line('某市人民政府 2020年1月2日 '),
    'attachment labels': line('附件 '),
    'outline markers': line('1.总则 '),
    'years without dates': line('2020年 某市人民政府 '),
  };

  it('takes linear time', { timeout: 120_000 }, () => {
    expect(superLinear(inputs, (text) => splitRunOnLines(scanLines(text)), 40_000)).toEqual([]);
  });

  it('cuts the repeated document (what the timing is about)', () => {
    const text = (inputs['a document on one line, repeated'] as (n: number) => string)(2000);
    expect(splitRunOnLines(scanLines(text)).length).toBeGreaterThan(20);
  });
});
