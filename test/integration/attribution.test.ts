import { afterAll, describe, expect, it } from 'vitest';
import type { Author, GitRepo } from '../../scripts/lib/git-repo.js';
import { createGit } from '../../src/adapters/git.js';
import { DEFAULT_AI_LABELS } from '../../src/constants.js';
import type { LineAttribution } from '../../src/core/attribution/attribution.js';
import { isGatedAsAi, splitByGate } from '../../src/core/scoring/ai-split.js';
import {
  attribute,
  BOB,
  byContent,
  CART,
  type Classed,
  cloneRepo,
  commitAs,
  createAttributionRepo,
  each,
  emptyDirectory,
  gitAs,
  JANE,
  mergeAs,
  prEvent,
  pushEvent,
  removeCreatedRepos,
  short,
  table,
} from '../support/attribution-repo.js';
import { configFrom } from '../support/config.js';

// Real git repositories in temp dirs; gatherAttributionSources and attributeChangedLines as the gate
// calls them, on the changed lines of the real diff. No mocks.

afterAll(removeCreatedRepos);

const GITHUB: Author = { name: 'GitHub', email: 'noreply@github.com' };

const COUPON = `export function couponValue(code: string, total: number): number {
  if (code === 'SAVE10') return Math.min(10, total);
  if (code === 'HALF') return total / 2;
  if (code === 'STAFF') return total * 0.3;
  return 0;
}
`;

/** CART with some of its lines replaced (1-based). */
function cartWith(replacements: Readonly<Record<number, string>>, append = ''): string {
  const lines = CART.split('\n');
  for (const [line, text] of Object.entries(replacements)) lines[Number(line) - 1] = text;
  return lines.join('\n') + append;
}

/** New texts for lines of src/cart.ts that PR commits write. */
const EDIT: Readonly<Record<number, string>> = {
  2: '  return items.reduce((sum, item) => sum + item.price * item.quantity, 0.0);',
  6: '  if (subtotalAmount >= 60) return express ? 5 : 0;',
  7: '  return express ? 12 : 6;',
  11: '  return Math.round(amount * rate * 1000) / 1000;',
};

/** CART with these lines edited as in EDIT. */
function cartEdited(...lines: number[]): string {
  return cartWith(Object.fromEntries(lines.map((line) => [line, EDIT[line] as string])));
}

/** Jane as GitHub knows her: login jane-doe, id 4242, committing with her no-reply address. */
const JANE_NOREPLY: Author = { name: 'Jane Doe', email: '4242+jane-doe@users.noreply.github.com' };
const JANE_PR = { login: 'jane-doe', id: 4242 } as const;

/** The usual pull request change: line 7 of src/cart.ts modified, src/coupon.ts (6 lines) added. */
async function writeCouponChange(repo: GitRepo): Promise<void> {
  await repo.write({ 'src/cart.ts': cartEdited(7), 'src/coupon.ts': COUPON });
}

/** The table of the usual change when every line has the same class and evidence. */
function couponChange(classed: Classed): ReturnType<typeof table> {
  return { 'src/cart.ts': { 7: classed }, 'src/coupon.ts': each([1, 2, 3, 4, 5, 6], classed) };
}

const ai = (evidence: string): Classed => ['ai', evidence];
const unknown = (evidence: string): Classed => ['unknown', evidence];
const human = (evidence: string): Classed => ['human', evidence];
/** The evidence of a Co-Authored-By: Claude <noreply@anthropic.com> trailer, after "commit <sha>, ". */
const BY_CLAUDE = 'Co-authored-by noreply@anthropic.com (Claude Code)';
const noMarker = (sha: string): Classed => unknown(`commit ${short(sha)}: no AI marker`);

interface AgentCommit {
  readonly marker: string;
  readonly message: string;
  readonly author?: Author;
  readonly committer?: Author;
  /** What the evidence says after "commit <sha>, ". */
  readonly evidence: string;
}

