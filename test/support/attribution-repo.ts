/** Real repositories for attribution tests: a base commit on main, then pull request commits by given people. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Author, GitRepo, identity } from '../../scripts/lib/git-repo.js';
import { createGit } from '../../src/adapters/git.js';
import { decodeEvent } from '../../src/adapters/github-event.js';
import { type Attribution, attributeChangedLines, type LineClass } from '../../src/core/attribution/attribution.js';
import type { Config } from '../../src/core/config/config.js';
import { type ChangedFile, parseChangedLines } from '../../src/core/diff/changed-lines.js';
import type { GateEvent } from '../../src/core/gate-event.js';
import type { Comparison } from '../../src/core/judge/report.js';
import { type GatheredSources, gatherAttributionSources } from '../../src/pipeline/attribution-sources.js';
import type { Git } from '../../src/pipeline/ports.js';
import { configFrom } from './config.js';

export const BASE_AUTHOR: Author = { name: 'Base Author', email: 'base@example.com' };
/** A person with no AI marker anywhere. */
export const JANE: Author = { name: 'Jane Doe', email: 'jane@example.com' };
export const BOB: Author = { name: 'Bob Reviewer', email: 'bob@example.com' };

/** src/cart.ts on main: three functions, each long enough for blame -M to recognise it when it moves. */
export const CART = `export function subtotal(items: readonly { price: number; quantity: number }[]): number {
  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);
}

export function shippingCost(subtotalAmount: number, express: boolean): number {
  if (subtotalAmount >= 50) return express ? 5 : 0;
  return express ? 15 : 7;
}

export function taxFor(amount: number, rate: number): number {
  return Math.round(amount * rate * 100) / 100;
}
`;

const created: string[] = [];

/** Every temp directory the helpers made; for afterAll. */
export async function removeCreatedRepos(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A repository with one base commit of src/cart.ts on main, checked out on branch feature. */
export async function createAttributionRepo(files: Readonly<Record<string, string>> = { 'src/cart.ts': CART }): Promise<{
  repo: GitRepo;
  baseSha: string;
}> {
  const repo = await GitRepo.create('gate-attribution-');
  created.push(repo.dir);
  await repo.write(files);
  const baseSha = repo.commit('Base: cart', BASE_AUTHOR);
  repo.git('checkout', '--quiet', '-b', 'feature');
  return { repo, baseSha };
}

/** An empty temp directory: no git repository. */
export async function emptyDirectory(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gate-no-repo-'));
  created.push(dir);
  return dir;
}

/** GitRepo.clone, remembered for cleanup. */
export async function cloneRepo(source: GitRepo, options: readonly string[]): Promise<GitRepo> {
  const clone = await GitRepo.clone(source.dir, options);
  created.push(dirname(clone.dir));
  return clone;
}

/** Runs git in the repository as this person (author and committer), e.g. for a merge or a note. */
export function gitAs(repo: GitRepo, person: Author, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo.dir,
    encoding: 'utf8',
    env: identity(person),
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Stages everything and commits with this author and committer. */
export function commitAs(repo: GitRepo, message: string, author: Author, committer: Author = author): string {
  return repo.commit(message, author, committer);
}

/** `git merge --no-ff --no-edit` as this person; throws on a conflict. Returns the merge commit. */
export function mergeAs(repo: GitRepo, person: Author, ...args: string[]): string {
  gitAs(repo, person, 'merge', '--quiet', '--no-ff', '--no-edit', ...args);
  return repo.head();
}

export const short = (sha: string): string => sha.slice(0, 7);

export interface PullRequestFields {
  readonly login?: string;
  readonly id?: number;
  readonly branch?: string;
  readonly labels?: readonly string[];
  readonly body?: string;
  readonly headSha?: string;
}

/** A pull_request event as GitHub sends it, with the fields attribution reads. */
export function prEvent(baseSha: string, fields: PullRequestFields = {}): GateEvent {
  return decodeEvent('pull_request', {
    pull_request: {
      base: { sha: baseSha },
      head: { ref: fields.branch ?? 'feature', sha: fields.headSha ?? '0'.repeat(40) },
      user: { login: fields.login ?? 'jane-doe', id: fields.id ?? 4242 },
      labels: (fields.labels ?? []).map((name) => ({ name })),
      body: fields.body ?? '',
    },
  });
}

export function pushEvent(before: string): GateEvent {
  return decodeEvent('push', { before });
}

export interface AttributionRun {
  readonly comparison: Comparison;
  readonly changed: ChangedFile[];
  readonly gathered: GatheredSources;
  readonly attribution: Attribution;
}

/**
 * What the gate does for attribution, on a real repository: merge base of base and HEAD, the changed
 * lines of the real diff, the gathered sources and the classes. `git` replaces the repository's own for
 * blame and notes (only to show a path that must not touch git).
 */
export async function attribute(
  repo: GitRepo,
  base: string,
  options: { config?: Config; event?: GateEvent; git?: Git } = {},
): Promise<AttributionRun> {
  const head = repo.head();
  const mergeBase = repo.git('merge-base', base, head);
  const changed = parseChangedLines(await createGit(repo.dir).diff(mergeBase, head));
  const comparison: Comparison = { base, baseSource: 'test', mergeBase, head };
  const event = options.event ?? prEvent(base, { headSha: head });
  const gathered = await gatherAttributionSources(
    options.git ?? createGit(repo.dir),
    changed,
    (path) => path,
    comparison,
    options.config ?? configFrom({}),
    event,
  );
  return { comparison, changed, gathered, attribution: attributeChangedLines(changed, gathered.sources) };
}

export type Classed = readonly [LineClass, string];

/** Every changed line of every file as [class, evidence], by path and line: for exact comparisons. */
export function table(attribution: Attribution): Record<string, Record<number, Classed>> {
  return Object.fromEntries(
    [...attribution].map(([path, lines]) => [
      path,
      Object.fromEntries([...lines.values()].map((line) => [line.line, [line.class, line.evidence] as const])),
    ]),
  );
}

/** The same [class, evidence] for each of these lines. */
export function each(lines: readonly number[], classed: Classed): Record<number, Classed> {
  return Object.fromEntries(lines.map((line) => [line, classed]));
}

/** Every changed line keyed by file and the line's text, for comparing checkouts whose line numbers differ. */
export async function byContent(repo: GitRepo, attribution: Attribution): Promise<Record<string, Classed>> {
  const entries: [string, Classed][] = [];
  for (const [path, lines] of attribution) {
    const text = repo.git('show', `HEAD:${path}`).split('\n');
    for (const line of lines.values()) entries.push([`${path}: ${text[line.line - 1]}`, [line.class, line.evidence]]);
  }
  return Object.fromEntries(entries);
}
