import type { MutantResult } from './stryker-report.js';
import { RECHECK_BUDGET } from './timeout-recheck.js';

export interface StrykerRunSettings {
  readonly mutate: readonly string[];
  /** The gate's module that is Stryker's reporter for the run: it hands the report over sealed. */
  readonly sealModulePath: string;
  /** Where Stryker's HTML reporter writes its report of the changed files. */
  readonly htmlReportPath: string;
  readonly concurrency: number | undefined;
  /**
   * - `measure`: the change's mutants;
   * - `recheck`: mutants that timed out or no test judged, again: Stryker's timeoutMS and timeoutFactor,
   *   the project's or its defaults, grow;
   * - `probe`: the check for flaky tests (see probeModule): every test runs against every mutant
   *   (coverage analysis off), whatever mutators, checkers or coverage settings the project chose;
   * - `enumerate`: the mutants Stryker makes on the ranges, none tested: the gate's own test runner
   *   reports one test that covers nothing, so every mutant is NoCoverage (for a budget's choice).
   */
  readonly purpose: 'measure' | 'recheck' | 'probe' | 'enumerate';
  /** Every covering test runs against each mutant (Stryker's disableBail). */
  readonly everyTest: boolean;
  /**
   * Keep the runner's related-test narrowing as the project set it (Vitest's `related`, Jest's
   * `enableFindRelatedTests`, both on by default): only when a test reaches every mutated file.
   */
  readonly relatedTests: boolean;
  /**
   * Under a budget: the chosen mutants (chosenMutantKey). The gate's checker fails every other mutant
   * Stryker makes in their ranges (the mutants of code enclosing a chosen one), so that none is tested.
   */
  readonly chosen?: readonly string[];
}

/**
 * A mutant as the gate's checker sees it in Stryker (lines and columns from 0, the end exclusive), from
 * its place in a report (from 1): place, mutator and replacement.
 */
export function chosenMutantKey(mutant: Pick<MutantResult, 'location' | 'mutatorName' | 'replacement'>): string {
  const { start, end } = mutant.location;
  return `${start.line - 1}:${start.column - 1}-${end.line - 1}:${end.column - 1} ${mutant.mutatorName} ${mutant.replacement ?? ''}`;
}

/** The project's config, by file URL, as the generated config imports it. */
export interface ProjectConfigReference {
  readonly url: string;
  readonly isJson: boolean;
}

/** The gate's test runner (in its seal module) that runs no test, for listing the mutants. */
export const ENUMERATING_RUNNER = 'mutation-gate-enumerate';

/** The gate's checker (in its seal module) that fails every mutant a budget did not choose, and the option that lists them. */
export const CHOSEN_CHECKER = 'mutation-gate-chosen';
export const CHOSEN_OPTION = 'mutationGateChosen';

/**
 * What the gate owns whatever any config says: only the changed-line ranges are mutated; the report goes
 * to the gate through its own reporter, the HTML report where the gate owns it, and nothing else reports
 * (a dashboard upload of a partial run would mislead); no incremental file (one the change planted would carry results over), no
 * dry-run-only run, no ignorer plugins (their code is the project's, which the change can edit); and
 * the info log, where Stryker says how many files it found. Stryker's own break threshold is switched
 * off: the gate judges changed lines only.
 */
export function strykerOverrides(settings: StrykerRunSettings): Record<string, unknown> {
  return {
    mutate: [...settings.mutate],
    reporters: ['mutation-gate', 'html', 'progress-append-only'],
    htmlReporter: { fileName: settings.htmlReportPath },
    incremental: false,
    force: false,
    dryRunOnly: false,
    ignorers: [],
    logLevel: 'info',
    disableBail: settings.everyTest,
    ...(settings.concurrency === undefined ? {} : { concurrency: settings.concurrency }),
    ...(settings.purpose === 'probe' ? { coverageAnalysis: 'off', checkers: [] } : {}),
    ...(settings.chosen === undefined ? {} : { [CHOSEN_OPTION]: settings.chosen }),
    ...(settings.purpose === 'enumerate'
      ? { testRunner: ENUMERATING_RUNNER, coverageAnalysis: 'perTest', checkers: [], reporters: ['mutation-gate'], concurrency: 1 }
      : {}),
  };
}

