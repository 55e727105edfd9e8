/**
 * What coding agents leave in commits and pull requests, from the agents' own documentation and
 * output. Data, in the `ai-patterns` syntax (`kind:value`, value a case-insensitive substring or a
 * `/regular expression/`): users add to it through that input. Markers are hints, not a security boundary.
 *
 * email and name are matched against the author, the committer and every Co-authored-by; trailer
 * against each `Key: value` line of the message; message against the whole message; login, branch and
 * pr-body against the pull request (its author, head branch and description).
 */
export interface AgentSignal {
  readonly agent: string;
  readonly pattern: string;
}

const BOT_EMAIL = (login: string): string => `email:${login}[bot]@users.noreply.github.com`;

export const AGENT_SIGNALS: readonly AgentSignal[] = Object.freeze([
  { agent: 'Claude Code', pattern: 'email:noreply@anthropic.com' },
  { agent: 'Claude Code', pattern: 'message:Generated with [Claude Code]' },
  { agent: 'Claude Code', pattern: BOT_EMAIL('claude') },
  { agent: 'Claude Code', pattern: 'login:/^claude\\[bot\\]$/i' },
  { agent: 'Claude Code', pattern: 'branch:/^claude\\//i' },
  { agent: 'Copilot coding agent', pattern: 'email:198982749+Copilot@users.noreply.github.com' },
  { agent: 'Copilot coding agent', pattern: BOT_EMAIL('copilot-swe-agent') },
  { agent: 'Copilot coding agent', pattern: 'trailer:/^Agent-Logs-Url:/i' },
  { agent: 'Copilot coding agent', pattern: 'login:/^(Copilot|copilot-swe-agent\\[bot\\])$/i' },
  { agent: 'Copilot coding agent', pattern: 'branch:/^copilot\\//i' },
  { agent: 'Copilot', pattern: 'email:175728472+Copilot@users.noreply.github.com' },
  { agent: 'Codex', pattern: 'email:noreply@openai.com' },
  { agent: 'Codex', pattern: 'branch:/^codex\\//i' },
  { agent: 'Codex', pattern: 'pr-body:chatgpt.com/codex/tasks/' },
  { agent: 'Cursor', pattern: 'email:cursoragent@cursor.com' },
  { agent: 'Cursor', pattern: 'trailer:/^Made-with: *Cursor/i' },
  { agent: 'Cursor', pattern: 'branch:/^cursor\\//i' },
  { agent: 'Devin', pattern: BOT_EMAIL('devin-ai-integration') },
  { agent: 'Devin', pattern: 'login:/^devin-ai-integration\\[bot\\]$/i' },
  { agent: 'Devin', pattern: 'branch:/^devin\\//i' },
  { agent: 'Aider', pattern: 'email:aider@aider.chat' },
  { agent: 'Aider', pattern: 'name:/\\(aider\\)$/i' },
  { agent: 'Jules', pattern: BOT_EMAIL('google-labs-jules') },
  { agent: 'Jules', pattern: 'login:/^google-labs-jules\\[bot\\]$/i' },
  { agent: 'OpenHands', pattern: 'email:openhands@all-hands.dev' },
  { agent: 'Amp', pattern: 'email:amp@ampcode.com' },
  { agent: 'Amp', pattern: 'trailer:/^Amp-Thread-ID:/i' },
  { agent: 'Factory', pattern: BOT_EMAIL('factory-droid') },
  { agent: 'Factory', pattern: 'login:/^factory-droid\\[bot\\]$/i' },
  {
    agent: 'an agent named in a trailer',
    pattern:
      'trailer:/^(Assisted|Generated)-by:.*\\b(claude|copilot|codex|cursor|devin|aider|jules|openhands|amp|factory|gemini|chatgpt|gpt-?\\d[\\w.-]*)\\b/i',
  },
]);
