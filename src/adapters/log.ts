import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

/** Where the gate's progress goes: the job log through @actions/core, or a test's recorder. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /**
   * Runs `work` inside a collapsed group of the job log; the lines it emits come from other programs
   * (Stryker, test names, code) and are shown, never obeyed as workflow commands.
   */
  untrustedGroup<T>(title: string, work: (emit: (line: string) => void) => Promise<T>): Promise<T>;
}

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

export const actionsLog: Log = {
  info: (message) => core.info(message),
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