const AGENT_COMMITS: readonly AgentCommit[] = [
  {
    marker: 'Claude Code: Co-Authored-By: Claude <noreply@anthropic.com> and the Generated with line',
    message:
      'Add coupons\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n' +
      'Co-Authored-By: Claude <noreply@anthropic.com>\n',
    evidence: 'Co-authored-by noreply@anthropic.com (Claude Code)',
  },
  {
    marker: 'Claude Code: only the "Generated with [Claude Code]" body line',
    message: 'Add coupons\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n',
    evidence: 'message matches message:Generated with [Claude Code] (Claude Code)',
  },
  {
    marker: 'Claude Code: claude[bot] as author (the GitHub app)',
    message: 'Add coupons',
    author: { name: 'claude[bot]', email: '209825114+claude[bot]@users.noreply.github.com' },
    committer: GITHUB,
    evidence: 'author 209825114+claude[bot]@users.noreply.github.com (Claude Code)',
  },
  {
    marker: 'Copilot coding agent: copilot-swe-agent[bot] as author',
    message: 'Add coupons\n\nCo-authored-by: jane-doe <4242+jane-doe@users.noreply.github.com>\n',
    author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
    committer: GITHUB,
    evidence: 'author 198982749+Copilot@users.noreply.github.com (Copilot coding agent)',
  },
  {
    marker: 'Copilot coding agent: Agent-Logs-Url trailer',
    message: 'Add coupons\n\nAgent-Logs-Url: https://github.com/acme/shop/copilot/sessions/6f1c2d3e\n',
    evidence: 'trailer Agent-Logs-Url: https://github.com/acme/shop/copilot/sessions/6f1c2d3e (Copilot coding agent)',
  },
  {
    marker: 'Copilot (web suggestions): Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
    message: 'Apply suggestions from code review\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n',
    committer: GITHUB,
    evidence: 'Co-authored-by 175728472+Copilot@users.noreply.github.com (Copilot)',
  },
  {
    marker: 'Codex: Co-authored-by: Codex <noreply@openai.com>',
    message: 'Add coupons\n\nCo-authored-by: Codex <noreply@openai.com>\n',
    evidence: 'Co-authored-by noreply@openai.com (Codex)',
  },
  {
    marker: 'Cursor: cursoragent@cursor.com as author',
    message: 'Add coupons',
    author: { name: 'Cursor Agent', email: 'cursoragent@cursor.com' },
    evidence: 'author cursoragent@cursor.com (Cursor)',
  },
  {
    marker: 'Cursor: cursoragent@cursor.com as co-author',
    message: 'Add coupons\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n',
    evidence: 'Co-authored-by cursoragent@cursor.com (Cursor)',
  },
  {
    marker: 'Cursor: Made-with: Cursor trailer',
    message: 'Add coupons\n\nMade-with: Cursor\n',
    evidence: 'trailer Made-with: Cursor (Cursor)',
  },
  {
    marker: 'Devin: devin-ai-integration[bot] as author',
    message: 'Add coupons',
    author: { name: 'devin-ai-integration[bot]', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    evidence: 'author 158243242+devin-ai-integration[bot]@users.noreply.github.com (Devin)',
  },
  {
    marker: 'Aider (new style): Co-authored-by: aider (gpt-4o) <aider@aider.chat>',
    message: 'feat: Add coupons\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n',
    evidence: 'Co-authored-by aider@aider.chat (Aider)',
  },
  {
    marker: 'Aider (old style): "(aider)" after the author name',
    message: 'feat: Add coupons',
    author: { name: 'Jane Doe (aider)', email: 'jane@example.com' },
    evidence: 'author name Jane Doe (aider) (Aider)',
  },
  {
    marker: 'Jules: google-labs-jules[bot] as author',
    message: 'Add coupons',
    author: { name: 'google-labs-jules[bot]', email: '161369871+google-labs-jules[bot]@users.noreply.github.com' },
    evidence: 'author 161369871+google-labs-jules[bot]@users.noreply.github.com (Jules)',
  },
  {
    marker: 'Amp: Co-authored-by: Amp <amp@ampcode.com> with its Amp-Thread-ID trailer',
    message: 'Add coupons\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5d2f9e1a\nCo-authored-by: Amp <amp@ampcode.com>\n',
    evidence: 'Co-authored-by amp@ampcode.com (Amp)',
  },
  {
    marker: 'Amp: only the Amp-Thread-ID trailer',
    message: 'Add coupons\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5d2f9e1a\n',
    evidence: 'trailer Amp-Thread-ID: https://ampcode.com/threads/T-5d2f9e1a (Amp)',
  },
  {
    marker: 'OpenHands: Co-authored-by: openhands <openhands@all-hands.dev>',
    message: 'Add coupons\n\nCo-authored-by: openhands <openhands@all-hands.dev>\n',
    evidence: 'Co-authored-by openhands@all-hands.dev (OpenHands)',
  },
  {
    marker: 'Factory: factory-droid[bot] as author',
    message: 'Add coupons',
    author: { name: 'factory-droid[bot]', email: '138933559+factory-droid[bot]@users.noreply.github.com' },
    evidence: 'author 138933559+factory-droid[bot]@users.noreply.github.com (Factory)',
  },
  {
    marker: 'an Assisted-by: Claude trailer',
    message: 'Add coupons\n\nAssisted-by: Claude\n',
    evidence: 'trailer Assisted-by: Claude (an agent named in a trailer)',
  },
];

describe('attribution from the commits of a real pull request', () => {
  it.each(AGENT_COMMITS)('classes every line of a commit as ai by its marker: $marker', async (agent) => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, agent.message, agent.author ?? JANE, agent.committer ?? agent.author ?? JANE);

    const run = await attribute(repo, baseSha);

    expect(table(run.attribution)).toEqual(couponChange(ai(`commit ${short(sha)}, ${agent.evidence}`)));
  });

  it('leaves a plain human commit unknown ("no AI marker"), never human', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, 'Add coupons\n\nSigned-off-by: Jane Doe <jane@example.com>\n', JANE);

    const run = await attribute(repo, baseSha);

    expect(table(run.attribution)).toEqual(couponChange(unknown(`commit ${short(sha)}: no AI marker`)));
  });

  it('names the agent when only the committer carries its address', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, 'Add coupons', JANE, { name: 'Cursor Agent', email: 'cursoragent@cursor.com' });

    const run = await attribute(repo, baseSha);

    expect(table(run.attribution)).toEqual(couponChange(ai(`commit ${short(sha)}, committer cursoragent@cursor.com (Cursor)`)));
  });

  it('splits a file line by line between a human commit and an agent commit', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    // Ends in a line unlike the base's last, so the diff cannot slide the added block over a "}".
    const freeShipping = [
      '',
      'export const isFreeShipping = (subtotalAmount: number): boolean =>',
      '  subtotalAmount >= 60 &&',
      '  Number.isFinite(subtotalAmount);',
      '',
    ].join('\n');
    await repo.write({ 'src/cart.ts': cartWith({ 6: EDIT[6] as string }, freeShipping) });
    const humanSha = commitAs(repo, 'Free shipping from 60', JANE);
    const agentEdits = { 6: EDIT[6] as string, 7: EDIT[7] as string, 11: EDIT[11] as string };
    await repo.write({
      'src/cart.ts': cartWith(agentEdits, freeShipping.replace('>= 60 &&', '>= 60 && subtotalAmount < 10_000 &&')),
    });
    const agentSha = commitAs(repo, 'Cheaper shipping, exact tax\n\nCo-authored-by: Codex <noreply@openai.com>\n', JANE);

    const run = await attribute(repo, baseSha);

    const byAgent = ai(`commit ${short(agentSha)}, Co-authored-by noreply@openai.com (Codex)`);
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': {
        6: noMarker(humanSha),
        7: byAgent,
        11: byAgent,
        13: noMarker(humanSha),
        14: noMarker(humanSha),
        15: byAgent,
        16: noMarker(humanSha),
      },
    });
  });

  it('excludes the lines a PR commit only moved (they blame to the merge base) or re-indented (not changed lines at all)', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    // subtotal moved below taxFor, shippingCost's body re-indented, discountFor new: all in one agent commit.
    const moved = `export function shippingCost(subtotalAmount: number, express: boolean): number {
    if (subtotalAmount >= 50) return express ? 5 : 0;
    return express ? 15 : 7;
}

export function taxFor(amount: number, rate: number): number {
  return Math.round(amount * rate * 100) / 100;
}

export function subtotal(items: readonly { price: number; quantity: number }[]): number {
  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);
}

export function discountFor(total: number): number {
  return total >= 200 ? 20 : 0;
}
`;
    await repo.write({ 'src/cart.ts': moved });
    const sha = commitAs(repo, 'Reorder cart, add discounts\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', JANE);

    const run = await attribute(repo, baseSha);

    expect(run.comparison.mergeBase).toBe(baseSha);
    const old = unknown(`blames to ${short(baseSha)}, at or before the merge base: a moved or whitespace-only change`);
    const fresh = ai(`commit ${short(sha)}, ${BY_CLAUDE}`);
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 9: fresh, 10: old, 11: old, 12: old, 13: old, 14: fresh, 15: fresh, 16: fresh },
    });
  });

  /**
   * The PR commits `prMessage` on feature, main moves on with a conflicting line, and the PR merges
   * main in, resolving the conflict (and adding a line) in a merge commit with `mergeMessage`.
   */
  async function conflictResolvedInMerge(prMessage: string, mergeMessage: string) {
    const { repo } = await createAttributionRepo();
    await repo.write({ 'src/cart.ts': cartEdited(6) });
    const prSha = commitAs(repo, prMessage, JANE);
    repo.git('checkout', '--quiet', 'main');
    await repo.write({ 'src/cart.ts': cartWith({ 6: '  if (subtotalAmount >= 40) return express ? 5 : 0;' }) });
    const mainTip = commitAs(repo, 'Free shipping from 40', BOB);
    repo.git('checkout', '--quiet', 'feature');
    expect(() => mergeAs(repo, JANE, 'main')).toThrow();
    await repo.write({
      'src/cart.ts': cartWith({ 6: '  if (subtotalAmount >= 45) return express ? 5 : 0;' }, '\nexport const FREE_FROM = 45;\n'),
    });
    const mergeSha = commitAs(repo, mergeMessage, JANE);
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').split(' ')).toEqual([mergeSha, prSha, mainTip]);
    return { repo, mainTip, mergeSha };
  }

  it("classes lines a merge commit inside the PR introduced (a conflict resolution) by the merge's own signals", async () => {
    const { repo, mainTip, mergeSha } = await conflictResolvedInMerge(
      'Free shipping from 60\n\nCo-authored-by: Codex <noreply@openai.com>\n',
      'Merge main into feature',
    );

    const run = await attribute(repo, mainTip, { event: prEvent(mainTip, { branch: 'codex/free-shipping' }) });

    expect(run.comparison.mergeBase).toBe(mainTip);
    const byMerge = unknown(`merge commit ${short(mergeSha)}: no AI marker`);
    expect(table(run.attribution)).toEqual({ 'src/cart.ts': { 6: byMerge, 13: byMerge, 14: byMerge } });
  });

  it("classes an agent's lines hidden in a merge commit AI by the merge's own trailer", async () => {
    const { repo, mainTip, mergeSha } = await conflictResolvedInMerge(
      'Free shipping from 60',
      'Merge main into feature\n\nCo-authored-by: Codex <noreply@openai.com>\n',
    );

    const run = await attribute(repo, mainTip);

    const byCodex = ai(`merge commit ${short(mergeSha)}, Co-authored-by noreply@openai.com (Codex)`);
    expect(table(run.attribution)).toEqual({ 'src/cart.ts': { 6: byCodex, 13: byCodex, 14: byCodex } });
  });
});

