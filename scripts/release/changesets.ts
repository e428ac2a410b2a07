/**
 * The pending changesets, as the bump each package will get from `changeset version` (the release
 * plan of @changesets/get-release-plan, so bumps of dependents count as changesets count them).
 */
import getReleasePlan from '@changesets/get-release-plan';
import { type Bump, maxBump } from './types.js';

/** Package name → the bump the pending changesets in `root/.changeset` give it. */
export async function pendingBumps(root: string): Promise<Map<string, Bump>> {
  const plan = await getReleasePlan(root);
  const out = new Map<string, Bump>();
  for (const release of plan.releases) out.set(release.name, maxBump(out.get(release.name) ?? 'none', release.type));
  return out;
}
