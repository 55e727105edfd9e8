import { access, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Files, RunFiles } from '../pipeline/ports.js';

/** The files one gate run owns, in a fresh directory under RUNNER_TEMP (or the system temp dir). */
export async function createRunFiles(env: NodeJS.ProcessEnv = process.env): Promise<RunFiles> {
  const parent = env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? env.RUNNER_TEMP : tmpdir();
  const directory = await mkdtemp(join(parent, 'mutation-gate-'));
  return {
    directory,
    strykerConfigPath: join(directory, 'stryker.config.mjs'),
    projectConfigPath: join(directory, 'project-stryker.conf.json'),
    mutationReportPath: join(directory, 'mutation.json'),
    sealModulePath: join(directory, 'report-seal.mjs'),
    htmlReportPath: join(directory, 'mutation-report.html'),
    recheckConfigPath: join(directory, 'recheck-stryker.config.mjs'),
    recheckHtmlReportPath: join(directory, 'recheck-report.html'),
    probeConfigPath: join(directory, 'probe-stryker.config.mjs'),
    probeReportPath: join(directory, 'probe-mutation.json'),
    probeHtmlReportPath: join(directory, 'probe-report.html'),
    // Unique to the run (its directory's random suffix): the file goes in the project, beside the PR's own.
    probeModuleName: `${basename(directory)}-probe.cjs`,
    enumerateConfigPath: join(directory, 'enumerate-stryker.config.mjs'),
    enumerateReportPath: join(directory, 'enumerate-mutation.json'),
    gateReportPath: join(directory, 'mutation-gate-report.json'),
    shardResultPath: join(directory, 'mutation-gate-shard.json'),
  };
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

/** The machine's file system. */
export const localFiles: Files = {
  async realDirectory(path) {
    const info = await stat(path).catch(() => undefined);
    return info?.isDirectory() ? realpath(path) : undefined;
  },
  readText: (path) => readFile(path, 'utf8').catch(() => undefined),
  writeText: writeTextFile,
  remove: (path) => rm(path, { force: true }),
  async filesIn(directory, suffix) {
    const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => undefined);
    return entries
      ?.filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  },
};