describe("attribution on GitHub's test merge checkout", () => {
  /**
   * Base B on main; the PR (Claude commit, then Jane's) branches from B; main moves on with a header
   * above the PR's lines in the same file. Returns the shas and the repository on the PR head.
   */
  async function movedBaseRepo() {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const claudeSha = commitAs(repo, 'Add coupons\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', JANE);
    await repo.write({ 'src/cart.ts': cartEdited(7, 11) });
    const janeSha = commitAs(repo, 'Finer tax rounding', JANE);
    repo.git('checkout', '--quiet', 'main');
    await repo.write({ 'src/cart.ts': `// Cart arithmetic.\n// Prices are in euros.\n${CART}`, 'README.md': '# Shop\n' });
    const movedBase = commitAs(repo, 'Document the cart', BOB);
    return { repo, baseSha, claudeSha, janeSha, movedBase };
  }

  it('attributes no line to the merge commit; the PR lines keep their commits and evidence', async () => {
    const { repo, claudeSha, janeSha, movedBase } = await movedBaseRepo();
    repo.git('checkout', '--quiet', '--detach', movedBase);
    const merge = mergeAs(repo, GITHUB, janeSha);
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').split(' ')).toEqual([merge, movedBase, janeSha]);

    const run = await attribute(repo, movedBase, { event: prEvent(movedBase, { headSha: janeSha }) });

    expect(run.comparison.mergeBase).toBe(movedBase);
    const evidence = [...run.attribution.values()].flatMap((lines) => [...lines.values()].map((line) => line.evidence));
    expect(evidence.filter((text) => text.includes(short(merge)))).toEqual([]);
    const byClaude = ai(`commit ${short(claudeSha)}, ${BY_CLAUDE}`);
    // The base's two header lines push the PR's cart.ts lines 7 and 11 down to 9 and 13.
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 9: byClaude, 13: noMarker(janeSha) },
      'src/coupon.ts': each([1, 2, 3, 4, 5, 6], byClaude),
    });
  });

  it('gives every line the same class and evidence from the merge checkout as from the PR head', async () => {
    const { repo, janeSha, movedBase } = await movedBaseRepo();
    repo.git('checkout', '--quiet', '--detach', movedBase);
    mergeAs(repo, GITHUB, janeSha);
    const fromMerge = await byContent(repo, (await attribute(repo, movedBase)).attribution);

    repo.git('checkout', '--quiet', '--detach', janeSha);
    const fromHead = await byContent(repo, (await attribute(repo, movedBase)).attribution);

    expect(Object.keys(fromMerge)).toHaveLength(8);
    expect(fromMerge).toEqual(fromHead);
  });
});

