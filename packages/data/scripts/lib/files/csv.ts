/**
 * CSV of a resource: RFC 4180 (CRLF line ends, fields with `,` `"` or line breaks quoted, quotes
 * doubled) written by csv-stringify, UTF-8 with a byte-order mark so Excel opens the Chinese text
 * without an import wizard; numbers plain, dates ISO, booleans `true`/`false`, null as an empty cell.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell, ResourceSpec } from './resource';

/** The byte-order mark every CSV starts with. */
export const BOM = '\uFEFF';

function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`a CSV number must be finite, got ${value}`);
    return String(value);
  }
  return value;
}

/** The CSV text of `resource`: the BOM, a header row of the field names, one line per row. */
export function resourceCsv(resource: ResourceSpec): string {
  const names = resource.fields.map((f) => f.name);
  const records = resource.rows.map((row) => names.map((name) => cellText(row[name])));
  // csv-stringify quotes a field holding the whole record delimiter (CRLF); RFC 4180 wants every
  // field with a line break quoted, so a lone LF (cells of printed multi-line table cells) is too.
  const body = stringify([names, ...records], { record_delimiter: 'windows', quoted_match: /[\r\n]/u });
  return `${BOM}${body}`;
}
