import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, type InputName, Inputs } from '../constants.js';

/** Every input as the runner hands it over: a string, empty when not set. */
export type RawInputs = Readonly<Record<InputName, string>>;

export interface Config {
  /** As given (relative to the workspace, or absolute); resolved and checked by the gate. */
  readonly workingDirectory: string;
  /** Commit or ref to compare with; undefined means "take it from the event". */
  readonly base: string | undefined;
  /** Minimum mutation score in percent, at most two decimals. */
  readonly threshold: number;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly strykerConfig: string | undefined;
  /** Undefined means Stryker's own default. */
  readonly concurrency: number | undefined;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly problems: readonly string[] };

/** What a parser returns for a value it refuses: the message for the user. */
class InputProblem {
  constructor(readonly message: string) {}
}

type Parsed<T> = T | InputProblem;

type ParsedFields = { readonly [Field in keyof Config]: Parsed<Config[Field]> };

/** Parses and checks every input at once, so a user sees all bad inputs in one run. */
export function parseConfig(raw: RawInputs): ConfigResult {
  const fields: ParsedFields = {
    workingDirectory: parseWorkingDirectory(raw[Inputs.WorkingDirectory]),
    base: parseBase(raw[Inputs.Base]),
    threshold: parseThreshold(raw[Inputs.Threshold]),
    include: parseGlobList(Inputs.Include, raw[Inputs.Include], DEFAULT_INCLUDE),
    exclude: parseGlobList(Inputs.Exclude, raw[Inputs.Exclude], DEFAULT_EXCLUDE),
    strykerConfig: parseOptionalPath(raw[Inputs.StrykerConfig]),
    concurrency: parseConcurrency(raw[Inputs.Concurrency]),
  };
  const parsed: unknown[] = Object.values(fields);
  const problems = parsed.flatMap((result) => (result instanceof InputProblem ? [result.message] : []));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: Object.freeze(fields as Config) };
}

function problem(input: InputName, value: string, accepted: string): InputProblem {
  return new InputProblem(`Input "${input}" has value ${JSON.stringify(value)}: ${accepted}.`);
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

function parseThreshold(raw: string): Parsed<number> {
  const value = raw.trim();
  if (value === '') return 0;
  const accepted = 'expected a percentage from 0 to 100 with at most two decimals, such as 80 or 80% or 72.5';
  if (!THRESHOLD_FORM.test(value)) return problem(Inputs.Threshold, raw, accepted);
  const threshold = Number.parseFloat(value);
  if (threshold > 100) return problem(Inputs.Threshold, raw, accepted);
  if (threshold > 0 && threshold < 1) {
    // 0.8 is almost always "80%" written as a fraction; taking it as 0.8% would make the gate toothless.
    return problem(Inputs.Threshold, raw, `${accepted}; write 80 for 80% (0-1 fractions are not accepted)`);
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

function parseGlobList(input: InputName, raw: string, defaults: readonly string[]): Parsed<readonly string[]> {
  const globs = splitGlobList(raw);
  if (globs.length === 0) return defaults;
  const absolute = globs.find((glob) => glob.startsWith('/') || glob.startsWith('!'));
  if (absolute !== undefined) {
    return problem(
      input,
      raw,
      `expected globs relative to working-directory, one per line or comma-separated; "${absolute}" is absolute or negated (use exclude instead of "!")`,
    );
  }
  return Object.freeze(globs);
}

function parseOptionalPath(raw: string): Parsed<string | undefined> {
  const value = raw.trim();
  return value === '' ? undefined : value;
}

function parseConcurrency(raw: string): Parsed<number | undefined> {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!/^\d+$/.test(value) || Number.parseInt(value, 10) < 1) {
    return problem(Inputs.Concurrency, raw, "expected a whole number of test runner processes, 1 or more, or empty for Stryker's default");
  }
  return Number.parseInt(value, 10);
}
