/**
 * Generates the JSON Schema files in `json-schema/` from the zod schemas, one file per top-level
 * entity (`document.schema.json`, `gazette-issue.schema.json`, …), with `z.toJSONSchema`.
 *
 *   pnpm --filter @gongbao/core json-schema           # write the files
 *   pnpm --filter @gongbao/core json-schema --check   # exit 1 when a committed file differs
 *
 * The output is deterministic (no dates, sorted file list) so that a test can regenerate it in
 * memory and compare with the committed files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import * as core from '../src/index.js';

/** The entities that get a file, by file name (without `.schema.json`). */
export const ENTITIES: Readonly<Record<string, z.ZodType>> = {
  'attached-document': core.AttachedDocumentSchema,
  attachment: core.AttachmentSchema,
  block: core.BlockSchema,
  citation: core.CitationSchema,
  correction: core.CorrectionSchema,
  document: core.DocumentSchema,
  'document-draft': core.DocumentDraftSchema,
  'document-number': core.DocumentNumberSchema,
  enclosure: core.EnclosureSchema,
  'gazette-issue': core.GazetteIssueSchema,
  organization: core.OrganizationSchema,
  'outline-marker': core.OutlineMarkerSchema,
  signatory: core.SignatorySchema,
  'site-metadata': core.SiteMetadataSchema,
  'source-range': core.SourceRangeSchema,
  table: core.TableSchema,
  'toc-entry': core.TocEntrySchema,
  validity: core.ValiditySchema,
};

/** The PascalCase name of an entity (`gazette-issue` → `GazetteIssue`): its title and its `$defs` name. */
const titleOf = (name: string): string => name.replace(/(?:^|-)(\w)/gu, (_, letter: string) => letter.toUpperCase());

/** Entities nested in another entity are pulled into its `$defs` under their title. */
const DEF_NAMES = new Map<z.ZodType, string>(Object.entries(ENTITIES).map(([name, schema]) => [schema, titleOf(name)]));

/** The generated files: file name → content. */
export function generateJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of Object.keys(ENTITIES).sort()) {
    const root = ENTITIES[name] as z.ZodType;
    // The global registry holds the descriptions; add $defs names for the entities nested in this
    // one, but not for the root itself (it stays the document's top level).
    const metadata = {
      get(schema: z.ZodType) {
        const meta = z.globalRegistry.get(schema);
        const id = schema === root ? undefined : DEF_NAMES.get(schema);
        return id === undefined ? meta : { ...meta, id };
      },
    } as unknown as z.core.$ZodRegistry<z.core.GlobalMeta>;
    const json = z.toJSONSchema(root, { target: 'draft-2020-12', io: 'output', metadata, unrepresentable: 'throw' });
    const document = {
      $schema: json.$schema,
      $id: `https://unpkg.com/@gongbao/core/json-schema/${name}.schema.json`,
      title: titleOf(name),
      ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
    };
    files.set(`${name}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
  return files;
}

/** The folder the files are written to. */
export const JSON_SCHEMA_DIR = join(import.meta.dirname, '..', 'json-schema');

function main(check: boolean): number {
  const files = generateJsonSchemas();
  if (check) {
    const stale = [...files].filter(([file, text]) => {
      try {
        return readFileSync(join(JSON_SCHEMA_DIR, file), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [file] of stale)
      console.error(`json-schema/${file} is out of date: run pnpm --filter @gongbao/core json-schema`);
    return stale.length === 0 ? 0 : 1;
  }
  rmSync(JSON_SCHEMA_DIR, { recursive: true, force: true });
  mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(JSON_SCHEMA_DIR, file), text);
  console.log(`wrote ${files.size} files to json-schema/: ${readdirSync(JSON_SCHEMA_DIR).join(', ')}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.includes('--check'));
}
