/** A commit as attribution sees it: who made it, who helped, and what it says. */
export interface CommitInfo {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly authorName: string;
  readonly authorEmail: string;
  readonly committerName: string;
  readonly committerEmail: string;
  readonly message: string;
}

/** `git log` format for parseCommitLog: fields split by US (0x1f), records ended by RS (0x1e). */
export const COMMIT_LOG_FORMAT = '%H%x1f%P%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%B%x1e';

export function parseCommitLog(text: string): CommitInfo[] {
  return text
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [sha = '', parents = '', authorName = '', authorEmail = '', committerName = '', committerEmail = '', message = ''] =
        record.split('\x1f');
      return {
        sha,
        parents: parents.split(' ').filter((parent) => parent !== ''),
        authorName,
        authorEmail,
        committerName,
        committerEmail,
        message,
      };
    });
}

export interface Trailer {
  readonly key: string;
  readonly value: string;
  /** The whole line, as patterns of kind trailer see it. */
  readonly line: string;
}

const TRAILER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;

/** `Key: value` lines of a message, wherever they stand (squash merges move trailers into the body). */
export function trailersOf(message: string): Trailer[] {
  return message.split('\n').flatMap((raw) => {
    const line = raw.trim();
    const match = TRAILER_LINE.exec(line);
    return match ? [{ key: match[1] as string, value: (match[2] as string).trim(), line }] : [];
  });
}

export interface Person {
  readonly name: string;
  readonly email: string;
  /** Where the commit names this person: author, committer or Co-authored-by. */
  readonly role: 'author' | 'committer' | 'Co-authored-by';
}

const NAME_AND_EMAIL = /^(.*?)\s*<([^>]*)>\s*$/;

/** The author, the committer and every co-author of a commit. */
export function peopleOf(commit: CommitInfo): Person[] {
  const coAuthors = trailersOf(commit.message)
    .filter((trailer) => trailer.key.toLowerCase() === 'co-authored-by')
    .map((trailer): Person => {
      const match = NAME_AND_EMAIL.exec(trailer.value);
      return { name: match?.[1] ?? trailer.value, email: match?.[2] ?? '', role: 'Co-authored-by' };
    });
  return [
    { name: commit.authorName, email: commit.authorEmail, role: 'author' },
    { name: commit.committerName, email: commit.committerEmail, role: 'committer' },
    ...coAuthors,
  ];
}
