import type { OutputName } from '../constants.js';
import type { CommentMode } from '../core/config/config.js';
import type { Annotation } from '../core/render/annotations.js';
import type { Log } from '../pipeline/ports.js';

/** One request to create or update the gate's sticky comment on a pull request. */
export interface StickyCommentRequest {
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  readonly apiUrl: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** Hidden marker that identifies this gate's comment for one PR and working directory, e.g. `<!-- mutation-gate: packages/app -->`. */
  readonly marker: string;
  /** The comment text without the marker; the adapter adds the marker as the body's first line. */
  readonly body: string;
  readonly mode: CommentMode;
  /** The verdict was fail or error. */
  readonly failed: boolean;
  /** How long one HTTP request may take before it is abandoned; 30 s unless a test needs less. */
  readonly timeoutMs?: number;
}

export type StickyCommentResult =
  | { readonly outcome: 'created' | 'updated'; readonly url: string }
  | { readonly outcome: 'skipped'; readonly reason: string }
  | { readonly outcome: 'failed'; readonly warning: string };

/**
 * Where the publish phase puts what the run leaves behind: the runner's files and workflow commands,
 * and the GitHub API. main.ts wires the real ones; tests keep everything in memory.
 */
export interface PublishPorts {
  /** Writes the gate's JSON report to its file. */
  writeGateReport(path: string, report: Readonly<Record<string, unknown>>): Promise<void>;
  /** Appends to the job summary (nothing outside a runner). */
  writeJobSummary(markdown: string): Promise<void>;
  /** Sets these outputs of the step; throws when the runner's output file cannot be written. */
  setOutputs(outputs: Readonly<Partial<Record<OutputName, string>>>): void;
  annotate(annotations: readonly Annotation[]): void;
  fileExists(path: string): Promise<boolean>;
  /** Creates or updates the sticky comment; never throws: a failure is a result with a warning. */
  postComment(request: StickyCommentRequest): Promise<StickyCommentResult>;
  readonly log: Pick<Log, 'info' | 'warning'>;
}
