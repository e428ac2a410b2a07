/**
 * Totals rows: a 小计 is checked against the rows it covers (since the previous totals row or the
 * start of its group), a 合计 against the whole column or the sum of the 小计 rows — tables shaped
 * like the gazette's 项目表 and 统计表.
 */
import { parseDocument } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attached } from './helpers/attached.js';
import { isLinear, scaling } from './helpers/scaling.js';

/** The table of a notice's attachment and its total mismatches. */
function totalsOf(lines: readonly string[]) {
  const { table, diagnostics } = attached(lines);
  return { table, mismatches: diagnostics.filter((d) => d.code === 'table-total-mismatch') };
}

describe('totals rows', () => {
  it('checks each 小计 against its own group and the 合计 against the whole, without false mismatches', () => {
    const { table, mismatches } = totalsOf([
      '2024年重点项目投资计划表',
      '序号\t项目名称\t总投资（万元）\t年度计划（万元）',
      '**一、城市更新**\t\t\t',
      '1\t老旧小区改造\t12000\t3000',
      '2\t背街小巷整治\t4500\t1500',
      '小计\t\t16500\t4500',
      '**二、交通设施**\t\t\t',
      '3\t城区道路提升\t8000\t2000',
      '4\t停车场建设\t2600\t600',
      '5\t公交站亭\t400\t100',
      '小计\t\t11000\t2700',
      '合计\t\t27500\t7200',
    ]);
    expect(table?.rows).toHaveLength(5);
    expect(table?.totals.map((t) => t.label)).toEqual(['小计', '小计', '合计']);
    expect(mismatches).toEqual([]);
  });

  it('reports the 小计 that does not add up to its rows, and only that one', () => {
    const { mismatches } = totalsOf([
      '序号\t县区\t数量（个）',
      '1\t潞州区\t10',
      '2\t上党区\t5',
      '小计\t\t15',
      '3\t屯留区\t7',
      '4\t潞城区\t2',
      '小计\t\t10',
      '合计\t\t25',
    ]);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]?.message).toContain('小计 of 数量 is 10, the rows it covers sum to 9');
  });

  it('accepts a 小计 written at the top of its group (covering the rows below it)', () => {
    const { mismatches } = totalsOf([
      '序号\t项目\t金额（万元）',
      '**一、教育**\t\t',
      '小计\t\t30',
      '1\t甲校\t10',
      '2\t乙校\t20',
      '**二、卫生**\t\t',
      '小计\t\t5',
      '3\t丙院\t5',
      '合计\t\t35',
    ]);
    expect(mismatches).toEqual([]);
  });

  it('reports a 合计 that matches neither the column nor its 小计 rows', () => {
    const { mismatches } = totalsOf(['序号\t数量', '1\t3', '2\t4', '小计\t7', '3\t1', '小计\t1', '合计\t9']);
    expect(mismatches.map((d) => d.message)).toEqual(['合计 of 数量 is 9, the column sums to 8']);
  });

  it('property: groups with true subtotals and a true total never report a mismatch; a wrong subtotal does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.nat(),
        (groups, pick) => {
          const lines = ['序号\t名称\t金额（元）'];
          let n = 0;
          let whole = 0;
          for (const group of groups) {
            for (const v of group) lines.push(`${++n}\t项目${n}\t${v}`);
            const sum = group.reduce((a, b) => a + b, 0);
            lines.push(`小计\t\t${sum}`);
            whole += sum;
          }
          lines.push(`合计\t\t${whole}`);
          expect(totalsOf(lines).mismatches).toEqual([]);
          // One subtotal off by one: exactly that row is reported.
          const subtotalLines = lines.flatMap((l, i) => (l.startsWith('小计') ? [i] : []));
          const at = subtotalLines[pick % subtotalLines.length] as number;
          const wrong = lines.slice();
          wrong[at] = `小计\t\t${Number((lines[at] as string).split('\t')[2]) + 1}`;
          expect(totalsOf(wrong).mismatches.map((d) => d.message.startsWith('小计'))).toEqual([true]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('checks many subtotals in linear time', { timeout: 120_000 }, () => {
    const build = (n: number) =>
      `x\n\n名称\t数量\n${'甲\t1\n乙\t2\n小计\t3\n'.repeat(Math.ceil(n / 15))}合计\t${3 * Math.ceil(n / 15)}\n`;
    const run = (text: string) => {
      const { diagnostics } = parseDocument(text);
      expect(diagnostics.filter((d) => d.code === 'table-total-mismatch')).toEqual([]);
    };
    expect(isLinear(scaling(build, run, 60_000))).toBe(true);
  });
});
