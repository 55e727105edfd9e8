import type { ChangedFile } from '../diff/changed-lines.js';
import type { PullRequestContext } from '../gate-event.js';
import type { BlamedLine } from './blame.js';
import { type CommitInfo, peopleOf, trailersOf } from './commits.js';
import type { GitAiNote } from './git-ai-notes.js';
import type { SignalPattern } from './signal-pattern.js';

export type LineClass = 'ai' | 'human' | 'unknown';
export type AiDetection = 'auto' | 'all' | 'off';

/** Why a changed line has its class: the strongest evidence found, in words a reviewer can check. */
export interface LineAttribution {
  readonly line: number;
  readonly class: LineClass;
  readonly evidence: string;
}

/** A signal with the agent it points to (or "ai-patterns" for the user's own). */
export interface AgentPattern {
  readonly agent: string;
  readonly pattern: SignalPattern;
}

export interface AttributionSources {
  readonly detection: AiDetection;
  readonly patterns: readonly AgentPattern[];
  readonly aiLabels: readonly string[];
  /** Undefined outside pull request events. */
  readonly pullRequest: PullRequestContext | undefined;
  /** Blame of each changed file, by the file's path as in the changed files. */
  readonly blame: ReadonlyMap<string, readonly BlamedLine[]>;
  /** Every commit a changed line blames to, by SHA. */
  readonly commits: ReadonlyMap<string, CommitInfo>;
  /** git-ai notes by commit SHA. */
  readonly notes: ReadonlyMap<string, GitAiNote>;
  /** The local command's commit of the working tree, whose lines nobody has committed yet; undefined in a workflow. */
  readonly uncommitted?: UncommittedWork;
}

/** Lines not yet committed, run through the local command: only the command's environment can speak for them. */
export interface UncommittedWork {
  /** The commit the command made of the working tree (never a ref, never pushed). */
  readonly sha: string;
  /** The coding agent whose shell runs the command, from the variables it sets; undefined when none is known. */
  readonly agent: string | undefined;
}

/** Each changed file's lines, classed, by path. */
export type Attribution = ReadonlyMap<string, ReadonlyMap<number, LineAttribution>>;

const short = (sha: string): string => sha.slice(0, 7);

/** Where one pattern matches a commit, described ("Co-authored-by noreply@anthropic.com"), or undefined. */
function matchCommit(commit: CommitInfo, pattern: SignalPattern): string | undefined {
  switch (pattern.kind) {
    case 'email': {
      const person = peopleOf(commit).find((candidate) => pattern.regex.test(candidate.email));
      return person && `${person.role} ${person.email}`;
    }
    case 'name': {
      const person = peopleOf(commit).find((candidate) => pattern.regex.test(candidate.name));
      return person && `${person.role} name ${person.name}`;
    }
    case 'trailer': {
      const trailer = trailersOf(commit.message).find((candidate) => pattern.regex.test(candidate.line));
      return trailer && `trailer ${trailer.line}`;
    }
    case 'message':
      return pattern.regex.test(commit.message) ? `message matches ${pattern.source}` : undefined;
    default:
      return undefined;
  }
}

/** The first agent signal in a commit's people, trailers or message, described; undefined when none. */
export function commitSignal(commit: CommitInfo, patterns: readonly AgentPattern[]): string | undefined {
  for (const { agent, pattern } of patterns) {
    const where = matchCommit(commit, pattern);
    if (where !== undefined) return `${where} (${agent})`;
  }
  return undefined;
}

/** Where one pull-request pattern matches (author login, head branch, description), or undefined. */
function matchPullRequest(pullRequest: PullRequestContext, pattern: SignalPattern): string | undefined {
  switch (pattern.kind) {
    case 'login':
      return pattern.regex.test(pullRequest.authorLogin) ? `opened by ${pullRequest.authorLogin}` : undefined;
    case 'branch':
      return pattern.regex.test(pullRequest.headBranch) ? `from branch ${pullRequest.headBranch}` : undefined;
    case 'pr-body':
      return pattern.regex.test(pullRequest.body) ? `description matches ${pattern.source}` : undefined;
    default:
      return undefined;
  }
}

/** The first agent signal of the pull request itself, described; undefined when none. */
export function pullRequestSignal(pullRequest: PullRequestContext | undefined, patterns: readonly AgentPattern[]): string | undefined {
  if (pullRequest === undefined) return undefined;
  for (const { agent, pattern } of patterns) {
    const where = matchPullRequest(pullRequest, pattern);
    if (where !== undefined) return `PR ${where} (${agent})`;
  }
  return undefined;
}

/**
 * Whether the pull request's author made a commit: GitHub's no-reply addresses for the login, or the
 * login as author name. The payload has no e-mail for the author, so a private address goes unseen.
 */
