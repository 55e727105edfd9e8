import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError } from '../pipeline/gate-error.js';

/** The files one gate run owns, in a fresh directory under RUNNER_TEMP (or the system temp dir). */
export interface RunFiles {
  readonly strykerConfigPath: string;
  readonly mutationReportPath: string;
  /** Stryker's HTML report of the changed files. */
  readonly htmlReportPath: string;
  readonly gateReportPath: string;
}

export async function createRunFiles(env: NodeJS.ProcessEnv = process.env): Promise<RunFiles> {
  const parent = env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? env.RUNNER_TEMP : tmpdir();
  const directory = await mkdtemp(join(parent, 'mutation-gate-'));
  return {
    strykerConfigPath: join(directory, 'stryker.config.mjs'),
    mutationReportPath: join(directory, 'mutation.json'),
    htmlReportPath: join(directory, 'mutation-report.html'),
    gateReportPath: join(directory, 'mutation-gate-report.json'),
  };
}

/**
 * Reads a JSON file another program wrote for the gate; a missing or unparsable file is a GateError
 * naming it, with `context` (that program's last output) as its details.
 */
export async function readJsonFile(path: string, what: string, context: readonly string[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new GateError(`${what} was not written (${path}); the output below may say why.`, context);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GateError(`${what} (${path}) is not valid JSON: ${(error as Error).message}`, context);
  }
}

export async function writeTextFile(path: string, text: string): Promise<void> {
  await writeFile(path, text, 'utf8');
}

export async function fileExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
