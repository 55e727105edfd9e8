import { describe, expect, it } from 'vitest';
import { parseMutationReport } from '../../../src/core/stryker/stryker-report.js';

type Json = Record<string, unknown>;

function mutant(overrides: Json = {}): Json {
  return {
    id: '1',
    mutatorName: 'ConditionalExpression',
    status: 'Survived',
    location: { start: { line: 2, column: 3 }, end: { line: 2, column: 9 } },
    replacement: 'true',
    coveredBy: ['t1'],
    killedBy: [],
    ...overrides,
  };
}

function file(overrides: Json = {}): Json {
  return { language: 'typescript', source: 'const a = 1;\nif (a > 0) {}\n', mutants: [mutant()], ...overrides };
}

function report(overrides: Json = {}): Json {
  return { schemaVersion: '1.0', thresholds: { high: 80, low: 60 }, files: { 'src/a.ts': file() }, ...overrides };
}

/** A report whose only file has one mutant with the given fields. */
function reportWithMutant(overrides: Json): Json {
  return report({ files: { 'src/a.ts': file({ mutants: [mutant(overrides)] }) } });
}

function withoutKey(value: Json, key: string): Json {
  const { [key]: _removed, ...rest } = value;
  return rest;
}

function problem(problemText: string) {
  return { ok: false, problem: problemText };
}

describe('parseMutationReport accepts', () => {
  it('a valid report, returning it as is', () => {
    const json = report();
    const result = parseMutationReport(json);
    expect(result).toEqual({ ok: true, report: json });
    expect(result.ok && result.report).toBe(json);
  });

  it('a report without files', () => {
    expect(parseMutationReport(report({ files: {} }))).toEqual({ ok: true, report: report({ files: {} }) });
  });

  it('a file without mutants', () => {
    const json = report({ files: { 'a.ts': file({ mutants: [] }) } });
    expect(parseMutationReport(json)).toEqual({ ok: true, report: json });
  });

  it.each(['Killed', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Timeout', 'Ignored', 'Pending'])(
    'a mutant with status %s',
    (status) => {
      const json = reportWithMutant({ status });
      expect(parseMutationReport(json)).toEqual({ ok: true, report: json });
    },
  );

  it('a mutant without the optional replacement, coveredBy and killedBy', () => {
    const json = report({
      files: { 'a.ts': file({ mutants: [withoutKey(withoutKey(withoutKey(mutant(), 'replacement'), 'coveredBy'), 'killedBy')] }) },
    });
    expect(parseMutationReport(json)).toEqual({ ok: true, report: json });
  });

  it('a mutant at line 1, column 1', () => {
    const json = reportWithMutant({ location: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
    expect(parseMutationReport(json)).toEqual({ ok: true, report: json });
  });
});

describe('parseMutationReport rejects the report', () => {
  it.each([
    ['null', null],
    ['an array', [report()]],
    ['a string', '{"schemaVersion":"1"}'],
    ['a number', 42],
    ['undefined', undefined],
  ])('when it is %s', (_what, json) => {
    expect(parseMutationReport(json)).toEqual(problem('the report is not a JSON object'));
  });

  it('without a string schemaVersion', () => {
    expect(parseMutationReport(withoutKey(report(), 'schemaVersion'))).toEqual(problem('the report has no "schemaVersion"'));
    expect(parseMutationReport(report({ schemaVersion: 1 }))).toEqual(problem('the report has no "schemaVersion"'));
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['an array', [file()]],
    ['a string', 'src/a.ts'],
  ])('when "files" is %s', (_what, files) => {
    expect(parseMutationReport(report({ files }))).toEqual(problem('the report has no "files" object'));
  });
});

describe('parseMutationReport rejects a file', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'x'],
  ])('that is %s, naming the file', (_what, value) => {
    expect(parseMutationReport(report({ files: { 'src/a.ts': value } }))).toEqual(problem('file "src/a.ts" is not an object'));
  });

  it('without a string source', () => {
    expect(parseMutationReport(report({ files: { 'src/a.ts': file({ source: undefined }) } }))).toEqual(
      problem('file "src/a.ts" has no string "source"'),
    );
    expect(parseMutationReport(report({ files: { 'src/a.ts': file({ source: 1 }) } }))).toEqual(
      problem('file "src/a.ts" has no string "source"'),
    );
  });

  it('without a string language', () => {
    expect(parseMutationReport(report({ files: { 'src/a.ts': file({ language: null }) } }))).toEqual(
      problem('file "src/a.ts" has no string "language"'),
    );
  });

  it('without a mutants array', () => {
    expect(parseMutationReport(report({ files: { 'src/a.ts': file({ mutants: {} }) } }))).toEqual(
      problem('file "src/a.ts" has no "mutants" array'),
    );
    expect(parseMutationReport(report({ files: { 'src/a.ts': withoutKey(file(), 'mutants') } }))).toEqual(
      problem('file "src/a.ts" has no "mutants" array'),
    );
  });

  it('names the bad file among good ones, quoting its name as JSON', () => {
    const json = report({ files: { 'ok.ts': file(), 'we"ird.ts': file({ source: null }) } });
    expect(parseMutationReport(json)).toEqual(problem('file "we\\"ird.ts" has no string "source"'));
  });
});

