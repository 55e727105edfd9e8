import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DeclaredInput } from '../core/cli/cli-flags.js';

interface ActionYaml {
  readonly inputs?: Readonly<Record<string, { readonly description?: string; readonly default?: unknown }>>;
}

/**
 * The action's inputs, from its action.yml: the command's flags are the same settings with the same
 * defaults, so both have one source.
 */
export async function declaredInputs(actionRoot: string): Promise<DeclaredInput[]> {
  const action = parse(await readFile(join(actionRoot, 'action.yml'), 'utf8')) as ActionYaml;
  return Object.entries(action.inputs ?? {}).map(([name, input]) => ({
    name,
    description: input.description ?? '',
    default: input.default === undefined ? '' : String(input.default),
  }));
}
