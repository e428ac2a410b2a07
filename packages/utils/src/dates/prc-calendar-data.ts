/**
 * The PRC working-day calendar: each year's official days off (放假) and weekend days worked
 * (调休上班), transcribed from the State Council General Office notice
 * 《国务院办公厅关于XXXX年部分节假日安排的通知》 for that year and from any notice that amended it.
 *
 * This is the only place the calendar's data lives. **To add a year**, append one entry after
 * the last one (years must stay consecutive: the covered range is the first entry's 1 January to
 * the last entry's 31 December) and update the tests' expected coverage. Then check the previous
 * entry: a notice may arrange days at the end of December of the year before (the 2019 and 2023
 * notices start their 元旦 break in December), and those days belong in the new notice's entry,
 * written with a full `YYYYMMDD` date.
 *
 * Format, chosen to stay small in the bundle: `off` and `work` are space-separated days, each
 * `MMDD` (in the entry's year) or `YYYYMMDD` (any year); a range `start-end` includes both ends and
 * its end is `MMDD` in the entry's year. Days outside the covered years are kept as the notice
 * says and ignored by the index. A holiday that the notice joins to a weekend (与周末连休) is
 * recorded as the notice names it (the weekend is a day off anyway).
 *
 * The 2020 Spring Festival extension (国办发明电〔2020〕1号, issued 2020-01-26, for the COVID-19
 * outbreak) is applied: the break runs to 2 February, so Saturday 1 February — a working day
 * under the original notice — is a day off. The extension is the arrangement that was in force;
 * chinese-days and the other calendars we compared made the same choice.
 *
 * @internal
 * @packageDocumentation
 */

/** One year's arrangement. */
export interface YearArrangement {
  /** The year the notice arranges. */
  readonly year: number;
  /** 发文字号 of the notice, then of any notice that amended it. */
  readonly notices: readonly string[];
  /** Days off (放假, including 调休 days), as described above. */
  readonly off: string;
  /** Weekend days worked (调休上班). */
  readonly work: string;
}

export const PRC_CALENDAR: readonly YearArrangement[] = [
  {
    year: 2019,
    // 〔2019〕3号 lengthened Labour Day to 1–4 May, with 28 April and 5 May worked.
    notices: ['国办发明电〔2018〕15号', '国办发明电〔2019〕3号'],
    off: '20181230-0101 0204-0210 0405 0501-0504 0607 0913 1001-1007',
    work: '20181229 0202 0203 0428 0505 0929 1012',
  },
  {
    year: 2020,
    // 〔2020〕1号 extended the Spring Festival to 2 February, so 1 February is no longer worked.
    notices: ['国办发明电〔2019〕16号', '国办发明电〔2020〕1号'],
    off: '0101 0124-0202 0404-0406 0501-0505 0625-0627 1001-1008',
    work: '0119 0426 0509 0628 0927 1010',
  },
  {
    year: 2021,
    notices: ['国办发明电〔2020〕27号'],
    off: '0101-0103 0211-0217 0403-0405 0501-0505 0612-0614 0919-0921 1001-1007',
    work: '0207 0220 0425 0508 0918 0926 1009',
  },
  {
    year: 2022,
    notices: ['国办发明电〔2021〕11号'],
    off: '0101-0103 0131-0206 0403-0405 0430-0504 0603-0605 0910-0912 1001-1007',
    work: '0129 0130 0402 0424 0507 1008 1009',
  },
  {
    year: 2023,
    notices: ['国办发明电〔2022〕16号'],
    off: '20221231-0102 0121-0127 0405 0429-0503 0622-0624 0929-1006',
    work: '0128 0129 0423 0506 0625 1007 1008',
  },
  {
    year: 2024,
    notices: ['国办发明电〔2023〕7号'],
    off: '0101 0210-0217 0404-0406 0501-0505 0610 0915-0917 1001-1007',
    work: '0204 0218 0407 0428 0511 0914 0929 1012',
  },
  {
    year: 2025,
    notices: ['国办发明电〔2024〕12号'],
    off: '0101 0128-0204 0404-0406 0501-0505 0531-0602 1001-1008',
    work: '0126 0208 0427 0928 1011',
  },
  {
    year: 2026,
    notices: ['国办发明电〔2025〕7号'],
    off: '0101-0103 0215-0223 0404-0406 0501-0505 0619-0621 0925-0927 1001-1007',
    work: '0104 0214 0228 0509 0920 1010',
  },
];
