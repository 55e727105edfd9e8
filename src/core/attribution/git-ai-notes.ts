/**
 * Git AI authorship logs (Git AI Standard v3, notes under refs/notes/ai): per file of the commit, which
 * lines an agent session wrote and which a human, recorded when the commit was made.
 *
 *   src/cart.ts
 *     s_3f2a9c1d::t_77e0b1 1-12,15
 *     h_9a0b1c 13-14
 *   ---
 *   {"schema_version":"authorship/3.0.0","sessions":{"s_3f2a9c1d":{"agent_id":{"tool":"claude","model":"..."}}},...}
 *
 * Keys starting `h_` are humans; `s_<session>::t_<trace>` are agent sessions; other keys are older
 * prompt records, also agents.
 */
export interface NoteEntry {
  readonly author: 'ai' | 'human';
  /** The agent tool and model, or the human, as the note names them. */
  readonly who: string;
  readonly lines: ReadonlySet<number>;
}

/** Entries per file path, as the note's commit has the file. */
export type GitAiNote = ReadonlyMap<string, readonly NoteEntry[]>;

interface NoteMetadata {
  sessions?: Record<string, { agent_id?: { tool?: string; model?: string } }>;
  prompts?: Record<string, { agent_id?: { tool?: string; model?: string } }>;
  humans?: Record<string, { author?: string }>;
}

/** More lines than any source file has: a range past it is corrupt, not a file to enumerate. */
const MAX_RANGE_LINES = 1_000_000;

function parseLineSpec(spec: string): Set<number> {
  const lines = new Set<number>();
  for (const part of spec.split(',').filter((range) => range !== '')) {
    const [start = Number.NaN, end = start] = part.split('-').map(Number);
    if (!Number.isInteger(start) || !Number.isInteger(end) || end - start + 1 > MAX_RANGE_LINES) continue;
    for (let line = start; line <= end; line += 1) lines.add(line);
  }
  return lines;
}

function parseMetadata(json: string): NoteMetadata {
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as NoteMetadata) : {};
  } catch {
    return {};
  }
}

function describeAgent(key: string, metadata: NoteMetadata): string {
  const record = key.startsWith('s_') ? metadata.sessions?.[key.split('::')[0] as string] : metadata.prompts?.[key];
  const agent = [record?.agent_id?.tool, record?.agent_id?.model].filter((part) => part !== undefined && part !== '');
  return agent.length > 0 ? agent.join(' ') : 'an agent session';
}

export function parseGitAiNote(text: string): GitAiNote {
  const separator = text.search(/^---$/m);
  const attestations = separator === -1 ? text : text.slice(0, separator);
  const metadata = separator === -1 ? {} : parseMetadata(text.slice(separator + 3));
  const files = new Map<string, NoteEntry[]>();
  let entries: NoteEntry[] | undefined;
  for (const row of attestations.split('\n')) {
    if (row.trim() === '') continue;
    if (!row.startsWith(' ')) {
      const path = row.trim().replace(/^"(.*)"$/, '$1');
      entries = files.get(path) ?? [];
      files.set(path, entries);
      continue;
    }
    const [key = '', spec = ''] = row.trim().split(/\s+/);
    const human = key.startsWith('h_');
    entries?.push({
      author: human ? 'human' : 'ai',
      who: human ? (metadata.humans?.[key]?.author ?? 'a human') : describeAgent(key, metadata),
      lines: parseLineSpec(spec),
    });
  }
  return files;
}