describe('parseMutationReport rejects a mutant', () => {
  it('that is not an object, naming its index', () => {
    const json = report({ files: { 'src/a.ts': file({ mutants: [mutant(), 'x'] }) } });
    expect(parseMutationReport(json)).toEqual(problem('file "src/a.ts" mutant #1 is not an object'));
  });

  it('that is null or an array', () => {
    for (const value of [null, []]) {
      expect(parseMutationReport(report({ files: { 'src/a.ts': file({ mutants: [value] }) } }))).toEqual(
        problem('file "src/a.ts" mutant #0 is not an object'),
      );
    }
  });

  it('without a string id', () => {
    expect(parseMutationReport(reportWithMutant({ id: 1 }))).toEqual(problem('file "src/a.ts" mutant #0 has no string "id"'));
  });

  it('without a string mutatorName', () => {
    expect(parseMutationReport(reportWithMutant({ mutatorName: undefined }))).toEqual(
      problem('file "src/a.ts" mutant #0 has no string "mutatorName"'),
    );
  });

  it.each([
    ['an unknown status', 'Exploded', '"Exploded"'],
    ['a lower-case status', 'killed', '"killed"'],
    ['a numeric status', 3, '3'],
  ])('with %s, quoting it', (_what, status, shown) => {
    expect(parseMutationReport(reportWithMutant({ status }))).toEqual(problem(`file "src/a.ts" mutant #0 has unknown status ${shown}`));
  });

  it('without a status', () => {
    expect(parseMutationReport(reportWithMutant({ status: undefined }))).toEqual(
      problem('file "src/a.ts" mutant #0 has unknown status undefined'),
    );
  });

  it.each([
    ['missing', undefined],
    ['not an object', 'line 2'],
    ['without an end', { start: { line: 1, column: 1 } }],
    ['without a start', { end: { line: 1, column: 1 } }],
    ['with line 0', { start: { line: 0, column: 1 }, end: { line: 1, column: 1 } }],
    ['with column 0', { start: { line: 1, column: 0 }, end: { line: 1, column: 1 } }],
    ['with an end at line 0', { start: { line: 1, column: 1 }, end: { line: 0, column: 1 } }],
    ['with an end at column 0', { start: { line: 1, column: 1 }, end: { line: 1, column: 0 } }],
    ['with a fractional line', { start: { line: 1.5, column: 1 }, end: { line: 2, column: 1 } }],
    ['with a string column', { start: { line: 1, column: '1' }, end: { line: 1, column: 2 } }],
    ['with a position that is null', { start: null, end: { line: 1, column: 2 } }],
  ])('with a location %s', (_what, location) => {
    expect(parseMutationReport(reportWithMutant({ location }))).toEqual(
      problem('file "src/a.ts" mutant #0 has no valid 1-based "location"'),
    );
  });

  it('with a non-string replacement', () => {
    expect(parseMutationReport(reportWithMutant({ replacement: 5 }))).toEqual(
      problem('file "src/a.ts" mutant #0 has a non-string "replacement"'),
    );
  });

  it.each([
    ['coveredBy', 't1'],
    ['coveredBy', [1]],
    ['coveredBy', null],
    ['killedBy', 't1'],
    ['killedBy', ['t1', 2]],
  ])('with an invalid %s of %j', (field, value) => {
    expect(parseMutationReport(reportWithMutant({ [field]: value }))).toEqual(
      problem('file "src/a.ts" mutant #0 has invalid "coveredBy" or "killedBy"'),
    );
  });
});

describe('parseMutationReport and the test files the gate now reads', () => {
  it('accepts a report with well-formed testFiles', () => {
    const testFiles = { 'test/a.test.ts': { tests: [{ id: 't1', name: 'adds', location: { start: { line: 1, column: 1 } } }] } };
    expect(parseMutationReport(report({ testFiles }))).toEqual({ ok: true, report: report({ testFiles }) });
  });

  it('accepts test files with several tests, with and without locations, and empty test files', () => {
    const testFiles = {
      'test/a.test.ts': {
        source: 'x',
        tests: [
          { id: 't1', name: 'adds' },
          { id: 't2', name: '', location: { start: { line: 3, column: 1 } } },
        ],
      },
      '': { tests: [] },
    };
    expect(parseMutationReport(report({ testFiles }))).toEqual({ ok: true, report: report({ testFiles }) });
  });

  it.each([
    ['an array', []],
    ['a string', 'tests'],
    ['null', null],
  ])('rejects testFiles that is %s', (_what, testFiles) => {
    expect(parseMutationReport(report({ testFiles }))).toEqual({
      ok: false,
      problem: 'the report has a "testFiles" that is not an object',
    });
  });

  it.each([
    ['without tests', {}],
    ['with tests that are not an array', { tests: { id: 't1', name: 'x' } }],
    ['that is not an object', ['t1']],
    ['that is null', null],
  ])('rejects a test file %s, naming it', (_what, testFile) => {
    expect(parseMutationReport(report({ testFiles: { 'test/ok.test.ts': { tests: [] }, 'test/a "b".test.ts': testFile } }))).toEqual({
      ok: false,
      problem: 'test file "test/a \\"b\\".test.ts" has no "tests" array',
    });
  });

  it.each([
    ['not an object', 'adds'],
    ['null', null],
    ['without an id', { name: 'adds' }],
    ['with a number id', { id: 1, name: 'adds' }],
    ['without a name', { id: 't2' }],
    ['with a non-string name', { id: 't2', name: ['adds'] }],
  ])('rejects a test that is %s, naming its file and index', (_what, test) => {
    expect(parseMutationReport(report({ testFiles: { 'test/a.test.ts': { tests: [{ id: 't1', name: 'ok' }, test] } } }))).toEqual({
      ok: false,
      problem: 'test file "test/a.test.ts" test #1 has no string "id" and "name"',
    });
  });
});
