// The changelog lines `changeset version` writes (.changeset/config.json, "changelog"). Each changeset is its
// summary under its bump, after the commit that added it, as with the stock generator; a package that is only
// bumped because workspace packages it depends on were gets one line naming their new versions, where the stock
// generator wrote one "Updated dependencies [commit]" line for every changeset behind them (38 lines for
// @hapur/react at 0.1.0).
'use strict';

/** `- <commit>: <first line>`, further lines indented under it. */
async function getReleaseLine(changeset) {
  const [first, ...rest] = changeset.summary.split('\n').map((line) => line.trimEnd());
  const commit = changeset.commit ? `${changeset.commit.slice(0, 7)}: ` : '';
  return [`- ${commit}${first}`, ...rest.map((line) => (line ? `  ${line}` : ''))].join('\n');
}

/** One line for the workspace dependencies this release moves to, with their new versions. */
async function getDependencyReleaseLine(_changesets, dependenciesUpdated) {
  if (dependenciesUpdated.length === 0) return '';
  const names = dependenciesUpdated.map((d) => `\`${d.name}@${d.newVersion}\``).join(', ');
  return `- Updated dependencies: ${names}.`;
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
