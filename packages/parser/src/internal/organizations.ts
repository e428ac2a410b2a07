import { type Organization, organizationKindOf } from '@gongbao/core';
import type { Range } from './context.js';

const LEVELS: ReadonlyArray<readonly [RegExp, NonNullable<Organization['level']>]> = [
  [/^(?:国务院|中共中央|全国|国家|中央)/u, 'national'],
  [/^[\p{Script=Han}]{2,8}?(?:省|自治区)/u, 'provincial'],
  [/^[\p{Script=Han}]{1,8}?市/u, 'municipal'],
  [/^[\p{Script=Han}]{1,8}?(?:县|区|旗)/u, 'county'],
  [/^[\p{Script=Han}]{1,8}?(?:乡|镇|街道)/u, 'township'],
];

/** The administrative level of an organisation from the first unit its name names (山西省… → provincial). */
function organizationLevelOf(name: string): Organization['level'] | undefined {
  let best: { at: number; level: NonNullable<Organization['level']> } | undefined;
  for (const [re, level] of LEVELS) {
    const m = re.exec(name);
    if (!m) continue;
    const at = m[0].length;
    if (best === undefined || at < best.at || (level === 'national' && m.index === 0)) best = { at, level };
    if (level === 'national') break;
  }
  return best?.level;
}

/** An organisation with its kind and level read from its name. */
export function organizationOf(name: string, source?: Range): Organization {
  const org: Organization = { name, kind: organizationKindOf(name) };
  const level = organizationLevelOf(name);
  if (level) org.level = level;
  if (source) org.source = source;
  return org;
}
