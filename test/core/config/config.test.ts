import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../../src/constants.js';
import { AGENT_SIGNALS } from '../../../src/core/attribution/agent-signals.js';
import type { AgentPattern } from '../../../src/core/attribution/attribution.js';
import { PATTERN_KINDS, parseSignalPattern, type SignalPattern } from '../../../src/core/attribution/signal-pattern.js';
import { type Config, type ConfigResult, parseConfig, type RawInputs, splitGlobList } from '../../../src/core/config/config.js';

/** Every input empty, as the runner hands over unset inputs, with some set. */
function inputs(overrides: Partial<RawInputs> = {}): RawInputs {
  return {
    'working-directory': '',
    base: '',
    threshold: '',
    include: '',
    exclude: '',
    'stryker-config': '',
    concurrency: '',
    'ai-threshold': '',
    'ai-detection': '',
    'ai-labels': '',
    'ai-patterns': '',
    'unknown-as': '',
    annotations: '',
    comment: '',
    'github-token': '',
    'on-error': '',
    'timeout-minutes': '',
    'allow-untrusted-code': '',
    'test-env': '',
    isolation: '',
    timeouts: '',
    'every-test': '',
    'flaky-check': '',
    stryker: '',
    shard: '',
    'merge-shards': '',
    reuse: '',
    'state-dir': '',
    'max-mutants': '',
    'mutants-per-line': '',
    'ai-approvals': '',
    'ai-approvals-min-lines': '',
    ...overrides,
  };
}

/** The built-in agent table as config holds it: every entry parsed, pr-body allowed. */
const BUILT_IN_PATTERNS: readonly AgentPattern[] = AGENT_SIGNALS.map(({ agent, pattern }) => ({
  agent,
  pattern: parseSignalPattern(pattern, [...PATTERN_KINDS, 'pr-body']) as SignalPattern,
}));

/** A user's ai-patterns line as config holds it. */
function customPattern(kind: SignalPattern['kind'], source: string, regex: RegExp): AgentPattern {
  return { agent: 'ai-patterns', pattern: { kind, source, regex } };
}

const DEFAULT_CONFIG: Config = {
  workingDirectory: '.',
  base: undefined,
  threshold: 50,
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  strykerConfig: undefined,
  concurrency: undefined,
  aiThreshold: 80,
  aiDetection: 'auto',
  aiLabels: ['ai-generated', 'ai-assisted'],
  aiPatterns: BUILT_IN_PATTERNS,
  unknownAs: 'human',
  annotations: true,
  comment: 'on-failure',
  onError: 'fail',
  timeoutMinutes: undefined,
  allowUntrustedCode: false,
  testEnv: [],
  isolation: 'auto',
  timeouts: 'recheck',
  everyTest: true,
  flakyCheck: 2,
  stryker: 'auto',
  shard: undefined,
  mergeShards: [],
  reuse: true,
  stateDir: undefined,
  maxMutants: undefined,
  mutantsPerLine: 'all',
  aiApprovals: 0,
  aiApprovalsMinLines: 1,
};

function configOf(result: ConfigResult): Config {
  if (!result.ok) throw new Error(`expected a config, got problems: ${result.problems.join(' / ')}`);
  return result.config;
}

function problemsOf(result: ConfigResult): readonly string[] {
  if (result.ok) throw new Error(`expected problems, got a config: ${JSON.stringify(result.config)}`);
  return result.problems;
}

const BASE_ACCEPTED = 'expected a commit SHA or a ref name such as main or origin/main (no spaces, no "..", not starting with "-")';
const THRESHOLD_ACCEPTED = 'expected a percentage from 0 to 100 with at most two decimals, such as 80 or 80% or 72.5';
const FRACTION_NOTE = '; write 80 for 80% (0-1 fractions are not accepted)';
const USER_KINDS = 'email, name, trailer, message, branch, login';
const TIMEOUT_ACCEPTED = 'expected minutes above 0 and at most 1440, such as 30 or 7.5, or empty for no limit';
const CONCURRENCY_ACCEPTED = "expected a whole number of test runner processes, 1 or more, or empty for Stryker's default";

function globProblem(input: 'include' | 'exclude', raw: string, glob: string): string {
  return (
    `Input "${input}" has value ${JSON.stringify(raw)}: expected globs relative to working-directory, ` +
    `one per line or comma-separated; "${glob}" is absolute or negated (use exclude instead of "!").`
  );
}

