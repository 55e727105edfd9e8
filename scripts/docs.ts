/**
 * npm run docs: the README's inputs and outputs tables, generated from action.yml (as actions/checkout
 * generates its usage block), so the two cannot drift; and action.yml's cache key for npm's cache of
 * the Stryker the gate brings, from the sets' lockfiles. A build test fails when either is stale.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUNDLED_SETS } from '../src/core/stryker/bundled-stryker.js';
import { PROJECT_ROOT } from './lib/git-repo.js';

interface ActionDefinition {
  readonly inputs: Readonly<Record<string, { readonly description: string; readonly default: string }>>;
  readonly outputs: Readonly<Record<string, { readonly description: string }>>;
}

export const README_PATH = join(PROJECT_ROOT, 'README.md');
export const ACTION_PATH = join(PROJECT_ROOT, 'action.yml');

/** A table cell: one line, no cell breaks. */
const cell = (text: string): string => text.replaceAll(/\s+/g, ' ').replaceAll('|', '\\|').trim();

function inputsTable(action: ActionDefinition): string[] {
  return [
    '| Input | Default | Meaning |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, input]) => `| \`${name}\` | ${input.default === '' ? '(empty)' : `\`${input.default}\``} | ${cell(input.description)} |`,
    ),
  ];
}

function outputsTable(action: ActionDefinition): string[] {
  return [
    '| Output | Meaning |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`),
  ];
}

/** The README with the text between each pair of markers replaced by the table made from action.yml. */
export function withGeneratedTables(readme: string, actionYaml: string): string {
  const action = parse(actionYaml) as ActionDefinition;
  const tables: Record<string, string[]> = { inputs: inputsTable(action), outputs: outputsTable(action) };
  let text = readme;
  for (const [name, lines] of Object.entries(tables)) {
    const start = `<!-- ${name}: generated from action.yml by npm run docs -->`;
    const end = `<!-- end ${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md lacks the markers ${start} ... ${end}`);
    text = `${text.slice(0, from + start.length)}\n${lines.join('\n')}\n${text.slice(to)}`;
  }
  return text;
}

/** The hash of every set's lockfile: a new lockfile is a new cache key (old caches are never read again). */
export async function strykerLockfilesHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const set of BUNDLED_SETS) hash.update(await readFile(join(PROJECT_ROOT, 'bundled-stryker', set, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/** The cache key's form in action.yml; the part after the last dash is the lockfiles' hash. */
export const STRYKER_CACHE_KEY = /mutation-gate-npm-\$\{\{ runner\.os \}\}-[0-9a-f]*/g;

/** action.yml with every cache key of npm's cache for the gate's Stryker naming `hash`. */
export function withStrykerCacheKey(actionYaml: string, hash: string): string {
  return actionYaml.replaceAll(STRYKER_CACHE_KEY, `mutation-gate-npm-\${{ runner.os }}-${hash}`);
}

if (process.argv[1] === import.meta.filename) {
  const action = withStrykerCacheKey(await readFile(ACTION_PATH, 'utf8'), await strykerLockfilesHash());
  await writeFile(ACTION_PATH, action);
  const readme = await readFile(README_PATH, 'utf8');
  await writeFile(README_PATH, withGeneratedTables(readme, action));
}
