import type { AttributionSources, UncommittedWork } from '../core/attribution/attribution.js';
import { type BlamedLine, parseBlamePorcelain } from '../core/attribution/blame.js';
import { COMMIT_LOG_FORMAT, parseCommitLog } from '../core/attribution/commits.js';
import { type GitAiNote, parseGitAiNote } from '../core/attribution/git-ai-notes.js';
import type { SignalAvailability } from '../core/attribution/signal-report.js';
import type { Config } from '../core/config/config.js';
import type { ChangedFile } from '../core/diff/changed-lines.js';
import { toLineRanges } from '../core/diff/mutate-ranges.js';
import type { GateEvent } from '../core/gate-event.js';
import type { Comparison } from '../core/judge/report.js';
import type { Git } from './ports.js';

const PROGRESS_EVERY = 50;

export interface GatheredSources {
  readonly sources: AttributionSources;
  readonly availability: SignalAvailability;
}

/**
 * Everything attribution reads from git and the event: blame of the changed lines over merge base..HEAD,
 * the commits they blame to, their git-ai notes (refs/notes/ai, fetched when origin has it), and the
 * pull request. With ai-detection all or off, or nothing to mutate, git is not asked at all.
 */
export async function gatherAttributionSources(
  git: Git,
  files: readonly ChangedFile[],
  /** A changed file's path relative to the repository root, which blame needs. */
  repositoryPath: (path: string) => string,
  comparison: Comparison,
  config: Config,
  event: GateEvent,
  /** Progress for the job log: a large pull request blames many files. */
  progress: (message: string) => void = () => {},
  /** The local command's commit of uncommitted work, if it made one. */
  uncommitted?: UncommittedWork,
): Promise<GatheredSources> {
  const { pullRequest } = event;
  const base = { detection: config.aiDetection, patterns: config.aiPatterns, aiLabels: config.aiLabels, pullRequest };
  const none = { blame: new Map(), commits: new Map(), notes: new Map() };
  if (config.aiDetection !== 'auto' || files.length === 0) {
    return {
      sources: { ...base, ...none },
      availability: { ...base, pullRequest: pullRequest !== undefined, notes: false, shallow: false },
    };
  }
  const blame = new Map<string, readonly BlamedLine[]>();
  for (const [index, file] of files.entries()) {
    const porcelain = await git.blame(repositoryPath(file.path), toLineRanges(file.lines), comparison.mergeBase, comparison.head);
    blame.set(file.path, parseBlamePorcelain(porcelain));
    if ((index + 1) % PROGRESS_EVERY === 0) progress(`Attribution: blamed ${index + 1} of ${files.length} changed files.`);
  }
  const shas = [
    ...new Set(
      [...blame.values()]
        .flat()
        .filter((line) => !line.boundary)
        .map((line) => line.sha),
    ),
  ];
  const commits = new Map(parseCommitLog(await git.commitLog(shas, COMMIT_LOG_FORMAT)).map((commit) => [commit.sha, commit]));
  const hasNotes = await git.fetchAiNotes();
  const notes = new Map<string, GitAiNote>();
  if (hasNotes) {
    for (const sha of shas) {
      const note = await git.aiNote(sha);
      if (note !== undefined) notes.set(sha, parseGitAiNote(note));
    }
  }
  return {
    sources: { ...base, blame, commits, notes, ...(uncommitted === undefined ? {} : { uncommitted }) },
    availability: {
      ...base,
      pullRequest: pullRequest !== undefined,
      notes: hasNotes,
      shallow: await git.isShallow(),
      ...(uncommitted === undefined ? {} : { uncommitted: true }),
    },
  };
}
