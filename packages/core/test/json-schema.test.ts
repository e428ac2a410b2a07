import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES, generateJsonSchemas, JSON_SCHEMA_DIR } from '../scripts/json-schema';

type Json = { [key: string]: unknown };

/** Every object schema with `properties` in a JSON Schema document, with its JSON path. */
function objectSchemas(node: unknown, path = '#'): Array<[string, Json]> {
  if (node === null || typeof node !== 'object') return [];
  const found: Array<[string, Json]> = [];
  const record = node as Json;
  if (record.properties !== undefined && typeof record.properties === 'object') found.push([path, record]);
  for (const [key, value] of Object.entries(record)) found.push(...objectSchemas(value, `${path}/${key}`));
  return found;
}

describe('JSON Schema files', () => {
  const generated = generateJsonSchemas();

  it('the committed files are what the schemas generate (run `pnpm --filter @gongbao/core json-schema`)', () => {
    const committed = readdirSync(JSON_SCHEMA_DIR).sort();
    expect(committed).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) {
      expect(readFileSync(join(JSON_SCHEMA_DIR, file), 'utf8'), file).toBe(text);
    }
  });

  it('generation is deterministic', () => {
    expect(generateJsonSchemas()).toEqual(generated);
  });

  it('has one file per top-level entity, including the contract files', () => {
    expect([...generated.keys()]).toEqual(
      expect.arrayContaining(['gazette-issue.schema.json', 'document.schema.json', 'table.schema.json']),
    );
    expect(generated.size).toBe(Object.keys(ENTITIES).length);
  });

  it.each([...generated])('%s documents every field and rejects unknown keys', (_file, text) => {
    const schema = JSON.parse(text) as Json;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.description).toBe('string');
    const defs = (schema.$defs ?? {}) as Record<string, Json>;
    const objects = objectSchemas(schema);
    expect(objects.length, 'object schemas found').toBeGreaterThan(0);
    for (const [path, object] of objects) {
      expect(object.additionalProperties, `${path} is strict`).toBe(false);
      for (const [name, property] of Object.entries(object.properties as Record<string, Json>)) {
        if (name === 'type' && 'const' in property) continue; // the discriminator of a block
        const ref = typeof property.$ref === 'string' ? defs[property.$ref.replace('#/$defs/', '')] : undefined;
        const description =
          property.description ?? ref?.description ?? (property.$ref === '#' ? schema.description : undefined);
        expect(typeof description, `${path}/properties/${name} has a description`).toBe('string');
      }
    }
  });

  it('the document schema requires the contract fields and names the recursive block', () => {
    const document = JSON.parse(generated.get('document.schema.json') ?? '{}') as Json;
    expect(document.required).toEqual(
      expect.arrayContaining([
        'id',
        'docNumber',
        'title',
        'type',
        'issuers',
        'addressees',
        'writtenDate',
        'attachments',
        'enclosures',
        'citations',
        'repeals',
      ]),
    );
    expect(Object.keys(document.$defs as Json)).toEqual(
      expect.arrayContaining(['Block', 'DocumentNumber', 'Table', 'SourceRange']),
    );
    const issue = JSON.parse(generated.get('gazette-issue.schema.json') ?? '{}') as Json;
    expect(issue.required).toEqual(expect.arrayContaining(['year', 'number', 'publicationDate', 'toc', 'documents']));
  });
});
