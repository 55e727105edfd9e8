import { MINIMUM_NODE_MAJOR } from '../../constants.js';

/** Why this Node.js cannot run the gate, or undefined when it can. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number.parseInt(version.replace(/^v/, ''), 10);
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return undefined;
  return (
    `mutation-gate needs Node.js ${MINIMUM_NODE_MAJOR} or newer (Stryker 10 does), but the node on PATH is ${version}. ` +
    'Add actions/setup-node with node-version: 24 before this step.'
  );
}
