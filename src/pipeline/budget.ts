import { createHash } from 'node:crypto';
import type { Attribution } from '../core/attribution/attribution.js';
import { type BudgetOfRun, type CandidateMutant, chooseMutants, mutantKey } from '../core/budgets/mutant-choice.js';
import type { Config } from '../core/config/config.js';
import type { AddedFile, ChangedFile } from '../core/diff/changed-lines.js';
import { mutatePath } from '../core/diff/mutate-ranges.js';
import { type Gating, isGatedAsAi, mutantAttribution } from '../core/scoring/ai-split.js';
import { keepChangedLineMutants } from '../core/scoring/changed-mutants.js';
import { chosenMutantKey } from '../core/stryker/generated-config.js';
import { failedRun, launchStryker, reportOf, runFailure, type StrykerContext } from './stryker-run.js';

/** Whether the inputs set a budget: max-mutants, or one mutant per line. */
export const hasBudget = (config: Config): boolean => config.maxMutants !== undefined || config.mutantsPerLine !== 'all';

/**
 * The sample's seed: the merge base and the text of the lines the change adds to the files to mutate.
 * The same change draws the same sample; a new commit that changes no code (an empty commit, a reworded
 * message) does not draw another.
 */
export function budgetSeed(mergeBase: string, added: readonly AddedFile[], files: ReadonlySet<string>): number {
  const hash = createHash('sha256').update(mergeBase);
  for (const file of added) {
    if (!files.has(file.path)) continue;
    hash.update(`\0${file.path}`);
    for (const line of file.added) hash.update(`\n${line.line}:${line.text}`);
  }
  return hash.digest().readUInt32BE(0);
}

/** The mutants a budget leaves to test: their Stryker ranges, their identities and places, and what the budget did. */
export interface BudgetChoice {
  readonly patterns: readonly string[];
  /** mutantKey of each, and chosenMutantKey of each for the gate's checker. */
  readonly chosen: { readonly keep: ReadonlySet<string>; readonly checked: readonly string[] };
  readonly budget: BudgetOfRun;
}

/**
 * Lists the mutants Stryker makes on the changed lines (a run of the gate's own test runner, which tests
 * none) and chooses those the budget leaves: each then gets a range of its own, and the gate's checker
 * fails the other mutants Stryker makes in those ranges (those of enclosing code), so that none of them
 * is tested; the gate drops them.
 */
export async function chooseWithBudget(
  context: StrykerContext,
  target: { readonly patterns: readonly string[]; readonly files: readonly ChangedFile[] },
  classes: { readonly attribution: Attribution; readonly gating: Gating },
  seed: number,
): Promise<BudgetChoice> {
  const { config, runFiles, workingDirectory, ports } = context;
  const outcome = await launchStryker(context, {
    title: `Stryker: listing the mutants of ${target.files.length} file(s), testing none`,
    configPath: runFiles.enumerateConfigPath,
    reportPath: runFiles.enumerateReportPath,
    settings: {
      sealModulePath: runFiles.sealModulePath,
      mutate: target.patterns,
      htmlReportPath: runFiles.htmlReportPath,
      concurrency: 1,
      purpose: 'enumerate',
      everyTest: false,
      relatedTests: false,
    },
  });
  if (failedRun(outcome))
    throw runFailure(context, outcome, 'Listing the mutants of the changed lines (a Stryker run that tests none) failed. ');
  const listed = keepChangedLineMutants(reportOf(outcome), target.files);
  const candidates: CandidateMutant[] = Object.entries(listed).flatMap(([file, result]) =>
    result.mutants.map((mutant) => {
      const decided = mutantAttribution(classes.attribution.get(file), mutant, classes.gating);
      return { file, mutant, gatedAsAi: decided !== undefined && isGatedAsAi(decided, classes.gating) };
    }),
  );
  const { chosen, budget } = chooseMutants(candidates, { maxMutants: config.maxMutants, perLine: config.mutantsPerLine }, seed);
  ports.log.info(
    `Budget: ${chosen.length} of the ${candidates.length} mutant(s) on the changed lines to test` +
      `${config.mutantsPerLine === 1 ? `, one per line (${budget.afterPerLine})` : ''}` +
      `${budget.strata === undefined ? '' : `, a random sample of max-mutants ${config.maxMutants} in ${budget.strata.length} strata`}.`,
  );
  // Report columns are 1-based and the end is exclusive; Stryker's range columns are 0-based, both ends included.
  // With nothing to choose, the changed lines' own ranges (which make no mutant) keep Stryker from mutating every file.
  const patterns =
    chosen.length === 0
      ? target.patterns
      : chosen.map(({ file, mutant }) => {
          const { start, end } = mutant.location;
          return `${mutatePath(file, workingDirectory) as string}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`;
        });
  const keep = new Set(chosen.map(({ file, mutant }) => mutantKey(file, mutant)));
  return { patterns, chosen: { keep, checked: chosen.map(({ mutant }) => chosenMutantKey(mutant)) }, budget };
}
