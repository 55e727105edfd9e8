/** What a signal is matched against. `pr-body` is for the built-in table only. */
export const PATTERN_KINDS = ['email', 'name', 'trailer', 'message', 'branch', 'login'] as const;

export type PatternKind = (typeof PATTERN_KINDS)[number] | 'pr-body';

/** One AI signal: `kind:value`, the value a case-insensitive substring or a `/regular expression/flags`. */
export interface SignalPattern {
  readonly kind: PatternKind;
  /** As written, for evidence and the report. */
  readonly source: string;
  readonly regex: RegExp;
}

const REGEX_FORM = /^\/(.+)\/([imsu]*)$/s;

function escapeRegex(text: string): string {
  return text.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A signal pattern, or a sentence saying why the text is not one. */
export function parseSignalPattern(text: string, kinds: readonly PatternKind[] = PATTERN_KINDS): SignalPattern | string {
  const separator = text.indexOf(':');
  const kind = text.slice(0, Math.max(0, separator)).trim().toLowerCase();
  const value = text.slice(separator + 1).trim();
  if (separator < 0 || !kinds.includes(kind as PatternKind)) {
    return `"${text}" does not start with a known kind (${kinds.join(', ')}) and a colon`;
  }
  if (value === '') return `"${text}" has nothing to match after "${kind}:"`;
  const regexForm = REGEX_FORM.exec(value);
  if (regexForm === null) {
    return { kind: kind as PatternKind, source: text.trim(), regex: new RegExp(escapeRegex(value), 'i') };
  }
  try {
    return { kind: kind as PatternKind, source: text.trim(), regex: new RegExp(regexForm[1] as string, regexForm[2]) };
  } catch (error) {
    return `"${text}" is not a valid regular expression: ${(error as Error).message}`;
  }
}
