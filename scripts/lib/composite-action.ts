/**
 * Runs action.yml the way the GitHub runner runs a composite action, so the demo and the end-to-end
 * tests go through the real step definitions: inputs resolved from `with:` and defaults, each step's
 * `env:` evaluated, no INPUT_* variables for free, `bash --noprofile --norc -eo pipefail` on a script
 * file, GITHUB_ACTION_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, outputs mapped back, and
 * secrets registered with ::add-mask:: shown as *** in the log. Steps run on success unless their `if:`
 * says otherwise (`!cancelled()`, `always()`, comparisons of outputs, joined by `&&`). actions/cache's
 * restore and save steps use a folder of this machine as the cache service (same key, same files).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionInput {
  default?: string;
  required?: boolean;
}

interface ActionStep {
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  uses?: string;
  with?: Record<string, string>;
}

interface ActionDefinition {
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface CompositeRunOptions {
  /** The action's directory (holds action.yml); becomes GITHUB_ACTION_PATH. */
  readonly actionPath: string;
  /** The step's working directory, GITHUB_WORKSPACE. */
  readonly workspace: string;
  /** The `with:` of the workflow step. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The runner's environment for the job (PATH, HOME, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, ...). */
  readonly env: Readonly<Record<string, string>>;
  /** Receives the step's output as it comes, for live progress. */
  readonly onOutput?: (chunk: string) => void;
  /** A job summary file that cannot be written (a full disk, a broken runner), to see that nothing else is lost. */
  readonly unwritableSummary?: boolean;
  /** Where the step's command files (outputs, summary) go, like the runner's `_runner_file_commands`; a new temp directory by default. */
  readonly commandFilesDirectory?: string;
  /** The folder that stands in for GitHub's cache service, one subfolder per key; a new temp directory by default. */
  readonly cacheStore?: string;
}

export interface CompositeRunResult {
  readonly exitCode: number;
  readonly log: string;
  /** The `uses:` steps that ran, each with its evaluated `with:`, in order. */
  readonly usesSteps: readonly { readonly uses: string; readonly with: Readonly<Record<string, string>> }[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
}

interface Contexts {
  readonly inputs: Readonly<Record<string, string>>;
  readonly steps: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly github: Readonly<Record<string, string>>;
  readonly runner?: Readonly<Record<string, string>>;
}

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;

/** Evaluates the property lookups composite actions use; anything else is refused, not guessed. */
function evaluate(template: string, contexts: Contexts): string {
  return template.replaceAll(EXPRESSION, (_match, expression: string) => lookUp(expression, contexts));
}

function lookUp(expression: string, contexts: Contexts): string {
  const [scope, ...path] = expression.split('.');
  if (scope === 'inputs' && path.length === 1) return contexts.inputs[path[0] as string] ?? '';
  if (scope === 'github' && path.length === 1) return contexts.github[path[0] as string] ?? '';
  if (scope === 'runner' && path.length === 1 && contexts.runner !== undefined) return contexts.runner[path[0] as string] ?? '';
  if (scope === 'steps' && path.length === 3 && path[1] === 'outputs') {
    return contexts.steps[path[0] as string]?.[path[2] as string] ?? '';
  }
  throw new Error(`Unsupported expression in action.yml: \${{ ${expression} }}`);
}

const STATUS_FUNCTIONS = new Set(['!cancelled()', 'always()', 'success()', 'failure()']);

/**
 * A step's `if:`: terms joined by `&&`, each a status function or `<lookup> == '<text>'` (or `!=`).
 * Without a status function the step runs only while every earlier step succeeded, as on a runner.
 */
function shouldRun(condition: string | undefined, failed: boolean, contexts: Contexts): boolean {
  if (condition === undefined) return !failed;
  const body = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(condition)?.[1] ?? condition;
  const terms = body.split('&&').map((term) => term.trim());
  const results = terms.map((term) => {
    if (term === '!cancelled()' || term === 'always()') return true;
    if (term === 'success()') return !failed;
    if (term === 'failure()') return failed;
    const comparison = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(term);
    if (comparison === null) throw new Error(`Unsupported if: in action.yml: ${condition}`);
    const [, lookup, operator, text] = comparison as unknown as [string, string, string, string];
    return (lookUp(lookup, contexts) === text) === (operator === '==');
  });
  const statusGiven = terms.some((term) => STATUS_FUNCTIONS.has(term));
  return results.every(Boolean) && (statusGiven || !failed);
}

/**
 * actions/cache's restore and save, with `store` as the cache service: a subfolder per key. Restore takes
 * the key, else the newest entry whose key starts with a restore key; save keeps an existing entry, as
 * the service refuses to overwrite a key.
 */
async function runCacheStep(uses: string, given: Record<string, string>, store: string): Promise<Record<string, string>> {
  const { path, key } = given;
  if (path === undefined || key === undefined || path.includes('\n')) throw new Error(`${uses} needs one path and a key here.`);
  const entryOf = (name: string): string => join(store, encodeURIComponent(name));
  const modified = (name: string): Promise<number | undefined> =>
    stat(entryOf(name)).then(
      (found) => found.mtimeMs,
      () => undefined,
    );
  if (uses.startsWith('actions/cache/restore@')) {
    const prefixes = (given['restore-keys'] ?? '').split('\n').filter((prefix) => prefix !== '');
    let matched = (await modified(key)) === undefined ? undefined : key;
    for (const prefix of prefixes) {
      if (matched !== undefined) break;
      const names = (await readdir(store)).map(decodeURIComponent).filter((name) => name.startsWith(prefix));
      const dated = await Promise.all(names.map(async (name) => ({ name, at: (await modified(name)) ?? 0 })));
      matched = dated.sort((a, b) => b.at - a.at)[0]?.name;
    }
    if (matched !== undefined) await cp(entryOf(matched), path, { recursive: true });
    return { 'cache-hit': String(matched === key), 'cache-primary-key': key, 'cache-matched-key': matched ?? '' };
  }
  if ((await modified(key)) === undefined) await cp(path, entryOf(key), { recursive: true });
  return {};
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (index += 1; index < lines.length && lines[index] !== delimiter; index += 1) value.push(lines[index] as string);
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function resolveInputs(
  definition: ActionDefinition,
  given: Readonly<Record<string, string>>,
  github: Contexts['github'],
): Record<string, string> {
  const declared = definition.inputs ?? {};
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`Unexpected input(s) ${unknown.join(', ')}: action.yml does not declare them.`);
  return Object.fromEntries(
    Object.entries(declared).map(([name, input]) => [
      name,
      given[name] ?? evaluate(input.default ?? '', { inputs: {}, steps: {}, github }),
    ]),
  );
}

/**
 * The runner's handling of a step's output that matters here: `::add-mask::` lines register a secret
 * and are not shown, and every registered secret is shown as *** from then on.
 */
class MaskedLog {
  private readonly masks: string[] = [];
  private pending = '';
  text = '';

