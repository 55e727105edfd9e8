import {
  DEFAULT_AI_LABELS,
  DEFAULT_AI_THRESHOLD,
  DEFAULT_EXCLUDE,
  DEFAULT_FLAKY_CHECK,
  DEFAULT_INCLUDE,
  DEFAULT_THRESHOLD,
  type InputName,
  Inputs,
} from '../../constants.js';
import { AGENT_SIGNALS } from '../attribution/agent-signals.js';
import type { AgentPattern, AiDetection } from '../attribution/attribution.js';
import { PATTERN_KINDS, parseSignalPattern, type SignalPattern } from '../attribution/signal-pattern.js';
import { isWithheldVariable } from '../stryker/test-environment.js';

/** Every input as the runner hands it over: a string, empty when not set. */
export type RawInputs = Readonly<Record<InputName, string>>;

/** What a parser returns for a value it refuses: the message for the user. */
class InputProblem {
  constructor(readonly messages: readonly string[]) {}
}

type Parsed<T> = T | InputProblem;

/**
 * Every setting, declared once: the input it is read from and how (Config's fields and their types
 * follow from this table). A new input is a line here, its name in constants.ts and its entry in action.yml.
 */
const FIELDS = {
  /** As given (relative to the workspace, or absolute); resolved and checked by the gate. */
  workingDirectory: (raw: RawInputs) => parseWorkingDirectory(raw[Inputs.WorkingDirectory]),
  /** Commit or ref to compare with; undefined means "take it from the event". */
  base: (raw: RawInputs) => parseBase(raw[Inputs.Base]),
  /** Minimum mutation score in percent, at most two decimals. */
  threshold: (raw: RawInputs) => parseThreshold(Inputs.Threshold, raw[Inputs.Threshold], DEFAULT_THRESHOLD),
  include: (raw: RawInputs) => parseGlobList(Inputs.Include, raw[Inputs.Include], DEFAULT_INCLUDE),
  exclude: (raw: RawInputs) => parseGlobList(Inputs.Exclude, raw[Inputs.Exclude], DEFAULT_EXCLUDE),
  strykerConfig: (raw: RawInputs) => parseOptionalPath(raw[Inputs.StrykerConfig]),
  /** Undefined means Stryker's own default. */
  concurrency: (raw: RawInputs) => parseConcurrency(raw[Inputs.Concurrency]),
  /** Minimum mutation score over changed lines gated as AI-touched. */
  aiThreshold: (raw: RawInputs) => parseThreshold(Inputs.AiThreshold, raw[Inputs.AiThreshold], DEFAULT_AI_THRESHOLD),
  aiDetection: (raw: RawInputs): Parsed<AiDetection> =>
    parseChoice(Inputs.AiDetection, raw[Inputs.AiDetection], ['auto', 'all', 'off'] as const),
  aiLabels: (raw: RawInputs) => parseList(raw[Inputs.AiLabels], DEFAULT_AI_LABELS),
  /** The built-in agent table followed by the user's ai-patterns. */
  aiPatterns: (raw: RawInputs) => parseAiPatterns(raw[Inputs.AiPatterns]),
  /** How lines with no evidence either way are gated. */
  unknownAs: (raw: RawInputs) => parseChoice(Inputs.UnknownAs, raw[Inputs.UnknownAs], ['human', 'ai'] as const),
  /** Annotate undetected mutants on the diff. */
  annotations: (raw: RawInputs) => parseBoolean(Inputs.Annotations, raw[Inputs.Annotations], true),
  comment: (raw: RawInputs) => parseChoice(Inputs.Comment, raw[Inputs.Comment], ['on-failure', 'never', 'always'] as const),
  /** What an `error` verdict does to the step: fail it, or only warn (the verdict stays `error`). */
  onError: (raw: RawInputs) => parseChoice(Inputs.OnError, raw[Inputs.OnError], ['fail', 'warn'] as const),
  /** Limit on the Stryker run; undefined means none. */
  timeoutMinutes: (raw: RawInputs) => parseTimeout(raw[Inputs.TimeoutMinutes]),
  /** Run the PR's code under pull_request_target with a write token anyway. */
  allowUntrustedCode: (raw: RawInputs) => parseBoolean(Inputs.AllowUntrustedCode, raw[Inputs.AllowUntrustedCode], false),
  /** More environment variables the tests get, by name, beside the allow-list. */
  testEnv: (raw: RawInputs) => parseTestEnv(raw[Inputs.TestEnv]),
  /** How far the code under test is kept from the gate: the strongest available, or only the allow-listed environment. */
  isolation: (raw: RawInputs) => parseChoice(Inputs.Isolation, raw[Inputs.Isolation], ['auto', 'user', 'namespace', 'none'] as const),
  /** How mutants that timed out count: re-run once with a longer budget, or counted as detected or as survived. */
  timeouts: (raw: RawInputs) => parseChoice(Inputs.Timeouts, raw[Inputs.Timeouts], ['recheck', 'detected', 'survived'] as const),
  /** Run every test covering a mutant (Stryker's disableBail), not only up to the first that fails. */
  everyTest: (raw: RawInputs) => parseBoolean(Inputs.EveryTest, raw[Inputs.EveryTest], true),
  /** How many more runs of the whole suite, with no mutant active, look for flaky tests; 0: none. */
  flakyCheck: (raw: RawInputs) => parseFlakyCheck(raw[Inputs.FlakyCheck]),
  /** Whose Stryker runs: the project's own when it has one, else the gate's (`auto`); only one of them. */
  stryker: (raw: RawInputs) => parseChoice(Inputs.Stryker, raw[Inputs.Stryker], ['auto', 'project', 'bundled'] as const),
  /** This run measures one shard of the changed files; undefined: all of them. */
  shard: (raw: RawInputs) => parseShard(raw[Inputs.Shard]),
  /** Shard results to merge instead of running Stryker: files, or directories of them; empty: none. */
  mergeShards: (raw: RawInputs) => parseList(raw[Inputs.MergeShards], []),
  /** Keep an earlier run's results where nothing they rest on changed (see planReuse). */
  reuse: (raw: RawInputs) => parseBoolean(Inputs.Reuse, raw[Inputs.Reuse], true),
  /** The folder that holds the runs' states between pushes (action.yml restores and saves it); undefined: none. */
  stateDir: (raw: RawInputs) => parseOptionalPath(raw[Inputs.StateDir]),
  /** Test a random sample of at most this many changed-line mutants; undefined: all of them. */
  maxMutants: (raw: RawInputs) => parseMaxMutants(raw[Inputs.MaxMutants]),
  /** Approving reviews an AI-heavy pull request needs, from people who did not write it; 0: none. */
  aiApprovals: (raw: RawInputs) =>
    parseWholeNumber(Inputs.AiApprovals, raw[Inputs.AiApprovals], { min: 0, max: 10, empty: 0 }, 'approvals, 0 (off) to 10'),
  /** How many AI-touched changed lines make a pull request need them. */
  aiApprovalsMinLines: (raw: RawInputs) =>
    parseWholeNumber(
      Inputs.AiApprovalsMinLines,
      raw[Inputs.AiApprovalsMinLines],
      { min: 1, max: 1_000_000, empty: 1 },
      'changed lines, 1 or more',
    ),
  /** At most one mutant per changed line (`1`), or every mutant (`all`). */
  mutantsPerLine: (raw: RawInputs): Parsed<'all' | 1> => {
    const choice = parseChoice(Inputs.MutantsPerLine, raw[Inputs.MutantsPerLine], ['all', '1'] as const);
    return choice === '1' ? 1 : choice;
  },
};

