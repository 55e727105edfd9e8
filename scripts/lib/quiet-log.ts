import type { Log } from '../../src/pipeline/ports.js';

/** The gate's log for scripts that print their own results: only warnings reach the console. */
export class QuietLog implements Log {
  info(): void {}
  warning(message: string): void {
    console.warn(message);
  }
  debug(): void {}
  async untrustedGroup<T>(_title: string, work: (emit: (line: string) => void) => Promise<T>): Promise<T> {
    return work(() => {});
  }
}