describe('parseConfig defaults', () => {
  it('turns all-empty inputs into the defaults', () => {
    expect(parseConfig(inputs())).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('treats whitespace-only inputs as empty', () => {
    const result = parseConfig(
      inputs({
        'working-directory': '  ',
        base: ' \t ',
        threshold: '  ',
        include: ' \n , ',
        exclude: '\n',
        'stryker-config': '   ',
        concurrency: ' ',
        'ai-threshold': ' ',
        'ai-detection': '\t',
        'ai-labels': ' , \n',
        'ai-patterns': '  \n\t\n',
        'unknown-as': '  ',
        annotations: ' ',
        comment: '\t',
        'on-error': ' ',
        'timeout-minutes': '  ',
        'allow-untrusted-code': '\n',
      }),
    );
    expect(result).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('returns a frozen config', () => {
    const config = configOf(parseConfig(inputs({ include: 'src/**' })));
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.include)).toBe(true);
  });

  it('freezes the ai-labels and ai-patterns lists, given or default', () => {
    const given = configOf(parseConfig(inputs({ 'ai-labels': 'bot', 'ai-patterns': 'name:bot' })));
    expect(Object.isFrozen(given.aiLabels)).toBe(true);
    expect(Object.isFrozen(given.aiPatterns)).toBe(true);
    const defaults = configOf(parseConfig(inputs()));
    expect(Object.isFrozen(defaults.aiLabels)).toBe(true);
    expect(Object.isFrozen(defaults.aiPatterns)).toBe(true);
  });
});

describe('parseConfig with every input set', () => {
  it('keeps each valid value, trimmed', () => {
    const result = parseConfig(
      inputs({
        'working-directory': ' packages/app ',
        base: ' origin/main ',
        threshold: ' 72.5 ',
        include: 'src/**/*.ts\nlib/**/*.js',
        exclude: 'src/generated/**',
        'stryker-config': ' stryker.conf.mjs ',
        concurrency: ' 4 ',
        'ai-threshold': ' 90% ',
        'ai-detection': ' All ',
        'ai-labels': 'vibe-coded, Agent Work\nbot',
        'ai-patterns': 'email:@bots.example.com\n\n  message:/^wip\\b/i  ',
        'unknown-as': ' AI ',
        annotations: ' False ',
        comment: ' ALWAYS ',
        'github-token': 'ghs_not-part-of-config',
        'on-error': ' Warn ',
        'timeout-minutes': ' 7.5 ',
        'allow-untrusted-code': ' TRUE ',
        'test-env': 'DATABASE_URL, REDIS_URL\n lowercase_ok ',
        isolation: ' None ',
        timeouts: ' Survived ',
        'every-test': ' false ',
        'flaky-check': ' 0 ',
        stryker: ' Bundled ',
        // shard is left out: it cannot go with max-mutants (see below).
        reuse: ' False ',
        'state-dir': ' /tmp/gate-state ',
        'max-mutants': ' 200 ',
        'mutants-per-line': ' 1 ',
        'ai-approvals': ' 2 ',
        'ai-approvals-min-lines': ' 40 ',
      }),
    );
    expect(result).toEqual({
      ok: true,
      config: {
        workingDirectory: 'packages/app',
        base: 'origin/main',
        threshold: 72.5,
        include: ['src/**/*.ts', 'lib/**/*.js'],
        exclude: ['src/generated/**'],
        strykerConfig: 'stryker.conf.mjs',
        concurrency: 4,
        aiThreshold: 90,
        aiDetection: 'all',
        aiLabels: ['vibe-coded', 'Agent Work', 'bot'],
        aiPatterns: [
          ...BUILT_IN_PATTERNS,
          customPattern('email', 'email:@bots.example.com', /@bots\.example\.com/i),
          customPattern('message', 'message:/^wip\\b/i', /^wip\b/i),
        ],
        unknownAs: 'ai',
        annotations: false,
        comment: 'always',
        onError: 'warn',
        timeoutMinutes: 7.5,
        allowUntrustedCode: true,
        testEnv: ['DATABASE_URL', 'REDIS_URL', 'lowercase_ok'],
        isolation: 'none',
        timeouts: 'survived',
        everyTest: false,
        flakyCheck: 0,
        stryker: 'bundled',
        shard: undefined,
        mergeShards: [],
        reuse: false,
        stateDir: '/tmp/gate-state',
        maxMutants: 200,
        mutantsPerLine: 1,
        aiApprovals: 2,
        aiApprovalsMinLines: 40,
      },
    });
  });
});

describe('parseConfig reports all bad inputs together', () => {
  it('lists one problem per bad input, in input order', () => {
    const result = parseConfig(
      inputs({
        base: '-x',
        threshold: '0.8',
        include: '/abs/**',
        exclude: '!neg',
        concurrency: '0',
        'ai-threshold': '120',
        'ai-detection': 'sometimes',
        'ai-patterns': 'author:bot\nmessage:/(/',
        'unknown-as': 'robot',
        comment: 'sometimes',
        'on-error': 'ignore',
        'timeout-minutes': '0',
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        `Input "base" has value "-x": ${BASE_ACCEPTED}.`,
        `Input "threshold" has value "0.8": ${THRESHOLD_ACCEPTED}${FRACTION_NOTE}.`,
        globProblem('include', '/abs/**', '/abs/**'),
        globProblem('exclude', '!neg', '!neg'),
        `Input "concurrency" has value "0": ${CONCURRENCY_ACCEPTED}.`,
        `Input "ai-threshold" has value "120": ${THRESHOLD_ACCEPTED}.`,
        'Input "ai-detection" has value "sometimes": expected one of auto, all, off.',
        `Input "ai-patterns": "author:bot" does not start with a known kind (${USER_KINDS}) and a colon.`,
        'Input "ai-patterns": "message:/(/" is not a valid regular expression: Invalid regular expression: /(/: Unterminated group.',
        'Input "unknown-as" has value "robot": expected one of human, ai.',
        'Input "comment" has value "sometimes": expected one of on-failure, never, always.',
        'Input "on-error" has value "ignore": expected one of fail, warn.',
        `Input "timeout-minutes" has value "0": ${TIMEOUT_ACCEPTED}.`,
      ],
    });
  });

  it('lists a bad annotations value among the others, between unknown-as and comment', () => {
    const result = parseConfig(inputs({ 'unknown-as': 'robot', annotations: 'yes', comment: 'sometimes' }));
    expect(result).toEqual({
      ok: false,
      problems: [
        'Input "unknown-as" has value "robot": expected one of human, ai.',
        'Input "annotations" has value "yes": expected one of true, false.',
        'Input "comment" has value "sometimes": expected one of on-failure, never, always.',
      ],
    });
  });

  it('reports only the bad inputs when others are fine', () => {
    const result = parseConfig(inputs({ base: 'main', threshold: '101', concurrency: 'many' }));
    expect(result).toEqual({
      ok: false,
      problems: [
        `Input "threshold" has value "101": ${THRESHOLD_ACCEPTED}.`,
        `Input "concurrency" has value "many": ${CONCURRENCY_ACCEPTED}.`,
      ],
    });
  });
});

describe('parseConfig base', () => {
  it.each([
    ['main', 'main'],
    ['origin/main', 'origin/main'],
    ['0123456789abcdef0123456789abcdef01234567', '0123456789abcdef0123456789abcdef01234567'],
    ['release/1.2', 'release/1.2'],
    ['HEAD~3', 'HEAD~3'],
    ['  v1.0.0  ', 'v1.0.0'],
  ])('accepts %j as %j', (raw, base) => {
    expect(configOf(parseConfig(inputs({ base: raw }))).base).toBe(base);
  });

  it('is undefined when empty', () => {
    expect(configOf(parseConfig(inputs({ base: '' }))).base).toBeUndefined();
  });

  it.each([
    ['-x', 'starting with "-"'],
    ['--upload-pack=evil', 'an option'],
    [' -main', 'a "-" after trimming'],
    ['main..feature', 'a range ".."'],
    ['main...feature', 'a symmetric range "..."'],
    ['..', 'only ".."'],
    ['my branch', 'a space'],
    ['main\tx', 'a tab'],
    ['main\nx', 'a newline'],
    ['main\u0000x', 'a control character'],
    ['main\u007fx', 'DEL'],
  ])('refuses %j (%s), naming the input, the value and the accepted form', (raw) => {
    expect(problemsOf(parseConfig(inputs({ base: raw })))).toEqual([`Input "base" has value ${JSON.stringify(raw)}: ${BASE_ACCEPTED}.`]);
  });

  it('accepts a single dot inside a ref name', () => {
    expect(configOf(parseConfig(inputs({ base: 'v1.2.3' }))).base).toBe('v1.2.3');
  });

  it('accepts a "-" that is not the first character', () => {
    expect(configOf(parseConfig(inputs({ base: 'feature-x' }))).base).toBe('feature-x');
  });
});

describe('parseConfig threshold', () => {
  it.each([
    ['', 50],
    ['0', 0],
    ['0.00', 0],
    ['1', 1],
    ['1.00', 1],
    ['80', 80],
    ['80%', 80],
    ['72.5', 72.5],
    ['72.55', 72.55],
    ['72.5%', 72.5],
    ['99.99', 99.99],
    ['100', 100],
    ['100%', 100],
    ['100.00', 100],
    ['007', 7],
    [' 80 ', 80],
  ])('accepts %j as %d', (raw, threshold) => {
    expect(configOf(parseConfig(inputs({ threshold: raw }))).threshold).toBe(threshold);
  });

  it.each(['101', '100.01', '100.5', '999', '1000', '-1', 'abc', '80 %', '%80', '80%%', '.5', '80.', '72.555', '8,0', '1e2', '0x50'])(
    'refuses %j with the accepted form',
    (raw) => {
      expect(problemsOf(parseConfig(inputs({ threshold: raw })))).toEqual([
        `Input "threshold" has value ${JSON.stringify(raw)}: ${THRESHOLD_ACCEPTED}.`,
      ]);
    },
  );

  it.each(['0.8', '0.01', '0.5%', '0.99'])('refuses the fraction %j and says to write 80 for 80%%', (raw) => {
    expect(problemsOf(parseConfig(inputs({ threshold: raw })))).toEqual([
      `Input "threshold" has value ${JSON.stringify(raw)}: ${THRESHOLD_ACCEPTED}${FRACTION_NOTE}.`,
    ]);
  });

  it('quotes the raw, untrimmed value in the problem', () => {
    expect(problemsOf(parseConfig(inputs({ threshold: ' 101 ' })))).toEqual([
      `Input "threshold" has value " 101 ": ${THRESHOLD_ACCEPTED}.`,
    ]);
  });
});

describe('parseConfig include and exclude', () => {
  it('uses the default include and exclude when empty', () => {
    const config = configOf(parseConfig(inputs()));
    expect(config.include).toEqual(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}']);
    expect(config.exclude).toEqual(DEFAULT_EXCLUDE);
  });

  it('replaces the defaults with the given globs', () => {
    const config = configOf(parseConfig(inputs({ include: 'src/**/*.{ts,tsx}', exclude: 'src/legacy/**, **/*.gen.ts' })));
    expect(config.include).toEqual(['src/**/*.{ts,tsx}']);
    expect(config.exclude).toEqual(['src/legacy/**', '**/*.gen.ts']);
  });

  it.each([
    ['include', '/src/**', '/src/**'],
    ['include', 'src/**\n!src/x.ts', '!src/x.ts'],
    ['exclude', 'a/**, /b/**', '/b/**'],
    ['exclude', '!keep/**', '!keep/**'],
  ] as const)('refuses an absolute or negated %s glob in %j, naming %j', (input, raw, glob) => {
    expect(problemsOf(parseConfig(inputs({ [input]: raw })))).toEqual([globProblem(input, raw, glob)]);
  });

  it('names the first absolute or negated glob only', () => {
    expect(problemsOf(parseConfig(inputs({ include: '/one, !two' })))).toEqual([globProblem('include', '/one, !two', '/one')]);
  });

  it('accepts a glob with "!" or "/" inside, not at the start', () => {
    expect(configOf(parseConfig(inputs({ include: 'src/!(x).ts' }))).include).toEqual(['src/!(x).ts']);
  });
});

describe('parseConfig stryker-config and working-directory', () => {
  it('keeps a stryker-config path, undefined when empty', () => {
    expect(configOf(parseConfig(inputs({ 'stryker-config': 'config/stryker.json' }))).strykerConfig).toBe('config/stryker.json');
    expect(configOf(parseConfig(inputs({ 'stryker-config': '' }))).strykerConfig).toBeUndefined();
  });

  it('defaults working-directory to "." and keeps an absolute one', () => {
    expect(configOf(parseConfig(inputs())).workingDirectory).toBe('.');
    expect(configOf(parseConfig(inputs({ 'working-directory': '/home/runner/app' }))).workingDirectory).toBe('/home/runner/app');
  });
});

describe('parseConfig concurrency', () => {
  it.each([
    ['', undefined],
    ['1', 1],
    ['4', 4],
    ['16', 16],
    [' 2 ', 2],
    ['08', 8],
  ])('accepts %j as %j', (raw, concurrency) => {
    expect(configOf(parseConfig(inputs({ concurrency: raw }))).concurrency).toBe(concurrency);
  });

  it.each(['0', '00', '-1', '2.5', 'four', '1e2', '+3'])('refuses %j', (raw) => {
    expect(problemsOf(parseConfig(inputs({ concurrency: raw })))).toEqual([
      `Input "concurrency" has value ${JSON.stringify(raw)}: ${CONCURRENCY_ACCEPTED}.`,
    ]);
  });
});

describe('splitGlobList', () => {
  it('splits on newlines', () => {
    expect(splitGlobList('src/**\nlib/**')).toEqual(['src/**', 'lib/**']);
  });

  it('splits on Windows and old Mac line endings', () => {
    expect(splitGlobList('a/**\r\nb/**\rc/**')).toEqual(['a/**', 'b/**', 'c/**']);
  });

  it('splits on commas outside braces', () => {
    expect(splitGlobList('a/**,b/**, c/**')).toEqual(['a/**', 'b/**', 'c/**']);
  });

  it('keeps commas inside braces: **/*.{ts,tsx} stays one glob', () => {
    expect(splitGlobList('**/*.{ts,tsx}')).toEqual(['**/*.{ts,tsx}']);
    expect(splitGlobList('**/*.{ts,tsx}, lib/*.{js,mjs}')).toEqual(['**/*.{ts,tsx}', 'lib/*.{js,mjs}']);
  });

  it('keeps commas inside nested braces', () => {
    expect(splitGlobList('{a,{b,c}}/*.ts,d.ts')).toEqual(['{a,{b,c}}/*.ts', 'd.ts']);
  });

  it('keeps a comma after an inner closing brace inside the outer braces', () => {
    expect(splitGlobList('src/{{a,b}/x,c}/*.ts,d.ts')).toEqual(['src/{{a,b}/x,c}/*.ts', 'd.ts']);
  });

  it('does not let a stray closing brace disable splitting', () => {
    expect(splitGlobList('a}.ts,b.ts')).toEqual(['a}.ts', 'b.ts']);
  });

  it('trims each glob and drops empty entries', () => {
    expect(splitGlobList('  a/** ,,\n\n  b/**  \n')).toEqual(['a/**', 'b/**']);
  });

  it('returns no globs for an empty or blank list', () => {
    expect(splitGlobList('')).toEqual([]);
    expect(splitGlobList(' , \n ')).toEqual([]);
  });
});

describe('parseConfig ai-threshold', () => {
  it.each([
    ['', 80],
    ['  ', 80],
    ['0', 0],
    ['1', 1],
    ['90%', 90],
    ['72.55', 72.55],
    ['100', 100],
  ])('accepts %j as %d', (raw, aiThreshold) => {
    expect(configOf(parseConfig(inputs({ 'ai-threshold': raw }))).aiThreshold).toBe(aiThreshold);
  });

  it('defaults to 80 while threshold defaults to 50: code without an AI marker is still gated', () => {
    const config = configOf(parseConfig(inputs()));
    expect(config.aiThreshold).toBe(80);
    expect(config.threshold).toBe(50);
  });

  it('is independent of threshold', () => {
    const config = configOf(parseConfig(inputs({ threshold: '60', 'ai-threshold': '95' })));
    expect(config.threshold).toBe(60);
    expect(config.aiThreshold).toBe(95);
  });

  it.each(['101', 'abc', '-5', '80.001'])('refuses %j, naming ai-threshold', (raw) => {
    expect(problemsOf(parseConfig(inputs({ 'ai-threshold': raw })))).toEqual([
      `Input "ai-threshold" has value ${JSON.stringify(raw)}: ${THRESHOLD_ACCEPTED}.`,
    ]);
  });

  it('refuses a fraction, naming ai-threshold, and says to write 80 for 80%', () => {
    expect(problemsOf(parseConfig(inputs({ 'ai-threshold': '0.9' })))).toEqual([
      `Input "ai-threshold" has value "0.9": ${THRESHOLD_ACCEPTED}${FRACTION_NOTE}.`,
    ]);
  });
});

describe('parseConfig ai-detection and unknown-as', () => {
  it.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['all', 'all'],
    ['off', 'off'],
    [' ALL ', 'all'],
    ['Off', 'off'],
  ])('reads ai-detection %j as %j', (raw, aiDetection) => {
    expect(configOf(parseConfig(inputs({ 'ai-detection': raw }))).aiDetection).toBe(aiDetection);
  });

  it.each(['maybe', 'none', 'on', 'auto,all'])('refuses ai-detection %j, naming the input and the choices', (raw) => {
    expect(problemsOf(parseConfig(inputs({ 'ai-detection': raw })))).toEqual([
      `Input "ai-detection" has value ${JSON.stringify(raw)}: expected one of auto, all, off.`,
    ]);
  });

  it.each([
    ['', 'human'],
    ['human', 'human'],
    ['ai', 'ai'],
    [' AI ', 'ai'],
    ['Human', 'human'],
  ])('reads unknown-as %j as %j', (raw, unknownAs) => {
    expect(configOf(parseConfig(inputs({ 'unknown-as': raw }))).unknownAs).toBe(unknownAs);
  });

  it.each(['unknown', 'robot', 'auto'])('refuses unknown-as %j, naming the input and the choices', (raw) => {
    expect(problemsOf(parseConfig(inputs({ 'unknown-as': raw })))).toEqual([
      `Input "unknown-as" has value ${JSON.stringify(raw)}: expected one of human, ai.`,
    ]);
  });

  it('quotes the raw, untrimmed choice in the problem', () => {
    expect(problemsOf(parseConfig(inputs({ 'ai-detection': ' Maybe ' })))).toEqual([
      'Input "ai-detection" has value " Maybe ": expected one of auto, all, off.',
    ]);
  });
});

