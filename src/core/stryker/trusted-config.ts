import type { Finding } from '../findings/finding.js';

/** Stryker's own search order for a config file in its working directory (config-file-formats.js). */
export const STRYKER_CONFIG_NAMES: readonly string[] = ['', '.'].flatMap((prefix) =>
  ['.conf', '.config'].flatMap((suffix) => ['json', 'js', 'mjs', 'cjs'].map((extension) => `${prefix}stryker${suffix}.${extension}`)),
);

/** Where the project's Stryker config is, at the merge base and at HEAD, as read from git. */
export interface ConfigCandidates {
  /** Repository paths in the order Stryker looks (or the one `stryker-config` names). */
  readonly paths: readonly string[];
  readonly atBase: ReadonlySet<string>;
  readonly atHead: ReadonlySet<string>;
  /** Every path the change touched, deleted ones too. */
  readonly changed: ReadonlySet<string>;
}

export interface TrustedConfigChoice {
  /** The config file the merge base would use; undefined: Stryker's defaults. */
  readonly base: string | undefined;
  /** The config file HEAD would use, for a change someone approved. */
  readonly head: string | undefined;
  readonly findings: readonly Finding[];
}

/**
 * The config that measures the change is the merge base's: a pull request that edits, adds, renames or
 * deletes the config file Stryker would use gets a finding, and its version is used only once approved.
 */
export function chooseTrustedConfig(candidates: ConfigCandidates): TrustedConfigChoice {
  const base = candidates.paths.find((path) => candidates.atBase.has(path));
  const head = candidates.paths.find((path) => candidates.atHead.has(path));
  const findings: Finding[] = [];
  for (const path of new Set([base, head])) {
    if (path === undefined || !candidates.changed.has(path)) continue;
    const change =
      path !== head
        ? 'removes or replaces the Stryker config the merge base uses'
        : path !== base
          ? `adds a Stryker config that Stryker would use${base === undefined ? ' instead of its defaults' : ` instead of ${base}`}`
          : 'edits the Stryker config';
    findings.push({
      kind: 'stryker-config',
      path,
      line: undefined,
      change: `${change}: the gate measured with the merge base's configuration${base === undefined ? " (Stryker's defaults)" : ''}, and uses this change's only once approved`,
    });
  }
  return { base, head, findings };
}
