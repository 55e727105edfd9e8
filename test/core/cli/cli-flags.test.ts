import { describe, expect, it } from 'vitest';
import { Inputs } from '../../../src/constants.js';
import { type DeclaredInput, helpText, inFlagWords, parseCliArguments } from '../../../src/core/cli/cli-flags.js';
import { parseConfig } from '../../../src/core/config/config.js';

/** Every input the action declares, with a default where action.yml has one worth checking. */
const INPUTS: DeclaredInput[] = Object.values(Inputs).map((name) => ({
  name,
  description: `What ${name} does. More words e.g. this. And a second sentence.`,
  default: { threshold: '50', 'ai-threshold': '80', reuse: 'true', comment: 'on-failure', 'unknown-as': 'human' }[name as string] ?? '',
}));

const parse = (...args: string[]) => parseCliArguments(args, INPUTS);

describe('parseCliArguments', () => {
  it('takes every setting as a flag of the input’s name, in both spellings, and action.yml’s default for the rest', () => {
    const { request, problems } = parse('--threshold', '70', '--ai-threshold=90', '--include', 'src/**/*.ts');
    expect(problems).toEqual([]);
    expect(request.raw.threshold).toBe('70');
    expect(request.raw['ai-threshold']).toBe('90');
    expect(request.raw.include).toBe('src/**/*.ts');
    expect(request.raw['unknown-as']).toBe('human');
    expect(request.raw.reuse).toBe('true');
    expect(request.raw.base).toBe('');
    expect(request.baseGiven).toBe(false);
    expect(parse('--base', 'develop').request.baseGiven).toBe(true);
    // The raw inputs are what the action's own parser reads.
    expect(parseConfig(request.raw).ok).toBe(true);
  });

  it('runs the workflow-only inputs with the values that make sense here, and refuses them as flags', () => {
    const { request } = parse();
    expect(request.raw.comment).toBe('never');
    expect(request.raw.annotations).toBe('false');
    expect(request.raw['github-token']).toBe('');
    expect(request.raw['on-error']).toBe('fail');
    expect(parse('--github-token', 'ghp_x', '--on-error=warn').problems).toEqual([
      'Flag --github-token is an input of the action only: the command reads nothing from GitHub and posts nothing there.',
      'Flag --on-error is an input of the action only: an error always exits with code 2.',
    ]);
  });

  it('names every problem of the command line at once: unknown flags, missing values, stray arguments, bad formats', () => {
    expect(parse('--bogus', 'value', '--threshold', 'stray', 'more', '--format', 'xml', '--help=yes', '--concurrency').problems).toEqual([
      'Unknown flag --bogus: see --help for every flag.',
      'Unexpected argument "more": every setting is a flag (--name value); see --help.',
      'Flag --help takes no value.',
      'Flag --concurrency needs a value (--concurrency <value> or --concurrency=<value>).',
      'Flag --format has value "xml": use one of text, json, brief.',
    ]);
  });

  it('takes the argument after a refused flag as its value, and names any other stray argument', () => {
    expect(parse('--verbose', 'stray').problems).toEqual([
      'Unexpected argument "stray": every setting is a flag (--name value); see --help.',
    ]);
    expect(parse('--bogus=1', 'stray').problems).toEqual([
      'Unknown flag --bogus: see --help for every flag.',
      'Unexpected argument "stray": every setting is a flag (--name value); see --help.',
    ]);
    expect(parse('--comment=never', 'stray').problems).toEqual([
      'Flag --comment is an input of the action only: the command posts no pull request comment.',
      'Unexpected argument "stray": every setting is a flag (--name value); see --help.',
    ]);
    expect(parse('--comment', 'never').problems).toEqual([
      'Flag --comment is an input of the action only: the command posts no pull request comment.',
    ]);
    expect(parse('first', '--threshold', '50', 'second').problems).toHaveLength(2);
    expect(parse('--threshold', '50', '--', '--json').problems).toEqual([
      'Unexpected argument "--json": every setting is a flag (--name value); see --help.',
    ]);
    expect(parse('--threshold', '50', '--', '--json').request.format).toBe('text');
  });

  it('prints text unless told json or brief, and refuses two outputs at once', () => {
    expect(parse('--format', 'xml').request.format).toBe('text');
    expect(parse().request.format).toBe('text');
    expect(parse('--json').request.format).toBe('json');
    expect(parse('--format', 'brief').request.format).toBe('brief');
    expect(parse('--json', '--format', 'brief').problems).toEqual(['Flags --json and --format brief ask for two outputs: give one.']);
    expect(parse('--json', '--format', 'json').problems).toEqual([]);
  });

  it('reads the switches', () => {
    const { request } = parse('--no-color', '--verbose');
    expect([request.noColor, request.verbose, request.help, request.version]).toEqual([true, true, false, false]);
    expect(parse('--help').request.help).toBe(true);
    expect(parse('--version').request.version).toBe(true);
  });
});

