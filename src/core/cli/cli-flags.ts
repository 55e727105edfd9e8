import { parseArgs } from 'node:util';
import { type InputName, Inputs } from '../../constants.js';
import type { RawInputs } from '../config/config.js';

/** One of the action's inputs as action.yml declares it: the command's flag of the same name. */
export interface DeclaredInput {
  readonly name: string;
  readonly description: string;
  readonly default: string;
}

/**
 * Inputs that only mean something inside a workflow, with the value the command runs with and why it
 * has no flag: it posts nothing to GitHub, and an error always exits with code 2.
 */
const WORKFLOW_ONLY: Readonly<Partial<Record<InputName, { readonly value: string; readonly why: string }>>> = {
  [Inputs.GithubToken]: { value: '', why: 'the command reads nothing from GitHub and posts nothing there' },
  [Inputs.Comment]: { value: 'never', why: 'the command posts no pull request comment' },
  [Inputs.Annotations]: { value: 'false', why: 'the command annotates no diff on GitHub' },
  [Inputs.OnError]: { value: 'fail', why: 'an error always exits with code 2' },
};

export const OUTPUT_FORMATS = ['text', 'json', 'brief'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The command's own flags, beside the inputs: how it prints, and nothing about how it measures. */
const OWN_FLAGS = {
  format: { type: 'string', help: `What to print on standard output: ${OUTPUT_FORMATS.join(', ')}`, default: 'text' },
  json: { type: 'boolean', help: "Print the gate's JSON report (the same as --format json)", default: 'false' },
  'no-color': { type: 'boolean', help: 'No colours, even on a terminal (NO_COLOR does the same)', default: 'false' },
  verbose: { type: 'boolean', help: 'Print every line Stryker prints, not only its progress', default: 'false' },
  help: { type: 'boolean', help: 'Print this help', default: 'false' },
  version: { type: 'boolean', help: "Print the command's version", default: 'false' },
} as const;

/** What one invocation asks for. */
export interface CliRequest {
  /** Every input, as the runner would pass it: the flag's value, else action.yml's default. */
  readonly raw: RawInputs;
  /** --base was given: otherwise the command picks the remote's default branch. */
  readonly baseGiven: boolean;
  readonly format: OutputFormat;
  /** --no-color was given. */
  readonly noColor: boolean;
  readonly verbose: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** The request as far as it could be read, and what was wrong with the command line (empty when nothing). */
export interface CliParse {
  readonly request: CliRequest;
  readonly problems: readonly string[];
}

/** The defaults that differ on a laptop: no event names a base, and there is no RUNNER_TEMP. */
const LOCAL_DEFAULTS: Readonly<Partial<Record<InputName, string>>> = {
  [Inputs.Base]: 'the merge base with origin/HEAD, else main or master',
  [Inputs.StateDir]: 'a folder of the repository under ~/.cache/mutation-gate',
};

const flagInputs = (inputs: readonly DeclaredInput[]): DeclaredInput[] =>
  inputs.filter((input) => !Object.hasOwn(WORKFLOW_ONLY, input.name));

/**
 * The command line, checked whole: every unknown flag, missing value and stray argument is named, as the
 * action names every bad input at once. The values are checked by the action's own parser, with these.
 */
export function parseCliArguments(args: readonly string[], inputs: readonly DeclaredInput[]): CliParse {
  const flags = flagInputs(inputs);
  const options = {
    ...Object.fromEntries(flags.map((input) => [input.name, { type: 'string' as const }])),
    ...Object.fromEntries(Object.entries(OWN_FLAGS).map(([name, flag]) => [name, { type: flag.type }])),
  };
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const problems: string[] = [];
  const given = new Map<string, string>();
  const switches = new Set<string>();
  /**
   * A flag without a value that is not a switch: the parser leaves a refused flag's value (`--bogus x`)
   * as the next argument, which is then its value, not one more problem. (A known flag takes the next
   * argument as its value itself.)
   */
  let awaitsValue = false;
  for (const token of tokens) {
    const isValue = awaitsValue;
    awaitsValue = false;
    if (token.kind === 'positional') {
      if (!isValue) {
        problems.push(`Unexpected argument ${JSON.stringify(token.value)}: every setting is a flag (--name value); see --help.`);
      }
    } else if (token.kind === 'option') {
      const workflowOnly = WORKFLOW_ONLY[token.name as InputName];
      const own = Object.hasOwn(OWN_FLAGS, token.name) ? OWN_FLAGS[token.name as keyof typeof OWN_FLAGS] : undefined;
      awaitsValue = own?.type !== 'boolean' && token.value === undefined;
      if (workflowOnly !== undefined) {
        problems.push(`Flag --${token.name} is an input of the action only: ${workflowOnly.why}.`);
      } else if (own?.type === 'boolean' || (own === undefined && !flags.some((input) => input.name === token.name))) {
        if (own === undefined) problems.push(`Unknown flag ${token.rawName}: see --help for every flag.`);
        else if (token.value !== undefined) problems.push(`Flag --${token.name} takes no value.`);
        else switches.add(token.name);
      } else if (token.value === undefined) {
        problems.push(`Flag --${token.name} needs a value (--${token.name} <value> or --${token.name}=<value>).`);
      } else {
        given.set(token.name, token.value);
      }
    }
  }
  const format = switches.has('json') ? 'json' : (given.get('format') ?? 'text');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    problems.push(`Flag --format has value ${JSON.stringify(format)}: use one of ${OUTPUT_FORMATS.join(', ')}.`);
  }
  if (switches.has('json') && given.has('format') && given.get('format') !== 'json') {
    problems.push(`Flags --json and --format ${given.get('format')} ask for two outputs: give one.`);
  }
  const raw = Object.fromEntries(
    inputs.map((input) => [input.name, WORKFLOW_ONLY[input.name as InputName]?.value ?? given.get(input.name) ?? input.default]),
  ) as RawInputs;
  return {
    problems,
    request: {
      raw,
      baseGiven: given.has(Inputs.Base),
      format: (OUTPUT_FORMATS as readonly string[]).includes(format) ? (format as OutputFormat) : 'text',
      noColor: switches.has('no-color'),
      verbose: switches.has('verbose'),
      help: switches.has('help'),
      version: switches.has('version'),
    },
  };
}

/** The action's words for a bad input, in the command's: `Input "threshold"` is the flag --threshold. */
export function inFlagWords(problem: string): string {
  return problem
    .replaceAll(/\bInputs "([a-z-]+)" and "([a-z-]+)"/g, 'Flags --$1 and --$2')
    .replaceAll(/\bInput "([a-z-]+)"/g, 'Flag --$1')
    .replaceAll(/\bthe "([a-z-]+)" input\b/g, 'the --$1 flag');
}

/** The first sentence of an input's description, on one line ("e.g." ends none). */
function summaryOf(description: string): string {
  const text = description.replaceAll(/\s+/g, ' ').trim();
  const end = text.search(/\.(\s+[A-Z`]|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function flagLine(name: string, help: string, defaultValue: string, width: number): string {
  const shown = defaultValue === '' ? '' : ` (default: ${defaultValue})`;
  return `  --${name.padEnd(width)}  ${help}${shown}`;
}

/** --help: usage, every flag with its default, the exit codes. */
export function helpText(inputs: readonly DeclaredInput[]): string {
  const flags = flagInputs(inputs);
  const width = Math.max(...[...flags.map((input) => input.name), ...Object.keys(OWN_FLAGS)].map((name) => name.length));
  return [
    'Usage: mutation-gate [flags]',
    '',
    "Mutation-tests the lines your branch changed (committed or not) against the merge base with the remote's default",
    'branch, and gates on the score, exactly as the mutation-gate action does on a pull request.',
    '',
    'Settings (the inputs of the action, with its defaults):',
    ...flags.map((input) =>
      flagLine(input.name, summaryOf(input.description), LOCAL_DEFAULTS[input.name as InputName] ?? input.default, width),
    ),
    '',
    'Output:',
    ...Object.entries(OWN_FLAGS).map(([name, flag]) => flagLine(name, flag.help, flag.type === 'boolean' ? '' : flag.default, width)),
    '',
    'Exit codes: 0 pass or no mutants on the changed lines, 1 fail, 2 error (bad flags included).',
  ].join('\n');
}
