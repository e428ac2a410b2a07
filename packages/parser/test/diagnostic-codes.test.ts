/**
 * Issue 12: DIAGNOSTIC_CODES is shared data the parser reads (each diagnostic's severity comes
 * from it): one importer changing it must not change what every parse reports.
 */
import { DIAGNOSTIC_CODES, parseDocuments } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';

const pifu = (number: string) =>
  ['长治市人民政府关于某规划的批复', number, '市水利局：', '同意。', '长治市人民政府', '2024年5月11日'].join('\n');

describe('DIAGNOSTIC_CODES', () => {
  it('is frozen, each entry too: mutation throws (strict mode) and changes nothing', () => {
    expect(Object.isFrozen(DIAGNOSTIC_CODES)).toBe(true);
    for (const info of Object.values(DIAGNOSTIC_CODES)) expect(Object.isFrozen(info)).toBe(true);
    const codes = DIAGNOSTIC_CODES as unknown as Record<string, { severity: string }>;
    expect(() => {
      (codes['multiple-documents'] as { severity: string }).severity = 'info';
    }).toThrow(TypeError);
    expect(() => {
      codes['made-up'] = { severity: 'error' };
    }).toThrow(TypeError);
    expect(DIAGNOSTIC_CODES['multiple-documents'].severity).toBe('error');
  });

  it('the severity a parse reports is still the documented one', async () => {
    const { parseDocument } = await import('@gongbao/parser');
    const [first] = parseDocument(`${pifu('长政函〔2024〕22号')}\n\n${pifu('长政函〔2024〕30号')}`).diagnostics;
    expect(first).toMatchObject({ code: 'multiple-documents', severity: 'error' });
    expect(parseDocuments(`${pifu('长政函〔2024〕22号')}\n\n${pifu('长政函〔2024〕30号')}`)).toHaveLength(2);
  });
});
