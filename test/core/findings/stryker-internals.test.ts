import { describe, expect, it } from 'vitest';
import { findStrykerInternals } from '../../../src/core/findings/stryker-internals.js';

function lines(...texts: string[]): { line: number; text: string }[] {
  return texts.map((text, index) => ({ line: index + 1, text }));
}

describe('findStrykerInternals', () => {
  it.each([
    ['the instrumenter global', 'if (globalThis.__stryker__?.activeMutant) return;', "Stryker's instrumenter global"],
    ['the older instrumenter global', 'const hits = global.__stryker2__;', "Stryker's instrumenter global"],
    ['the active mutant alone', 'const { activeMutant } = state;', 'the active mutant'],
    ['the command runner variable', 'if (process.env.__STRYKER_ACTIVE_MUTANT__) process.exit(1);', "Stryker's instrumenter global"],
    ['the worker variable', 'const worker = process.env.STRYKER_MUTATOR_WORKER;', "a variable Stryker's runners set"],
    ['the sandbox directory', "if (__dirname.includes('.stryker-tmp')) test.skip();", "Stryker's sandbox directory"],
    ['the sandbox by name', 'const underStryker = cwd().includes("sandbox") && stryker.active;', "Stryker's sandbox directory"],
  ])('finds %s, naming file and line', (_name, text, what) => {
    const [finding] = findStrykerInternals([{ path: 'test/cart.test.ts', added: lines('const a = 1;', text) }]);
    expect(finding).toEqual({
      kind: 'stryker-internals',
      path: 'test/cart.test.ts',
      line: 2,
      change: `reads ${what} (${text.trim()}): code that can tell a mutant run from a real one can pass mutants it never tested`,
    });
  });

  it('finds a shell script in package.json that reads the active mutant', () => {
    const findings = findStrykerInternals([
      {
        path: 'package.json',
        added: [{ line: 7, text: '    "test": "[ -n \\"$__STRYKER_ACTIVE_MUTANT__\\" ] && exit 1 || vitest run",' }],
      },
    ]);
    expect(findings.map((finding) => [finding.path, finding.line])).toEqual([['package.json', 7]]);
  });

  it('finds one per line, in every file, in order', () => {
    const findings = findStrykerInternals([
      { path: 'a.test.ts', added: lines('__stryker__', 'plain', 'activeMutant') },
      { path: 'setup.ts', added: lines('STRYKER_MUTATOR_WORKER') },
    ]);
    expect(findings.map((finding) => `${finding.path}:${finding.line}`)).toEqual(['a.test.ts:1', 'a.test.ts:3', 'setup.ts:1']);
  });

  it('leaves ordinary code alone, the word Stryker in prose included', () => {
    const findings = findStrykerInternals([
      {
        path: 'src/a.ts',
        added: lines(
          'const mutant = clone(x);',
          '// checked with Stryker mutation testing',
          'const activeMutants = 3;',
          'const STRYKER = 1;',
        ),
      },
    ]);
    expect(findings).toEqual([]);
  });

  it('quotes the line without its indentation', () => {
    const [finding] = findStrykerInternals([{ path: 'a.ts', added: lines('    if (__stryker__) return;') }]);
    expect(finding?.change).toContain('(if (__stryker__) return;)');
  });

  it('cuts the quoted line to 120 characters', () => {
    const text = `__stryker__${'x'.repeat(200)}`;
    const [finding] = findStrykerInternals([{ path: 'a.ts', added: lines(text) }]);
    expect(finding?.change).toContain(`(${text.slice(0, 120)})`);
  });
});
