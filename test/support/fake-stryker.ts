import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitRepo } from '../../scripts/lib/git-repo.js';

/** How the stand-in Stryker misbehaves. */
export type FakeStrykerMode =
  | { readonly kind: 'crash' }
  /** Waits to be killed from outside, as the kernel's OOM killer or a cancelled job would (in its PID namespace it is PID 1, which ignores signals it sends itself). */
  | { readonly kind: 'signal' }
  | { readonly kind: 'hang'; readonly heartbeatFile: string }
  | { readonly kind: 'forged-report' }
  | { readonly kind: 'invalid-report' }
  | { readonly kind: 'no-report' }
  | { readonly kind: 'huge-output'; readonly lines: number }
  | { readonly kind: 'report'; readonly report: unknown };

/**
 * The stand-in's CLI. It reads the generated config the gate hands it (argv[3]), and reports through the
 * gate's reporter plugin listed first there, as Stryker does (the gate started it with that module
 * imported and the seal key on stdin); its mode comes from fake-stryker-mode.json in the working directory.
 */
const CLI = `#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const mode = JSON.parse(readFileSync('fake-stryker-mode.json', 'utf8'));
const config = (await import(pathToFileURL(process.argv[3]).href)).default;
const [gatePlugin] = (await import(pathToFileURL(config.plugins[0]).href)).strykerPlugins;
const reportReady = (report) => new gatePlugin.injectableClass().onMutationTestReportReady(report);
console.log('INFO ProjectReader Found 1 of 3 file(s) to be mutated.');
switch (mode.kind) {
  case 'crash':
    console.error('12:00:00 (1) ERROR Stryker Unexpected error occurred while running Stryker: boom');
    throw new Error('boom');
  case 'signal':
    setInterval(() => {}, 1000);
    break;
  case 'hang': {
    // A grandchild, as test runner workers are: a timeout must stop it too. Its heartbeat shows whether it
    // still runs (its pid would be one of the sandbox's PID namespace, meaningless outside).
    const beat = 'setInterval(() => require("node:fs").appendFileSync(' + JSON.stringify(mode.heartbeatFile) + ', "."), 20)';
    spawn(process.execPath, ['-e', beat], { stdio: 'ignore' });
    console.log('Mutation testing 25% (elapsed: <1m, remaining: ~1m) 3/12 tested (1 survived, 0 timed out)');
    setInterval(() => {}, 1000);
    break;
  }
  case 'forged-report': {
    // Reported and sealed, then rewritten, as a process the tests started could.
    reportReady({ schemaVersion: '2', thresholds: { high: 80, low: 60 }, files: {} });
    const reportPath = /writeFileSync\\(("[^"]*")/.exec(readFileSync(config.plugins[0], 'utf8'))[1];
    writeFileSync(JSON.parse(reportPath), JSON.stringify({ schemaVersion: '2', thresholds: { high: 80, low: 60 }, files: {} }) + ' ');
    break;
  }
  case 'invalid-report':
    reportReady({ schemaVersion: '2', files: { 'src/a.ts': { language: 'typescript', source: 'x', mutants: [{ id: '1' }] } } });
    break;
  case 'no-report':
    break;
  case 'huge-output':
    for (let line = 0; line < mode.lines; line += 1) console.log('INFO Stryker line ' + line + ' ' + 'x'.repeat(100));
    reportReady({ schemaVersion: '2', thresholds: { high: 80, low: 60 }, files: {} });
    break;
  case 'report':
    reportReady(mode.report);
    break;
}
`;

/** Installs the stand-in as the project's @stryker-mutator/core, in place of a link to the real one. */
export async function installFakeStryker(repo: GitRepo, mode: FakeStrykerMode): Promise<void> {
  const packageDir = join(repo.dir, 'node_modules', '@stryker-mutator', 'core');
  await mkdir(join(packageDir, 'bin'), { recursive: true });
  await writeFile(
    join(packageDir, 'package.json'),
    JSON.stringify({ name: '@stryker-mutator/core', type: 'module', bin: { stryker: 'bin/stryker.js' } }),
  );
  await writeFile(join(packageDir, 'bin', 'stryker.js'), CLI);
  await writeFile(join(repo.dir, 'fake-stryker-mode.json'), JSON.stringify(mode));
}
