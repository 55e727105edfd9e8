import { describe, expect, it } from 'vitest';
import { PATTERN_KINDS, type PatternKind, parseSignalPattern, type SignalPattern } from '../../../src/core/attribution/signal-pattern.js';

const KINDS_TEXT = 'email, name, trailer, message, branch, login';

/** The parsed pattern; fails the test with the reason when the text is refused. */
function parsed(text: string, kinds?: readonly PatternKind[]): SignalPattern {
  const result = parseSignalPattern(text, kinds);
  if (typeof result === 'string') throw new Error(`expected a pattern, got: ${result}`);
  return result;
}

describe('PATTERN_KINDS', () => {
  it('lists the kinds a user may write, without pr-body', () => {
    expect(PATTERN_KINDS).toEqual(['email', 'name', 'trailer', 'message', 'branch', 'login']);
  });
});

describe('parseSignalPattern with a substring', () => {
  it('matches the value as a case-insensitive substring', () => {
    expect(parseSignalPattern('email:noreply@anthropic.com')).toEqual({
      kind: 'email',
      source: 'email:noreply@anthropic.com',
      regex: /noreply@anthropic\.com/i,
    });
    const { regex } = parsed('email:noreply@anthropic.com');
    expect(regex.test('NoReply@Anthropic.COM')).toBe(true);
    expect(regex.test('Claude <noreply@anthropic.com>')).toBe(true);
    expect(regex.test('noreply@anthropic.co')).toBe(false);
  });

  it.each(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/'])('takes %j literally', (char) => {
    const { regex } = parsed(`message:a${char}b`);
    expect(regex.test(`xa${char}by`)).toBe(true);
    expect(regex.test('ab')).toBe(false);
    expect(regex.test('axb')).toBe(false);
    expect(regex.test('aab')).toBe(false);
  });

  it('takes a whole run of special characters literally', () => {
    const { regex } = parsed('message:Generated with [Claude Code]');
    expect(regex.test('🤖 Generated with [Claude Code](https://claude.com/claude-code)')).toBe(true);
    expect(regex.test('Generated with C')).toBe(false);
    expect(regex.test('Generated with Claude Code')).toBe(false);
  });

  it('keeps a colon inside the value: only the first colon ends the kind', () => {
    expect(parseSignalPattern('trailer:Made-with: Cursor')).toEqual({
      kind: 'trailer',
      source: 'trailer:Made-with: Cursor',
      regex: /Made-with: Cursor/i,
    });
  });

  it('trims the kind, the value and the source, and reads the kind case-insensitively', () => {
    expect(parseSignalPattern('  Email :  bot@example.com  ')).toEqual({
      kind: 'email',
      source: 'Email :  bot@example.com',
      regex: /bot@example\.com/i,
    });
  });

  it('takes a value only opened or closed by a slash as a substring', () => {
    expect(parsed('branch:/claude').regex.test('x/claude/y')).toBe(true);
    expect(parsed('branch:claude/').regex.test('claude/fix')).toBe(true);
    expect(parsed('branch:claude/').regex.test('claude-fix')).toBe(false);
  });

  it('takes "//" as a substring, not as an empty regular expression that matches everything', () => {
    const { regex } = parsed('message://');
    expect(regex.test('see https://example.com')).toBe(true);
    expect(regex.test('plain text')).toBe(false);
  });

  it('takes a value with a flag it does not accept (g, y) as a substring', () => {
    const { regex } = parsed('message:/wip/g');
    expect(regex.flags).toBe('i');
    expect(regex.test('WIP')).toBe(false);
    expect(regex.test('see /WIP/g')).toBe(true);
  });
});

