import { createCalendar, type HolidayArrangementInput, prcCalendar } from '@gongbao/utils/calendar';
import { describe, expect, it } from 'vitest';
import { parseErrorOf } from '../helpers.js';

/** A hand-written arrangement of `year`: days off `off` (each a one-day holiday), working days `work`. */
const arrangement = (
  year: number,
  off: string[],
  work: string[] = [],
  amendment?: boolean,
): HolidayArrangementInput => ({
  year,
  holidays: off.map((day) => ({ start: day, end: day })),
  workdays: work,
  ...(amendment && { amendment }),
});

describe('createCalendar checks the arrangements it is given', () => {
  it('applies days off, working days and amendments over weekdays and weekends', () => {
    // 2030-01-05 is a Saturday, 2030-01-07 a Monday.
    const calendar = createCalendar([
      arrangement(2030, ['2030-01-07'], ['2030-01-05']),
      arrangement(2030, ['2030-01-08'], ['2030-01-06'], true),
      arrangement(2031, []),
    ]);
    expect(calendar.coverage).toEqual({ from: '2030-01-01', to: '2031-12-31' });
    expect(['2030-01-05', '2030-01-06', '2030-01-07', '2030-01-08', '2030-01-09'].map(calendar.dayType)).toEqual([
      'makeup-workday',
      'makeup-workday',
      'holiday',
      'holiday',
      'workday',
    ]);
    expect(calendar.countWorkingDays('2030-01-05', '2030-01-09')).toBe(3);
  });

  it('takes a year again only as it is', () => {
    const once = createCalendar([arrangement(2030, ['2030-01-07'])]);
    const twice = createCalendar([arrangement(2030, ['2030-01-07']), arrangement(2030, ['2030-01-07'])]);
    expect(twice.coverage).toEqual(once.coverage);
    expect(twice.isWorkingDay('2030-01-07')).toBe(false);
    const error = parseErrorOf(() =>
      createCalendar([arrangement(2030, ['2030-01-07']), arrangement(2030, ['2030-01-08'])]),
    );
    expect(error).toMatchObject({ code: 'CONFLICTING_ARRANGEMENTS', input: '2030' });
  });

  it('throws the documented codes for what cannot be a calendar', () => {
    expect(parseErrorOf(() => createCalendar([])).code).toBe('EMPTY_CALENDAR');
    expect(parseErrorOf(() => createCalendar([arrangement(2030, []), arrangement(2032, [])]))).toMatchObject({
      code: 'NOT_CONSECUTIVE',
      input: '2030',
    });
    expect(parseErrorOf(() => createCalendar([arrangement(2030, ['2030-02-30'])]))).toMatchObject({
      code: 'MALFORMED_ARRANGEMENT',
      input: '2030',
    });
    expect(parseErrorOf(() => createCalendar([arrangement(2030, [], ['2030-1-5'])])).code).toBe(
      'MALFORMED_ARRANGEMENT',
    );
    expect(parseErrorOf(() => createCalendar([arrangement(20.5, [])])).code).toBe('MALFORMED_ARRANGEMENT');
    // One notice that makes a day both a day off and a working day.
    expect(parseErrorOf(() => createCalendar([arrangement(2030, ['2030-01-05'], ['2030-01-05'])])).code).toBe(
      'CONFLICTING_ARRANGEMENTS',
    );
    // Two years' notices that arrange one day differently (元旦 of 2031 from 2030-12-28, worked in 2030's).
    const error = parseErrorOf(() =>
      createCalendar([arrangement(2030, [], ['2030-12-28']), arrangement(2031, ['2030-12-28'])]),
    );
    expect(error).toMatchObject({ code: 'CONFLICTING_ARRANGEMENTS', input: '2031' });
    expect(error.message).toContain('2030-12-28');
    // An amendment of a year no notice arranges.
    expect(parseErrorOf(() => createCalendar([arrangement(2030, []), arrangement(2031, [], [], true)]))).toMatchObject({
      code: 'CONFLICTING_ARRANGEMENTS',
      input: '2031',
    });
  });

  it('extends the built-in calendar with an amendment given twice as one', () => {
    const amendment = arrangement(2026, ['2026-12-30'], [], true);
    const calendar = prcCalendar.extend(amendment, amendment);
    expect(calendar.dayType('2026-12-30')).toBe('holiday');
    expect(prcCalendar.dayType('2026-12-30')).toBe('workday');
    expect(calendar.countWorkingDays('2026-12-28', '2026-12-31')).toBe(
      prcCalendar.countWorkingDays('2026-12-28', '2026-12-31') - 1,
    );
  });
});

describe('calendars are immutable values', () => {
  const calendars = {
    prcCalendar,
    'prcCalendar.extend': prcCalendar.extend(arrangement(2027, ['2027-01-01'])),
    createCalendar: createCalendar([arrangement(2030, ['2030-01-07'])]),
  };
  for (const [name, calendar] of Object.entries(calendars)) {
    it(`${name}: assigning a query or the coverage throws and changes nothing`, () => {
      const isWorkingDay = calendar.isWorkingDay;
      const coverage = { ...calendar.coverage };
      expect(() => {
        (calendar as { isWorkingDay: unknown }).isWorkingDay = () => true;
      }).toThrow(TypeError);
      expect(() => {
        (calendar.coverage as { to: string }).to = '9999-12-31';
      }).toThrow(TypeError);
      expect(calendar.isWorkingDay).toBe(isWorkingDay);
      expect(calendar.coverage).toEqual(coverage);
      // The coverage is a data property, like the queries (what a spread or JSON sees).
      expect(Object.keys(calendar)).toContain('coverage');
    });
  }
});
