/**
 * What the pull request changed in its own measurement: the instruments (Stryker's config and package,
 * suppression comments, the workflow) or what reaches them (logic hidden from the scope, tests that
 * read Stryker's internals). A finding fails the gate until someone other than the PR's author approves it.
 */
export type FindingKind = 'suppression' | 'stryker-config' | 'stryker-package' | 'hidden-source' | 'stryker-internals' | 'workflow';

export interface Finding {
  readonly kind: FindingKind;
  /** Relative to the repository root. */
  readonly path: string;
  /** 1-based; undefined when the finding is about the whole file. */
  readonly line: number | undefined;
  /** What it changes in the measurement, one sentence for the reviewer. */
  readonly change: string;
}

/** A change to how the tests run: shown at the top, never failing the gate by itself. */
export interface TestRunChange {
  readonly path: string;
  readonly change: string;
}

/** Whether a person other than the PR's author approved the findings, and how the gate knows. */
export type Approval =
  | { readonly state: 'approved'; readonly by: string; readonly commit: string }
  | { readonly state: 'not-approved'; readonly reason: string };

export const FINDING_TITLES: Readonly<Record<FindingKind, string>> = {
  suppression: 'Mutants suppressed on changed lines',
  'stryker-config': "Stryker's configuration changed",
  'stryker-package': 'The installed Stryker changed',
  'hidden-source': 'Logic outside the measured scope',
  'stryker-internals': "Code that reads Stryker's internals",
  workflow: 'The workflow that runs the gate changed',
};

/** Findings in a stable order: by kind as titled, then path and line. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const order = Object.keys(FINDING_TITLES);
  return [...findings].sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}
