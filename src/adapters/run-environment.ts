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
  };
}
