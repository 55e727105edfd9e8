import type { Finding } from './finding.js';

const STRYKER_SCOPE = '@stryker-mutator/';

/** package.json fields that choose which Stryker gets installed. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'overrides', 'resolutions'] as const;

function parseJsonObject(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Every `@stryker-mutator/*` entry of a package.json, as `field name=spec` lines, pnpm overrides included. */
function strykerDependencies(manifest: Record<string, unknown>): Set<string> {
  const pnpm = (manifest.pnpm ?? {}) as Record<string, unknown>;
  const sections: [string, unknown][] = [
    ...DEPENDENCY_FIELDS.map((field) => [field, manifest[field]] as [string, unknown]),
    ['pnpm.overrides', pnpm.overrides],
  ];
  const entries = new Set<string>();
  for (const [field, section] of sections) {
    if (typeof section !== 'object' || section === null) continue;
    for (const [name, spec] of Object.entries(section)) {
      if (name.includes(STRYKER_SCOPE)) entries.add(`${field} ${name}=${JSON.stringify(spec)}`);
    }
  }
  return entries;
}

/**
 * The lockfile entries about Stryker's packages: each line naming one, with the more indented lines under
 * it (version, resolved, integrity). This reads package-lock.json, yarn.lock and pnpm-lock.yaml alike.
 */
function strykerLockEntries(text: string | undefined): Set<string> {
  const entries = new Set<string>();
  const lines = (text ?? '').split(/\r?\n/);
  const indent = (line: string): number => line.length - line.trimStart().length;
  for (const [index, line] of lines.entries()) {
    if (!line.includes(STRYKER_SCOPE)) continue;
    const block = [line.trim()];
    for (let next = index + 1; next < lines.length && indent(lines[next] as string) > indent(line); next += 1) {
      block.push((lines[next] as string).trim());
    }
    entries.add(block.join('\n'));
  }
  return entries;
}

function differs(before: ReadonlySet<string>, after: ReadonlySet<string>): boolean {
  return before.size !== after.size || [...after].some((entry) => !before.has(entry));
}

const LOCKFILE_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']);

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Whether a path is a package.json, in any folder. */
export function isManifest(path: string): boolean {
  return fileName(path) === 'package.json';
}

/** Whether a changed path is a manifest or lockfile that can change which Stryker is installed. */
export function isPackageFile(path: string): boolean {
  return isManifest(path) || LOCKFILE_NAMES.has(fileName(path));
}

/**
 * A finding when the change alters which Stryker package a manifest asks for or a lockfile installs:
 * the Stryker that runs decides which mutants exist and how they are judged.
 */
export function strykerPackageChange(path: string, before: string | undefined, after: string | undefined): Finding | undefined {
  const manifest = isManifest(path);
  const read = manifest
    ? (text: string | undefined) => strykerDependencies(parseJsonObject(text))
    : (text: string | undefined) => strykerLockEntries(text);
  if (!differs(read(before), read(after))) return undefined;
  return {
    kind: 'stryker-package',
    path,
    line: undefined,
    change: manifest
      ? 'changes which @stryker-mutator package versions are asked for: the Stryker that measures this change would be the one it chose'
      : 'changes which @stryker-mutator packages the lockfile installs: the Stryker that measures this change would be the one it chose',
  };
}