describe('attribution from the pull request: labels, author, branch, description', () => {
  it.each([
    ['ai-generated', {}],
    ['ai-assisted', {}],
    ['AI-Assisted', {}],
    ['LLM-Written', { 'ai-labels': 'written-by-bot, llm-written' }],
  ])('classes every changed line ai by the PR label %s', async (label, inputs) => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    commitAs(repo, 'Add coupons', JANE);

    const event = prEvent(baseSha, { labels: ['enhancement', label] });
    const run = await attribute(repo, baseSha, { config: configFrom(inputs), event });

    expect(table(run.attribution)).toEqual(couponChange(ai(`PR label ${label}`)));
  });

  it('no longer counts the default labels once ai-labels is set', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, 'Add coupons', JANE);
    const config = configFrom({ 'ai-labels': 'llm-written' });
    expect(config.aiLabels).toEqual(['llm-written']);

    const run = await attribute(repo, baseSha, { config, event: prEvent(baseSha, { labels: [...DEFAULT_AI_LABELS] }) });

    expect(table(run.attribution)).toEqual(couponChange(noMarker(sha)));
  });

  it.each([
    ['copilot/fix-coupons', 'Copilot coding agent'],
    ['codex/add-coupons', 'Codex'],
    ['cursor/add-coupons-7f3a', 'Cursor'],
    ['claude/issue-12-20250101', 'Claude Code'],
    ['devin/1718000000-add-coupons', 'Devin'],
  ])("classes the PR author's commits ai from branch %s; another person's commit stays unknown", async (branch, agent) => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const authorSha = commitAs(repo, 'Add coupons', JANE_NOREPLY);
    await repo.write({ 'src/cart.ts': cartEdited(7) });
    const bobSha = commitAs(repo, 'Cheaper express shipping', BOB);

    const run = await attribute(repo, baseSha, { event: prEvent(baseSha, { ...JANE_PR, branch }) });

    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 7: noMarker(bobSha) },
      'src/coupon.ts': each([1, 2, 3, 4, 5, 6], ai(`commit ${short(authorSha)} by the PR author; PR from branch ${branch} (${agent})`)),
    });
  });

  it("knows the PR author's commits by either no-reply address or by the login as author name", async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/cart.ts': cartEdited(2) });
    const withId = commitAs(repo, 'One', { name: 'Jane Doe', email: '4242+Jane-Doe@users.noreply.github.com' });
    await repo.write({ 'src/cart.ts': cartEdited(2, 6) });
    const oldStyle = commitAs(repo, 'Two', { name: 'Jane Doe', email: 'jane-doe@users.noreply.github.com' });
    await repo.write({ 'src/cart.ts': cartEdited(2, 6, 7) });
    const byName = commitAs(repo, 'Three', { name: 'jane-doe', email: 'jane@private.example' });
    await repo.write({ 'src/cart.ts': cartEdited(2, 6, 7, 11) });
    // Jane's real name and a private address: nothing ties this commit to the login.
    const unrecognised = commitAs(repo, 'Four', { name: 'Jane Doe', email: 'jane@example.com' });

    const run = await attribute(repo, baseSha, { event: prEvent(baseSha, { ...JANE_PR, branch: 'codex/cart' }) });

    const byAuthor = (sha: string): Classed => ai(`commit ${short(sha)} by the PR author; PR from branch codex/cart (Codex)`);
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 2: byAuthor(withId), 6: byAuthor(oldStyle), 7: byAuthor(byName), 11: noMarker(unrecognised) },
    });
  });

  it("classes a bot PR author's commits ai by its login (devin-ai-integration[bot])", async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const botByName = commitAs(repo, 'Add coupons', { name: 'devin-ai-integration[bot]', email: 'devin@cognition.example' });
    await repo.write({ 'src/coupon.ts': COUPON, 'src/cart.ts': cartEdited(7) });
    const botByAddress = commitAs(repo, 'Cheaper express', {
      name: 'devin-ai-integration[bot]',
      email: '158243242+devin-ai-integration[bot]@users.noreply.github.com',
    });
    await repo.write({ 'src/coupon.ts': COUPON, 'src/cart.ts': cartEdited(7, 11) });
    const bobSha = commitAs(repo, 'Review fix', BOB);

    const event = prEvent(baseSha, { login: 'devin-ai-integration[bot]', id: 158243242, branch: 'feature-coupons' });
    const run = await attribute(repo, baseSha, { event });

    expect(table(run.attribution)).toEqual({
      'src/cart.ts': {
        // The commit's own marker comes before the pull request's.
        7: ai(`commit ${short(botByAddress)}, author 158243242+devin-ai-integration[bot]@users.noreply.github.com (Devin)`),
        11: noMarker(bobSha),
      },
      'src/coupon.ts': each(
        [1, 2, 3, 4, 5, 6],
        ai(`commit ${short(botByName)} by the PR author; PR opened by devin-ai-integration[bot] (Devin)`),
      ),
    });
  });

  it("classes the PR author's commits ai from a Codex task link in the description", async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, 'Add coupons', JANE_NOREPLY);
    const body = '## Summary\n- add coupons\n\nhttps://chatgpt.com/codex/tasks/task_e_6842f0c1a2b3';

    const run = await attribute(repo, baseSha, { event: prEvent(baseSha, { ...JANE_PR, branch: 'add-coupons', body }) });

    expect(table(run.attribution)).toEqual(
      couponChange(ai(`commit ${short(sha)} by the PR author; PR description matches pr-body:chatgpt.com/codex/tasks/ (Codex)`)),
    );
  });

  it('ignores pull request signals that do not match: an ordinary branch, author and description', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, 'Add coupons', JANE_NOREPLY);
    const body = 'Coupons, see codex/tasks notes';
    const event = prEvent(baseSha, { ...JANE_PR, branch: 'feature/copilot-coupons', body, labels: ['ai'] });

    const run = await attribute(repo, baseSha, { event });

    expect(table(run.attribution)).toEqual(couponChange(noMarker(sha)));
  });
});

