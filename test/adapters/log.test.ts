import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionsLog } from '../../src/adapters/log.js';

describe('actionsLog', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps each message on one line, so a path or test name with a newline cannot start a workflow command', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    actionsLog.info('No test imports src/a\n::error::pwned.ts, src/b\r\n::add-mask::x.ts, src/c\r::debug::y.ts');
    const lines = written.join('').split(/\r\n|\r|\n/);
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([]);
    expect(written.join('')).toContain('src/a\\n::error::pwned.ts');
  });
});
