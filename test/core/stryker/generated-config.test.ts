import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chosenMutantKey,
  type ProjectConfigReference,
  renderGeneratedConfig,
  type StrykerRunSettings,
  strykerOverrides,
} from '../../../src/core/stryker/generated-config.js';

function settings(overrides: Partial<StrykerRunSettings> = {}): StrykerRunSettings {
  return {
    mutate: ['/repo/app/src/a.ts:1-3', '/repo/app/a, b.ts:7-7'],
    sealModulePath: '/tmp/run/report-seal.mjs',
    htmlReportPath: '/tmp/run/mutation.html',
    concurrency: undefined,
    purpose: 'measure',
    everyTest: true,
    relatedTests: false,
    ...overrides,
  };
}

let directory = '';
let generatedCount = 0;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'mutation-gate-config-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Writes a project config file into the temp folder and returns how the generated config refers to it. */
async function projectConfig(name: string, text: string, isJson: boolean): Promise<ProjectConfigReference> {
  const path = join(directory, name);
  await writeFile(path, text);
  return { url: pathToFileURL(path).href, isJson };
}

/** Writes the generated config as a module, imports it as Stryker would, and returns its default export. */
async function loadGenerated(text: string): Promise<unknown> {
  generatedCount += 1;
  const path = join(directory, `generated-${generatedCount}.mjs`);
  await writeFile(path, text);
  const module = (await import(pathToFileURL(path).href)) as { default: unknown };
  return module.default;
}

const OVERRIDES = {
  mutate: ['/repo/app/src/a.ts:1-3', '/repo/app/a, b.ts:7-7'],
  reporters: ['mutation-gate', 'html', 'progress-append-only'],
  htmlReporter: { fileName: '/tmp/run/mutation.html' },
  incremental: false,
  force: false,
  dryRunOnly: false,
  ignorers: [],
  logLevel: 'info',
  disableBail: true,
};

/** The gate's reporter module first, then the project's plugins (Stryker's default when it lists none). */
const DEFAULT_PLUGINS = { plugins: ['/tmp/run/report-seal.mjs', '@stryker-mutator/*'] };

describe('strykerOverrides', () => {
  it("sets mutate, the gate's reporter and the HTML one only, the HTML report's file, and leaves concurrency to Stryker when undefined", () => {
    expect(strykerOverrides(settings())).toEqual(OVERRIDES);
    expect(Object.keys(strykerOverrides(settings()))).toEqual(Object.keys(OVERRIDES));
  });

  it("writes the HTML report where the gate says, not to Stryker's default", () => {
    expect(strykerOverrides(settings({ htmlReportPath: '/w/t/report dir/m.html' })).htmlReporter).toEqual({
      fileName: '/w/t/report dir/m.html',
    });
  });

  it('lets Stryker stop a mutant at its first failing test only when not every test should run', () => {
    expect(strykerOverrides(settings({ everyTest: false })).disableBail).toBe(false);
  });

  it('sets concurrency when given', () => {
    expect(strykerOverrides(settings({ concurrency: 2 }))).toEqual({ ...OVERRIDES, concurrency: 2 });
  });

  it('copies the mutate list', () => {
    const mutate = ['x:1-1'];
    const overrides = strykerOverrides(settings({ mutate }));
    expect(overrides.mutate).toEqual(['x:1-1']);
    expect(overrides.mutate).not.toBe(mutate);
  });
});

