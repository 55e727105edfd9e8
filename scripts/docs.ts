/**
 * npm run docs: the README's inputs and outputs tables, generated from action.yml (as actions/checkout
 * generates its usage block), so the two cannot drift. A build test fails when the README is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
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

if (process.argv[1] === import.meta.filename) {
  const readme = await readFile(README_PATH, 'utf8');
  await writeFile(README_PATH, withGeneratedTables(readme, await readFile(ACTION_PATH, 'utf8')));
}
