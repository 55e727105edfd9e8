/**
 * How far the code under test was kept from the gate in one run:
 * - `separate-user`: as `pid-namespace`, and the tests ran as a user of their own that owned the project
 *   and the run's directory for the run, and no file of the gate's user;
 * - `pid-namespace`: Stryker ran as PID 1 of its own PID namespace with its own /proc, so the tests saw
 *   no process outside it (not the gate's, nor its environment), and the kernel stopped every process
 *   in it when Stryker exited;
 * - `process-group`: no namespace could be made (or `isolation: none`): Stryker's process group is
 *   stopped, and on Linux every process still carrying the run's marker variable.
 */
export type IsolationLevel = 'separate-user' | 'pid-namespace' | 'process-group';

export interface Isolation {
  readonly level: IsolationLevel;
  /** How it was made, or why nothing stronger was available, in words. */
  readonly detail: string;
}
