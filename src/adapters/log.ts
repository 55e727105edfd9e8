import * as core from '@actions/core';

/** Where the gate's progress goes: the job log through @actions/core, or a test's recorder. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `work` inside a collapsed group of the job log. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
}

export const actionsLog: Log = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  group: (title, work) => core.group(title, work),
};
