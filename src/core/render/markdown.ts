/**
 * Characters that markdown, HTML or GitHub give a meaning to, as numeric entities. An entity is plain
 * text to the renderer: it cannot open a tag, a link or image, emphasis or a code span, split a table
 * cell, @mention anyone, link an issue (#1) or start math ($), and it reads as the original character.
 */
const SIGNIFICANT = /[&<>`|\\*_~[\]#@$]/g;

function toEntity(char: string): string {
  return `&#${char.codePointAt(0)};`;
}

/** Text from code, paths or tests, safe anywhere in markdown, including table cells; one line. */
export function escapeMarkdown(text: string): string {
  return text.replaceAll(/\r\n|\r|\n/g, ' ').replaceAll(SIGNIFICANT, toEntity);
}

/** Code shown inline: a `<code>` element (a backtick span cannot hold entities, or backticks). */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** Cuts text to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A fenced code block that its content cannot close: the fence is longer than any backtick run in it. */
export function codeBlock(language: string, lines: readonly string[]): string[] {
  const longestRun = Math.max(0, ...lines.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length))));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [`${fence}${language}`, ...lines, fence];
}

/** A path segment safe in a URL and in a markdown link target (which ends at an unescaped parenthesis). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replaceAll(/[()'!*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/** A markdown link; the text is escaped, the URL must come from encodePath and trusted parts. */
export function link(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url})`;
}
