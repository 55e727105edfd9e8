import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { Log } from '../pipeline/ports.js';

/**
 * Prints output of other programs with workflow commands switched off: a test named `::error::x` or
 * `::add-mask::` must not annotate the PR or change the job. The token is fresh, so the output cannot end it.
 */
async function withoutWorkflowCommands<T>(work: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  try {
    return await work();
  } finally {
    core.info(`::${token}::`);
  }
}

/**
 * The gate's own messages are one line each, but they quote what the change named (paths, test names):
 * a newline in one would start a line the runner reads as a workflow command.
 */
const oneLine = (message: string): string => message.replaceAll(/\r\n|\r|\n/g, '\\n');

export const actionsLog: Log = {
  info: (message) => core.info(oneLine(message)),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  untrustedGroup: (title, work) => core.group(title, () => withoutWorkflowCommands(() => work((line) => core.info(line)))),
};

/** Lines from other programs, printed where workflow commands cannot be triggered by them. */
export async function printUntrusted(lines: readonly string[]): Promise<void> {
  await withoutWorkflowCommands(async () => {
    for (const line of lines) core.info(line);
  });
}
