import { describe, expect, it } from 'vitest';
import { AGENT_SIGNALS } from '../../../src/core/attribution/agent-signals.js';
import { PATTERN_KINDS, parseSignalPattern, type SignalPattern } from '../../../src/core/attribution/signal-pattern.js';

interface Case {
  readonly agent: string;
  readonly pattern: string;
  /** What the agent really leaves: an e-mail, a name, a trailer line, a message, a branch, a login or a PR body. */
  readonly hit: string;
  /** Something close that is not the agent's marker. */
  readonly miss: string;
}

/** Every built-in signal, in table order, with a realistic marker it must match and a near-miss it must not. */
const CASES: readonly Case[] = [
  { agent: 'Claude Code', pattern: 'email:noreply@anthropic.com', hit: 'noreply@anthropic.com', miss: 'support@anthropic.com' },
  {
    agent: 'Claude Code',
    pattern: 'message:Generated with [Claude Code]',
    hit: 'Add cart totals\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    miss: 'Add cart totals\n\nGenerated with Claude\n',
  },
  {
    agent: 'Claude Code',
    pattern: 'email:claude[bot]@users.noreply.github.com',
    hit: '209825114+claude[bot]@users.noreply.github.com',
    miss: 'claude@users.noreply.github.com',
  },
  { agent: 'Claude Code', pattern: 'login:/^claude\\[bot\\]$/i', hit: 'claude[bot]', miss: 'claude-fan' },
  { agent: 'Claude Code', pattern: 'branch:/^claude\\//i', hit: 'claude/issue-42-20250601-1200', miss: 'feature/claude/x' },
  {
    agent: 'Copilot coding agent',
    pattern: 'email:198982749+Copilot@users.noreply.github.com',
    hit: '198982749+Copilot@users.noreply.github.com',
    miss: '175728472+Copilot@users.noreply.github.com',
  },
  {
    agent: 'Copilot coding agent',
    pattern: 'email:copilot-swe-agent[bot]@users.noreply.github.com',
    hit: '198982749+copilot-swe-agent[bot]@users.noreply.github.com',
    miss: 'copilot-swe-agent@users.noreply.github.com',
  },
  {
    agent: 'Copilot coding agent',
    pattern: 'trailer:/^Agent-Logs-Url:/i',
    hit: 'Agent-Logs-Url: https://github.com/octo/shop/sessions/5f1c',
    miss: 'X-Agent-Logs-Url: https://example.com',
  },
  { agent: 'Copilot coding agent', pattern: 'login:/^(Copilot|copilot-swe-agent\\[bot\\])$/i', hit: 'Copilot', miss: 'copilot-fan' },
  { agent: 'Copilot coding agent', pattern: 'branch:/^copilot\\//i', hit: 'copilot/fix-1234', miss: 'fix/copilot/x' },
  {
    agent: 'Copilot',
    pattern: 'email:175728472+Copilot@users.noreply.github.com',
    hit: '175728472+Copilot@users.noreply.github.com',
    miss: '198982749+Copilot@users.noreply.github.com',
  },
  { agent: 'Codex', pattern: 'email:noreply@openai.com', hit: 'noreply@openai.com', miss: 'support@openai.com' },
  { agent: 'Codex', pattern: 'branch:/^codex\\//i', hit: 'codex/add-cart-tests', miss: 'my-codex/x' },
  {
    agent: 'Codex',
    pattern: 'pr-body:chatgpt.com/codex/tasks/',
    hit: '## Summary\n- add totals\n\nhttps://chatgpt.com/codex/tasks/task_e_6842a1b2c3',
    miss: 'Discussed in https://chatgpt.com/c/6842a1b2c3',
  },
  { agent: 'Cursor', pattern: 'email:cursoragent@cursor.com', hit: 'cursoragent@cursor.com', miss: 'support@cursor.com' },
  { agent: 'Cursor', pattern: 'trailer:/^Made-with: *Cursor/i', hit: 'Made-with: Cursor', miss: 'Made-with: VS Code' },
  { agent: 'Cursor', pattern: 'branch:/^cursor\\//i', hit: 'cursor/fix-login-7c1e', miss: 'cursor-fix' },
  {
    agent: 'Devin',
    pattern: 'email:devin-ai-integration[bot]@users.noreply.github.com',
    hit: '158243242+devin-ai-integration[bot]@users.noreply.github.com',
    miss: 'devin@example.com',
  },
  { agent: 'Devin', pattern: 'login:/^devin-ai-integration\\[bot\\]$/i', hit: 'devin-ai-integration[bot]', miss: 'devin-ai-integration' },
  { agent: 'Devin', pattern: 'branch:/^devin\\//i', hit: 'devin/1718000000-fix-cart', miss: 'devinfix/x' },
  { agent: 'Aider', pattern: 'email:aider@aider.chat', hit: 'aider@aider.chat', miss: 'paul@aider.chat' },
  { agent: 'Aider', pattern: 'name:/\\(aider\\)$/i', hit: 'Ada Lovelace (aider)', miss: '(aider) Ada Lovelace' },
  {
    agent: 'Jules',
    pattern: 'email:google-labs-jules[bot]@users.noreply.github.com',
    hit: '161369871+google-labs-jules[bot]@users.noreply.github.com',
    miss: 'jules@google.com',
  },
  { agent: 'Jules', pattern: 'login:/^google-labs-jules\\[bot\\]$/i', hit: 'google-labs-jules[bot]', miss: 'google-labs-jules' },
  { agent: 'OpenHands', pattern: 'email:openhands@all-hands.dev', hit: 'openhands@all-hands.dev', miss: 'robert@all-hands.dev' },
  { agent: 'Amp', pattern: 'email:amp@ampcode.com', hit: 'amp@ampcode.com', miss: 'support@ampcode.com' },
  {
    agent: 'Amp',
    pattern: 'trailer:/^Amp-Thread-ID:/i',
    hit: 'Amp-Thread-ID: https://ampcode.com/threads/T-5928a90d',
    miss: 'Amp-Thread: T-5928a90d',
  },
  {
    agent: 'Factory',
    pattern: 'email:factory-droid[bot]@users.noreply.github.com',
    hit: '138933559+factory-droid[bot]@users.noreply.github.com',
    miss: 'factory-droid@users.noreply.github.com',
  },
  { agent: 'Factory', pattern: 'login:/^factory-droid\\[bot\\]$/i', hit: 'factory-droid[bot]', miss: 'factory-droid' },
  {
    agent: 'an agent named in a trailer',
    pattern:
      'trailer:/^(Assisted|Generated)-by:.*\\b(claude|copilot|codex|cursor|devin|aider|jules|openhands|amp|factory|gemini|chatgpt|gpt-?\\d[\\w.-]*)\\b/i',
    hit: 'Assisted-by: Gemini CLI',
    miss: 'Reviewed-by: Claude Shannon <claude@example.com>',
  },
];

