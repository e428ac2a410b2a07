import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesetsFixture, repoRoot } from './helpers';

const changesetBin = join(repoRoot, 'node_modules/@changesets/cli/bin.js');

/** Runs `changeset version` in the fixture and returns each package folder's CHANGELOG.md. */
function dryRunVersion(dir: string): Map<string, string> {
  execFileSync(process.execPath, [changesetBin, 'version'], { cwd: dir, stdio: 'pipe' });
  const out = new Map<string, string>();
  for (const folder of readdirSync(join(dir, 'packages'))) {
    const path = join(dir, 'packages', folder, 'CHANGELOG.md');
    if (existsSync(path)) out.set(folder, readFileSync(path, 'utf8'));
  }
  return out;
}

/** The summary lines of a changeset file (after its front matter), blank lines left out. */
const summaryLines = (text: string) =>
  text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

// A planted changeset, so the test means the same after the pending ones are released: Chinese
// next to Latin letters and digits (what prettier's markdown printer spaces out), a line longer
// than any print width, nested list items, full-width brackets and punctuation.
const planted = `---
"@gongbao/data": patch
---

《长治市人民政府公报》2024年第3期（总第27期）: corrected 长政发〔2024〕5号 附件1 (消防站 119座, 潞州区 18座).

- The table \`fire-stations\` reads 2025年底前建成 for 西白兔乡, as printed on page 12 of the issue, and keeps every other row of the 119 exactly as it was before this release.
  - 长治高新区 has no GB/T 2260 code: divisionCode is null.
`;

/**
 * The section `changeset version` just wrote: from the top to the heading of the version before
 * (the released sections quote texts as they were corrected, `2024 年` → `2024年`).
 */
function newest(changelog: string): string {
  const previous = changelog.indexOf('\n## ', changelog.indexOf('\n## ') + 1);
  return previous < 0 ? changelog : changelog.slice(0, previous);
}

describe('changeset version (dry run in a copy of the manifests)', () => {
  it('keeps the Chinese text of a changeset exactly as written (prettier is off)', () => {
    const dir = changesetsFixture({ 'planted-data-fix.md': planted });
    const changelog = newest(dryRunVersion(dir).get('data') ?? '');
    for (const line of summaryLines(planted)) expect(changelog).toContain(line);
    expect(changelog).toContain('2024年第3期（总第27期）');
    expect(changelog).not.toMatch(/2024 年|第 3 期|总第 27 期/);
    expect(changelog).not.toMatch(/[ \t]+$/m);
    const version = JSON.parse(readFileSync(join(dir, 'packages/data/package.json'), 'utf8')).version as string;
    expect(changelog).toMatch(
      new RegExp(`^# @gongbao/data\\n\\n## ${version.replace(/\./g, '\\.')}\\n### Patch Changes\\n`),
    );
  });

  it('adds the new version above the released ones and keeps them', () => {
    const dir = changesetsFixture({ 'planted-data-fix.md': planted });
    const released = JSON.parse(readFileSync(join(dir, 'packages/data/package.json'), 'utf8')).version as string;
    const previous = `# @gongbao/data\n\n## ${released}\n### Patch Changes\n\n- 长治市 2024年第3期, as it was.\n`;
    writeFileSync(join(dir, 'packages/data/CHANGELOG.md'), previous);
    const changelog = dryRunVersion(dir).get('data') ?? '';
    const next = JSON.parse(readFileSync(join(dir, 'packages/data/package.json'), 'utf8')).version as string;
    expect(next).not.toBe(released);
    expect(changelog.indexOf(`## ${next}\n`)).toBeLessThan(changelog.indexOf('corrected 长政发〔2024〕5号'));
    expect(changelog.indexOf('corrected 长政发〔2024〕5号')).toBeLessThan(changelog.indexOf(`## ${released}\n`));
    expect(changelog.endsWith(previous.slice('# @gongbao/data\n\n'.length))).toBe(true);
  });

  it("writes the repository's pending changesets into the CHANGELOG of the package they name, verbatim", () => {
    const dir = changesetsFixture({}, true);
    const pending = readdirSync(join(repoRoot, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    const changelogs = dryRunVersion(dir);
    for (const file of pending) {
      const text = readFileSync(join(repoRoot, '.changeset', file), 'utf8');
      const names = [...text.matchAll(/^"(@gongbao\/[a-z-]+)":/gm)].map((m) => m[1]?.replace('@gongbao/', ''));
      for (const folder of names) {
        const changelog = changelogs.get(folder ?? '') ?? '';
        for (const line of summaryLines(text)) expect(changelog, `${file} → ${folder}`).toContain(line);
      }
    }
    // One CHANGELOG per package that says what that package holds: no paragraph repeated in all.
    const bodies = [...changelogs.values()].map((c) => new Set(c.split('\n').filter((l) => l.startsWith('- First'))));
    const shared = [...(bodies[0] ?? [])].filter((line) => bodies.every((b) => b.has(line)));
    expect(shared).toEqual([]);
  });
});
