import type { Log } from '../../src/pipeline/ports.js';

/** A Log that keeps every line, for assertions on what the gate told the user. */
export class RecordingLog implements Log {
  readonly lines: string[] = [];

  info(message: string): void {
    this.lines.push(message);
  }

  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }

  /** The warnings, without their prefix. */
  get warnings(): string[] {
    return this.lines.filter((line) => line.startsWith('warning: ')).map((line) => line.slice('warning: '.length));
  }

  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }

  async untrustedGroup<T>(title: string, work: (emit: (line: string) => void) => Promise<T>): Promise<T> {
    this.lines.push(`group: ${title}`);
    try {
      return await work((line) => this.lines.push(line));
    } finally {
      this.lines.push('endgroup');
    }
  }
}
