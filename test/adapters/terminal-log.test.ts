import { describe, expect, it } from 'vitest';
import { terminalLog } from '../../src/adapters/terminal-log.js';
import { PLAIN } from '../../src/core/render/terminal-paint.js';

const PROGRESS = [
  'Mutation testing 25% (elapsed: <1m, remaining: ~1m) 1/4 tested (0 survived, 0 timed out)',
  'Mutation testing 75% (elapsed: <1m, remaining: <1m) 3/4 tested (1 survived, 0 timed out)',
];

/** Runs one Stryker group through a terminal log with these settings; what it wrote. */
async function written(interactive: boolean, verbose: boolean, lines: readonly string[]): Promise<string> {
  let output = '';
  const log = terminalLog({ write: (text: string) => (output += text) }, { interactive, verbose, paint: PLAIN });
  log.info('Before Stryker.');
  const result = await log.untrustedGroup('Stryker: 1 changed range(s)', async (emit) => {
    for (const line of lines) emit(line);
    return 42;
  });
  expect(result).toBe(42);
  log.info('After Stryker.');
  return output;
}

describe('terminalLog', () => {
  const lines = ['12:00:00 (1) INFO DryRunExecutor Starting initial test run', ...PROGRESS, 'Done in 3 seconds.'];

  it('on a terminal, redraws one progress bar in place and starts the next line below it', async () => {
    expect(await written(true, false, lines)).toBe(
      'Before Stryker.\nStryker: 1 changed range(s)\n' +
        '\r\u001b[2K  [########......................] 1/4 mutants tested, 0 survived so far' +
        '\r\u001b[2K  [#######################.......] 3/4 mutants tested, 1 survived so far' +
        '\nAfter Stryker.\n',
    );
  });

  it('elsewhere, prints Stryker’s progress lines plainly, and nothing else of its output', async () => {
    const output = await written(false, false, lines);
    expect(output).toBe(`Before Stryker.\nStryker: 1 changed range(s)\n  ${PROGRESS[0]}\n  ${PROGRESS[1]}\nAfter Stryker.\n`);
    expect(output).not.toContain('\u001b');
  });

  it('with --verbose, prints every line, with control characters shown as escapes', async () => {
    const output = await written(true, true, ['test \u001b[2Jcleared\r']);
    expect(output).toBe('Before Stryker.\nStryker: 1 changed range(s)\n  test \\u001b[2Jcleared\\u000d\nAfter Stryker.\n');
  });

  it('prints warnings, and debug lines only when verbose', () => {
    let output = '';
    const quiet = terminalLog({ write: (text: string) => (output += text) }, { interactive: false, verbose: false, paint: PLAIN });
    quiet.warning('Careful.');
    quiet.debug('Hidden.');
    const loud = terminalLog({ write: (text: string) => (output += text) }, { interactive: false, verbose: true, paint: PLAIN });
    loud.debug('Shown.');
    expect(output).toBe('warning: Careful.\nShown.\n');
  });
});
