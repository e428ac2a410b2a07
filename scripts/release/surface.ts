/**
 * Reads the public surface of every published workspace package from the working tree: its
 * exports (TypeScript), its JSON Schema files (a `json-schema/` folder), its `datapackage.json`,
 * and for `@gongbao/data` its documents, tables and corrections as values (imported from the
 * sources; run under tsx with the workspace path mappings, or vitest with its aliases).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDataPackage } from './data-package-surface.js';
import { type DocumentLike, dataValues, type TableLike } from './data-values-surface.js';
import { entryPoints, readExports } from './exports-surface.js';
import { flattenJsonSchema } from './json-schema-surface.js';
import { DATA_PACKAGE } from './rules.js';
import type { PackageSurface, SchemaSurface } from './types.js';

/** A published workspace package: its folder name (`core`), directory and manifest name/version. */
export interface WorkspacePackage {
  folder: string;
  dir: string;
  name: string;
  version: string;
}

/** The published (not private) packages under `root/packages`, sorted by folder. */
export function publishedPackages(root: string): WorkspacePackage[] {
  const base = join(root, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(base, entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        private?: boolean;
      };
      return { folder: entry.name, dir, name: manifest.name, version: manifest.version, private: manifest.private };
    })
    .filter((pkg) => pkg.private !== true)
    .map(({ private: _, ...pkg }) => pkg)
    .sort((a, b) => (a.folder < b.folder ? -1 : 1));
}

/** The flattened JSON Schema files of a package's `json-schema/` folder, or undefined. */
export function readJsonSchemas(dir: string): Record<string, SchemaSurface> | undefined {
  const folder = join(dir, 'json-schema');
  if (!existsSync(folder)) return undefined;
  const out: Record<string, SchemaSurface> = {};
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out[file] = flattenJsonSchema(JSON.parse(readFileSync(join(folder, file), 'utf8')));
  }
  return out;
}

interface DataModule {
  documents: readonly DocumentLike[];
  tables: readonly TableLike[];
  meta?: { corrections?: ReadonlyArray<{ id: string }> };
}

/** The surface of every published package in the working tree at `root`. */
export async function readSurfaces(root: string): Promise<PackageSurface[]> {
  const packages = publishedPackages(root);
  const exports = readExports(
    packages.map((p) => p.dir),
    join(root, 'tsconfig.base.json'),
  );
  const out: PackageSurface[] = [];
  for (const pkg of packages) {
    const surface: PackageSurface = { name: pkg.name, version: pkg.version, exports: exports.get(pkg.dir) ?? {} };
    const schemas = readJsonSchemas(pkg.dir);
    if (schemas) surface.jsonSchemas = schemas;
    const dataPackage = readDataPackage(join(pkg.dir, 'datapackage.json'));
    if (dataPackage) surface.dataPackage = dataPackage;
    if (pkg.name === DATA_PACKAGE) {
      const main = entryPoints(pkg.dir)['.'];
      if (!main) throw new Error(`${pkg.name} has no main entry point`);
      const data = (await import(pathToFileURL(main).href)) as DataModule;
      surface.data = dataValues(data.documents, data.tables, data.meta?.corrections ?? []);
    }
    out.push(surface);
  }
  return out;
}
