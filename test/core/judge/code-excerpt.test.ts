import type { Location } from 'mutation-testing-report-schema';
import { describe, expect, it } from 'vitest';
import { codeReader, mutantDiff } from '../../../src/core/judge/code-excerpt.js';

function at(line: number, column: number, endLine: number, endColumn: number): Location {
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

const SOURCE = ['const a = 1;', 'if (a > 0 && ready) {', '  go();', '}', ''].join('\n');

describe('codeReader', () => {
  const read = codeReader(SOURCE);

  it('reads a span on the first line (end column exclusive)', () => {
    expect(read(at(1, 1, 1, 6))).toBe('const');
  });

  it('reads a span inside a later line', () => {
    expect(read(at(2, 5, 2, 10))).toBe('a > 0');
    expect(read(at(2, 5, 2, 19))).toBe('a > 0 && ready');
  });

  it('reads a whole line', () => {
    expect(read(at(3, 1, 3, 8))).toBe('  go();');
  });

  it('reads a multi-line span with its newlines', () => {
    expect(read(at(2, 21, 4, 2))).toBe('{\n  go();\n}');
  });

  it('reads an empty span', () => {
    expect(read(at(2, 5, 2, 5))).toBe('');
  });

  it('reads the empty last line after the final newline', () => {
    expect(read(at(5, 1, 5, 1))).toBe('');
  });

  it.each([
    ['a start line past the end', at(9, 1, 9, 3)],
    ['an end line past the end', at(3, 1, 6, 1)],
    ['line 0', at(0, 1, 1, 3)],
  ])('is empty for %s', (_what, location) => {
    expect(read(location)).toBe('');
  });

  it('reads a source without any newline', () => {
    expect(codeReader('x + y')(at(1, 3, 1, 4))).toBe('+');
  });

  it('reads a source with CRLF line endings by the same columns', () => {
    expect(codeReader('a;\r\nb + c;\r\n')(at(2, 3, 2, 4))).toBe('+');
  });

  it('is empty for any location in an empty source but line 1', () => {
    const readEmpty = codeReader('');
    expect(readEmpty(at(1, 1, 1, 1))).toBe('');
    expect(readEmpty(at(2, 1, 2, 2))).toBe('');
  });

  it('reads several locations of one source independently', () => {
    expect([read(at(3, 3, 3, 5)), read(at(1, 7, 1, 8)), read(at(3, 3, 3, 5))]).toEqual(['go', 'a', 'go']);
  });
});

describe('mutantDiff', () => {
  it('shows the one line a mutant changes, before and after', () => {
    expect(mutantDiff('const x = 1;\nlet ok = a > b;\nreturn ok;\n', at(2, 10, 2, 15), 'a >= b')).toEqual({
      before: ['let ok = a > b;'],
      after: ['let ok = a >= b;'],
    });
  });

  it('shows every line of an emptied block before, and the one line left after', () => {
    const source = 'function f() {\n  go();\n  stop();\n}\nnext();\n';
    expect(mutantDiff(source, at(1, 14, 4, 2), '{}')).toEqual({
      before: ['function f() {', '  go();', '  stop();', '}'],
      after: ['function f() {}'],
    });
  });

  it('keeps the code before the start and after the end of a multi-line mutant', () => {
    const source = 'if (a) {\n  go();\n} else {\n  stop();\n}';
    expect(mutantDiff(source, at(1, 8, 3, 2), '{}')).toEqual({
      before: ['if (a) {', '  go();', '} else {'],
      after: ['if (a) {} else {'],
    });
  });

  it('splits a multi-line replacement into its lines', () => {
    expect(mutantDiff('f(a, b);', at(1, 3, 1, 7), 'a,\n  c')).toEqual({ before: ['f(a, b);'], after: ['f(a,', '  c);'] });
  });

  it('reads a CRLF source by the same lines and columns, without the carriage returns', () => {
    const source = 'a;\r\nif (x) {\r\n  go();\r\n}\r\nb;\r\n';
    expect(mutantDiff(source, at(2, 8, 4, 2), '{}')).toEqual({ before: ['if (x) {', '  go();', '}'], after: ['if (x) {}'] });
    expect(mutantDiff(source, at(5, 1, 5, 2), 'c')).toEqual({ before: ['b;'], after: ['c;'] });
  });

  it('splits a replacement with CRLF line endings without carriage returns', () => {
    expect(mutantDiff('x = [1, 2];\r\n', at(1, 5, 1, 11), '[\r\n]')).toEqual({ before: ['x = [1, 2];'], after: ['x = [', '];'] });
  });

  it('changes code at the start of a line', () => {
    expect(mutantDiff('  x;\nreturn a;\n', at(2, 1, 2, 7), 'throw')).toEqual({ before: ['return a;'], after: ['throw a;'] });
  });

  it('changes code at the end of a line, the last of a source without a final newline', () => {
    expect(mutantDiff('x = 1\ny = a + b', at(2, 5, 2, 10), 'a - b')).toEqual({ before: ['y = a + b'], after: ['y = a - b'] });
  });

  it('inserts at the end of a line for an empty location', () => {
    expect(mutantDiff('f(x)\n', at(1, 5, 1, 5), '!')).toEqual({ before: ['f(x)'], after: ['f(x)!'] });
  });

  it('removes the code for an empty replacement', () => {
    expect(mutantDiff('let ok = a > b;', at(1, 10, 1, 15), '')).toEqual({ before: ['let ok = a > b;'], after: ['let ok = ;'] });
  });

  it('shows no line before, and the replacement alone after, for a location past the end of the source', () => {
    expect(mutantDiff('a;\nb;\n', at(9, 3, 9, 5), 'x')).toEqual({ before: [], after: ['x'] });
  });

  it('changes a whole line', () => {
    expect(mutantDiff('a;\n  go();\nb;', at(2, 3, 2, 8), '')).toEqual({ before: ['  go();'], after: ['  '] });
    expect(mutantDiff('a;\ngo();\nb;', at(2, 1, 2, 5), 'stop()')).toEqual({ before: ['go();'], after: ['stop();'] });
  });
});
