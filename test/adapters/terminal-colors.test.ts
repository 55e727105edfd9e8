import { WriteStream } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { paintFor } from '../../src/adapters/terminal-colors.js';
import { PLAIN } from '../../src/core/render/terminal-paint.js';

/** A terminal as Node's tty module answers for it, without opening one. */
const terminal = Object.assign(Object.create(WriteStream.prototype) as WriteStream, { isTTY: true });
const COLOUR_TERM = { TERM: 'xterm-256color' };

describe('paintFor', () => {
  it('colours a terminal that shows colours', () => {
    expect(paintFor(terminal, false, COLOUR_TERM).red('x')).toBe('\u001b[31mx\u001b[39m');
  });

  it('gives no escape code to a pipe, with --no-color, under NO_COLOR, or on a dumb terminal', () => {
    expect(paintFor({ isTTY: false }, false, COLOUR_TERM)).toBe(PLAIN);
    expect(paintFor({}, false, COLOUR_TERM)).toBe(PLAIN);
    expect(paintFor(terminal, true, COLOUR_TERM)).toBe(PLAIN);
    expect(paintFor(terminal, false, { ...COLOUR_TERM, NO_COLOR: '1' })).toBe(PLAIN);
    expect(paintFor(terminal, false, { TERM: 'dumb' })).toBe(PLAIN);
  });
});
