import { z } from 'zod';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * Kinds of issuing organisation, by the last words of the name: 人民政府 (`government`),
 * 办公室/办公厅 (`office`), 局 (`bureau`), 委员会 (`commission`, e.g. 发展和改革委员会), 厅/部
 * (`department`), 管委会 (`administrative-committee`, of a development zone), 中心 (`center`),
 * anything else (`other`).
 *
 * @example
 * ```ts
 * ORGANIZATION_KINDS.includes('bureau'); //=> true
 * ```
 */
export const ORGANIZATION_KINDS = Object.freeze([
  'government',
  'office',
  'bureau',
  'commission',
  'department',
  'administrative-committee',
  'center',
  'other',
] as const);

/**
 * Administrative levels (行政级别) of an organisation: 国家 (`national`), 省 (`provincial`), 市
 * (`municipal`), 县/区 (`county`), 乡/镇/街道 (`township`).
 *
 * @example
 * ```ts
 * ORGANIZATION_LEVELS; //=> ['national', 'provincial', 'municipal', 'county', 'township']
 * ```
 */
export const ORGANIZATION_LEVELS = Object.freeze([
  'national',
  'provincial',
  'municipal',
  'county',
  'township',
] as const);

/**
 * The kind of an organisation; one of {@link ORGANIZATION_KINDS}.
 *
 * @example
 * ```ts
 * OrganizationKindSchema.parse('office'); //=> 'office'
 * ```
 */
export const OrganizationKindSchema = bounded(
  z
    .literal(ORGANIZATION_KINDS)
    .describe(
      'Kind of organisation: government 人民政府, office 办公室/办公厅, bureau 局, commission 委员会, department 厅/部, administrative-committee 管委会, center 中心, other.',
    ),
);

/** The kind of an organisation; see {@link OrganizationKindSchema}. */
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

/**
 * The administrative level of an organisation; one of {@link ORGANIZATION_LEVELS}.
 *
 * @example
 * ```ts
 * OrganizationLevelSchema.safeParse('市').success; //=> false
 * ```
 */
export const OrganizationLevelSchema = bounded(
  z
    .literal(ORGANIZATION_LEVELS)
    .describe('行政级别: national 国家, provincial 省, municipal 市, county 县/区, township 乡/镇/街道.'),
);

/** The administrative level of an organisation; see {@link OrganizationLevelSchema}. */
export type OrganizationLevel = z.infer<typeof OrganizationLevelSchema>;

/**
 * An organisation (机关): an issuer (发文机关), a signatory or a body named in the text. `name` is
 * the full name as written (长治市人民政府办公室); `kind` and `level` classify it when known.
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({ name: '长治市科学技术局', kind: 'bureau', level: 'municipal' }).name; //=> '长治市科学技术局'
 * OrganizationSchema.safeParse({ name: '' }).success; //=> false
 * ```
 */
export const OrganizationSchema = bounded(
  z
    .strictObject({
      /** 机关名称: the full name as written, e.g. 长治市人民政府办公室. */
      name: boundedText(LIMITS.name, 'the organisation name').describe(
        '机关名称: the full name as written, e.g. 长治市人民政府办公室.',
      ),
      /** 规范化简称: the short name when the text uses one, e.g. 市科技局. */
      shortName: boundedText(LIMITS.name, 'the short name')
        .optional()
        .describe('规范化简称: the short name when the text uses one, e.g. 市科技局.'),
      /** Kind of organisation, from the last words of the name. */
      kind: OrganizationKindSchema.optional(),
      /** 行政级别: administrative level. */
      level: OrganizationLevelSchema.optional(),
      /** Where the name is written in the source. */
      source: SourceRangeSchema.optional().describe('Where the name is written in the source.'),
    })
    .describe('机关: an organisation such as an issuer (发文机关).'),
);

/** An organisation; see {@link OrganizationSchema}. */
export type Organization = z.infer<typeof OrganizationSchema>;

const KIND_SUFFIXES: ReadonlyArray<readonly [string, OrganizationKind]> = [
  ['管理委员会', 'administrative-committee'],
  ['管委会', 'administrative-committee'],
  ['人民政府', 'government'],
  ['办公室', 'office'],
  ['办公厅', 'office'],
  ['委员会', 'commission'],
  ['局', 'bureau'],
  ['厅', 'department'],
  ['部', 'department'],
  ['中心', 'center'],
];

/**
 * Classifies an organisation by the last words of its name (see {@link ORGANIZATION_KINDS}).
 *
 * @param name - The organisation's full name as written.
 * @returns The kind; `'other'` when no known suffix matches (or the name is no string).
 * @throws Never.
 * @example
 * ```ts
 * organizationKindOf('长治市人民政府办公室'); //=> 'office'
 * organizationKindOf('长治市人民政府');       //=> 'government'
 * organizationKindOf('长治高新区管委会');     //=> 'administrative-committee'
 * organizationKindOf('长治日报社');           //=> 'other'
 * ```
 */
export function organizationKindOf(name: string): OrganizationKind {
  if (typeof name !== 'string') return 'other';
  const trimmed = name.trim();
  for (const [suffix, kind] of KIND_SUFFIXES) if (trimmed.endsWith(suffix)) return kind;
  return 'other';
}
