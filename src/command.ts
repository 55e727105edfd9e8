import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { determineAgent } from '@vercel/detect-agent';
import { declaredInputs } from './adapters/action-definition.js';
import { gateReportText, writeGateReport } from './adapters/action-results.js';
import { bundledStrykerPlaces } from './adapters/bundled-stryker.js';
import { localGatePorts } from './adapters/gate-ports.js';
import { decodeEvent } from './adapters/github-event.js';
import { createRunFiles, fileExists } from './adapters/run-files.js';
import { type ColourStream, paintFor } from './adapters/terminal-colors.js';
import { terminalLog } from './adapters/terminal-log.js';
import { commitWorkingTree } from './adapters/working-tree.js';
import { type CliRequest, helpText, inFlagWords, parseCliArguments } from './core/cli/cli-flags.js';
import type { Config } from './core/config/config.js';
import type { Report } from './core/judge/report.js';
import { renderBrief } from './core/render/agent-brief.js';
import { buildGateReport } from './core/render/json-report.js';
import type { Paint } from './core/render/terminal-paint.js';
import { renderTerminalReport } from './core/render/terminal-report.js';
import type { GateRun } from './pipeline/gate.js';
import { decide, type SettingWords, settingsOf } from './pipeline/gate-decision.js';
import { localBase } from './pipeline/local-change.js';
import type { GatePorts, RunFiles } from './pipeline/ports.js';

/** The action's root: action.yml, package.json and the Stryker sets, beside dist/ (or src/, run from source). */
const ACTION_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The exit codes, as --help and the README document them. */
const EXIT_CODES = { pass: 0, 'no-mutants': 0, fail: 1, error: 2 } as const;

const FLAG_WORDS: SettingWords = { settings: 'flag(s)', problem: inFlagWords };

/** The standard streams and environment the command runs with; tests pass their own. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream & ColourStream;
  readonly stderr: NodeJS.WritableStream & ColourStream;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Where reuse keeps the command's state between runs when --state-dir is not given: the user's cache,
 * one folder per repository and working directory.
 */
async function defaultStateDir(config: Config, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const cache = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const key = createHash('sha256')
    .update(`${await realpath(cwd)}\n${config.workingDirectory}`)
    .digest('hex')
    .slice(0, 16);
  return join(cache, 'mutation-gate', 'state', key);
}

/** The run on this machine: the base the user's clone names, and the working tree with what is not committed yet. */
async function localRun(config: Config, request: CliRequest, io: CommandIo, runFiles: RunFiles, ports: GatePorts): Promise<GateRun> {
  const root = await ports.git(io.cwd).topLevel();
  const snapshot = await commitWorkingTree(root);
  const { agent } = await determineAgent();
  if (snapshot !== undefined) {
    ports.log.info(
      `Uncommitted changes are measured too (as commit ${snapshot.slice(0, 12)}, which no branch names); ` +
        `${agent === undefined ? 'no coding agent marks this environment' : `the command runs inside ${agent.name}`}.`,
    );
  }
  return {
    config,
    event: decodeEvent('', {}),
    workspace: io.cwd,
    runFiles,
    workflowPath: undefined,
    eventCommit: undefined,
    local: {
      base: request.baseGiven ? undefined : await localBase(ports.git(root)),
      uncommitted: snapshot === undefined ? undefined : { sha: snapshot, agent: agent?.name },
    },
  };
}

function rendered(report: Report, request: CliRequest, paint: Paint, paths: { gateReport: string; htmlReport: string }): string {
  if (request.format === 'json') return gateReportText(buildGateReport(report));
  if (request.format === 'brief') return renderBrief(report);
  return renderTerminalReport(report, { paint, ...paths });
}

/**
 * `mutation-gate [flags]`: the gate's pipeline and judge, as the action runs them, on the working tree;
 * the report on standard output, progress on standard error. Returns the exit code.
 */
export async function runCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const inputs = await declaredInputs(ACTION_ROOT);
  const { request, problems } = parseCliArguments(args, inputs);
  const settings = settingsOf(request.raw, process.version, FLAG_WORDS);
  if (problems.length > 0) {
    // With the bad values too: every problem in one answer.
    const all = [...problems, ...('stop' in settings ? settings.stop.details : [])];
    io.stderr.write(`mutation-gate: ${all.length} problem(s) with the command line, so nothing was run:\n`);
    for (const problem of all) io.stderr.write(`  ${problem}\n`);
    return EXIT_CODES.error;
  }
  if (request.help) {
    io.stdout.write(`${helpText(inputs)}\n`);
    return 0;
  }
  if (request.version) {
    const { version } = JSON.parse(await readFile(join(ACTION_ROOT, 'package.json'), 'utf8')) as { version: string };
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const paint = paintFor(io.stdout, request.noColor, io.env);
  const log = terminalLog(io.stderr, {
    interactive: io.stderr.isTTY === true,
    verbose: request.verbose,
    paint: paintFor(io.stderr, request.noColor, io.env),
  });
  let report: Report;
  const runFiles = await createRunFiles();
  if ('stop' in settings) {
    report = settings.stop;
  } else {
    const config =
      settings.config.reuse && settings.config.stateDir === undefined
        ? Object.freeze({ ...settings.config, stateDir: await defaultStateDir(settings.config, io.cwd, io.env) })
        : settings.config;
    // The action's state step makes the folder; here the command does.
    if (config.reuse && config.stateDir !== undefined) await mkdir(resolve(io.cwd, config.stateDir), { recursive: true });
    const ports = localGatePorts(
      log,
      { apiUrl: '', token: '', repository: undefined },
      bundledStrykerPlaces(join(ACTION_ROOT, 'bundled-stryker')),
    );
    report = await decide(config, () => localRun(config, request, io, runFiles, ports), ports);
  }
  await writeGateReport(runFiles.gateReportPath, buildGateReport(report));
  const htmlReport = (await fileExists(runFiles.htmlReportPath)) ? runFiles.htmlReportPath : '';
  // The text report names them itself; with JSON or the brief on standard output, the log does.
  if (request.format !== 'text')
    log.info(`Gate report: ${runFiles.gateReportPath}${htmlReport === '' ? '' : `; Stryker's HTML report: ${htmlReport}`}`);
  io.stdout.write(rendered(report, request, paint, { gateReport: runFiles.gateReportPath, htmlReport }));
  return EXIT_CODES[report.verdict.kind];
}