describe('renderGeneratedConfig text', () => {
  it('starts an empty project config when there is none', () => {
    expect(renderGeneratedConfig(undefined, settings())).toBe(
      [
        "// Written by mutation-gate: the project's Stryker config, limited to the lines this change touched.",
        'const projectConfig = {};',
        `const overrides = ${JSON.stringify(OVERRIDES, null, 2)};`,
        'export default {',
        '  ...projectConfig,',
        '  ...overrides,',
        "  ...(projectConfig.testRunner === 'vitest' ? { vitest: { ...projectConfig.vitest, related: false } } : {}),",
        "  ...(projectConfig.testRunner === 'jest' ? { jest: { ...projectConfig.jest, enableFindRelatedTests: false } } : {}),",
        `  plugins: ["/tmp/run/report-seal.mjs", ...(projectConfig.plugins ?? ['@stryker-mutator/*'])],`,
        '  thresholds: { ...projectConfig.thresholds, break: null },',
        '};',
        '',
      ].join('\n'),
    );
  });

  it('imports a JS project config by URL', () => {
    const text = renderGeneratedConfig({ url: 'file:///repo/app/stryker.config.mjs', isJson: false }, settings());
    expect(text.split('\n')[1]).toBe('import projectConfig from "file:///repo/app/stryker.config.mjs";');
  });

  it("imports a JSON project config with { type: 'json' }", () => {
    const text = renderGeneratedConfig({ url: 'file:///repo/app/stryker.conf.json', isJson: true }, settings());
    expect(text.split('\n')[1]).toBe(`import projectConfig from "file:///repo/app/stryker.conf.json" with { type: 'json' };`);
  });

  it('quotes a URL safely as a string literal', () => {
    const url = 'file:///repo/we"ird\\app/stryker.config.mjs';
    const text = renderGeneratedConfig({ url, isJson: false }, settings());
    expect(text.split('\n')[1]).toBe(`import projectConfig from ${JSON.stringify(url)};`);
  });
});

