import type { Location } from 'mutation-testing-report-schema';
import { describe, expect, it } from 'vitest';
import { codeReader } from '../../src/core/mutant-code.js';

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
