import { runnerPluginPackage } from './run-setup.js';

/** Test runners with a Stryker plugin of their own (`@stryker-mutator/<name>-runner`). */
export const PLUGIN_RUNNERS = ['vitest', 'jest', 'mocha', 'jasmine', 'tap'] as const;

export type PluginRunner = (typeof PLUGIN_RUNNERS)[number];

/** The test runner a project without a Stryker config uses, and what showed it. */
export interface DetectedRunner {
  /** `node:test` has no Stryker plugin: Stryker's command runner runs the project's test command. */
  readonly runner: PluginRunner | 'node:test';
  /** What showed it, for the summary: a config file, a package.json field, the test script, a dependency. */
  readonly evidence: string;
  /** node:test: the `node … --test …` command of the test script, without what runs around it (c8, lint). */
  readonly command?: string;
}

/** Each runner's own config files, by the names the runner looks for, in the working directory. */
const CONFIG_FILES: Readonly<Record<PluginRunner, readonly string[]>> = {
  vitest: ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].flatMap((extension) => [`vitest.config.${extension}`, `vitest.workspace.${extension}`]),
  jest: ['js', 'ts', 'mjs', 'cjs', 'json'].map((extension) => `jest.config.${extension}`),
  mocha: ['js', 'cjs', 'mjs', 'json', 'jsonc', 'yaml', 'yml'].map((extension) => `.mocharc.${extension}`),
  jasmine: ['json', 'js', 'mjs'].map((extension) => `spec/support/jasmine.${extension}`),
  tap: ['.taprc'],
};

/** Every file name detection looks for, relative to the working directory: ask git which the merge base has. */
export const RUNNER_CONFIG_FILES: readonly string[] = PLUGIN_RUNNERS.flatMap((runner) => CONFIG_FILES[runner]);

/** `node --test` in a test script, before any other command of the script. */
const NODE_TEST = /(?:^|[\s;&|(])(node\s+(?:[^;&|()]*\s)?--test\b[^;&|()]*)/;

interface PackageFacts {
  readonly fields: ReadonlySet<string>;
  readonly testScript: string;
  readonly dependencies: ReadonlySet<string>;
}

function packageFacts(packageJson: string | undefined): PackageFacts {
  let parsed: Record<string, unknown> = {};
  try {
    const value = JSON.parse(packageJson ?? '{}') as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) parsed = value as Record<string, unknown>;
  } catch {
    // A package.json that is not JSON tells nothing; detection goes on with the files.
  }
  const record = (key: string): Record<string, unknown> => {
    const value = parsed[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  };
  return {
    fields: new Set(Object.keys(parsed)),
    testScript: scriptsRun(record('scripts'), 'test').join(' ; '),
    dependencies: new Set([...Object.keys(record('devDependencies')), ...Object.keys(record('dependencies'))]),
  };
}

/** A script it runs by name: `npm run x`, `npm run-script x`, `pnpm x`, `pnpm run x`, `yarn x`, `yarn run x`. */
const RUNS_SCRIPT = /(?:^|[\s;&|(])(?:npm\s+(?:run|run-script)|pnpm(?:\s+run)?|yarn(?:\s+run)?)\s+([\w:.-]+)/g;

/**
 * A script's text, then the text of every script it runs by name, in order (`"test": "npm run
 * test:unit"` runs whatever test:unit does), each script once.
 */
function scriptsRun(scripts: Record<string, unknown>, name: string, seen: Set<string> = new Set()): string[] {
  const text = scripts[name];
  if (typeof text !== 'string' || seen.has(name)) return [];
  seen.add(name);
  return [text, ...[...text.matchAll(RUNS_SCRIPT)].flatMap((match) => scriptsRun(scripts, match[1] as string, seen))];
}

/** The runner a test script starts: the first runner named as a command in it. */
function scriptRunner(script: string): PluginRunner | undefined {
  const named = PLUGIN_RUNNERS.map((runner) => ({ runner, at: new RegExp(`(^|[\\s;&|(/])${runner}(\\s|$)`).exec(script)?.index }))
    .filter((found): found is { runner: PluginRunner; at: number } => found.at !== undefined)
    .sort((a, b) => a.at - b.at);
  return named[0]?.runner;
}

/**
 * The test runner of a project that has no Stryker config, from what the merge base holds: the runner's
 * own config file first (the clearest sign), then a package.json field the runner reads (`jest`,
 * `mocha`, `tap`), then the command the test script runs, then a dependency. Undefined: nothing says.
 */
export function detectTestRunner(packageJson: string | undefined, files: ReadonlySet<string>): DetectedRunner | undefined {
  for (const runner of PLUGIN_RUNNERS) {
    const file = CONFIG_FILES[runner].find((name) => files.has(name));
    if (file !== undefined) return { runner, evidence: file };
  }
  const facts = packageFacts(packageJson);
  const field = (['jest', 'mocha', 'tap'] as const).find((name) => facts.fields.has(name));
  if (field !== undefined) return { runner: field, evidence: `package.json "${field}"` };
  const nodeTest = NODE_TEST.exec(facts.testScript);
  if (nodeTest !== null) return { runner: 'node:test', evidence: 'the test script', command: (nodeTest[1] as string).trim() };
  const fromScript = scriptRunner(facts.testScript);
  if (fromScript !== undefined) return { runner: fromScript, evidence: 'the test script' };
  const dependency = PLUGIN_RUNNERS.find((runner) => facts.dependencies.has(runner));
  return dependency === undefined ? undefined : { runner: dependency, evidence: `the ${dependency} dependency` };
}

/** The Stryker config the gate runs with when the project has none: what it detected, or Stryker's defaults. */
export interface DetectedConfig {
  readonly detected: DetectedRunner | undefined;
  /** The runner's Stryker plugin, when it is needed and not installed beside Stryker. */
  readonly missingPlugin: string | undefined;
  /** The config itself: the one to commit to pin it. */
  readonly config: Readonly<{ testRunner: string } & Record<string, unknown>>;
}

/**
 * The config for a detected runner: its plugin, listed by name (Stryker's own plugin lookup misses
 * plugins pnpm's layout hides), with per-test coverage. node:test from the test script: Stryker's
 * command runner on its `node --test` command alone (a coverage check around it fails on instrumented
 * code). Otherwise (no plugin installed, nothing detected): the command runner on the project's test command.
 */
export function detectedConfig(detected: DetectedRunner | undefined, installed: (plugin: string) => boolean): DetectedConfig {
  if (detected === undefined) return { detected, missingPlugin: undefined, config: { testRunner: 'command' } };
  if (detected.runner === 'node:test') {
    const command = detected.command === undefined ? {} : { commandRunner: { command: detected.command } };
    return { detected, missingPlugin: undefined, config: { testRunner: 'command', ...command } };
  }
  const plugin = runnerPluginPackage(detected.runner);
  if (!installed(plugin)) return { detected, missingPlugin: plugin, config: { testRunner: 'command' } };
  return { detected, missingPlugin: undefined, config: { testRunner: detected.runner, coverageAnalysis: 'perTest', plugins: [plugin] } };
}
