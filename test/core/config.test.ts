import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../src/constants.js';
import { type Config, type ConfigResult, parseConfig, type RawInputs, splitGlobList } from '../../src/core/config.js';

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
    ...overrides,
  };
}

const DEFAULT_CONFIG: Config = {
  workingDirectory: '.',
  base: undefined,
  threshold: 0,
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  strykerConfig: undefined,
  concurrency: undefined,
};

function configOf(result: ConfigResult): Config {
  if (!result.ok) throw new Error(`expected a config, got problems: ${result.problems.join(' / ')}`);
  return result.config;
}

function problemsOf(result: ConfigResult): readonly string[] {
  if (result.ok) throw new Error(`expected problems, got a config: ${JSON.stringify(result.config)}`);
  return result.problems;
}

const BASE_ACCEPTED =
  'expected a commit SHA or a ref name such as main or origin/main (no spaces, no "..", not starting with "-")';
const THRESHOLD_ACCEPTED =
  'expected a percentage from 0 to 100 with at most two decimals, such as 80 or 80% or 72.5';
const FRACTION_NOTE = '; write 80 for 80% (0-1 fractions are not accepted)';
const CONCURRENCY_ACCEPTED =
  "expected a whole number of test runner processes, 1 or more, or empty for Stryker's default";

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
      }),
    );
    expect(result).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('returns a frozen config', () => {
    const config = configOf(parseConfig(inputs({ include: 'src/**' })));
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.include)).toBe(true);
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
      },
    });
  });
});

describe('parseConfig reports all bad inputs together', () => {
  it('lists one problem per bad input, in input order', () => {
    const result = parseConfig(
      inputs({ base: '-x', threshold: '0.8', include: '/abs/**', exclude: '!neg', concurrency: '0' }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        `Input "base" has value "-x": ${BASE_ACCEPTED}.`,
        `Input "threshold" has value "0.8": ${THRESHOLD_ACCEPTED}${FRACTION_NOTE}.`,
        globProblem('include', '/abs/**', '/abs/**'),
        globProblem('exclude', '!neg', '!neg'),
        `Input "concurrency" has value "0": ${CONCURRENCY_ACCEPTED}.`,
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
    expect(problemsOf(parseConfig(inputs({ base: raw })))).toEqual([
      `Input "base" has value ${JSON.stringify(raw)}: ${BASE_ACCEPTED}.`,
    ]);
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
    ['', 0],
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
    expect(problemsOf(parseConfig(inputs({ include: '/one, !two' })))).toEqual([
      globProblem('include', '/one, !two', '/one'),
    ]);
  });

  it('accepts a glob with "!" or "/" inside, not at the start', () => {
    expect(configOf(parseConfig(inputs({ include: 'src/!(x).ts' }))).include).toEqual(['src/!(x).ts']);
  });
});

describe('parseConfig stryker-config and working-directory', () => {
  it('keeps a stryker-config path, undefined when empty', () => {
    expect(configOf(parseConfig(inputs({ 'stryker-config': 'config/stryker.json' }))).strykerConfig).toBe(
      'config/stryker.json',
    );
    expect(configOf(parseConfig(inputs({ 'stryker-config': '' }))).strykerConfig).toBeUndefined();
  });

  it('defaults working-directory to "." and keeps an absolute one', () => {
    expect(configOf(parseConfig(inputs())).workingDirectory).toBe('.');
    expect(configOf(parseConfig(inputs({ 'working-directory': '/home/runner/app' }))).workingDirectory).toBe(
      '/home/runner/app',
    );
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