describe('parseConfig ai-labels', () => {
  it('defaults to ai-generated and ai-assisted', () => {
    expect(configOf(parseConfig(inputs())).aiLabels).toEqual(['ai-generated', 'ai-assisted']);
  });

  it('replaces the defaults with the labels given, one per line or comma-separated, trimmed', () => {
    expect(configOf(parseConfig(inputs({ 'ai-labels': ' Vibe Coded ,copilot\n\n agent ' }))).aiLabels).toEqual([
      'Vibe Coded',
      'copilot',
      'agent',
    ]);
  });

  it('keeps labels starting with "/" or "!" (they are not globs)', () => {
    expect(configOf(parseConfig(inputs({ 'ai-labels': '!ai, /bot' }))).aiLabels).toEqual(['!ai', '/bot']);
  });
});

describe('parseConfig ai-patterns', () => {
  it('is the built-in agent table alone when empty', () => {
    const config = configOf(parseConfig(inputs()));
    expect(config.aiPatterns).toEqual(BUILT_IN_PATTERNS);
    expect(config.aiPatterns).toHaveLength(AGENT_SIGNALS.length);
  });

  it('holds every built-in signal parsed, pr-body included, in the table order', () => {
    const config = configOf(parseConfig(inputs()));
    expect(config.aiPatterns.map(({ agent, pattern }) => ({ agent, pattern: pattern.source }))).toEqual(AGENT_SIGNALS);
    expect(config.aiPatterns[0]).toEqual({
      agent: 'Claude Code',
      pattern: { kind: 'email', source: 'email:noreply@anthropic.com', regex: /noreply@anthropic\.com/i },
    });
    expect(config.aiPatterns.filter(({ pattern }) => pattern.kind === 'pr-body')).toEqual([
      { agent: 'Codex', pattern: { kind: 'pr-body', source: 'pr-body:chatgpt.com/codex/tasks/', regex: /chatgpt\.com\/codex\/tasks\//i } },
    ]);
  });

  it('adds each line after the built-in table, as agent "ai-patterns", skipping blank lines', () => {
    const config = configOf(parseConfig(inputs({ 'ai-patterns': '\nname: Bot \r\n\r\n trailer:/^X-Agent:/\nbranch:bot/' })));
    expect(config.aiPatterns).toEqual([
      ...BUILT_IN_PATTERNS,
      customPattern('name', 'name: Bot', /Bot/i),
      customPattern('trailer', 'trailer:/^X-Agent:/', /^X-Agent:/),
      customPattern('branch', 'branch:bot/', /bot\//i),
    ]);
  });

  it('does not split a line on commas: a regular expression may hold them', () => {
    const config = configOf(parseConfig(inputs({ 'ai-patterns': 'message:/a{1,2}b/' })));
    expect(config.aiPatterns.slice(BUILT_IN_PATTERNS.length)).toEqual([customPattern('message', 'message:/a{1,2}b/', /a{1,2}b/)]);
  });

  it('reports every bad line together, in order, naming the input', () => {
    const raw = 'email:bot@example.com\nbot\nname:\nmessage:/[/\npr-body:chatgpt.com';
    expect(problemsOf(parseConfig(inputs({ 'ai-patterns': raw })))).toEqual([
      `Input "ai-patterns": "bot" does not start with a known kind (${USER_KINDS}) and a colon.`,
      'Input "ai-patterns": "name:" has nothing to match after "name:".',
      'Input "ai-patterns": "message:/[/" is not a valid regular expression: Invalid regular expression: /[/: Unterminated character class.',
      `Input "ai-patterns": "pr-body:chatgpt.com" does not start with a known kind (${USER_KINDS}) and a colon.`,
    ]);
  });
});

describe('parseConfig annotations and comment', () => {
  it.each([
    ['', true],
    ['true', true],
    [' TRUE ', true],
    ['false', false],
    ['False', false],
  ])('reads annotations %j as %j', (raw, annotations) => {
    expect(configOf(parseConfig(inputs({ annotations: raw }))).annotations).toBe(annotations);
  });

  it.each(['yes', 'no', '1', '0', 'off'])('refuses annotations %j, naming the input and the choices', (raw) => {
    expect(problemsOf(parseConfig(inputs({ annotations: raw })))).toEqual([
      `Input "annotations" has value ${JSON.stringify(raw)}: expected one of true, false.`,
    ]);
  });

  it.each([
    ['', 'on-failure'],
    ['on-failure', 'on-failure'],
    ['never', 'never'],
    ['always', 'always'],
    [' Never ', 'never'],
    ['ON-FAILURE', 'on-failure'],
  ])('reads comment %j as %j', (raw, comment) => {
    expect(configOf(parseConfig(inputs({ comment: raw }))).comment).toBe(comment);
  });

  it.each(['true', 'false', 'on failure', 'sometimes'])('refuses comment %j, naming the input and the choices', (raw) => {
    expect(problemsOf(parseConfig(inputs({ comment: raw })))).toEqual([
      `Input "comment" has value ${JSON.stringify(raw)}: expected one of on-failure, never, always.`,
    ]);
  });

  it('keeps the github-token out of the config: it is a secret, and the report writes the config', () => {
    const config = configOf(parseConfig(inputs({ 'github-token': 'ghs_secret' })));
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(JSON.stringify(config)).not.toContain('ghs_secret');
  });
});

describe('parseConfig on-error, timeout-minutes and allow-untrusted-code', () => {
  it.each([
    ['', 'fail'],
    ['fail', 'fail'],
    ['warn', 'warn'],
    [' WARN ', 'warn'],
  ])('reads on-error %j as %j', (raw, onError) => {
    expect(configOf(parseConfig(inputs({ 'on-error': raw }))).onError).toBe(onError);
  });

  it.each(['ignore', 'true', 'warning'])('refuses on-error %j, naming the input and the choices', (raw) => {
    expect(problemsOf(parseConfig(inputs({ 'on-error': raw })))).toEqual([
      `Input "on-error" has value ${JSON.stringify(raw)}: expected one of fail, warn.`,
    ]);
  });

  it.each([
    ['', undefined],
    [' ', undefined],
    ['30', 30],
    [' 7.5 ', 7.5],
    ['0.01', 0.01],
    ['1440', 1440],
    ['0030', 30],
    ['12.25', 12.25],
  ])('reads timeout-minutes %j as %j', (raw, timeoutMinutes) => {
    expect(configOf(parseConfig(inputs({ 'timeout-minutes': raw }))).timeoutMinutes).toBe(timeoutMinutes);
  });

  it.each(['0', '0.0', '0.00', '1441', '1440.01', '9999', '12345', '-5', 'abc', '30m', '1.234', '.5', '5.', '1e2', 'Infinity'])(
    'refuses timeout-minutes %j, naming the input, the value and the accepted range',
    (raw) => {
      expect(problemsOf(parseConfig(inputs({ 'timeout-minutes': raw })))).toEqual([
        `Input "timeout-minutes" has value ${JSON.stringify(raw)}: ${TIMEOUT_ACCEPTED}.`,
      ]);
    },
  );

  it.each([
    ['', false],
    ['false', false],
    ['true', true],
    [' True ', true],
    ['FALSE', false],
  ])('reads allow-untrusted-code %j as %j', (raw, allowUntrustedCode) => {
    expect(configOf(parseConfig(inputs({ 'allow-untrusted-code': raw }))).allowUntrustedCode).toBe(allowUntrustedCode);
  });

  it('keeps untrusted code refused for a value that is not true', () => {
    for (const raw of ['yes', '1', 'on']) {
      const result = parseConfig(inputs({ 'allow-untrusted-code': raw }));
      expect(result.ok && result.config.allowUntrustedCode).toBe(false);
    }
  });

  it.each(['yes', '1', 'on'])('refuses allow-untrusted-code %j, naming the input and the choices', (raw) => {
    expect(problemsOf(parseConfig(inputs({ 'allow-untrusted-code': raw })))).toEqual([
      `Input "allow-untrusted-code" has value ${JSON.stringify(raw)}: expected one of false, true.`,
    ]);
  });
});

describe('parseConfig test-env and isolation', () => {
  it.each([
    ['', []],
    ['DATABASE_URL', ['DATABASE_URL']],
    [' DATABASE_URL ,REDIS_URL\n_private1 ', ['DATABASE_URL', 'REDIS_URL', '_private1']],
  ])('reads test-env %j as %j', (raw, testEnv) => {
    expect(configOf(parseConfig(inputs({ 'test-env': raw }))).testEnv).toEqual(testEnv);
  });

  it('refuses names that are not variable names, each one', () => {
    expect(problemsOf(parseConfig(inputs({ 'test-env': '1ST, DATABASE-URL, OK_NAME, A=B' })))).toEqual([
      'Input "test-env" has value "1ST": expected environment variable names (letters, digits, _), one per line or comma-separated.',
      'Input "test-env" has value "DATABASE-URL": expected environment variable names (letters, digits, _), one per line or comma-separated.',
      'Input "test-env" has value "A=B": expected environment variable names (letters, digits, _), one per line or comma-separated.',
    ]);
  });

  it.each([
    'GITHUB_TOKEN',
    'github_token',
    'INPUT_GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'GITHUB_OUTPUT',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
  ])('refuses to hand %s to the tests, whatever the workflow asks', (name) => {
    expect(problemsOf(parseConfig(inputs({ 'test-env': `DATABASE_URL\n${name}` })))).toEqual([
      `Input "test-env" has value "${name}": the token, the inputs, ACTIONS_* and the step command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE) never reach the code under test.`,
    ]);
  });

  it.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['User', 'user'],
    ['namespace', 'namespace'],
    [' NONE ', 'none'],
  ])('reads isolation %j as %j', (raw, isolation) => {
    expect(configOf(parseConfig(inputs({ isolation: raw }))).isolation).toBe(isolation);
  });

  it.each([
    ['', 'recheck'],
    ['Detected', 'detected'],
    [' survived ', 'survived'],
  ])('reads timeouts %j as %j', (raw, timeouts) => {
    expect(configOf(parseConfig(inputs({ timeouts: raw }))).timeouts).toBe(timeouts);
  });

  it('refuses another timeouts, naming the choices', () => {
    expect(problemsOf(parseConfig(inputs({ timeouts: 'killed' })))).toEqual([
      'Input "timeouts" has value "killed": expected one of recheck, detected, survived.',
    ]);
  });

  it.each([
    ['', 2],
    ['0', 0],
    [' 20 ', 20],
  ])('reads flaky-check %j as %j runs', (raw, runs) => {
    expect(configOf(parseConfig(inputs({ 'flaky-check': raw }))).flakyCheck).toBe(runs);
  });

  it.each(['21', '-1', '1.5', 'yes'])('refuses flaky-check %j, naming the range', (raw) => {
    expect(problemsOf(parseConfig(inputs({ 'flaky-check': raw })))).toEqual([
      `Input "flaky-check" has value ${JSON.stringify(raw)}: expected a whole number of runs from 0 (no check) to 20.`,
    ]);
  });

  it('refuses another stryker than auto, project or bundled, naming the choices', () => {
    expect(problemsOf(parseConfig(inputs({ stryker: 'global' })))).toEqual([
      'Input "stryker" has value "global": expected one of auto, project, bundled.',
    ]);
  });

  it('refuses another isolation, naming the choices', () => {
    expect(problemsOf(parseConfig(inputs({ isolation: 'docker' })))).toEqual([
      'Input "isolation" has value "docker": expected one of auto, user, namespace, none.',
    ]);
  });
});

describe('parseConfig shard and merge-shards', () => {
  const ACCEPTED = 'expected k/n with 1 <= k <= n <= 64, such as 2/4 (the second of four shards), or empty';

  it('takes k/n with k from 1 to n, n at most 64', () => {
    expect(configOf(parseConfig(inputs({ shard: '1/1' }))).shard).toEqual({ index: 1, count: 1 });
    expect(configOf(parseConfig(inputs({ shard: '64/64' }))).shard).toEqual({ index: 64, count: 64 });
    expect(configOf(parseConfig(inputs({ shard: '' }))).shard).toBeUndefined();
  });

  it.each(['0/4', '5/4', '1/0', '1/65', '2', 'a/b', '2/4/1', '-1/4', '1.5/4'])('refuses shard %j', (value) => {
    expect(parseConfig(inputs({ shard: value }))).toEqual({
      ok: false,
      problems: [`Input "shard" has value ${JSON.stringify(value)}: ${ACCEPTED}.`],
    });
  });

  it('takes the shard results to merge as a list, and refuses a run that would both measure a shard and merge', () => {
    expect(configOf(parseConfig(inputs({ 'merge-shards': 'shards/a.json\nshards/b.json, shards/c' }))).mergeShards).toEqual([
      'shards/a.json',
      'shards/b.json',
      'shards/c',
    ]);
    expect(parseConfig(inputs({ shard: '1/2', 'merge-shards': 'shards' }))).toEqual({
      ok: false,
      problems: ['Inputs "shard" and "merge-shards" are both set: a run measures one shard, or merges them all, not both.'],
    });
    // A bad shard is reported as itself, not also as a conflict.
    expect(parseConfig(inputs({ shard: '9/2', 'merge-shards': 'shards' }))).toEqual({
      ok: false,
      problems: [`Input "shard" has value "9/2": ${ACCEPTED}.`],
    });
  });
});

describe('parseConfig ai-approvals', () => {
  it('takes 0 (off) to 10 approvals, and a minimum of 1 line or more', () => {
    expect(configOf(parseConfig(inputs({ 'ai-approvals': ' 2 ', 'ai-approvals-min-lines': '50' })))).toMatchObject({
      aiApprovals: 2,
      aiApprovalsMinLines: 50,
    });
    expect(configOf(parseConfig(inputs({ 'ai-approvals': '10', 'ai-approvals-min-lines': '1' })))).toMatchObject({
      aiApprovals: 10,
      aiApprovalsMinLines: 1,
    });
    expect(configOf(parseConfig(inputs({ 'ai-approvals': '0' }))).aiApprovals).toBe(0);
  });

  it.each(['-1', '11', '1.5', 'two', '1e1'])('refuses ai-approvals %j', (value) => {
    expect(parseConfig(inputs({ 'ai-approvals': value }))).toEqual({
      ok: false,
      problems: [`Input "ai-approvals" has value ${JSON.stringify(value)}: expected a whole number of approvals, 0 (off) to 10.`],
    });
  });

  it.each(['0', '-5', 'some', '10000000'])('refuses ai-approvals-min-lines %j', (value) => {
    expect(parseConfig(inputs({ 'ai-approvals-min-lines': value }))).toEqual({
      ok: false,
      problems: [`Input "ai-approvals-min-lines" has value ${JSON.stringify(value)}: expected a whole number of changed lines, 1 or more.`],
    });
  });
});

describe('parseConfig budgets', () => {
  const ACCEPTED = 'expected a whole number of mutants, at least 10, or empty for no limit';

  it('takes max-mutants from 10 up, and mutants-per-line 1 or all', () => {
    expect(configOf(parseConfig(inputs({ 'max-mutants': '10' }))).maxMutants).toBe(10);
    expect(configOf(parseConfig(inputs({ 'max-mutants': ' 9999999 ' }))).maxMutants).toBe(9_999_999);
    expect(configOf(parseConfig(inputs({ 'mutants-per-line': 'ALL' }))).mutantsPerLine).toBe('all');
    expect(configOf(parseConfig(inputs({ 'mutants-per-line': '1' }))).mutantsPerLine).toBe(1);
  });

  it.each(['9', '0', '-10', '10.5', 'many', '1e3', '10000000'])('refuses max-mutants %j', (value) => {
    expect(parseConfig(inputs({ 'max-mutants': value }))).toEqual({
      ok: false,
      problems: [`Input "max-mutants" has value ${JSON.stringify(value)}: ${ACCEPTED}.`],
    });
  });

  it('refuses mutants-per-line other than 1 or all', () => {
    const result = parseConfig(inputs({ 'mutants-per-line': '2' }));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems[0]).toContain('Input "mutants-per-line" has value "2"');
  });

  it('refuses a sample in one shard: the sample is drawn from the whole change', () => {
    expect(parseConfig(inputs({ shard: '1/2', 'max-mutants': '50' }))).toEqual({
      ok: false,
      problems: [
        'Inputs "shard" and "max-mutants" are both set: a sample is drawn from the whole change, which one shard does not see. ' +
          'Shard without a sample, or sample in one job.',
      ],
    });
    expect(configOf(parseConfig(inputs({ shard: '1/2', 'mutants-per-line': '1' }))).mutantsPerLine).toBe(1);
    // A bad max-mutants is reported as itself, not also as a conflict.
    expect(parseConfig(inputs({ shard: '1/2', 'max-mutants': '5' }))).toEqual({
      ok: false,
      problems: [`Input "max-mutants" has value "5": ${ACCEPTED}.`],
    });
  });
});
