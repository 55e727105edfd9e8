import type { ScoredReport } from '../judge/report.js';
import { COMMAND_RUNNER, type RunSetup } from '../stryker/run-setup.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

function runnerWords(setup: RunSetup): string {
  const { testRunner, runnerPlugin } = setup;
  if (testRunner === undefined) return 'a test runner Stryker did not name';
  const plugin = runnerPlugin === undefined ? '' : ` (${inlineCode(runnerPlugin.name)} ${escapeMarkdown(runnerPlugin.version)})`;
  return `the ${inlineCode(testRunner.name)} test runner${plugin}, ${escapeMarkdown(testRunner.coverageAnalysis)} coverage analysis`;
}

/**
 * What measured the change, in the summary's first section: the config (or that Stryker's defaults ran,
 * and what that means), the test runner and the versions. Nothing when Stryker did not run.
 */
export function setupLines(report: ScoredReport): string[] {
  const { setup } = report;
  if (setup === undefined) return [];
  const stryker = `Stryker ${escapeMarkdown(setup.strykerVersion ?? '(version unknown)')}`;
  if (setup.config !== undefined)
    return ['', `Measured by ${stryker} with ${runnerWords(setup)}, configured by ${inlineCode(setup.config)}.`];
  const ran =
    setup.testRunner === undefined || setup.testRunner.name === COMMAND_RUNNER
      ? "its command runner ran the project's test command (npm test) whole for every mutant: each mutant costs a full test run, and which tests ran it is unknown"
      : `it ran ${runnerWords(setup)}`;
  return [
    '',
    `**No Stryker config** at the merge base: ${stryker} ran with its defaults, so ${ran}. Commit a Stryker config that names ` +
      `the project's test runner (for example ${inlineCode('{ "testRunner": "vitest" }')} with ${inlineCode('@stryker-mutator/vitest-runner')} ` +
      'installed) to run each mutant with only the tests that cover it.',
  ];
}