/** The parsed, checked settings of one run. */
export type Config = { readonly [Field in keyof typeof FIELDS]: Exclude<ReturnType<(typeof FIELDS)[Field]>, InputProblem> };

export type CommentMode = Config['comment'];

export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly problems: readonly string[] };

/** Parses and checks every input at once, so a user sees all bad inputs in one run. */
export function parseConfig(raw: RawInputs): ConfigResult {
  const fields = Object.fromEntries(Object.entries(FIELDS).map(([field, parse]) => [field, parse(raw)]));
  const parsed: unknown[] = Object.values(fields);
  const problems = parsed.flatMap((result) => (result instanceof InputProblem ? result.messages : []));
  if (fields.shard !== undefined && !(fields.shard instanceof InputProblem) && (fields.mergeShards as readonly string[]).length > 0) {
    problems.push(
      `Inputs "${Inputs.Shard}" and "${Inputs.MergeShards}" are both set: a run measures one shard, or merges them all, not both.`,
    );
  }
  if (fields.shard !== undefined && !(fields.shard instanceof InputProblem) && typeof fields.maxMutants === 'number') {
    problems.push(
      `Inputs "${Inputs.Shard}" and "${Inputs.MaxMutants}" are both set: a sample is drawn from the whole change, which one shard ` +
        'does not see. Shard without a sample, or sample in one job.',
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: Object.freeze(fields as Config) };
}

function describe(input: InputName, value: string, accepted: string): string {
  return `Input "${input}" has value ${JSON.stringify(value)}: ${accepted}.`;
}

function problem(input: InputName, value: string, accepted: string): InputProblem {
  return new InputProblem([describe(input, value, accepted)]);
}

function parseWorkingDirectory(raw: string): Parsed<string> {
  const value = raw.trim();
  return value === '' ? '.' : value;
}

const REF_FORBIDDEN = /[\s\p{Cc}]|\.\./u;

function parseBase(raw: string): Parsed<string | undefined> {
  const value = raw.trim();
  if (value === '') return undefined;
  // The ref reaches git as an argument: an option-like or range-like value must never get there.
  if (value.startsWith('-') || REF_FORBIDDEN.test(value)) {
    return problem(
      Inputs.Base,
      raw,
      'expected a commit SHA or a ref name such as main or origin/main (no spaces, no "..", not starting with "-")',
    );
  }
  return value;
}

const THRESHOLD_FORM = /^(\d{1,3})(\.\d{1,2})?%?$/;

function parseThreshold(input: InputName, raw: string, fallback: number): Parsed<number> {
  const value = raw.trim();
  if (value === '') return fallback;
  const accepted = 'expected a percentage from 0 to 100 with at most two decimals, such as 80 or 80% or 72.5';
  if (!THRESHOLD_FORM.test(value)) return problem(input, raw, accepted);
  const threshold = Number.parseFloat(value);
  if (threshold > 100) return problem(input, raw, accepted);
  if (threshold > 0 && threshold < 1) {
    // 0.8 is almost always "80%" written as a fraction; taking it as 0.8% would make the gate toothless.
    return problem(input, raw, `${accepted}; write 80 for 80% (0-1 fractions are not accepted)`);
  }
  return threshold;
}

/** Splits on newlines and on commas outside `{...}`, so `**\/*.{ts,tsx}` stays one glob. */
export function splitGlobList(raw: string): string[] {
  const globs: string[] = [];
  let current = '';
  let braceDepth = 0;
  for (const char of raw) {
    if (char === '{') braceDepth += 1;
    if (char === '}') braceDepth = Math.max(0, braceDepth - 1);
    if (char === '\n' || char === '\r' || (char === ',' && braceDepth === 0)) {
      globs.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  globs.push(current);
  return globs.map((glob) => glob.trim()).filter((glob) => glob !== '');
}

function parseList(raw: string, defaults: readonly string[]): readonly string[] {
  const items = splitGlobList(raw);
  return items.length === 0 ? defaults : Object.freeze(items);
}

function parseGlobList(input: InputName, raw: string, defaults: readonly string[]): Parsed<readonly string[]> {
  const globs = parseList(raw, defaults);
  const absolute = globs.find((glob) => glob.startsWith('/') || glob.startsWith('!'));
  if (absolute !== undefined) {
    return problem(
      input,
      raw,
      `expected globs relative to working-directory, one per line or comma-separated; "${absolute}" is absolute or negated (use exclude instead of "!")`,
    );
  }
  return globs;
}

function parseOptionalPath(raw: string): Parsed<string | undefined> {
  const value = raw.trim();
  return value === '' ? undefined : value;
}

/** Fewer mutants than this give an interval too wide to decide anything. */
export const MIN_SAMPLE = 10;

function parseMaxMutants(raw: string): Parsed<number | undefined> {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!/^\d{1,7}$/.test(value) || Number.parseInt(value, 10) < MIN_SAMPLE) {
    return problem(Inputs.MaxMutants, raw, `expected a whole number of mutants, at least ${MIN_SAMPLE}, or empty for no limit`);
  }
  return Number.parseInt(value, 10);
}

function parseWholeNumber(
  input: InputName,
  raw: string,
  { min, max, empty }: { readonly min: number; readonly max: number; readonly empty: number },
  accepted: string,
): Parsed<number> {
  const value = raw.trim();
  if (value === '') return empty;
  const number = /^\d{1,7}$/.test(value) ? Number.parseInt(value, 10) : Number.NaN;
  return number >= min && number <= max ? number : problem(input, raw, `expected a whole number of ${accepted}`);
}

function parseConcurrency(raw: string): Parsed<number | undefined> {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!/^\d+$/.test(value) || Number.parseInt(value, 10) < 1) {
    return problem(Inputs.Concurrency, raw, "expected a whole number of test runner processes, 1 or more, or empty for Stryker's default");
  }
  return Number.parseInt(value, 10);
}

/** One shard of a run split over a job matrix: the index-th (from 1) of count. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

const MAX_SHARDS = 64;

function parseShard(raw: string): Parsed<Shard | undefined> {
  const value = raw.trim();
  if (value === '') return undefined;
  const form = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number.parseInt(form?.[1] ?? '', 10);
  const count = Number.parseInt(form?.[2] ?? '', 10);
  if (form === null || index < 1 || index > count || count > MAX_SHARDS) {
    return problem(Inputs.Shard, raw, `expected k/n with 1 <= k <= n <= ${MAX_SHARDS}, such as 2/4 (the second of four shards), or empty`);
  }
  return Object.freeze({ index, count });
}

const MAX_FLAKY_CHECK = 20;

function parseFlakyCheck(raw: string): Parsed<number> {
  const value = raw.trim();
  if (value === '') return DEFAULT_FLAKY_CHECK;
  if (!/^\d+$/.test(value) || Number.parseInt(value, 10) > MAX_FLAKY_CHECK) {
    return problem(Inputs.FlakyCheck, raw, `expected a whole number of runs from 0 (no check) to ${MAX_FLAKY_CHECK}`);
  }
  return Number.parseInt(value, 10);
}

function parseBoolean(input: InputName, raw: string, fallback: boolean): Parsed<boolean> {
  const choice = parseChoice(input, raw, fallback ? (['true', 'false'] as const) : (['false', 'true'] as const));
  return choice instanceof InputProblem ? choice : choice === 'true';
}

const TIMEOUT_FORM = /^\d{1,4}(\.\d{1,2})?$/;
const MAX_TIMEOUT_MINUTES = 1440;

function parseTimeout(raw: string): Parsed<number | undefined> {
  const value = raw.trim();
  if (value === '') return undefined;
  const minutes = Number.parseFloat(value);
  if (!TIMEOUT_FORM.test(value) || minutes <= 0 || minutes > MAX_TIMEOUT_MINUTES) {
    return problem(
      Inputs.TimeoutMinutes,
      raw,
      `expected minutes above 0 and at most ${MAX_TIMEOUT_MINUTES}, such as 30 or 7.5, or empty for no limit`,
    );
  }
  return minutes;
}

function parseChoice<Choice extends string>(input: InputName, raw: string, choices: readonly Choice[]): Parsed<Choice> {
  const value = raw.trim().toLowerCase();
  if (value === '') return choices[0] as Choice;
  if (choices.includes(value as Choice)) return value as Choice;
  return problem(input, raw, `expected one of ${choices.join(', ')}`);
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Names of variables, one per line or comma-separated; none of those the gate never hands to the tests. */
function parseTestEnv(raw: string): Parsed<readonly string[]> {
  const names = parseList(raw, []);
  const malformed = names.filter((name) => !VARIABLE_NAME.test(name));
  const withheld = names.filter((name) => VARIABLE_NAME.test(name) && isWithheldVariable(name));
  const problems = [
    ...malformed.map((name) =>
      describe(Inputs.TestEnv, name, 'expected environment variable names (letters, digits, _), one per line or comma-separated'),
    ),
    ...withheld.map((name) =>
      describe(
        Inputs.TestEnv,
        name,
        'the token, the inputs, ACTIONS_* and the step command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE) never reach the code under test',
      ),
    ),
  ];
  return problems.length > 0 ? new InputProblem(problems) : names;
}

const BUILT_IN_PATTERNS: readonly AgentPattern[] = Object.freeze(
  AGENT_SIGNALS.map(({ agent, pattern }) => ({
    agent,
    pattern: parseSignalPattern(pattern, [...PATTERN_KINDS, 'pr-body']) as SignalPattern,
  })),
);

/** One pattern per line, added after the built-in agent table; every bad line is reported. */
function parseAiPatterns(raw: string): Parsed<readonly AgentPattern[]> {
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const parsed = lines.map((line) => parseSignalPattern(line));
  const problems = parsed.filter((result): result is string => typeof result === 'string');
  if (problems.length > 0) {
    return new InputProblem(problems.map((reason) => `Input "${Inputs.AiPatterns}": ${reason}.`));
  }
  const custom = (parsed as SignalPattern[]).map((pattern) => ({ agent: 'ai-patterns', pattern }));
  return Object.freeze([...BUILT_IN_PATTERNS, ...custom]);
}
