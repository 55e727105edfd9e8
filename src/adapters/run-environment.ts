import * as core from '@actions/core';
import { Inputs } from '../constants.js';

/** Where this workflow run lives on GitHub, from the variables the runner sets. */
export interface RunEnvironment {
  readonly serverUrl: string;
  readonly apiUrl: string;
  /** owner/name; undefined outside a runner. */
  readonly repository: string | undefined;
  readonly runId: string | undefined;
  readonly token: string;
  /** The workflow file running the gate, relative to the repository root; undefined outside a runner. */
  readonly workflowPath: string | undefined;
  /** GITHUB_SHA: the commit the event is for; under pull_request_target, the base branch's tip. */
  readonly eventCommit: string | undefined;
}

/**
 * GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/ci.yml@refs/pull/1/merge`: the path between the
 * repository and the `@`. A workflow another repository supplies (a required workflow) is not this
 * repository's file, so it has no path here.
 */
export function workflowPathOf(workflowRef: string | undefined, repository: string | undefined): string | undefined {
  if (workflowRef === undefined || repository === undefined || !workflowRef.startsWith(`${repository}/`)) return undefined;
  const path = workflowRef.slice(repository.length + 1).replace(/@[^@]*$/, '');
  return path === '' ? undefined : path;
}

export function readRunEnvironment(env: NodeJS.ProcessEnv = process.env): RunEnvironment {
  const token = core.getInput(Inputs.GithubToken);
  // Masked in the log even if a message ever quoted it (the runner masks github.token, not a PAT passed in).
  if (token !== '') core.setSecret(token);
  const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);
  return {
    serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, ''),
    repository: nonEmpty(env.GITHUB_REPOSITORY),
    runId: nonEmpty(env.GITHUB_RUN_ID),
    // Read here, not into Config: the token must never reach the report or the log.
    token,
    workflowPath: workflowPathOf(nonEmpty(env.GITHUB_WORKFLOW_REF), nonEmpty(env.GITHUB_REPOSITORY)),
    eventCommit: nonEmpty(env.GITHUB_SHA),
  };
}
