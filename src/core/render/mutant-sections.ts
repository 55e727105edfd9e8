import type { ListedMutant } from '../judge/listed-mutants.js';
import type { SilentTest, TestTally } from '../scoring/silent-tests.js';
import type { TestInfo } from '../stryker/test-index.js';
import { hintFor } from './hints.js';
import { codeBlock, encodePath, escapeMarkdown, inlineCode, link, tableRow, truncate } from './markdown.js';

/** Where the checked-out commit's files are on GitHub, for links to mutant lines. */
export interface LinkBase {
  readonly serverUrl: string;
  readonly repository: string;
  readonly sha: string;
  /** Prefix that turns a working-directory path into a repository path ('' or ending in '/'). */
  readonly repositoryPrefix: string;
}

const CODE_PREVIEW_CHARS = 120;
const DIFF_LINES = 6;
const DIFF_LINE_CHARS = 160;
const TESTS_SHOWN = 5;
/** Survivors shown in full before the rest are folded away. */
const OPEN_SURVIVORS = 10;

/** Code on one line, shortened: a reviewer needs to recognise it, the JSON report has it whole. */
export function codePreview(code: string): string {
  return inlineCode(truncate(code.replaceAll(/\s+/g, ' ').trim(), CODE_PREVIEW_CHARS));
}

function location(mutant: ListedMutant, links: LinkBase | undefined): string {
  const text = `${mutant.file}:${mutant.line}`;
  if (links === undefined) return inlineCode(text);
  const path = encodePath(`${links.repositoryPrefix}${mutant.file}`);
  return link(text, `${links.serverUrl}/${encodePath(links.repository)}/blob/${links.sha}/${path}#L${mutant.line}`);
}

function testName(test: TestInfo): string {
  const where = test.file === undefined ? '' : ` (${escapeMarkdown(test.line === undefined ? test.file : `${test.file}:${test.line}`)})`;
  return `${inlineCode(test.name)}${where}`;
}

function testList(ids: readonly string[], tests: ReadonlyMap<string, TestInfo>): string {
  const named = ids.slice(0, TESTS_SHOWN).map((id) => testName(tests.get(id) ?? { id, name: id, file: undefined, line: undefined }));
  const more = ids.length > TESTS_SHOWN ? `, and ${ids.length - TESTS_SHOWN} more` : '';
  return `${named.join(', ')}${more}`;
}

function diffLines(prefix: '-' | '+', lines: readonly string[]): string[] {
  const shown = lines.slice(0, DIFF_LINES).map((line) => `${prefix} ${truncate(line, DIFF_LINE_CHARS)}`);
  return lines.length > DIFF_LINES ? [...shown, `${prefix} … ${lines.length - DIFF_LINES} more line(s)`] : shown;
}

function headline(mutant: ListedMutant, links: LinkBase | undefined): string {
  return `${location(mutant, links)} · **${mutant.class ?? 'unknown'}** · ${escapeMarkdown(mutant.mutator)}`;
}

/** A surviving mutant in full: where, class, the line before and after, a hint, the tests that ran it, why its class. */
function survivorDetail(mutant: ListedMutant, tests: ReadonlyMap<string, TestInfo>, links: LinkBase | undefined): string[] {
  const ranBy =
    mutant.coveredBy.length === 0
      ? '- Tests that ran it: not reported by the test runner.'
      : `- Tests that ran it and still passed: ${testList(mutant.coveredBy, tests)}`;
  return [
    '',
    `${headline(mutant, links)}: ${escapeMarkdown(hintFor(mutant))}`,
    '',
    ...codeBlock('diff', [...diffLines('-', mutant.diff.before), ...diffLines('+', mutant.diff.after)]),
    '',
    ranBy,
    ...(mutant.evidence === undefined ? [] : [`- Class ${mutant.class ?? 'unknown'}: ${escapeMarkdown(mutant.evidence)}`]),
  ];
}

/** A mutant on one line: where, class, mutator, the code and its replacement. */
export function mutantLine(mutant: ListedMutant, links: LinkBase | undefined): string {
  return `- ${headline(mutant, links)}: ${codePreview(mutant.original)} → ${codePreview(mutant.replacement)}`;
}

function folded(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `<details><summary>${title}</summary>`, ...lines, '', '</details>'];
}

/** Survivors in full, the first few open and the rest folded; or one line each when compact. */
export function survivorSection(
  survivors: readonly ListedMutant[],
  tests: ReadonlyMap<string, TestInfo>,
  links: LinkBase | undefined,
  compact: boolean,
): string[] {
  if (survivors.length === 0) return [];
  const intro = [
    '',
    `### Surviving mutants (${survivors.length})`,
    'Tests ran this code, yet none failed when it changed like this: each is a realistic bug the tests would let through.',
  ];
  if (compact) return [...intro, '', ...survivors.map((mutant) => mutantLine(mutant, links))];
  const open = survivors.slice(0, OPEN_SURVIVORS).flatMap((mutant) => survivorDetail(mutant, tests, links));
  const rest = survivors.slice(OPEN_SURVIVORS).flatMap((mutant) => survivorDetail(mutant, tests, links));
  return [...intro, ...open, ...folded(`${survivors.length - OPEN_SURVIVORS} more surviving mutant(s)`, rest)];
}

export function uncoveredSection(uncovered: readonly ListedMutant[], links: LinkBase | undefined): string[] {
  if (uncovered.length === 0) return [];
  const lines = uncovered.map((mutant) => mutantLine(mutant, links));
  const intro = ['', `### Uncovered mutants (${uncovered.length})`, 'No test runs these lines at all.'];
  return uncovered.length > OPEN_SURVIVORS
    ? [...intro, ...folded(`${uncovered.length} uncovered mutant(s)`, ['', ...lines])]
    : [...intro, '', ...lines];
}

/** The "asserting the same mistake twice" finding: tests that run changed code and check none of it. */
export function silentTestSection(silent: readonly SilentTest[]): string[] {
  if (silent.length === 0) return [];
  const lines = silent.map(({ test, covered }) => `- ${testName(test)}: ran ${covered} mutant(s) of the changed code and failed on none`);
  return [
    '',
    `### 🔇 Tests that noticed nothing (${silent.length})`,
    'These tests execute the changed code, but not one of the mutants they ran made them fail: they do not check what that code does.',
    '',
    ...lines,
  ];
}

/**
 * How many of the change's mutants each test ran and noticed, collapsed: the evidence behind the silent
 * tests. Only when every covering test ran (every-test: true): stopped at the first failing test, the
 * counts would be partial.
 */
export function testTallySection(tally: readonly TestTally[], everyTest: boolean): string[] {
  if (tally.length === 0 || !everyTest) return [];
  return [
    '',
    `<details><summary>Tests of the changed code (${tally.length}): the mutants each ran, and noticed</summary>`,
    '',
    'Every test that covers a mutant ran against it.',
    '',
    tableRow(['Test', 'Mutants it ran', 'Noticed']),
    tableRow(['---', '---:', '---:']),
    ...tally.map((entry) => tableRow([testName(entry.test), String(entry.ran), String(entry.noticed)])),
    '',
    '</details>',
  ];
}