describe('inFlagWords', () => {
  it('names inputs as flags', () => {
    expect(inFlagWords('Input "threshold" has value "x": expected a percentage.')).toBe(
      'Flag --threshold has value "x": expected a percentage.',
    );
    expect(inFlagWords('Inputs "shard" and "max-mutants" are both set.')).toBe('Flags --shard and --max-mutants are both set.');
    expect(inFlagWords('Set the "base" input (for example base: main).')).toBe('Set the --base flag (for example base: main).');
  });
});

describe('helpText', () => {
  it('is usage, the settings, the output flags and the exit codes, aligned', () => {
    const two: DeclaredInput[] = [
      { name: 'threshold', description: 'Minimum score,\n  e.g. 80. More.', default: '50' },
      { name: 'comment', description: 'Workflow only.', default: 'on-failure' },
      { name: 'include', description: 'Globs (`a`)', default: '' },
    ];
    expect(helpText(two)).toBe(
      [
        'Usage: mutation-gate [flags]',
        '',
        "Mutation-tests the lines your branch changed (committed or not) against the merge base with the remote's default",
        'branch, and gates on the score, exactly as the mutation-gate action does on a pull request.',
        '',
        'Settings (the inputs of the action, with its defaults):',
        '  --threshold  Minimum score, e.g. 80. (default: 50)',
        '  --include    Globs (`a`)',
        '',
        'Output:',
        '  --format     What to print on standard output: text, json, brief (default: text)',
        "  --json       Print the gate's JSON report (the same as --format json)",
        '  --no-color   No colours, even on a terminal (NO_COLOR does the same)',
        '  --verbose    Print every line Stryker prints, not only its progress',
        '  --help       Print this help',
        "  --version    Print the command's version",
        '',
        'Exit codes: 0 pass or no mutants on the changed lines, 1 fail, 2 error (bad flags included).',
      ].join('\n'),
    );
  });

  it('lists every flag but the workflow-only ones, with its first sentence and default', () => {
    const help = helpText(INPUTS);
    expect(help).toMatch(/^ {2}--threshold +What threshold does\. \(default: 50\)$/m);
    expect(help).toMatch(/^ {2}--include +What include does\.$/m);
    for (const name of Object.values(Inputs).filter((input) => !['github-token', 'comment', 'annotations', 'on-error'].includes(input))) {
      expect(help).toContain(`  --${name} `);
    }
    for (const name of ['github-token', 'comment', 'annotations', 'on-error']) expect(help).not.toContain(`--${name} `);
  });

  it('gives the local defaults where they differ from the action’s, its own flags and the exit codes', () => {
    const help = helpText(INPUTS);
    expect(help).toMatch(/--base +What base does\. \(default: the merge base with origin\/HEAD, else main or master\)/);
    expect(help).toMatch(/--state-dir .*\(default: a folder of the repository under ~\/\.cache\/mutation-gate\)/);
    expect(help).toMatch(/--format +What to print on standard output: text, json, brief \(default: text\)/);
    for (const flag of ['--json', '--no-color', '--verbose', '--help', '--version']) expect(help).toContain(`  ${flag} `);
    expect(help).toContain('Exit codes: 0 pass or no mutants on the changed lines, 1 fail, 2 error');
  });
});
