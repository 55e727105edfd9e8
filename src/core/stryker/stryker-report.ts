import type { FileResult, MutantResult, MutantStatus, MutationTestResult } from 'mutation-testing-report-schema';

const MUTANT_STATUSES: ReadonlySet<string> = new Set<MutantStatus>([
  'Killed',
  'Survived',
  'NoCoverage',
  'CompileError',
  'RuntimeError',
  'Timeout',
  'Ignored',
  'Pending',
]);

export type ReportParse = { readonly ok: true; readonly report: MutationTestResult } | { readonly ok: false; readonly problem: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  return (
    isRecord(value) &&
    Number.isInteger(value.line) &&
    (value.line as number) >= 1 &&
    Number.isInteger(value.column) &&
    (value.column as number) >= 1
  );
}

function isStringArray(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function mutantProblem(mutant: unknown): string | undefined {
  if (!isRecord(mutant)) return 'is not an object';
  if (typeof mutant.id !== 'string') return 'has no string "id"';
  if (typeof mutant.mutatorName !== 'string') return 'has no string "mutatorName"';
  if (!MUTANT_STATUSES.has(mutant.status as string)) {
    return `has unknown status ${JSON.stringify(mutant.status)}`;
  }
  if (!isRecord(mutant.location) || !isPosition(mutant.location.start) || !isPosition(mutant.location.end)) {
    return 'has no valid 1-based "location"';
  }
  if (mutant.replacement !== undefined && typeof mutant.replacement !== 'string') return 'has a non-string "replacement"';
  if (!isStringArray(mutant.coveredBy) || !isStringArray(mutant.killedBy)) return 'has invalid "coveredBy" or "killedBy"';
  return undefined;
}

function fileProblem(file: unknown): string | undefined {
  if (!isRecord(file)) return 'is not an object';
  if (typeof file.source !== 'string') return 'has no string "source"';
  if (typeof file.language !== 'string') return 'has no string "language"';
  if (!Array.isArray(file.mutants)) return 'has no "mutants" array';
  for (const [index, mutant] of file.mutants.entries()) {
    const problem = mutantProblem(mutant);
    if (problem !== undefined) return `mutant #${index} ${problem}`;
  }
  return undefined;
}

function testFileProblem(testFile: unknown): string | undefined {
  if (!isRecord(testFile) || !Array.isArray(testFile.tests)) return 'has no "tests" array';
  const bad = testFile.tests.findIndex((test) => !isRecord(test) || typeof test.id !== 'string' || typeof test.name !== 'string');
  return bad === -1 ? undefined : `test #${bad} has no string "id" and "name"`;
}

/**
 * Checks every field the gate reads from Stryker's mutation.json (mutation-testing-report-schema),
 * so a truncated or foreign file is an error with a reason, not a silently wrong score.
 */
export function parseMutationReport(json: unknown): ReportParse {
  if (!isRecord(json)) return { ok: false, problem: 'the report is not a JSON object' };
  if (typeof json.schemaVersion !== 'string') return { ok: false, problem: 'the report has no "schemaVersion"' };
  if (!isRecord(json.files)) return { ok: false, problem: 'the report has no "files" object' };
  for (const [name, file] of Object.entries(json.files)) {
    const problem = fileProblem(file);
    if (problem !== undefined) return { ok: false, problem: `file ${JSON.stringify(name)} ${problem}` };
  }
  if (json.testFiles !== undefined) {
    if (!isRecord(json.testFiles)) return { ok: false, problem: 'the report has a "testFiles" that is not an object' };
    for (const [name, testFile] of Object.entries(json.testFiles)) {
      const problem = testFileProblem(testFile);
      if (problem !== undefined) return { ok: false, problem: `test file ${JSON.stringify(name)} ${problem}` };
    }
  }
  return { ok: true, report: json as unknown as MutationTestResult };
}

export type { FileResult, MutantResult, MutantStatus, MutationTestResult };
