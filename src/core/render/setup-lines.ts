import type { ScoredReport } from '../judge/report.js';
import { addDevCommand } from '../stryker/package-manager.js';
import { COMMAND_RUNNER, type RunSetup } from '../stryker/run-setup.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

function runnerWords(setup: RunSetup): string {
  const { testRunner, runnerPlugin } = setup;
  if (testRunner === undefined) return 'a test runner Stryker did not name';
  const plugin = runnerPlugin === undefined ? '' : ` (${inlineCode(runnerPlugin.name)} ${escapeMarkdown(runnerPlugin.version)})`;
  return `the ${inlineCode(testRunner.name)} test runner${plugin}, ${escapeMarkdown(testRunner.coverageAnalysis)} coverage analysis`;
}

/** Runners that narrow the initial test run to the tests related to the mutated files. */
const NARROWING_RUNNERS = new Set(['jest', 'vitest']);

/**
 * What measured the change, in the summary's first section: the config (or that Stryker's defaults ran,
 * and what that means), the test runner and the versions, and whether the initial test run was the
 * whole suite. Nothing when Stryker did not run.
 */
export function setupLines(report: ScoredReport): string[] {
  const { setup } = report;
  if (setup === undefined) return [];
  const unreached = setup.unreachedByTests ?? [];
  const narrowing = NARROWING_RUNNERS.has(setup.testRunner?.name.toLowerCase() ?? '');
  const wholeSuite =
    narrowing && unreached.length > 0
      ? [
          '',
          `No test imports ${unreached.map(inlineCode).join(', ')}, so the initial test run was the whole suite, not only ` +
            'the tests related to the changed files.',
        ]
      : [];
  return [...configLines(setup), ...wholeSuite];
}

function configLines(setup: RunSetup): string[] {
  const version = `Stryker ${escapeMarkdown(setup.strykerVersion ?? '(version unknown)')}`;
  const stryker = setup.bundled === undefined ? version : `${version} (brought by the gate, with its ${escapeMarkdown(setup.bundled)} set)`;
  if (setup.config !== undefined)
    return ['', `Measured by ${stryker} with ${runnerWords(setup)}, configured by ${inlineCode(setup.config)}.`];
  const commandRunner =
    "its command runner ran the project's test command (npm test) whole for every mutant: each mutant costs a full test run, and which tests ran it is unknown";
  const noConfig = '**No Stryker config** at the merge base';
  const detection = setup.detected;
  const found = detection?.detected;
  if (detection === undefined || found === undefined) {
    const ran = setup.testRunner === undefined || setup.testRunner.name === COMMAND_RUNNER ? commandRunner : `it ran ${runnerWords(setup)}`;
    return [
      '',
      `${noConfig}, and no test runner detected: ${stryker} ran with its defaults, so ${ran}. Commit a Stryker config that names ` +
        `the project's test runner (for example ${inlineCode('{ "testRunner": "vitest" }')} with ${inlineCode('@stryker-mutator/vitest-runner')} ` +
        'installed) to run each mutant with only the tests that cover it.',
    ];
  }
  const detected = `the gate detected ${escapeMarkdown(found.runner)} (${escapeMarkdown(found.evidence)})`;
  if (detection.missingPlugin !== undefined) {
    return [
      '',
      `${noConfig}: ${detected}, but ${inlineCode(detection.missingPlugin)} is not installed, so ${stryker} ran with its defaults: ` +
        `${commandRunner}. Install it (${inlineCode(addDevCommand(setup.packageManager ?? 'npm', [detection.missingPlugin]))}) to run each mutant with only ` +
        'the tests that cover it.',
    ];
  }
  if (found.runner === 'node:test' && found.command !== undefined) {
    return [
      '',
      `${noConfig}: ${detected}, which has no Stryker plugin, so ${stryker} ran ${inlineCode(found.command)} (the test script's ` +
        'node --test command, without what runs around it) with its command runner, whole for every mutant: each mutant costs a ' +
        `full test run, and which tests ran it is unknown. Commit this config as ${inlineCode('stryker.config.json')} to pin it: ` +
        `${inlineCode(JSON.stringify(detection.config))}.`,
    ];
  }
  if (found.runner === 'node:test') {
    return ['', `${noConfig}: ${detected}, which has no Stryker plugin, so ${stryker} ran with its defaults: ${commandRunner}.`];
  }
  return [
    '',
    `${noConfig}: ${detected} and ran ${stryker} with ${runnerWords(setup)}. Commit this config as ` +
      `${inlineCode('stryker.config.json')} to pin it: ${inlineCode(JSON.stringify(detection.config))}.`,
  ];
}
