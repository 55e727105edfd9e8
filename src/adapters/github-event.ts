import { readFile } from 'node:fs/promises';
import type { GateEvent } from '../core/diff/base-ref.js';

/** The workflow run's event, from the variables the runner sets; an empty payload outside a runner. */
export async function readGateEvent(env: NodeJS.ProcessEnv = process.env): Promise<GateEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return { name, payload: {} };
  const payload: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (typeof payload !== 'object' || payload === null) {
    throw new Error(`The event payload in GITHUB_EVENT_PATH (${path}) is not a JSON object.`);
  }
  return { name, payload: payload as Record<string, unknown> };
}
