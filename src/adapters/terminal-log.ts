import type { Paint } from '../core/render/terminal-paint.js';
import { printable } from '../core/render/terminal-paint.js';
import { type MutationProgress, mutationProgress } from '../core/stryker/stryker-output.js';
import type { Log } from '../pipeline/ports.js';

/** Where the command's progress goes: standard error, so that standard output holds only the report. */
export interface ProgressStream {
  write(text: string): unknown;
}

export interface TerminalLogOptions {
  /** A terminal: Stryker's progress is one bar redrawn in place; otherwise its progress lines, plainly. */
  readonly interactive: boolean;
  /** Every line Stryker prints, not only its progress. */
  readonly verbose: boolean;
  readonly paint: Paint;
}

const BAR_WIDTH = 30;

function bar({ tested, total, survived }: MutationProgress): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((tested / total) * BAR_WIDTH);
  return `  [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${tested}/${total} mutants tested, ${survived} survived so far`;
}

/**
 * The gate's log for a terminal or a program reading the command's output. What Stryker and the tests
 * print is untrusted: control characters are shown as escapes, so it can neither colour nor rewrite the screen.
 */
export function terminalLog(stream: ProgressStream, { interactive, verbose, paint }: TerminalLogOptions): Log {
  /** A bar is on screen and the next line must start below it. */
  let barShown = false;
  const line = (text: string): void => {
    if (barShown) stream.write('\n');
    barShown = false;
    stream.write(`${text}\n`);
  };
  return {
    info: (message) => line(printable(message)),
    warning: (message) => line(paint.yellow(`warning: ${printable(message)}`)),
    debug: (message) => {
      if (verbose) line(paint.dim(printable(message)));
    },
    async untrustedGroup(title, work) {
      line(paint.bold(printable(title)));
      try {
        return await work((output) => {
          const progress = mutationProgress(output);
          if (verbose || (progress !== undefined && !interactive)) {
            line(`  ${printable(output)}`);
          } else if (progress !== undefined) {
            // Erase the line and draw the bar again, in place.
            stream.write(`\r\u001b[2K${bar(progress)}`);
            barShown = true;
          }
        });
      } finally {
        if (barShown) stream.write('\n');
        barShown = false;
      }
    },
  };
}