describe('custom ai-patterns', () => {
  interface CustomCase {
    readonly kind: string;
    readonly pattern: string;
    readonly message?: string;
    readonly author?: Author;
    readonly committer?: Author;
    readonly pullRequest?: Parameters<typeof prEvent>[1];
    /** The evidence, "<sha>" standing for the commit's short SHA. */
    readonly evidence: string;
  }

  const AUTOCODER: Author = { name: 'Acme Autocoder', email: 'autocoder@acme.example' };
  const CASES: readonly CustomCase[] = [
    {
      kind: 'email (author)',
      pattern: 'email:autocoder@acme.example',
      author: AUTOCODER,
      evidence: 'commit <sha>, author autocoder@acme.example (ai-patterns)',
    },
    {
      kind: 'email (committer)',
      pattern: 'email:ci-agent@acme.example',
      committer: { name: 'CI Agent', email: 'ci-agent@acme.example' },
      evidence: 'commit <sha>, committer ci-agent@acme.example (ai-patterns)',
    },
    {
      kind: 'name',
      pattern: 'name:Acme Autocoder',
      author: AUTOCODER,
      evidence: 'commit <sha>, author name Acme Autocoder (ai-patterns)',
    },
    {
      kind: 'name (co-author)',
      pattern: 'name:Acme Autocoder',
      message: 'Add coupons\n\nCo-authored-by: Acme Autocoder <autocoder@acme.example>\n',
      evidence: 'commit <sha>, Co-authored-by name Acme Autocoder (ai-patterns)',
    },
    {
      kind: 'trailer',
      pattern: 'trailer:X-Acme-Agent:',
      message: 'Add coupons\n\nX-Acme-Agent: autocoder 2.1\n',
      evidence: 'commit <sha>, trailer X-Acme-Agent: autocoder 2.1 (ai-patterns)',
    },
    {
      kind: 'message',
      pattern: 'message:[autocoder]',
      message: '[Autocoder] Add coupons',
      evidence: 'commit <sha>, message matches message:[autocoder] (ai-patterns)',
    },
    {
      kind: 'branch',
      pattern: 'branch:autocoder/',
      author: JANE_NOREPLY,
      pullRequest: { ...JANE_PR, branch: 'autocoder/coupons' },
      evidence: 'commit <sha> by the PR author; PR from branch autocoder/coupons (ai-patterns)',
    },
    {
      kind: 'login',
      pattern: 'login:acme-autocoder',
      author: { name: 'acme-autocoder', email: 'bot@acme.example' },
      pullRequest: { login: 'acme-autocoder', id: 777, branch: 'coupons' },
      evidence: 'commit <sha> by the PR author; PR opened by acme-autocoder (ai-patterns)',
    },
    {
      kind: '/regular expression/i',
      pattern: 'message:/^\\[(bot|agent)\\] /i',
      message: '[Agent] Add coupons',
      evidence: 'commit <sha>, message matches message:/^\\[(bot|agent)\\] /i (ai-patterns)',
    },
  ];

  it.each(CASES)('classes a commit ai by a pattern of kind $kind', async (custom) => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const author = custom.author ?? JANE;
    const sha = commitAs(repo, custom.message ?? 'Add coupons', author, custom.committer ?? author);
    const config = configFrom({ 'ai-patterns': `\n  ${custom.pattern}  \n` });
    expect(config.aiPatterns.at(-1)?.agent).toBe('ai-patterns');

    const run = await attribute(repo, baseSha, { config, event: prEvent(baseSha, custom.pullRequest) });

    expect(table(run.attribution)).toEqual(couponChange(ai(custom.evidence.replace('<sha>', short(sha)))));
  });

  it('takes a regular expression as written: case-sensitive without the i flag', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, '[Agent] Add coupons', JANE);

    const run = await attribute(repo, baseSha, { config: configFrom({ 'ai-patterns': 'message:/^\\[agent\\] /' }) });

    expect(table(run.attribution)).toEqual(couponChange(noMarker(sha)));
  });

  it('leaves lines unknown when no pattern matches', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    const sha = commitAs(repo, 'Add coupons\n\nReviewed-by: Bob Reviewer <bob@example.com>\n', JANE);
    const config = configFrom({
      'ai-patterns': [
        'email:nobody@nowhere.example',
        'name:Nobody',
        'trailer:X-Acme-Agent:',
        'message:[autocoder]',
        'branch:never/',
        'login:nobody',
      ].join('\n'),
    });
    expect(config.aiPatterns.filter((pattern) => pattern.agent === 'ai-patterns')).toHaveLength(6);

    const run = await attribute(repo, baseSha, { config, event: prEvent(baseSha, { login: 'jane-doe', branch: 'feature' }) });

    expect(table(run.attribution)).toEqual(couponChange(noMarker(sha)));
  });
});

