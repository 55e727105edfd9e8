import { describe, expect, it } from 'vitest';
import { chooseTrustedConfig, STRYKER_CONFIG_NAMES } from '../../../src/core/stryker/trusted-config.js';

const PATHS = STRYKER_CONFIG_NAMES.map((name) => `app/${name}`);

function choose(atBase: string[], atHead: string[], changed: string[]) {
  return chooseTrustedConfig({ paths: PATHS, atBase: new Set(atBase), atHead: new Set(atHead), changed: new Set(changed) });
}

describe('STRYKER_CONFIG_NAMES', () => {
  it("is Stryker's own search order", () => {
    expect(STRYKER_CONFIG_NAMES.slice(0, 5)).toEqual([
      'stryker.conf.json',
      'stryker.conf.js',
      'stryker.conf.mjs',
      'stryker.conf.cjs',
      'stryker.config.json',
    ]);
    expect(STRYKER_CONFIG_NAMES).toHaveLength(16);
    expect(STRYKER_CONFIG_NAMES.at(-1)).toBe('.stryker.config.cjs');
  });
});

describe('chooseTrustedConfig', () => {
  it('uses the merge base config with no finding when the change leaves it alone', () => {
    expect(choose(['app/stryker.config.json'], ['app/stryker.config.json'], ['app/src/a.ts'])).toEqual({
      base: 'app/stryker.config.json',
      head: 'app/stryker.config.json',
      findings: [],
    });
  });

  it('finds an edited config and keeps the merge base version', () => {
    const choice = choose(['app/stryker.config.json'], ['app/stryker.config.json'], ['app/stryker.config.json']);
    expect(choice.base).toBe('app/stryker.config.json');
    expect(choice.findings).toEqual([
      {
        kind: 'stryker-config',
        path: 'app/stryker.config.json',
        line: undefined,
        change:
          "edits the Stryker config: the gate measured with the merge base's configuration, and uses this change's only once approved",
      },
    ]);
  });

  it("finds a config added ahead of the existing one in Stryker's order", () => {
    const choice = choose(['app/stryker.config.json'], ['app/stryker.conf.js', 'app/stryker.config.json'], ['app/stryker.conf.js']);
    expect([choice.base, choice.head]).toEqual(['app/stryker.config.json', 'app/stryker.conf.js']);
    expect(choice.findings.map((finding) => [finding.path, finding.change])).toEqual([
      [
        'app/stryker.conf.js',
        "adds a Stryker config that Stryker would use instead of app/stryker.config.json: the gate measured with the merge base's configuration, and uses this change's only once approved",
      ],
    ]);
  });

  it("finds a first config, where the merge base had Stryker's defaults", () => {
    const choice = choose([], ['app/stryker.config.mjs'], ['app/stryker.config.mjs']);
    expect(choice.base).toBeUndefined();
    expect(choice.findings[0]?.change).toBe(
      "adds a Stryker config that Stryker would use instead of its defaults: the gate measured with the merge base's configuration (Stryker's defaults), and uses this change's only once approved",
    );
  });

  it('finds a removed config', () => {
    const choice = choose(['app/stryker.conf.json'], [], ['app/stryker.conf.json']);
    expect(choice.findings.map((finding) => finding.change.split(':')[0])).toEqual([
      'removes or replaces the Stryker config the merge base uses',
    ]);
  });

  it("finds nothing when neither commit has a config: Stryker's defaults, unchanged", () => {
    expect(choose([], [], ['app/src/a.ts'])).toEqual({ base: undefined, head: undefined, findings: [] });
  });

  it('ignores changes to config files Stryker would use neither before nor after', () => {
    expect(choose(['app/stryker.conf.json'], ['app/stryker.conf.json'], ['app/.stryker.config.mjs']).findings).toEqual([]);
  });
});
