// The changelog generator of `changeset version` (config.json "changelog"). It writes each
// changeset's summary exactly as written — no commit hashes (there is no public repository to link
// them to), no trailing spaces on blank lines — and the updated workspace dependencies as one line.
// Formatting by prettier is off ("prettier": false): its markdown printer puts spaces between CJK
// and Latin characters, turning 2024年第3期（总第27期） into 2024 年第 3 期（总第 27 期）.

/** A changeset's summary as a list item: the first line after "- ", the rest indented under it. */
function getReleaseLine(changeset) {
  const [first = '', ...rest] = changeset.summary.trim().split('\n');
  const more = rest.map((line) => (line.trim() === '' ? '' : `  ${line.trimEnd()}`));
  return Promise.resolve([`- ${first.trimEnd()}`, ...more].join('\n'));
}

/** One line naming the workspace dependencies this release moves to, or nothing. */
function getDependencyReleaseLine(_changesets, dependenciesUpdated) {
  if (dependenciesUpdated.length === 0) return Promise.resolve('');
  const names = dependenciesUpdated
    .map((dependency) => `\`${dependency.name}\` ${dependency.newVersion}`)
    .sort()
    .join(', ');
  return Promise.resolve(`- Depends on ${names}.`);
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