export function isByPullRequestAuthor(commit: CommitInfo, pullRequest: PullRequestContext): boolean {
  const login = pullRequest.authorLogin.toLowerCase();
  if (login === '') return false;
  const email = commit.authorEmail.toLowerCase();
  const noReply = [`${login}@users.noreply.github.com`, `${pullRequest.authorId}+${login}@users.noreply.github.com`];
  return noReply.includes(email) || commit.authorName.toLowerCase() === login;
}

/** The label of the pull request that is one of `ai-labels`, compared case-insensitively. */
function aiLabel(pullRequest: PullRequestContext | undefined, aiLabels: readonly string[]): string | undefined {
  const wanted = new Set(aiLabels.map((label) => label.toLowerCase()));
  return pullRequest?.labels.find((label) => wanted.has(label.toLowerCase()));
}

type Decision = Omit<LineAttribution, 'line'>;

/** A line not yet committed has no author or trailer: the agent running the command is the only witness. */
function uncommittedDecision({ agent }: UncommittedWork): Decision {
  return agent === undefined
    ? { class: 'unknown', evidence: 'not committed yet, and no coding agent marks the environment running the command' }
    : { class: 'ai', evidence: `not committed yet, and the command runs inside ${agent} (its environment variables say so)` };
}

/** The git-ai note entry that covers a blamed line, if its commit has a note for it. */
function noteDecision(blamed: BlamedLine, sources: AttributionSources): Decision | undefined {
  if (blamed.boundary) return undefined;
  const entries = sources.notes.get(blamed.sha)?.get(blamed.originalPath);
  const entry = entries?.find((candidate) => candidate.lines.has(blamed.originalLine));
  return entry && { class: entry.author, evidence: `commit ${short(blamed.sha)}, git-ai note: ${entry.who}` };
}

/**
 * Classes every changed line `ai`, `human` or `unknown`, with the evidence that decided it. Evidence
 * that says AI is never overruled: a git-ai note's agent entry, `ai-labels`, the commit's own identity
 * (merge commits included: an agent's work squashed into a merge is still its work) and pull-request
 * signals, which class the PR author's commits. A git-ai note's human entry (which the PR itself can
 * plant) decides only where no evidence says AI. Lines that blame to the merge base or earlier (moved,
 * whitespace-only) are `unknown`. Lines with no evidence are `unknown` ("no AI marker"), never `human`.
 */
export function attributeChangedLines(changed: readonly ChangedFile[], sources: AttributionSources): Attribution {
  const label = aiLabel(sources.pullRequest, sources.aiLabels);
  const pullRequestAgent = pullRequestSignal(sources.pullRequest, sources.patterns);
  const commitDecisions = new Map<string, Decision>();

  function decideCommit(sha: string): Decision {
    const commit = sources.commits.get(sha);
    if (commit === undefined) return { class: 'unknown', evidence: `commit ${short(sha)} could not be read` };
    const what = commit.parents.length > 1 ? `merge commit ${short(sha)}` : `commit ${short(sha)}`;
    const signal = commitSignal(commit, sources.patterns);
    if (signal !== undefined) return { class: 'ai', evidence: `${what}, ${signal}` };
    if (pullRequestAgent !== undefined && isByPullRequestAuthor(commit, sources.pullRequest as PullRequestContext)) {
      return { class: 'ai', evidence: `${what} by the PR author; ${pullRequestAgent}` };
    }
    return { class: 'unknown', evidence: `${what}: no AI marker` };
  }

  function decideLine(blamed: BlamedLine | undefined): Decision {
    if (sources.detection === 'off') return { class: 'unknown', evidence: 'AI detection is off (ai-detection: off)' };
    if (sources.detection === 'all') return { class: 'ai', evidence: 'every changed line counts as AI-touched (ai-detection: all)' };
    const note = blamed && noteDecision(blamed, sources);
    if (note?.class === 'ai') return note;
    const overrules = note === undefined ? '' : ` (overrules ${note.evidence}, which says human)`;
    if (label !== undefined) return { class: 'ai', evidence: `PR label ${label}${overrules}` };
    if (blamed === undefined) return { class: 'unknown', evidence: 'git blame did not cover this line' };
    if (blamed.boundary) {
      return {
        class: 'unknown',
        evidence: `blames to ${short(blamed.sha)}, at or before the merge base: a moved or whitespace-only change`,
      };
    }
    if (blamed.sha === sources.uncommitted?.sha) return uncommittedDecision(sources.uncommitted);
    const cached = commitDecisions.get(blamed.sha) ?? decideCommit(blamed.sha);
    commitDecisions.set(blamed.sha, cached);
    if (cached.class === 'ai') return { ...cached, evidence: `${cached.evidence}${overrules}` };
    return note ?? cached;
  }

  const attribution = new Map<string, ReadonlyMap<number, LineAttribution>>();
  for (const file of changed) {
    const blamedLines = new Map((sources.blame.get(file.path) ?? []).map((blamed) => [blamed.line, blamed]));
    attribution.set(file.path, new Map(file.lines.map((line) => [line, { line, ...decideLine(blamedLines.get(line)) }])));
  }
  return attribution;
}