/**
 * Test runners that narrow the initial test run to tests "related" to the mutated files (by imports)
 * find none at all for a file no test imports: Stryker then stops instead of reporting its mutants as
 * uncovered. Unless a test reaches every mutated file (relatedTests), the gate's initial run is the
 * whole suite, the rest of the runner's options as the project set them.
 */
const WHOLE_SUITE_RUNNER_OPTIONS = [
  "  ...(projectConfig.testRunner === 'vitest' ? { vitest: { ...projectConfig.vitest, related: false } } : {}),",
  "  ...(projectConfig.testRunner === 'jest' ? { jest: { ...projectConfig.jest, enableFindRelatedTests: false } } : {}),",
];

/** Stryker's defaults are timeoutMS 5000 and timeoutFactor 1.5; the project's own values grow alike. */
const LONGER_BUDGET = [
  `  timeoutMS: (projectConfig.timeoutMS ?? 5000) * ${RECHECK_BUDGET.timeoutMsFactor},`,
  `  timeoutFactor: (projectConfig.timeoutFactor ?? 1.5) * ${RECHECK_BUDGET.timeoutFactorFactor},`,
];

/** The probe's mutants are boolean literals: a project that excludes that mutator must not switch the check off. */
const EVERY_MUTATOR = ['  mutator: { ...projectConfig.mutator, excludedMutations: [] },'];

/**
 * An ES module config that extends the project's own (or, when it has none, `withoutProjectConfig`). Ranges travel in this file, never on the command
 * line: Stryker's CLI splits `--mutate` on commas and paths may contain them.
 */
export function renderGeneratedConfig(
  project: ProjectConfigReference | undefined,
  settings: StrykerRunSettings,
  withoutProjectConfig: Readonly<Record<string, unknown>> = {},
): string {
  const importLine =
    project === undefined
      ? `const projectConfig = ${JSON.stringify(withoutProjectConfig)};`
      : `import projectConfig from ${JSON.stringify(project.url)}${project.isJson ? " with { type: 'json' }" : ''};`;
  return [
    "// Written by mutation-gate: the project's Stryker config, limited to the lines this change touched.",
    importLine,
    `const overrides = ${JSON.stringify(strykerOverrides(settings), null, 2)};`,
    'export default {',
    '  ...projectConfig,',
    '  ...overrides,',
    ...(settings.relatedTests ? [] : WHOLE_SUITE_RUNNER_OPTIONS),
    // The gate's reporter first: the project's plugins are its code, and its module holds the seal key.
    `  plugins: [${JSON.stringify(settings.sealModulePath)}, ...(projectConfig.plugins ?? ['@stryker-mutator/*'])],`,
    '  thresholds: { ...projectConfig.thresholds, break: null },',
    ...(settings.purpose === 'recheck' ? LONGER_BUDGET : []),
    ...(settings.purpose === 'probe' ? EVERY_MUTATOR : []),
    // The chosen mutants travel as an option of the gate's own, which Stryker need not warn about; the
    // project's checkers still run first.
    ...(settings.chosen === undefined
      ? []
      : [
          '  warnings: { ...projectConfig.warnings, unknownOptions: false },',
          `  checkers: [...(projectConfig.checkers ?? []), ${JSON.stringify(CHOSEN_CHECKER)}],`,
        ]),
    // Listing mutants needs no build: it makes the sandbox and the mutants, and runs no test.
    ...(settings.purpose === 'enumerate' ? ['  buildCommand: undefined,'] : []),
    '};',
    '',
  ].join('\n');
}
