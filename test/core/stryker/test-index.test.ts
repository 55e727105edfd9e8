import { describe, expect, it } from 'vitest';
import type { MutationTestResult } from '../../../src/core/stryker/stryker-report.js';
import { indexTests, type TestInfo } from '../../../src/core/stryker/test-index.js';

type TestFiles = MutationTestResult['testFiles'];

describe('indexTests', () => {
  it('indexes every test of every test file by id, with its file and start line', () => {
    const testFiles: TestFiles = {
      'test/a.test.ts': {
        tests: [
          { id: '0', name: 'adds two numbers', location: { start: { line: 3, column: 5 } } },
          { id: '1', name: 'adds nothing', location: { start: { line: 12, column: 1 }, end: { line: 20, column: 3 } } },
        ],
      },
      'test/b.test.ts': { source: 'it("x")', tests: [{ id: '2', name: 'b > x' }] },
    };
    expect(indexTests({ testFiles })).toEqual(
      new Map<string, TestInfo>([
        ['0', { id: '0', name: 'adds two numbers', file: 'test/a.test.ts', line: 3 }],
        ['1', { id: '1', name: 'adds nothing', file: 'test/a.test.ts', line: 12 }],
        ['2', { id: '2', name: 'b > x', file: 'test/b.test.ts', line: undefined }],
      ]),
    );
  });

  it("gives tests under the '' file name no file: the runner did not say where they are", () => {
    const testFiles: TestFiles = {
      '': {
        tests: [
          { id: 'x', name: 'somewhere', location: { start: { line: 7, column: 1 } } },
          { id: 'y', name: 'nowhere' },
        ],
      },
    };
    expect(indexTests({ testFiles })).toEqual(
      new Map<string, TestInfo>([
        ['x', { id: 'x', name: 'somewhere', file: undefined, line: 7 }],
        ['y', { id: 'y', name: 'nowhere', file: undefined, line: undefined }],
      ]),
    );
  });

  it('keeps the order of the test files and their tests', () => {
    const testFiles: TestFiles = {
      'z.test.ts': { tests: [{ id: 'z1', name: 'z1' }] },
      'a.test.ts': {
        tests: [
          { id: 'a2', name: 'a2' },
          { id: 'a1', name: 'a1' },
        ],
      },
    };
    expect([...indexTests({ testFiles }).keys()]).toEqual(['z1', 'a2', 'a1']);
  });

  it('is empty without testFiles, with no test files, or with test files without tests', () => {
    expect(indexTests({})).toEqual(new Map());
    expect(indexTests({ testFiles: undefined })).toEqual(new Map());
    expect(indexTests({ testFiles: {} })).toEqual(new Map());
    expect(indexTests({ testFiles: { 'a.test.ts': { tests: [] } } })).toEqual(new Map());
  });
});
