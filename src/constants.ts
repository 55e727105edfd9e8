/** The action's input names, exactly as in action.yml. */
export const Inputs = {
  WorkingDirectory: 'working-directory',
  Base: 'base',
  Threshold: 'threshold',
  Include: 'include',
  Exclude: 'exclude',
  StrykerConfig: 'stryker-config',
  Concurrency: 'concurrency',
  AiThreshold: 'ai-threshold',
  AiDetection: 'ai-detection',
  AiLabels: 'ai-labels',
  AiPatterns: 'ai-patterns',
  UnknownAs: 'unknown-as',
  Annotations: 'annotations',
  Comment: 'comment',
  GithubToken: 'github-token',
  OnError: 'on-error',
  TimeoutMinutes: 'timeout-minutes',
  AllowUntrustedCode: 'allow-untrusted-code',
  TestEnv: 'test-env',
  Isolation: 'isolation',
  Timeouts: 'timeouts',
  EveryTest: 'every-test',
  FlakyCheck: 'flaky-check',
  Stryker: 'stryker',
  Shard: 'shard',
  MergeShards: 'merge-shards',
  Reuse: 'reuse',
  StateDir: 'state-dir',
  MaxMutants: 'max-mutants',
  MutantsPerLine: 'mutants-per-line',
  AiApprovals: 'ai-approvals',
  AiApprovalsMinLines: 'ai-approvals-min-lines',
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** The action's output names, exactly as in action.yml. */
export const Outputs = {
  Verdict: 'verdict',
  Score: 'score',
  Mutants: 'mutants',
  Killed: 'killed',
  Survived: 'survived',
  NoCoverage: 'no-coverage',
  Timeout: 'timeout',
  Report: 'report',
  AiDetected: 'ai-detected',
  AiLines: 'ai-lines',
  AiMutants: 'ai-mutants',
  AiScore: 'ai-score',
  HtmlReport: 'html-report',
  Findings: 'findings',
  BundledStryker: 'bundled-stryker',
  ShardResult: 'shard-result',
  Reused: 'reused',
  Approvals: 'approvals',
  ApprovalsRequired: 'approvals-required',
} as const;

export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Every JS/TS source extension Stryker's instrumenter understands. */
export const SOURCE_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'] as const;

/** A path of a JS or TS source file, by its extension. */
export const SOURCE_FILE = new RegExp(`\\.(?:${SOURCE_EXTENSIONS.join('|')})$`);

export const DEFAULT_INCLUDE: readonly string[] = [`**/*.{${SOURCE_EXTENSIONS.join(',')}}`];

/**
 * Tests, type declarations, build output, dependencies and tool config files are not code under test:
 * mutating them only adds mutants no test can kill.
 */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  '**/test/**',
  '**/tests/**',
  '**/*.d.{ts,mts,cts}',
  '**/*.config.*',
  '**/node_modules/**',
  '**/dist/**',
  '**/coverage/**',
];

export const DEFAULT_AI_LABELS: readonly string[] = Object.freeze(['ai-generated', 'ai-assisted']);

export const DEFAULT_AI_THRESHOLD = 80;

/**
 * Every changed line is held to this by default, whatever its class: agents can omit their markers and
 * teams strip trailers, so code with no AI marker must not pass with most of its mutants unnoticed.
 */
export const DEFAULT_THRESHOLD = 50;

/** Stryker 10 (and so the gate) needs this Node.js major version or newer. */
export const MINIMUM_NODE_MAJOR = 22;

/**
 * Runs of the probe's mutants (each the whole suite with no mutant active), besides its initial run: a
 * test that fails one run in three is seen failing in one of the three with a chance of 70%.
 */
export const DEFAULT_FLAKY_CHECK = 2;