/** The signal parsed as config parses the built-in table (pr-body allowed). */
function parsedSignal(pattern: string): SignalPattern {
  const result = parseSignalPattern(pattern, [...PATTERN_KINDS, 'pr-body']);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

describe('AGENT_SIGNALS', () => {
  it('is exactly the documented table, in order', () => {
    expect(AGENT_SIGNALS).toEqual(CASES.map(({ agent, pattern }) => ({ agent, pattern })));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(AGENT_SIGNALS)).toBe(true);
  });

  it('names twelve agents', () => {
    expect([...new Set(AGENT_SIGNALS.map(({ agent }) => agent))]).toEqual([
      'Claude Code',
      'Copilot coding agent',
      'Copilot',
      'Codex',
      'Cursor',
      'Devin',
      'Aider',
      'Jules',
      'OpenHands',
      'Amp',
      'Factory',
      'an agent named in a trailer',
    ]);
  });

  it('parses every entry, with the kind it starts with, pr-body included', () => {
    const kinds = AGENT_SIGNALS.map(({ pattern }) => {
      const result = parseSignalPattern(pattern, [...PATTERN_KINDS, 'pr-body']);
      return typeof result === 'string' ? result : `${result.kind}:${result.source === pattern}`;
    });
    expect(kinds).toEqual(AGENT_SIGNALS.map(({ pattern }) => `${pattern.slice(0, pattern.indexOf(':'))}:true`));
    expect(new Set(kinds)).toEqual(
      new Set(['email:true', 'message:true', 'login:true', 'branch:true', 'trailer:true', 'name:true', 'pr-body:true']),
    );
  });

  it.each(CASES.map((signal) => [signal.agent, signal.pattern, signal.hit, signal.miss] as const))(
    '%s: %s matches its marker and not a near-miss',
    (_agent, pattern, hit, miss) => {
      const { regex } = parsedSignal(pattern);
      expect(regex.test(hit)).toBe(true);
      expect(regex.test(miss)).toBe(false);
    },
  );

  it('matches the Copilot coding agent bot login too', () => {
    expect(parsedSignal('login:/^(Copilot|copilot-swe-agent\\[bot\\])$/i').regex.test('copilot-swe-agent[bot]')).toBe(true);
    expect(parsedSignal('login:/^(Copilot|copilot-swe-agent\\[bot\\])$/i').regex.test('copilot-swe-agent')).toBe(false);
  });

  it.each([
    'Generated-by: Claude Code',
    'Assisted-by: GitHub Copilot',
    'Generated-by: GPT-4o',
    'Generated-by: gpt4',
    'Assisted-by: ChatGPT',
    'Assisted-by: OpenHands 0.40',
  ])('names an agent in the trailer %j', (trailer) => {
    const { regex } = parsedSignal(AGENT_SIGNALS[AGENT_SIGNALS.length - 1]?.pattern ?? '');
    expect(regex.test(trailer)).toBe(true);
  });

  it.each(['Assisted-by: Ada Lovelace', 'Co-authored-by: Claude <noreply@anthropic.com>', 'Generated-by: protoc 3.21'])(
    'names no agent in the trailer %j',
    (trailer) => {
      const { regex } = parsedSignal(AGENT_SIGNALS[AGENT_SIGNALS.length - 1]?.pattern ?? '');
      expect(regex.test(trailer)).toBe(false);
    },
  );

  // Agent names are whole words: a person whose name only starts like one (Amparo, Cursory) is no agent.
  it.each(['Assisted-by: Amparo Ruiz <amparo@example.com>', 'Generated-by: Cursory lint pass'])(
    'names no agent in the trailer %j, whose name only starts like one',
    (trailer) => {
      const { regex } = parsedSignal(AGENT_SIGNALS[AGENT_SIGNALS.length - 1]?.pattern ?? '');
      expect(regex.test(trailer)).toBe(false);
    },
  );
});
