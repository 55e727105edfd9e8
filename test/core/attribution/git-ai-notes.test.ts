import { describe, expect, it } from 'vitest';
import { type NoteEntry, parseGitAiNote } from '../../../src/core/attribution/git-ai-notes.js';

function entry(author: NoteEntry['author'], who: string, lines: number[]): NoteEntry {
  return { author, who, lines: new Set(lines) };
}

/** A note's attestations, then `---` and its metadata as JSON. */
function note(attestations: readonly string[], metadata?: unknown): string {
  return metadata === undefined ? attestations.join('\n') : [...attestations, '---', JSON.stringify(metadata)].join('\n');
}

const METADATA = {
  schema_version: 'authorship/3.0.0',
  sessions: {
    s_3f2a9c1d: { agent_id: { tool: 'claude', model: 'claude-sonnet-4' } },
    s_tool_only: { agent_id: { tool: 'cursor' } },
    s_model_only: { agent_id: { model: 'gpt-5' } },
    s_empty_tool: { agent_id: { tool: '', model: 'gemini-2.5-pro' } },
    s_no_agent: {},
  },
  prompts: { a1b2c3d4e5f6: { agent_id: { tool: 'copilot', model: 'gpt-4o' } } },
  humans: { h_9a0b1c: { author: 'Ada Lovelace' } },
};

