/**
 * datapackage.json: a Frictionless Data Package (v1) describing every CSV with its full Table
 * Schema (fields with type, description, unit and constraints, primary and foreign keys), the
 * package version, licence and source, and the known gaps of the datasets.
 */
import { createHash } from 'node:crypto';
import type { GazetteIssue } from '@gongbao/core';
import type { KnownGap } from '../../../src/known-gap';
import type { ResourceSpec } from './resource';

/** The name of the data package. */
export const PACKAGE_NAME = 'gongbao-changzhi-2024-03';

/** What the descriptor needs besides the resources. */
export interface PackageInfo {
  readonly version: string;
  readonly issue: Pick<GazetteIssue, 'title' | 'year' | 'number' | 'cumulative' | 'publicationDate' | 'contact'>;
  readonly knownGaps: readonly KnownGap[];
  readonly sourceFile: string;
  readonly sourceSha256: string;
}

/** The Table Schema of a resource. */
export function tableSchema(resource: ResourceSpec) {
  return {
    fields: resource.fields.map((f) => ({
      name: f.name,
      type: f.type,
      ...(f.type === 'date' ? { format: 'default' } : {}),
      description: f.description,
      ...(f.unit !== undefined ? { unit: f.unit } : {}),
      ...(f.constraints !== undefined ? { constraints: f.constraints } : {}),
    })),
    missingValues: [''],
    primaryKey: resource.primaryKey,
    ...(resource.foreignKeys && resource.foreignKeys.length > 0 ? { foreignKeys: resource.foreignKeys } : {}),
  };
}

/**
 * The datapackage.json descriptor. `csv` maps each resource name to its CSV text (for `bytes` and
 * `hash`).
 */
export function dataPackage(resources: readonly ResourceSpec[], csv: ReadonlyMap<string, string>, info: PackageInfo) {
  const { issue } = info;
  const issueName = `${issue.title} ${issue.year}年第${issue.number}期${issue.cumulative ? `（总第${issue.cumulative}期）` : ''}`;
  const website = issue.contact?.website;
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    title: `${issueName}: documents, tables and timeline`,
    description: `Every document, block of text, citation, repeal, table and derived dataset of ${issueName}, published ${issue.publicationDate}, read from the verbatim text (${info.sourceFile}, SHA-256 ${info.sourceSha256}) by @gongbao/parser and validated with the @gongbao/core schemas. Every documentId joins documents.id; lines are 1-based lines of the verbatim source. CSV files are UTF-8 with a byte-order mark (for Excel), RFC 4180 with CRLF line ends; an empty cell is a missing value.`,
    version: info.version,
    homepage: 'https://www.npmjs.com/package/@gongbao/data',
    keywords: ['gazette', '政府公报', '公文', '长治', 'china'],
    licenses: [
      {
        name: 'MIT',
        path: 'https://opensource.org/licenses/MIT',
        title:
          'MIT License (the package; the gazette text itself is an official document of a state organ, not subject to copyright under Article 5 of the Copyright Law of the PRC)',
      },
    ],
    sources: [{ title: issueName, path: website ?? 'http://www.changzhi.gov.cn/' }],
    knownGaps: info.knownGaps,
    resources: resources.map((resource) => {
      const text = csv.get(resource.name);
      if (text === undefined) throw new Error(`no CSV for resource ${resource.name}`);
      const bytes = Buffer.from(text, 'utf8');
      const gaps = info.knownGaps.filter((gap) => gap.dataset === resource.name);
      return {
        profile: 'tabular-data-resource',
        name: resource.name,
        path: `files/${resource.name}.csv`,
        title: resource.title,
        description: resource.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes.length,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(resource),
        ...(gaps.length > 0 ? { knownGaps: gaps } : {}),
      };
    }),
  };
}