describe('renderGeneratedConfig as imported by Stryker', () => {
  it('without a project config: only the overrides and a null break threshold', async () => {
    expect(await loadGenerated(renderGeneratedConfig(undefined, settings()))).toEqual({
      ...OVERRIDES,
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
    });
  });

  it('without a project config, with concurrency', async () => {
    expect(await loadGenerated(renderGeneratedConfig(undefined, settings({ concurrency: 3 })))).toEqual({
      ...OVERRIDES,
      concurrency: 3,
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
    });
  });

  it('extends a JS project config: keeps its settings and thresholds, overrides what the gate owns, breaks never', async () => {
    const project = await projectConfig(
      'stryker.config.mjs',
      [
        'export default {',
        "  testRunner: 'vitest',",
        "  mutate: ['src/**/*.ts'],",
        "  reporters: ['html', 'dashboard'],",
        '  concurrency: 8,',
        "  incremental: true, incrementalFile: 'planted.json', force: true, dryRunOnly: true,",
        "  ignorers: ['console'], logLevel: 'off',",
        '  thresholds: { high: 90, low: 70, break: 60 },',
        '};',
      ].join('\n'),
      false,
    );
    expect(await loadGenerated(renderGeneratedConfig(project, settings()))).toEqual({
      testRunner: 'vitest',
      ...OVERRIDES,
      incrementalFile: 'planted.json',
      concurrency: 8,
      vitest: { related: false },
      ...DEFAULT_PLUGINS,
      thresholds: { high: 90, low: 70, break: null },
    });
  });

  it("gives a re-run of timed-out mutants three times Stryker's default timeoutMS and twice its timeoutFactor", async () => {
    expect(await loadGenerated(renderGeneratedConfig(undefined, settings({ purpose: 'recheck', concurrency: 1 })))).toEqual({
      ...OVERRIDES,
      concurrency: 1,
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
      timeoutMS: 15_000,
      timeoutFactor: 3,
    });
  });

  it("grows the project's own timeoutMS and timeoutFactor alike for a re-run", async () => {
    const project = await projectConfig('stryker.budget.mjs', 'export default { timeoutMS: 1000, timeoutFactor: 2 };\n', false);
    const loaded = (await loadGenerated(renderGeneratedConfig(project, settings({ purpose: 'recheck' })))) as Record<string, unknown>;
    expect([loaded.timeoutMS, loaded.timeoutFactor]).toEqual([3000, 4]);
    const plain = (await loadGenerated(renderGeneratedConfig(project, settings()))) as Record<string, unknown>;
    expect([plain.timeoutMS, plain.timeoutFactor]).toEqual([1000, 2]);
  });

  it('runs every test against each probe mutant, with every mutator and no checker, over what the project chose', async () => {
    const project = await projectConfig(
      'stryker.probe.mjs',
      "export default { testRunner: 'vitest', coverageAnalysis: 'perTest', checkers: ['typescript'], " +
        "mutator: { plugins: ['x'], excludedMutations: ['BooleanLiteral'] }, timeoutMS: 1000 };\n",
      false,
    );
    const loaded = (await loadGenerated(renderGeneratedConfig(project, settings({ purpose: 'probe' })))) as Record<string, unknown>;
    expect([loaded.coverageAnalysis, loaded.checkers, loaded.mutator, loaded.timeoutMS]).toEqual([
      'off',
      [],
      { plugins: ['x'], excludedMutations: [] },
      1000,
    ]);
    const measured = (await loadGenerated(renderGeneratedConfig(project, settings()))) as Record<string, unknown>;
    expect([measured.coverageAnalysis, measured.checkers, measured.mutator]).toEqual([
      'perTest',
      ['typescript'],
      { plugins: ['x'], excludedMutations: ['BooleanLiteral'] },
    ]);
  });

  it("lists mutants with the gate's test runner: perTest coverage, no checker, no build, one process, its own reporter only", async () => {
    const project = await projectConfig(
      'stryker.enumerate.mjs',
      "export default { testRunner: 'vitest', coverageAnalysis: 'off', checkers: ['typescript'], buildCommand: 'tsc -b', " +
        "mutator: { excludedMutations: ['BooleanLiteral'] }, concurrency: 4 };\n",
      false,
    );
    const loaded = (await loadGenerated(renderGeneratedConfig(project, settings({ purpose: 'enumerate' })))) as Record<string, unknown>;
    expect([
      loaded.testRunner,
      loaded.coverageAnalysis,
      loaded.checkers,
      loaded.buildCommand,
      loaded.concurrency,
      loaded.reporters,
    ]).toEqual(['mutation-gate-enumerate', 'perTest', [], undefined, 1, ['mutation-gate']]);
    // The same mutators as the measurement: the listed mutants are the ones it makes.
    expect(loaded.mutator).toEqual({ excludedMutations: ['BooleanLiteral'] });
    const measured = (await loadGenerated(renderGeneratedConfig(project, settings()))) as Record<string, unknown>;
    expect([measured.testRunner, measured.buildCommand]).toEqual(['vitest', 'tsc -b']);
  });

  it("hands a budget's chosen mutants to the gate's checker, after the project's own, and keeps the project's warnings", async () => {
    const project = await projectConfig(
      'stryker.chosen.mjs',
      "export default { warnings: { slow: false }, checkers: ['typescript'] };\n",
      false,
    );
    const chosen = ['1:4-1:9 EqualityOperator a >= b'];
    const loaded = (await loadGenerated(renderGeneratedConfig(project, settings({ chosen })))) as Record<string, unknown>;
    expect([loaded.checkers, loaded.mutationGateChosen, loaded.warnings]).toEqual([
      ['typescript', 'mutation-gate-chosen'],
      chosen,
      { slow: false, unknownOptions: false },
    ]);
    const measured = (await loadGenerated(renderGeneratedConfig(project, settings()))) as Record<string, unknown>;
    expect([measured.checkers, measured.mutationGateChosen, measured.warnings]).toEqual([['typescript'], undefined, { slow: false }]);
    const bare = (await loadGenerated(renderGeneratedConfig(undefined, settings({ chosen })))) as Record<string, unknown>;
    expect(bare.checkers).toEqual(['mutation-gate-chosen']);
  });

  it('gives the checker each chosen mutant by its place from 0, mutator and replacement', () => {
    const location = { start: { line: 2, column: 5 }, end: { line: 3, column: 1 } };
    expect(chosenMutantKey({ location, mutatorName: 'BlockStatement', replacement: '{}' })).toBe('1:4-2:0 BlockStatement {}');
    expect(chosenMutantKey({ location, mutatorName: 'X' })).toBe('1:4-2:0 X ');
  });

  it('extends a JS project config and overrides its concurrency when given', async () => {
    const project = await projectConfig(
      'stryker-concurrency.config.mjs',
      "export default { testRunner: 'vitest', concurrency: 8, thresholds: { high: 95, low: 60, break: 50 } };\n",
      false,
    );
    expect(await loadGenerated(renderGeneratedConfig(project, settings({ concurrency: 1 })))).toEqual({
      testRunner: 'vitest',
      ...OVERRIDES,
      concurrency: 1,
      vitest: { related: false },
      ...DEFAULT_PLUGINS,
      thresholds: { high: 95, low: 60, break: null },
    });
  });

  it('extends a JSON project config imported as JSON', async () => {
    const project = await projectConfig(
      'stryker.conf.json',
      JSON.stringify({
        $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
        testRunner: 'vitest',
        vitest: { configFile: 'vitest.mutation.config.ts', related: true },
        jsonReporter: { fileName: 'reports/mutation.json' },
        htmlReporter: { fileName: 'reports/mutation/index.html' },
        thresholds: { high: 80, low: 60, break: 75 },
      }),
      true,
    );
    expect(await loadGenerated(renderGeneratedConfig(project, settings({ concurrency: 2 })))).toEqual({
      $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
      testRunner: 'vitest',
      jsonReporter: { fileName: 'reports/mutation.json' },
      ...OVERRIDES,
      concurrency: 2,
      vitest: { configFile: 'vitest.mutation.config.ts', related: false },
      ...DEFAULT_PLUGINS,
      thresholds: { high: 80, low: 60, break: null },
    });
  });

  it('adds a null break threshold to a project config without thresholds', async () => {
    const project = await projectConfig('plain.json', JSON.stringify({ testRunner: 'command' }), true);
    expect(await loadGenerated(renderGeneratedConfig(project, settings()))).toEqual({
      testRunner: 'command',
      ...OVERRIDES,
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
    });
  });

  it('runs the whole jest suite: enableFindRelatedTests off, other jest options kept', async () => {
    const project = await projectConfig(
      'jest-project.json',
      JSON.stringify({ testRunner: 'jest', jest: { projectType: 'custom', enableFindRelatedTests: true } }),
      true,
    );
    expect(await loadGenerated(renderGeneratedConfig(project, settings()))).toEqual({
      testRunner: 'jest',
      ...OVERRIDES,
      jest: { projectType: 'custom', enableFindRelatedTests: false },
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
    });
  });

  it("keeps Jest's and Vitest's related-test narrowing as the project set it when a test reaches every file", async () => {
    const jest = await projectConfig('jest-related.json', JSON.stringify({ testRunner: 'jest', jest: { projectType: 'custom' } }), true);
    expect(await loadGenerated(renderGeneratedConfig(jest, settings({ relatedTests: true })))).toEqual({
      testRunner: 'jest',
      ...OVERRIDES,
      jest: { projectType: 'custom' },
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
    });
    const vitest = await projectConfig('vitest-related.json', JSON.stringify({ testRunner: 'vitest', vitest: { related: false } }), true);
    expect(await loadGenerated(renderGeneratedConfig(vitest, settings({ relatedTests: true })))).toEqual(
      expect.objectContaining({ testRunner: 'vitest', vitest: { related: false } }),
    );
  });

  it('runs the whole jest suite for a jest project without jest options', async () => {
    const project = await projectConfig('jest-bare.mjs', "export default { testRunner: 'jest' };\n", false);
    expect(await loadGenerated(renderGeneratedConfig(project, settings()))).toEqual({
      testRunner: 'jest',
      ...OVERRIDES,
      jest: { enableFindRelatedTests: false },
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
    });
  });

  it('leaves the options of other test runners alone, adding no vitest or jest section', async () => {
    const project = await projectConfig(
      'mocha-project.json',
      JSON.stringify({ testRunner: 'mocha', mochaOptions: { spec: ['test/**/*.js'] }, vitest: { related: true } }),
      true,
    );
    expect(await loadGenerated(renderGeneratedConfig(project, settings()))).toEqual({
      testRunner: 'mocha',
      mochaOptions: { spec: ['test/**/*.js'] },
      vitest: { related: true },
      ...OVERRIDES,
      ...DEFAULT_PLUGINS,
      thresholds: { break: null },
    });
  });

  it("loads the project's own plugins after the gate's reporter, instead of Stryker's default", async () => {
    const project = await projectConfig(
      'plugins-project.json',
      JSON.stringify({ testRunner: 'mocha', plugins: ['@stryker-mutator/mocha-runner', './local-plugin.mjs'] }),
      true,
    );
    expect(await loadGenerated(renderGeneratedConfig(project, settings()))).toEqual({
      testRunner: 'mocha',
      ...OVERRIDES,
      plugins: ['/tmp/run/report-seal.mjs', '@stryker-mutator/mocha-runner', './local-plugin.mjs'],
      thresholds: { break: null },
    });
  });
});