describe('ai-detection and unknown-as', () => {
  it('classes every changed line ai with ai-detection all, without asking git', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    commitAs(repo, 'Add coupons', JANE);
    // A git on a directory that is no repository: any blame, log or notes call would throw.
    const noRepository = createGit(await emptyDirectory());
    const config = configFrom({ 'ai-detection': 'all' });

    const run = await attribute(repo, baseSha, { config, git: noRepository });

    expect(table(run.attribution)).toEqual(couponChange(ai('every changed line counts as AI-touched (ai-detection: all)')));
    expect(run.gathered.sources.blame.size).toBe(0);
    expect(run.gathered.availability).toEqual({
      detection: 'all',
      patterns: config.aiPatterns,
      aiLabels: DEFAULT_AI_LABELS,
      pullRequest: true,
      notes: false,
      shallow: false,
    });
  });

  it('classes every changed line unknown with ai-detection off, whatever the markers and labels say', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await writeCouponChange(repo);
    commitAs(repo, 'Add coupons\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', JANE);
    const noRepository = createGit(await emptyDirectory());
    const config = configFrom({ 'ai-detection': 'off', 'unknown-as': 'ai' });
    const event = prEvent(baseSha, { labels: ['ai-generated'], branch: 'claude/coupons' });

    const run = await attribute(repo, baseSha, { config, event, git: noRepository });

    expect(table(run.attribution)).toEqual(couponChange(unknown('AI detection is off (ai-detection: off)')));
    // Off gates nothing as AI, even with unknown-as ai.
    const split = splitByGate({}, run.attribution, { detection: config.aiDetection, unknownAs: config.unknownAs });
    expect(split.ai.changed).toEqual([]);
    expect(split.other.changed).toEqual([
      { path: 'src/cart.ts', lines: [7] },
      { path: 'src/coupon.ts', lines: [1, 2, 3, 4, 5, 6] },
    ]);
  });

  it('gates unknown lines as AI with unknown-as ai, leaving their class unknown', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const janeSha = commitAs(repo, 'Add coupons', JANE);
    await repo.write({ 'src/cart.ts': cartEdited(7) });
    const codexSha = commitAs(repo, 'Cheaper express\n\nCo-authored-by: Codex <noreply@openai.com>\n', JANE);
    const expected = {
      'src/cart.ts': { 7: ai(`commit ${short(codexSha)}, Co-authored-by noreply@openai.com (Codex)`) },
      'src/coupon.ts': each([1, 2, 3, 4, 5, 6], noMarker(janeSha)),
    };

    const asHuman = configFrom({});
    const asAi = configFrom({ 'unknown-as': 'ai' });
    expect([asHuman.unknownAs, asAi.unknownAs]).toEqual(['human', 'ai']);
    const humanRun = await attribute(repo, baseSha, { config: asHuman });
    const aiRun = await attribute(repo, baseSha, { config: asAi });

    expect(table(humanRun.attribution)).toEqual(expected);
    expect(table(aiRun.attribution)).toEqual(expected);
    const unknownLine = aiRun.attribution.get('src/coupon.ts')?.get(3);
    expect(unknownLine).toEqual({ line: 3, class: 'unknown', evidence: `commit ${short(janeSha)}: no AI marker` });
    expect(isGatedAsAi(unknownLine as LineAttribution, { detection: 'auto', unknownAs: 'ai' })).toBe(true);
    expect(isGatedAsAi(unknownLine as LineAttribution, { detection: 'auto', unknownAs: 'human' })).toBe(false);

    const humanSplit = splitByGate({}, humanRun.attribution, { detection: 'auto', unknownAs: asHuman.unknownAs });
    expect(humanSplit.ai.changed).toEqual([{ path: 'src/cart.ts', lines: [7] }]);
    expect(humanSplit.other.changed).toEqual([{ path: 'src/coupon.ts', lines: [1, 2, 3, 4, 5, 6] }]);
    const aiSplit = splitByGate({}, aiRun.attribution, { detection: 'auto', unknownAs: asAi.unknownAs });
    expect(aiSplit.ai.changed).toEqual([
      { path: 'src/cart.ts', lines: [7] },
      { path: 'src/coupon.ts', lines: [1, 2, 3, 4, 5, 6] },
    ]);
    expect(aiSplit.other.changed).toEqual([]);
  });
});

/** A git-ai authorship note (Git AI Standard v3) for src/coupon.ts: lines 2-3 by a Cursor session, 4 by Jane. */
const COUPON_NOTE = [
  'src/coupon.ts',
  '  s_abc::t_def 2-3',
  '  h_xyz 4',
  '---',
  JSON.stringify({
    schema_version: 'authorship/3.0.0',
    sessions: { s_abc: { agent_id: { tool: 'cursor', model: 'x' } } },
    humans: { h_xyz: { author: 'Jane' } },
  }),
].join('\n');

function addNote(repo: GitRepo, sha: string, note: string = COUPON_NOTE): void {
  gitAs(repo, { name: 'git-ai', email: 'git-ai@example.com' }, 'notes', '--ref=ai', 'add', '-m', note, sha);
}

