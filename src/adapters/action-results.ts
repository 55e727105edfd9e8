import * as core from '@actions/core';
import type { OutputName } from '../constants.js';
import { writeTextFile } from './run-files.js';

/** Sets these outputs of the step. */
export function setOutputs(outputs: Readonly<Partial<Record<OutputName, string>>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** Appends to the job summary; outside a runner (no GITHUB_STEP_SUMMARY) there is none to write. */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  await core.summary.addRaw(markdown).write();
}

/** The gate's JSON report as its file holds it, and as the command's --json prints it. */
export function gateReportText(report: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export async function writeGateReport(path: string, report: Readonly<Record<string, unknown>>): Promise<void> {
  await writeTextFile(path, gateReportText(report));
}