  constructor(private readonly onLine?: (line: string) => void) {}

  write(chunk: string): void {
    const lines = `${this.pending}${chunk}`.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  end(): void {
    if (this.pending !== '') this.line(this.pending);
    this.pending = '';
  }

  private line(raw: string): void {
    const mask = /^::add-mask::(.+)$/.exec(raw);
    if (mask) {
      this.masks.push(mask[1] as string);
      return;
    }
    const shown = this.masks.reduce((line, secret) => line.replaceAll(secret, '***'), raw);
    this.text += `${shown}\n`;
    this.onLine?.(`${shown}\n`);
  }
}

function runBash(
  script: string,
  cwd: string,
  env: Record<string, string>,
  onOutput?: (chunk: string) => void,
): Promise<{ exitCode: number; log: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = new MaskedLog(onOutput);
    child.stdout.on('data', (chunk: Buffer) => log.write(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => log.write(chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => {
      log.end();
      resolvePromise({ exitCode: code ?? 1, log: log.text });
    });
  });
}

export async function runCompositeAction(options: CompositeRunOptions): Promise<CompositeRunResult> {
  const definition = parse(await readFile(join(options.actionPath, 'action.yml'), 'utf8')) as ActionDefinition;
  if (definition.runs.using !== 'composite') throw new Error(`action.yml is not a composite action (${definition.runs.using}).`);
  const github = { token: options.env.GITHUB_TOKEN ?? '', action_path: options.actionPath };
  const inputs = resolveInputs(definition, options.inputs, github);
  const files = options.commandFilesDirectory ?? (await mkdtemp(join(tmpdir(), 'composite-run-')));
  const summaryPath = join(files, 'step-summary.md');
  // A directory where the file should be: appending to it fails, even for root.
  await (options.unwritableSummary ? mkdir(summaryPath) : writeFile(summaryPath, ''));
  const steps: Record<string, Record<string, string>> = {};
  const runner = { temp: options.env.RUNNER_TEMP ?? tmpdir(), os: 'Linux' };
  const cacheStore = options.cacheStore ?? (await mkdtemp(join(tmpdir(), 'composite-cache-')));
  const usesSteps: { uses: string; with: Record<string, string> }[] = [];
  let log = '';
  let exitCode = 0;
  for (const [index, step] of definition.runs.steps.entries()) {
    if (!shouldRun(step.if, exitCode !== 0, { inputs, steps, github, runner })) continue;
    if (step.uses !== undefined) {
      if (!/^actions\/cache\/(restore|save)@[0-9a-f]{40}$/.test(step.uses)) {
        throw new Error(`Step ${index} uses ${step.uses}; only actions/cache/restore and save, pinned by commit, are supported here.`);
      }
      const given = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(String(value), { inputs, steps, github, runner })]),
      );
      usesSteps.push({ uses: step.uses, with: given });
      const outputs = await runCacheStep(step.uses, given, cacheStore);
      if (step.id !== undefined) steps[step.id] = outputs;
      continue;
    }
    if (step.run === undefined) throw new Error(`Step ${index} is neither a run step nor a uses step.`);
    if (step.shell !== 'bash') throw new Error(`Step ${index} must set shell: bash (composite run steps need a shell).`);
    const outputPath = join(files, `output-${index}`);
    const scriptPath = join(files, `step-${index}.sh`);
    await writeFile(outputPath, '');
    await writeFile(scriptPath, evaluate(step.run, { inputs, steps, github, runner }));
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(String(value), { inputs, steps, github })]),
    );
    const env = {
      ...options.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_ACTION_PATH: options.actionPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      ...stepEnv,
    };
    const result = await runBash(scriptPath, options.workspace, env, options.onOutput);
    log += result.log;
    if (step.id !== undefined) steps[step.id] = parseOutputFile(await readFile(outputPath, 'utf8'));
    if (result.exitCode !== 0 && exitCode === 0) exitCode = result.exitCode;
  }
  return {
    exitCode,
    log,
    usesSteps,
    outputs: mapOutputs(definition, inputs, steps, github),
    summary: await readFile(summaryPath, 'utf8').catch(() => ''),
  };
}

function mapOutputs(
  definition: ActionDefinition,
  inputs: Record<string, string>,
  steps: Contexts['steps'],
  github: Contexts['github'],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(definition.outputs ?? {}).map(([name, output]) => [name, evaluate(output.value, { inputs, steps, github })]),
  );
}