describe('git-ai notes (refs/notes/ai)', () => {
  it('classes the lines a note names ai or human on a commit with no other marker', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const sha = commitAs(repo, 'Add coupons', JANE);
    addNote(repo, sha);

    const run = await attribute(repo, baseSha);

    expect(run.gathered.availability.notes).toBe(true);
    expect(table(run.attribution)).toEqual({
      'src/coupon.ts': {
        1: noMarker(sha),
        2: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        3: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        4: human(`commit ${short(sha)}, git-ai note: Jane`),
        5: noMarker(sha),
        6: noMarker(sha),
      },
    });
  });

  it("names agent lines but cannot make the commit's Co-authored-by marker human: that note could be forged", async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const sha = commitAs(repo, 'Add coupons\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', JANE);
    addNote(repo, sha);

    const run = await attribute(repo, baseSha);

    const byClaude = ai(`commit ${short(sha)}, ${BY_CLAUDE}`);
    expect(table(run.attribution)).toEqual({
      'src/coupon.ts': {
        1: byClaude,
        2: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        3: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        4: ai(`commit ${short(sha)}, ${BY_CLAUDE} (overrules commit ${short(sha)}, git-ai note: Jane, which says human)`),
        5: byClaude,
        6: byClaude,
      },
    });
  });

  it('names agent lines but cannot make lines of a PR with an AI label human', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const sha = commitAs(repo, 'Add coupons', JANE);
    addNote(repo, sha);

    const run = await attribute(repo, baseSha, { event: prEvent(baseSha, { labels: ['ai-generated'] }) });

    expect(table(run.attribution)).toEqual({
      'src/coupon.ts': {
        ...each([1, 5, 6], ai('PR label ai-generated')),
        2: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        3: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        4: ai(`PR label ai-generated (overrules commit ${short(sha)}, git-ai note: Jane, which says human)`),
      },
    });
  });

  it("reads a note's line numbers as its own commit's, after later commits moved the lines down", async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const noted = commitAs(repo, 'Add coupons', JANE);
    addNote(repo, noted);
    await repo.write({ 'src/coupon.ts': `// Coupons accepted at checkout.\n// Codes are upper case.\n${COUPON}` });
    const header = commitAs(repo, 'Document coupons', BOB);

    const run = await attribute(repo, baseSha);

    expect(table(run.attribution)).toEqual({
      'src/coupon.ts': {
        1: noMarker(header),
        2: noMarker(header),
        3: noMarker(noted),
        4: ai(`commit ${short(noted)}, git-ai note: cursor x`),
        5: ai(`commit ${short(noted)}, git-ai note: cursor x`),
        6: human(`commit ${short(noted)}, git-ai note: Jane`),
        7: noMarker(noted),
        8: noMarker(noted),
      },
    });
  });

  it('fetches notes that only origin has and uses them', async () => {
    const { repo: origin, baseSha } = await createAttributionRepo();
    await origin.write({ 'src/coupon.ts': COUPON });
    const sha = commitAs(origin, 'Add coupons', JANE);
    addNote(origin, sha);
    const clone = await cloneRepo(origin, ['--no-local']);
    expect(clone.git('for-each-ref', 'refs/notes')).toBe('');
    expect(clone.head()).toBe(sha);

    const run = await attribute(clone, baseSha);

    expect(run.gathered.availability.notes).toBe(true);
    expect(clone.git('rev-parse', 'refs/notes/ai')).toBe(origin.git('rev-parse', 'refs/notes/ai'));
    expect(table(run.attribution)).toEqual({
      'src/coupon.ts': {
        1: noMarker(sha),
        2: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        3: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        4: human(`commit ${short(sha)}, git-ai note: Jane`),
        5: noMarker(sha),
        6: noMarker(sha),
      },
    });
  });

  it('reports notes unavailable when neither the clone nor origin has refs/notes/ai', async () => {
    const { repo: origin, baseSha } = await createAttributionRepo();
    await origin.write({ 'src/coupon.ts': COUPON });
    const sha = commitAs(origin, 'Add coupons', JANE);
    const clone = await cloneRepo(origin, ['--no-local']);

    const withoutOrigin = await attribute(origin, baseSha);
    const withOrigin = await attribute(clone, baseSha);

    for (const run of [withoutOrigin, withOrigin]) {
      expect(run.gathered.availability.notes).toBe(false);
      expect(run.gathered.sources.notes.size).toBe(0);
      expect(table(run.attribution)).toEqual({ 'src/coupon.ts': each([1, 2, 3, 4, 5, 6], noMarker(sha)) });
    }
  });
});

describe('signal availability', () => {
  it('has no pull request on a push event: commit markers still count, PR signals cannot', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    await repo.write({ 'src/coupon.ts': COUPON });
    const janeSha = commitAs(repo, 'Add coupons', { name: 'jane-doe', email: '4242+jane-doe@users.noreply.github.com' });
    await repo.write({ 'src/cart.ts': cartEdited(7) });
    const codexSha = commitAs(repo, 'Cheaper express\n\nCo-authored-by: Codex <noreply@openai.com>\n', JANE);
    const config = configFrom({});

    const run = await attribute(repo, baseSha, { config, event: pushEvent(baseSha) });

    expect(run.gathered.sources.pullRequest).toBeUndefined();
    expect(run.gathered.availability).toEqual({
      detection: 'auto',
      patterns: config.aiPatterns,
      aiLabels: DEFAULT_AI_LABELS,
      pullRequest: false,
      notes: false,
      shallow: false,
    });
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 7: ai(`commit ${short(codexSha)}, Co-authored-by noreply@openai.com (Codex)`) },
      'src/coupon.ts': each([1, 2, 3, 4, 5, 6], noMarker(janeSha)),
    });
  });

  it('reports a shallow clone, and still attributes the lines it reaches', async () => {
    const { repo: origin } = await createAttributionRepo();
    // History main: first, base; feature: claude, jane. Depth 3 from feature reaches base, not first.
    await origin.write({ 'README.md': '# Shop\n' });
    const baseSha = commitAs(origin, 'Add README', BOB);
    origin.git('branch', '--force', 'main', baseSha);
    await origin.write({ 'src/coupon.ts': COUPON });
    const claudeSha = commitAs(origin, 'Add coupons\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', JANE);
    await origin.write({ 'src/cart.ts': cartEdited(7) });
    const janeSha = commitAs(origin, 'Cheaper express', JANE);
    const clone = await cloneRepo(origin, ['--no-local', '--depth', '3', '--branch', 'feature']);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');

    const run = await attribute(clone, baseSha);

    expect(run.comparison.mergeBase).toBe(baseSha);
    expect(run.gathered.availability.shallow).toBe(true);
    expect(run.gathered.availability.pullRequest).toBe(true);
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 7: noMarker(janeSha) },
      'src/coupon.ts': each([1, 2, 3, 4, 5, 6], ai(`commit ${short(claudeSha)}, ${BY_CLAUDE}`)),
    });
  });

  it('reports a full clone not shallow', async () => {
    const { repo: origin, baseSha } = await createAttributionRepo();
    await writeCouponChange(origin);
    const sha = commitAs(origin, 'Add coupons', JANE);
    const clone = await cloneRepo(origin, ['--no-local']);

    const run = await attribute(clone, baseSha);

    expect(run.gathered.availability.shallow).toBe(false);
    expect(table(run.attribution)).toEqual(couponChange(noMarker(sha)));
  });
});