describe('parseSignalPattern with a regular expression', () => {
  it('reads /regex/flags with the flags given', () => {
    expect(parseSignalPattern('branch:/^claude\\//i')).toEqual({ kind: 'branch', source: 'branch:/^claude\\//i', regex: /^claude\//i });
    const { regex } = parsed('branch:/^claude\\//i');
    expect(regex.test('Claude/issue-42')).toBe(true);
    expect(regex.test('feature/claude/x')).toBe(false);
  });

  it('trims the source of a regular expression too', () => {
    expect(parseSignalPattern('  branch:/^bot\\// ')).toEqual({ kind: 'branch', source: 'branch:/^bot\\//', regex: /^bot\// });
  });

  it('is case-sensitive without the i flag', () => {
    const { regex } = parsed('login:/^Copilot$/');
    expect(regex.flags).toBe('');
    expect(regex.test('Copilot')).toBe(true);
    expect(regex.test('copilot')).toBe(false);
  });

  it('accepts the flags i, m, s and u together', () => {
    expect(parsed('message:/^a.b$/imsu').regex).toEqual(/^a.b$/imsu);
    expect(parsed('message:/^a.b$/imsu').regex.test('x\nA\nB')).toBe(true);
  });

  it('reads a regular expression spanning lines', () => {
    const { regex } = parsed('message:/first\nsecond/');
    expect(regex.test('first\nsecond')).toBe(true);
    expect(regex.test('/first\nsecond/')).toBe(true);
    expect(regex.flags).toBe('');
  });

  it('reads the value between the first and the last slash', () => {
    expect(parsed('trailer:/^Agent-Logs-Url:/i').regex).toEqual(/^Agent-Logs-Url:/i);
    expect(parsed('name:/a/b/').regex.test('xa/by')).toBe(true);
  });

  it('says why an invalid regular expression is refused', () => {
    expect(parseSignalPattern('message:/(unclosed/')).toBe(
      '"message:/(unclosed/" is not a valid regular expression: Invalid regular expression: /(unclosed/: Unterminated group',
    );
    expect(parseSignalPattern('name:/\\p{Nope}/u')).toBe(
      '"name:/\\p{Nope}/u" is not a valid regular expression: Invalid regular expression: /\\p{Nope}/u: Invalid property name',
    );
  });
});

describe('parseSignalPattern refusals', () => {
  it('refuses an unknown kind, listing the known ones', () => {
    expect(parseSignalPattern('author:Claude')).toBe(`"author:Claude" does not start with a known kind (${KINDS_TEXT}) and a colon`);
  });

  it('refuses text without a colon', () => {
    expect(parseSignalPattern('noreply@anthropic.com')).toBe(
      `"noreply@anthropic.com" does not start with a known kind (${KINDS_TEXT}) and a colon`,
    );
    expect(parseSignalPattern('email')).toBe(`"email" does not start with a known kind (${KINDS_TEXT}) and a colon`);
  });

  it('refuses an empty kind', () => {
    expect(parseSignalPattern(':x')).toBe(`":x" does not start with a known kind (${KINDS_TEXT}) and a colon`);
  });

  it('refuses a kind with nothing to match', () => {
    expect(parseSignalPattern('email:')).toBe('"email:" has nothing to match after "email:"');
    expect(parseSignalPattern('Name:   ')).toBe('"Name:   " has nothing to match after "name:"');
  });

  it('refuses pr-body unless the caller allows it', () => {
    expect(parseSignalPattern('pr-body:chatgpt.com/codex/tasks/')).toBe(
      `"pr-body:chatgpt.com/codex/tasks/" does not start with a known kind (${KINDS_TEXT}) and a colon`,
    );
    expect(parseSignalPattern('pr-body:chatgpt.com/codex/tasks/', [...PATTERN_KINDS, 'pr-body'])).toEqual({
      kind: 'pr-body',
      source: 'pr-body:chatgpt.com/codex/tasks/',
      regex: /chatgpt\.com\/codex\/tasks\//i,
    });
  });

  it('accepts only the kinds given, and lists those when refusing', () => {
    expect(parseSignalPattern('name:x', ['email', 'login'])).toBe('"name:x" does not start with a known kind (email, login) and a colon');
    expect(parsed('login:x', ['email', 'login']).kind).toBe('login');
  });
});
