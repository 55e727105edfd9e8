import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../../src/core/config/node-version.js';

function problemFor(version: string): string {
  return (
    `mutation-gate needs Node.js 22 or newer (Stryker 10 does), but the node on PATH is ${version}. ` +
    'Add actions/setup-node with node-version: 24 before this step.'
  );
}

describe('nodeVersionProblem', () => {
  it('refuses Node 20, naming 22, the version found and setup-node', () => {
    expect(nodeVersionProblem('v20.1.0')).toBe(problemFor('v20.1.0'));
  });

  it.each(['v21.99.99', 'v18.20.4', 'v0.12.0', '21.0.0'])('refuses %s', (version) => {
    expect(nodeVersionProblem(version)).toBe(problemFor(version));
  });

  it.each(['v22.0.0', 'v22.12.0', 'v24.5.0', 'v25.0.0', '22.0.0', 'v100.0.0'])('accepts %s', (version) => {
    expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it('strips only a leading "v" before reading the major version', () => {
    expect(nodeVersionProblem('1v24.0.0')).toBe(problemFor('1v24.0.0'));
  });

  it.each(['', 'unknown', 'vX.1.0'])('refuses an unreadable version %j', (version) => {
    expect(nodeVersionProblem(version)).toBe(problemFor(version));
  });
});
