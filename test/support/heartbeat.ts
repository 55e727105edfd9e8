import { readFile } from 'node:fs/promises';

/**
 * Whether a process that appends to `heartbeat` every 20 ms still runs: the file grows within 300 ms.
 * (Its pid says nothing outside the sandbox's PID namespace.)
 */
export async function stillBeating(heartbeat: string): Promise<boolean> {
  const before = (await readFile(heartbeat, 'utf8').catch(() => '')).length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return (await readFile(heartbeat, 'utf8').catch(() => '')).length > before;
}