describe('precedence and paths', () => {
  it('ranks a PR label above commit markers; re-indented lines are no changed lines to class', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    // shippingCost's body re-indented (no behaviour changed) and line 11 changed by a Codex commit.
    await repo.write({
      'src/cart.ts': cartWith({
        6: '    if (subtotalAmount >= 50) return express ? 5 : 0;',
        7: '    return express ? 15 : 7;',
        11: '  return Math.round(amount * rate * 1000) / 1000;',
      }),
    });
    commitAs(repo, 'Indent, finer tax\n\nCo-authored-by: Codex <noreply@openai.com>\n', JANE);

    const run = await attribute(repo, baseSha, { event: prEvent(baseSha, { labels: ['ai-assisted'] }) });

    expect(table(run.attribution)).toEqual({ 'src/cart.ts': each([11], ai('PR label ai-assisted')) });
  });

  it('excludes a function an agent moved to another file in the same commit', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    // subtotal (base lines 1-3, then a blank) moves to its own file; no blank line is added anywhere.
    const subtotal = CART.split('\n').slice(0, 3).join('\n');
    const rest = CART.split('\n').slice(4).join('\n');
    await repo.write({
      'src/cart.ts': `import { subtotal } from './subtotal.js';\nexport { subtotal };\n${rest}`,
      'src/subtotal.ts': `${subtotal}\nexport const EMPTY_CART_TOTAL = 0;\n`,
    });
    const sha = commitAs(repo, 'Split subtotal out\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', JANE);

    const run = await attribute(repo, baseSha);

    const fresh = ai(`commit ${short(sha)}, ${BY_CLAUDE}`);
    const moved = unknown(`blames to ${short(baseSha)}, at or before the merge base: a moved or whitespace-only change`);
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 1: fresh, 2: fresh },
      'src/subtotal.ts': { 1: moved, 2: moved, 3: moved, 4: fresh },
    });
  });

  it('finds the note of a file whose name has spaces and non-ASCII letters', async () => {
    const { repo, baseSha } = await createAttributionRepo();
    const path = 'src/bons de réduction.ts';
    await repo.write({ [path]: COUPON });
    const sha = commitAs(repo, 'Add coupons', JANE);
    addNote(repo, sha, COUPON_NOTE.replace('src/coupon.ts', `"${path}"`));

    const run = await attribute(repo, baseSha);

    expect(table(run.attribution)).toEqual({
      [path]: {
        ...each([1, 5, 6], noMarker(sha)),
        2: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        3: ai(`commit ${short(sha)}, git-ai note: cursor x`),
        4: human(`commit ${short(sha)}, git-ai note: Jane`),
      },
    });
  });

  it("keeps the clone's own notes when origin has none", async () => {
    const { repo: origin, baseSha } = await createAttributionRepo();
    await origin.write({ 'src/coupon.ts': COUPON });
    const sha = commitAs(origin, 'Add coupons', JANE);
    const clone = await cloneRepo(origin, ['--no-local']);
    addNote(clone, sha);

    const run = await attribute(clone, baseSha);

    expect(run.gathered.availability.notes).toBe(true);
    const line4 = run.attribution.get('src/coupon.ts')?.get(4);
    expect(line4).toEqual({ line: 4, class: 'human', evidence: `commit ${short(sha)}, git-ai note: Jane` });
  });
});

describe('commits without parents inside the compared range', () => {
  const CLAMP = [
    'export function clamp(value: number, low: number, high: number): number {',
    '  return Math.min(high, Math.max(low, value));',
    '}',
    '',
  ].join('\n');
  const CLAUDE_BOT: Author = { name: 'claude[bot]', email: '209825114+claude[bot]@users.noreply.github.com' };

  /** A PR that merges an unrelated history (a vendored library) whose root commit Claude made. */
  async function unrelatedHistoryRepo() {
    const { repo, baseSha } = await createAttributionRepo();
    repo.git('checkout', '--quiet', '--orphan', 'vendor');
    repo.git('rm', '--quiet', '-r', '-f', '.');
    await repo.write({ 'vendor/clamp.ts': CLAMP });
    const rootSha = commitAs(repo, 'Vendor clamp', CLAUDE_BOT);
    repo.git('checkout', '--quiet', 'feature');
    mergeAs(repo, JANE, '--allow-unrelated-histories', 'vendor');
    return { repo, baseSha, rootSha };
  }

  const byClaudeBot = (sha: string): Classed => ai(`commit ${short(sha)}, author ${CLAUDE_BOT.email} (Claude Code)`);

  // Without --root, git blame treats every parentless commit as a boundary, like base code: the root
  // commit of a history the PR merged in would hide its agent marker.
  it('reads the markers of a root commit the PR merged in (unrelated histories)', async () => {
    const { repo, baseSha, rootSha } = await unrelatedHistoryRepo();

    const run = await attribute(repo, baseSha);

    expect(table(run.attribution)).toEqual({ 'vendor/clamp.ts': each([1, 2, 3], byClaudeBot(rootSha)) });
  });

  /** GitHub's test merge of a PR (Claude commit, then Jane's) fetched with depth 2: the PR head has no parents. */
  async function shallowMergeClone() {
    const { repo: origin } = await createAttributionRepo();
    await origin.write({ 'src/coupon.ts': COUPON });
    commitAs(origin, 'Add coupons\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', JANE);
    await origin.write({ 'src/cart.ts': cartEdited(7) });
    const janeSha = commitAs(origin, 'Cheaper express', JANE);
    origin.git('checkout', '--quiet', 'main');
    await origin.write({ 'README.md': '# Shop\n' });
    const movedBase = commitAs(origin, 'Add README', BOB);
    origin.git('checkout', '--quiet', '-b', 'pull-1-merge');
    mergeAs(origin, GITHUB, janeSha);
    const clone = await cloneRepo(origin, ['--no-local', '--depth', '2', '--branch', 'pull-1-merge']);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    return { clone, janeSha, movedBase };
  }

  // In a shallow clone the grafted PR head has no parents either: blame credits the oldest commit the
  // clone has, as the shallow-clone warning of the signal report says, never the merge base.
  it('credits the oldest commit a shallow clone has, not the merge base', async () => {
    const { clone, janeSha, movedBase } = await shallowMergeClone();

    const run = await attribute(clone, movedBase);

    expect(run.comparison.mergeBase).toBe(movedBase);
    expect(run.gathered.availability.shallow).toBe(true);
    expect(table(run.attribution)).toEqual({
      'src/cart.ts': { 7: noMarker(janeSha) },
      'src/coupon.ts': each([1, 2, 3, 4, 5, 6], noMarker(janeSha)),
    });
  });
});
