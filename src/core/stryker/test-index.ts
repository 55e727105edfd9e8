import type { MutationTestResult } from './stryker-report.js';

/** A test as the report names it, with where it is written when the runner says. */
export interface TestInfo {
  readonly id: string;
  readonly name: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
}

/** Every test in the report's testFiles, by id (the ids mutants' coveredBy and killedBy use). */
export function indexTests(report: Pick<MutationTestResult, 'testFiles'>): ReadonlyMap<string, TestInfo> {
  const tests = new Map<string, TestInfo>();
  for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
    for (const test of testFile.tests) {
      tests.set(test.id, { id: test.id, name: test.name, file: file === '' ? undefined : file, line: test.location?.start.line });
    }
  }
  return tests;
}
