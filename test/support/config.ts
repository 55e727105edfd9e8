import { type InputName, Inputs } from '../../src/constants.js';
import { type Config, parseConfig, type RawInputs } from '../../src/core/config/config.js';

/**
 * The one way tests make a Config: as the action parses these inputs (unset inputs take their
 * defaults), then with any fields a test needs set directly.
 */
export function configFrom(inputs: Partial<Record<InputName, string>> = {}, fields: Partial<Config> = {}): Config {
  const raw = Object.fromEntries(Object.values(Inputs).map((name) => [name, inputs[name] ?? ''])) as RawInputs;
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return Object.freeze({ ...parsed.config, ...fields });
}
