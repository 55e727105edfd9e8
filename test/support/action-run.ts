import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CompositeRunResult, runCompositeAction } from '../../scripts/lib/composite-action.js';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';

let actionCopy: Promise<string> | undefined;

/**
 * A copy of the action that holds only action.yml, package.json, dist/ and bundled-stryker/ (what the npm package
 * holds), made once: the bundle must work without
 * the action's node_modules, as it does for users.
 */
export function actionPath(): Promise<string> {
  actionCopy ??= (async () => {
    const path = await mkdtemp(join(tmpdir(), 'gate-action-'));
    await cp(join(PROJECT_ROOT, 'action.yml'), join(path, 'action.yml'));
    await cp(join(PROJECT_ROOT, 'package.json'), join(path, 'package.json'));
    await cp(join(PROJECT_ROOT, 'dist'), join(path, 'dist'), { recursive: true });
    await cp(join(PROJECT_ROOT, 'bundled-stryker'), join(path, 'bundled-stryker'), { recursive: true });
    return path;
  })();
  return actionCopy;
}

export interface ActionRunOptions {
  /** PATH for the job; this process's by default. */
  readonly path?: string;
  /** More runner variables (GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_TOKEN, ...). */
  readonly env?: Readonly<Record<string, string>>;
  /** More fields of the event's pull_request object. */
  readonly pullRequest?: Readonly<Record<string, unknown>>;
  /** Another event instead of pull_request (baseSha is then unused). */
  readonly event?: { readonly name: string; readonly payload: Readonly<Record<string, unknown>> };
  /** The job summary file cannot be written. */
  readonly unwritableSummary?: boolean;
  /** Where the step's command files go (a new temp directory by default). */
  readonly commandFilesDirectory?: string;
  /** The folder standing in for GitHub's cache service (a new temp directory by default). */
  readonly cacheStore?: string;
}

/**
 * The machine's network settings (a proxy and the certificate it signs with), which a runner's
 * environment carries too: npm needs them to install the gate's own Stryker.
 */
const NETWORK_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'];

export const networkSettings = (): Record<string, string> =>
  Object.fromEntries(NETWORK_VARIABLES.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name] as string]])));

/** action.yml run the way the runner runs it, for a pull_request event against `baseSha`. */
export async function runAction(
  workspace: string,
  baseSha: string,
  inputs: Record<string, string>,
  options: ActionRunOptions = {},
): Promise<CompositeRunResult> {
  const eventPath = join(await mkdtemp(join(tmpdir(), 'gate-event-')), 'event.json');
  const event = options.event ?? {
    name: 'pull_request',
    payload: { pull_request: { number: 7, base: { sha: baseSha }, ...options.pullRequest } },
  };
  await writeFile(eventPath, JSON.stringify(event.payload));
  return runCompositeAction({
    actionPath: await actionPath(),
    workspace,
    inputs,
    env: {
      PATH: options.path ?? process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...networkSettings(),
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      RUNNER_TEMP: await mkdtemp(join(tmpdir(), 'gate-runner-temp-')),
      ...options.env,
    },
    unwritableSummary: options.unwritableSummary,
    commandFilesDirectory: options.commandFilesDirectory,
    cacheStore: options.cacheStore,
  });
}
