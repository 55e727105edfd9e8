import { readFile } from 'node:fs/promises';
import { COMMIT_SHA, EVENT_BASE_FIELDS, type GateEvent, type PullRequestContext } from '../core/gate-event.js';

type Payload = Readonly<Record<string, unknown>>;

function readPath(payload: Payload, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | null | undefined)?.[key], payload);
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const asOptionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function decodePullRequest(payload: Payload): PullRequestContext | undefined {
  const pullRequest = payload.pull_request as Record<string, unknown> | undefined;
  if (typeof pullRequest !== 'object' || pullRequest === null) return undefined;
  const user = (pullRequest.user ?? {}) as Record<string, unknown>;
  const head = (pullRequest.head ?? {}) as Record<string, unknown>;
  const labels = Array.isArray(pullRequest.labels) ? pullRequest.labels : [];
  const { number } = pullRequest;
  const headSha = readPath(payload, ['pull_request', 'head', 'sha']);
  return {
    number: Number.isInteger(number) && (number as number) > 0 ? (number as number) : undefined,
    // A plain SHA only: it reaches git as an argument.
    headSha: typeof headSha === 'string' && COMMIT_SHA.test(headSha) ? headSha : undefined,
    labels: labels.map((label: unknown) => asString((label as Record<string, unknown> | null)?.name)).filter((name) => name !== ''),
    authorLogin: asString(user.login),
    authorId: typeof user.id === 'number' ? user.id : undefined,
    headBranch: asString(head.ref),
    body: asString(pullRequest.body),
  };
}

/** The parts of an event payload the gate reads, typed; every field of the wrong type is left out. */
export function decodeEvent(name: string, payload: Payload): GateEvent {
  const baseField = EVENT_BASE_FIELDS[name];
  return {
    name,
    base: baseField === undefined ? undefined : { field: baseField.join('.'), value: asOptionalString(readPath(payload, baseField)) },
    defaultBranch: asOptionalString(readPath(payload, ['repository', 'default_branch'])),
    pullRequest: decodePullRequest(payload),
  };
}

/** The workflow run's event, from the variables the runner sets; an empty payload outside a runner. */
export async function readGateEvent(env: NodeJS.ProcessEnv = process.env): Promise<GateEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return decodeEvent(name, {});
  const payload: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (typeof payload !== 'object' || payload === null) {
    throw new Error(`The event payload in GITHUB_EVENT_PATH (${path}) is not a JSON object.`);
  }
  return decodeEvent(name, payload as Payload);
}
