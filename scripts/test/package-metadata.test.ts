import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const license = readFileSync(join(root, 'LICENSE'), 'utf8');
const folders = readdirSync(join(root, 'packages')).filter((f) => !f.startsWith('.'));

describe('the root LICENSE', () => {
  it('is the MIT licence', () => {
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(license).toContain('Permission is hereby granted, free of charge');
  });
});

describe.each(folders)('packages/%s/package.json', (folder) => {
  const dir = join(root, 'packages', folder);
  const text = readFileSync(join(dir, 'package.json'), 'utf8');
  const manifest = JSON.parse(text) as Record<string, unknown> & { files: string[]; engines: { node: string } };

  it('is MIT and ships a copy of the root LICENSE in its tarball', () => {
    expect(manifest.license).toBe('MIT');
    expect(manifest.files).toContain('LICENSE');
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(license);
  });

  it('ships its CHANGELOG (written by changeset version at each release)', () => {
    expect(manifest.files).toContain('CHANGELOG.md');
  });

  it('claims the Node versions CI tests (the root engines)', () => {
    expect(manifest.engines).toEqual({ node: rootManifest.engines.node });
  });

  it('has no URL that leads nowhere (there is no public repository, home page or tracker)', () => {
    expect(text).not.toMatch(/example\.(invalid|com|org)|localhost|TODO/i);
    for (const field of ['repository', 'homepage', 'bugs']) expect(manifest, field).not.toHaveProperty(field);
  });
});