describe('parseGitAiNote', () => {
  it('reads agent sessions and humans per file, with the lines of each', () => {
    const text = note(
      ['src/cart.ts', '  s_3f2a9c1d::t_77e0b1 1-12,15', '  h_9a0b1c 13-14', 'src/tax.ts', '  s_3f2a9c1d::t_88f1c2 4'],
      METADATA,
    );
    expect(parseGitAiNote(text)).toEqual(
      new Map([
        [
          'src/cart.ts',
          [entry('ai', 'claude claude-sonnet-4', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15]), entry('human', 'Ada Lovelace', [13, 14])],
        ],
        ['src/tax.ts', [entry('ai', 'claude claude-sonnet-4', [4])]],
      ]),
    );
  });

  it('reads line specs of single lines and ranges, skipping parts that are not numbers', () => {
    const text = note(['a.ts', '  h_x 1-3,7', '  h_y 5,2-2,x,9-8,10-11'], {});
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('human', 'a human', [1, 2, 3, 7]), entry('human', 'a human', [5, 2, 10, 11])]);
  });

  it('skips parts with a number that is not whole, at either end of a range', () => {
    const text = note(['a.ts', '  h_x 1.5,3-4.5,6.5-8,9'], {});
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('human', 'a human', [9])]);
  });

  it('names the agent of a session by its tool and model, whichever the metadata has', () => {
    const text = note(
      ['a.ts', '  s_tool_only::t_1 1', '  s_model_only::t_2 2', '  s_empty_tool::t_3 3', '  s_no_agent::t_4 4', '  s_missing::t_5 5'],
      METADATA,
    );
    expect(parseGitAiNote(text).get('a.ts')).toEqual([
      entry('ai', 'cursor', [1]),
      entry('ai', 'gpt-5', [2]),
      entry('ai', 'gemini-2.5-pro', [3]),
      entry('ai', 'an agent session', [4]),
      entry('ai', 'an agent session', [5]),
    ]);
  });

  it('looks a session up by the part before "::", not among the legacy prompts', () => {
    const text = note(['a.ts', '  s_3f2a9c1d 1'], { prompts: { s_3f2a9c1d: { agent_id: { tool: 'wrong' } } } });
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('ai', 'an agent session', [1])]);
  });

  it('reads a legacy prompt key as an agent, named from the prompts', () => {
    const text = note(['a.ts', '  a1b2c3d4e5f6 3-4', '  ffee0011 5'], METADATA);
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('ai', 'copilot gpt-4o', [3, 4]), entry('ai', 'an agent session', [5])]);
  });

  it('does not look a legacy prompt key up among the sessions', () => {
    const text = note(['a.ts', '  a1b2 1'], { sessions: { a1b2: { agent_id: { tool: 'wrong' } } } });
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('ai', 'an agent session', [1])]);
  });

  it('names a human missing from the metadata "a human"', () => {
    const text = note(['a.ts', '  h_unknown 1', '  h_9a0b1c 2'], { humans: { h_9a0b1c: {} } });
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('human', 'a human', [1]), entry('human', 'a human', [2])]);
  });

  it('unquotes a quoted path', () => {
    const text = note(['"src/my cart.ts"', '  h_9a0b1c 1'], METADATA);
    expect([...parseGitAiNote(text).keys()]).toEqual(['src/my cart.ts']);
  });

  it('keeps a path with a quote on one side only, or quotes not around the whole path', () => {
    const text = note(
      ['"a.ts', '  h_9a0b1c 1', 'b.ts"', '  h_9a0b1c 2', 'say "hi".ts"', '  h_9a0b1c 3', '"x" y.ts', '  h_9a0b1c 4'],
      METADATA,
    );
    expect([...parseGitAiNote(text).keys()]).toEqual(['"a.ts', 'b.ts"', 'say "hi".ts"', '"x" y.ts']);
  });

  it('gathers the entries of a path named twice', () => {
    const text = note(['a.ts', '  h_9a0b1c 1', 'b.ts', '  h_9a0b1c 2', 'a.ts', '  s_3f2a9c1d::t_1 3'], METADATA);
    expect(parseGitAiNote(text)).toEqual(
      new Map([
        ['a.ts', [entry('human', 'Ada Lovelace', [1]), entry('ai', 'claude claude-sonnet-4', [3])]],
        ['b.ts', [entry('human', 'Ada Lovelace', [2])]],
      ]),
    );
  });

  it('keeps a file without entries, and skips blank rows and entries before any file', () => {
    const text = note(['  h_9a0b1c 9', '', 'empty.ts', '   ', 'a.ts', '', '  h_9a0b1c 1'], METADATA);
    expect(parseGitAiNote(text)).toEqual(
      new Map([
        ['empty.ts', []],
        ['a.ts', [entry('human', 'Ada Lovelace', [1])]],
      ]),
    );
  });

  it('reads an entry indented by any number of spaces, its key and lines split by any whitespace', () => {
    const text = note(['a.ts', ' h_9a0b1c\t 4-5 '], METADATA);
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('human', 'Ada Lovelace', [4, 5])]);
  });

  it('reads attestations without a --- line, naming no one', () => {
    const text = note(['a.ts', '  s_3f2a9c1d::t_1 1', '  h_9a0b1c 2']);
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('ai', 'an agent session', [1]), entry('human', 'a human', [2])]);
  });

  it.each([
    ['broken JSON', '{"sessions": {'],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON string', '"humans"'],
    ['nothing', ''],
  ])('reads the attestations when the metadata is %s, naming no one', (_what, json) => {
    const text = ['a.ts', '  s_3f2a9c1d::t_1 1', '  h_9a0b1c 2', '---', json].join('\n');
    expect(parseGitAiNote(text)).toEqual(new Map([['a.ts', [entry('ai', 'an agent session', [1]), entry('human', 'a human', [2])]]]));
  });

  it('splits at a --- line only, not at dashes inside, starting or ending a row', () => {
    const text = [
      'a---b.ts',
      '  h_9a0b1c 1',
      '---draft.md',
      '  h_9a0b1c 2',
      'notes/---',
      '  h_9a0b1c 3',
      '---',
      JSON.stringify(METADATA),
    ].join('\n');
    expect(parseGitAiNote(text)).toEqual(
      new Map([
        ['a---b.ts', [entry('human', 'Ada Lovelace', [1])]],
        ['---draft.md', [entry('human', 'Ada Lovelace', [2])]],
        ['notes/---', [entry('human', 'Ada Lovelace', [3])]],
      ]),
    );
  });

  it('reads metadata after a --- line with Windows line endings', () => {
    const text = ['a.ts\r', '  h_9a0b1c 1\r', '---\r', JSON.stringify(METADATA)].join('\n');
    expect(parseGitAiNote(text)).toEqual(new Map([['a.ts', [entry('human', 'Ada Lovelace', [1])]]]));
  });

  it('reads nothing from an empty note', () => {
    expect(parseGitAiNote('')).toEqual(new Map());
    expect(parseGitAiNote(`---\n${JSON.stringify(METADATA)}`)).toEqual(new Map());
  });

  it('reads a range of exactly 1,000,000 lines whole', () => {
    const [entryRead] = parseGitAiNote(note(['a.ts', '  h_9a0b1c 5-1000004'], METADATA)).get('a.ts') ?? [];
    const lines = entryRead?.lines ?? new Set<number>();
    expect([lines.size, lines.has(4), lines.has(5), lines.has(1_000_004), lines.has(1_000_005)]).toEqual([
      1_000_000,
      false,
      true,
      true,
      false,
    ]);
  });

  it('ignores a range far longer than any file, keeping the other parts of the entry', () => {
    const text = note(['a.ts', '  h_9a0b1c 3,1-1000002,7-8', '  h_9a0b1c 1-9007199254740991'], METADATA);
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('human', 'Ada Lovelace', [3, 7, 8]), entry('human', 'Ada Lovelace', [])]);
  });

  it('ignores a range one line longer than 1,000,000 lines', () => {
    const entries = parseGitAiNote(note(['a.ts', '  h_9a0b1c 3,1-1000001'], METADATA)).get('a.ts') ?? [];
    // Sizes first: comparing a million-line set whole would take seconds to print.
    expect(entries.map((read) => read.lines.size)).toEqual([1]);
    expect(entries).toEqual([entry('human', 'Ada Lovelace', [3])]);
  });

  it('reads no line 0 from an entry without lines or with a trailing comma', () => {
    const text = note(['a.ts', '  h_9a0b1c', '  h_9a0b1c 1-2,'], METADATA);
    expect(parseGitAiNote(text).get('a.ts')).toEqual([entry('human', 'Ada Lovelace', []), entry('human', 'Ada Lovelace', [1, 2])]);
  });
});
