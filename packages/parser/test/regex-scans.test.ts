/**
 * The scans that replaced polynomial regular expressions read exactly what the old patterns read:
 * fast-check compares them on strings of the characters that matter (the old patterns live here,
 * in the test, where they only see short strings).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLabel } from '../src/internal/attachment-list.js';
import { unitOf } from '../src/internal/table-rows.js';
import { splitPage } from '../src/internal/toc.js';
import { findClause, findUndatedClause } from '../src/internal/validity-clause.js';

const NOUNS =
  '(?:办法|细则|方案|规定|意见|通知|决定|规则|制度|规划|条例|措施|计划|标准|指引|指南|实施意见|实施方案|命令|令|公告|通告)';
const SUBJECT = `本(?:[\\p{Script=Han}]{0,10}?)${NOUNS}`;
const OLD_CLAUSE = new RegExp(
  `${SUBJECT}[^。；;]*?自\\s*([^。；;起]{1,30}?)\\s*起\\s*(?:施行|执行|实施|生效)([^。]*)`,
  'u',
);
const OLD_UNDATED = new RegExp(`${SUBJECT}(?:的)?(?:实施|施行|执行|有效)(?:时间|日期|期限)[^。]*`, 'u');
const OLD_PAGE = /^(.*?)(?:\s*[.．。·•…⋯\-—_]{2,}\s*|\s+)(\d{1,4})$/u;
const OLD_UNIT = /^(.*?)\s*[（(]\s*([^()（）\d]{1,6})\s*[）)]\s*$/u;
const OLD_LABEL = /^附\s*件\s*(\d{1,3})?\s*(?:[:：]\s*(.*)|\s+(\D.*))?$/u;

const text = (units: string[], maxLength = 60) => fc.string({ unit: fc.constantFrom(...units), maxLength });

describe('scans read what the old patterns read', () => {
  it('the validity clause', () => {
    const units = [
      '本',
      '办法',
      '方案',
      '实施',
      '令',
      '市',
      '自',
      '起',
      '施行',
      '生效',
      '2024年',
      '。',
      '；',
      '，',
      ' ',
      '\t',
      '有效期',
      '5年',
      'x',
    ];
    fc.assert(
      fc.property(text(units), (t) => {
        const m = OLD_CLAUSE.exec(t);
        const found = findClause(t);
        expect(found && { index: found.index, text: found.text, when: found.when.trim(), rest: found.rest }).toEqual(
          m ? { index: m.index, text: m[0], when: (m[1] as string).trim(), rest: m[2] } : undefined,
        );
      }),
      { numRuns: 3000 },
    );
    expect(findClause('本办法自2024年6月1日起施行，有效期5年。')).toEqual({
      index: 0,
      text: '本办法自2024年6月1日起施行，有效期5年',
      when: '2024年6月1日',
      rest: '，有效期5年',
    });
  });

  it('the undated clause', () => {
    const units = ['本', '方案', '的', '实施', '时间', '期限', '市', '。', '与', ' '];
    fc.assert(
      fc.property(text(units), (t) => {
        const m = OLD_UNDATED.exec(t);
        expect(findUndatedClause(t)).toEqual(m ? { index: m.index, text: m[0] } : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('the page number of a TOC line', () => {
    const units = ['标题', '.', '…', '—', ' ', '\u3000', '1', '2', '3', '(', '号'];
    fc.assert(
      fc.property(text(units, 20), (t) => {
        const m = OLD_PAGE.exec(t);
        expect(splitPage(t)).toEqual(m ? { body: m[1], page: Number(m[2]) } : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('the unit of a header cell', () => {
    const units = ['数量', '辆', '(', ')', '（', '）', ' ', '1', '万元'];
    fc.assert(
      fc.property(text(units, 16), (t) => {
        const m = OLD_UNIT.exec(t);
        // The old pattern also took a unit of spaces only ((  )); a unit is never blank.
        const expected =
          m && (m[2] as string).trim() !== '' ? { name: m[1], unit: (m[2] as string).trim() } : undefined;
        expect(unitOf(t)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('an attachment label', () => {
    const units = ['附', '件', ' ', '\t', '1', '2', '：', ':', '标题', 'x'];
    fc.assert(
      fc.property(text(units, 12), (t) => {
        const m = OLD_LABEL.exec(t);
        const got = readLabel(t);
        // A title without a number is a 附件说明 list, not a label: attachmentLabelOf drops both alike.
        const norm = (r: { number?: number | undefined; title?: string | undefined } | undefined) => {
          const title = r?.title?.trim() || undefined;
          return r && !(r.number === undefined && title !== undefined) ? { number: r.number, title } : undefined;
        };
        expect(norm(got)).toEqual(
          norm(m ? { ...(m[1] ? { number: Number(m[1]) } : {}), title: m[2] ?? m[3] } : undefined),
        );
      }),
      { numRuns: 5000 },
    );
  });
});
