/**
 * The release check as a value and as text: every difference by package, the bump the rules
 * require, the bump the pending changesets give, and whether that is enough.
 */
import { comparePackage } from './compare.js';
import { requiredBumps, shortfalls } from './rules.js';
import type { Bump, Difference, PackageSurface } from './types.js';

export interface PackageVerdict {
  name: string;
  version: string;
  /** The version of the last release (its snapshot), or undefined before the first release. */
  released?: string;
  differences: Difference[];
  required: Bump;
  reason: string;
  pending: Bump;
  /** What the package holds now, in counts (shown for a first release). */
  contents: string;
}

export interface ReleaseReport {
  firstRelease: boolean;
  packages: PackageVerdict[];
  /** Problems that fail the check: bumps below the requirement, a snapshot of another version. */
  failures: string[];
  ok: boolean;
}

/** The size of a surface in words: exports, entry points, schema files, resources, documents, tables. */
function contentsOf(surface: PackageSurface): string {
  const entries = Object.values(surface.exports);
  const names = entries.reduce((sum, names) => sum + Object.keys(names).length, 0);
  const parts = [`${names} exports in ${entries.length} entry point(s)`];
  if (surface.jsonSchemas) parts.push(`${Object.keys(surface.jsonSchemas).length} JSON Schema files`);
  if (surface.dataPackage)
    parts.push(`${Object.keys(surface.dataPackage.resources).length} datapackage.json resources`);
  if (surface.data) {
    const rows = Object.values(surface.data.tables).reduce((sum, t) => sum + t.rows.length, 0);
    parts.push(
      `${Object.keys(surface.data.documents).length} documents`,
      `${Object.keys(surface.data.tables).length} tables (${rows} rows)`,
    );
  }
  return parts.join(', ');
}

/** Compares the current surfaces with the snapshot and the pending bumps. */
export function releaseReport(
  current: readonly PackageSurface[],
  snapshot: ReadonlyMap<string, PackageSurface>,
  pending: ReadonlyMap<string, Bump>,
): ReleaseReport {
  const failures: string[] = [];
  const differences = current.flatMap((surface) => {
    const last = snapshot.get(surface.name);
    if (!last) return [];
    if (last.version !== surface.version) {
      failures.push(
        `${surface.name}: the snapshot is of ${last.version} but package.json says ${surface.version} — ` +
          'the snapshot must be rewritten at each release (pnpm release:snapshot)',
      );
    }
    return comparePackage(last, surface);
  });
  const names = current.map((s) => s.name);
  const required = requiredBumps(names, differences, new Set(snapshot.keys()));
  failures.push(...shortfalls(required, new Map(pending)));
  const packages = current.map((surface): PackageVerdict => {
    const need = required.get(surface.name) ?? { bump: 'none', reason: '' };
    const last = snapshot.get(surface.name);
    return {
      name: surface.name,
      version: surface.version,
      ...(last ? { released: last.version } : {}),
      differences: differences.filter((d) => d.package === surface.name),
      required: need.bump,
      reason: need.reason,
      pending: pending.get(surface.name) ?? 'none',
      contents: contentsOf(surface),
    };
  });
  return { firstRelease: snapshot.size === 0, packages, failures, ok: failures.length === 0 };
}

/**
 * Differences inside `$defs` repeat in every JSON Schema file that embeds the definition: print
 * them once, naming the files.
 */
function grouped(differences: readonly Difference[]): Array<Difference & { count: number }> {
  const groups = new Map<string, Difference & { count: number; files: string[] }>();
  for (const d of differences) {
    const def = /^json-schema\/([^#]+)#(\$defs\/.*)$/.exec(d.where);
    const key = def
      ? `${d.level}\0${d.kind}\0${def[2]}\0${d.detail ?? ''}`
      : `${d.level}\0${d.kind}\0${d.where}\0${d.detail ?? ''}`;
    const group = groups.get(key);
    if (group && def?.[1]) {
      group.files.push(def[1]);
      group.count++;
    } else {
      groups.set(key, { ...d, count: 1, files: def?.[1] ? [def[1]] : [] });
    }
  }
  return [...groups.values()].map(({ files, ...d }) =>
    files.length > 1 ? { ...d, where: `json-schema/{${files.join(',')}}#${d.where.split('#')[1]}` } : d,
  );
}

const ORDER = { major: 0, minor: 1, patch: 2 } as const;

/** The report as text for a terminal or a CI log. */
export function formatReport(report: ReleaseReport, snapshotDir: string): string {
  const lines: string[] = [];
  lines.push(
    report.firstRelease
      ? `No release snapshot in ${snapshotDir}: this is the first release, everything is new — every package needs at least a minor (0.0.0 → 0.1.0).`
      : `Compared with the snapshot of the last release in ${snapshotDir} (rules: docs/versioning.md).`,
  );
  for (const pkg of report.packages) {
    lines.push('', `${pkg.name} ${pkg.released ? `(released ${pkg.released})` : '(not released yet)'}`);
    const diffs = grouped(pkg.differences).sort((a, b) => ORDER[a.level] - ORDER[b.level]);
    for (const d of diffs) {
      lines.push(`  ${d.level.padEnd(5)}  ${d.kind}: ${d.where}${d.detail ? ` — ${d.detail}` : ''}`);
    }
    if (pkg.released && diffs.length === 0) lines.push('  no differences');
    if (!pkg.released) lines.push(`  new: ${pkg.contents}`);
    const enough =
      ['none', 'patch', 'minor', 'major'].indexOf(pkg.pending) >=
      ['none', 'patch', 'minor', 'major'].indexOf(pkg.required);
    lines.push(`  requires ${pkg.required} (${pkg.reason}); pending changesets: ${pkg.pending} ${enough ? '✓' : '✗'}`);
  }
  lines.push('');
  if (report.ok) lines.push('release check passed');
  else {
    lines.push('release check failed:');
    for (const f of report.failures) lines.push(`  - ${f}`);
    lines.push('Add a changeset with the bump required (pnpm changeset), written for the user who upgrades.');
  }
  return lines.join('\n');
}
