import { describe, expect, it } from 'vitest';
import { codeBlock, encodePath, escapeMarkdown, inlineCode, link, tableRow, truncate } from '../../../src/core/render/markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['a table pipe', 'a|b', 'a&#124;b'],
    ['backticks', '`code`', '&#96;code&#96;'],
    ['an HTML tag', '<script>alert(1)</script>', '&#60;script&#62;alert(1)&#60;/script&#62;'],
    ['an image tag', '<img src=x onerror=alert(1)>', '&#60;img src=x onerror=alert(1)&#62;'],
    ['a mention', '@user', '&#64;user'],
    ['an issue reference', '#12', '&#35;12'],
    ['math', '$x$', '&#36;x&#36;'],
    ['emphasis', '*bold*', '&#42;bold&#42;'],
    ['underscore emphasis', '_it_', '&#95;it&#95;'],
    ['strikethrough', '~~no~~', '&#126;&#126;no&#126;&#126;'],
    ['a link', '[link](x)', '&#91;link&#93;(x)'],
    ['an image', '![i](x)', '!&#91;i&#93;(x)'],
    ['a backslash', 'a\\b', 'a&#92;b'],
    ['an ampersand (so entities in the input stay text)', '&lt;', '&#38;lt;'],
  ])('neutralises %s', (_what, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    ['LF', 'a\nb', 'a b'],
    ['CRLF', 'a\r\nb', 'a b'],
    ['CR', 'a\rb', 'a b'],
    ['several', 'a\n\nb\r\n', 'a  b '],
  ])('turns %s newlines into spaces, one per line break', (_what, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('leaves plain text, parentheses, dots, dashes and non-ASCII alone', () => {
    expect(escapeMarkdown('src/über-file (1).ts: ok! "quoted" {x} + 1 = 2')).toBe('src/über-file (1).ts: ok! "quoted" {x} + 1 = 2');
  });

  it('escapes every occurrence', () => {
    expect(escapeMarkdown('|||')).toBe('&#124;&#124;&#124;');
  });

  it('returns an empty string for an empty string', () => {
    expect(escapeMarkdown('')).toBe('');
  });
});

describe('inlineCode', () => {
  it('wraps text in a code element', () => {
    expect(inlineCode('a > b')).toBe('<code>a &#62; b</code>');
  });

  it('escapes backticks and pipes inside', () => {
    expect(inlineCode('`x` | y')).toBe('<code>&#96;x&#96; &#124; y</code>');
  });

  it('cannot be closed early by the text', () => {
    expect(inlineCode('</code><b>x')).toBe('<code>&#60;/code&#62;&#60;b&#62;x</code>');
  });

  it('keeps it on one line', () => {
    expect(inlineCode('a\nb')).toBe('<code>a b</code>');
  });
});

describe('truncate', () => {
  it('keeps text shorter than the limit', () => {
    expect(truncate('abc', 5)).toBe('abc');
  });

  it('keeps text exactly at the limit', () => {
    expect(truncate('abcde', 5)).toBe('abcde');
  });

  it('cuts text one over the limit to the limit, marking the cut', () => {
    expect(truncate('abcdef', 5)).toBe('abcd…');
  });

  it('cuts long text to exactly max characters', () => {
    const cut = truncate('x'.repeat(500), 120);
    expect(cut).toBe(`${'x'.repeat(119)}…`);
    expect([...cut]).toHaveLength(120);
  });

  it('counts characters, not UTF-16 units, and never splits a surrogate pair', () => {
    expect(truncate('😀😀😀', 3)).toBe('😀😀😀');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('tableRow', () => {
  it('joins cells with pipes', () => {
    expect(tableRow(['a', 'b', 'c'])).toBe('| a | b | c |');
  });

  it('makes a one-cell row', () => {
    expect(tableRow(['only'])).toBe('| only |');
  });
});

describe('codeBlock', () => {
  it('fences plain lines with three backticks and the language', () => {
    expect(codeBlock('diff', ['- a', '+ b'])).toEqual(['```diff', '- a', '+ b', '```']);
  });

  it('fences an empty block, and a block without a language', () => {
    expect(codeBlock('diff', [])).toEqual(['```diff', '```']);
    expect(codeBlock('', ['x'])).toEqual(['```', 'x', '```']);
  });

  it('keeps three backticks when the longest run inside is one or two', () => {
    expect(codeBlock('ts', ['const s = `x`;', 'a `` b'])).toEqual(['```ts', 'const s = `x`;', 'a `` b', '```']);
  });

  it('makes the fence one longer than a ``` run inside', () => {
    expect(codeBlock('diff', ['- ```', '+ x'])).toEqual(['````diff', '- ```', '+ x', '````']);
  });

  it('makes the fence one longer than the longest run, wherever it is', () => {
    expect(codeBlock('diff', ['a ``` b', 'c', '````', 'd ``'])).toEqual(['`````diff', 'a ``` b', 'c', '````', 'd ``', '`````']);
    expect(codeBlock('md', ['`'.repeat(9)])).toEqual([`${'`'.repeat(10)}md`, '`'.repeat(9), '`'.repeat(10)]);
  });

  it('counts each run on its own, not all the backticks of a line', () => {
    expect(codeBlock('x', ['`` `` `` ``'])).toEqual(['```x', '`` `` `` ``', '```']);
  });

  it('leaves the content as it is: a code block shows it literally', () => {
    const lines = ['<img src=x onerror=alert(1)>', '@octocat | #1 *x* &amp;'];
    expect(codeBlock('diff', lines)).toEqual(['```diff', ...lines, '```']);
  });
});

describe('encodePath', () => {
  it('leaves a plain path and its slashes alone', () => {
    expect(encodePath('src/core/a-b_c.d.ts')).toBe('src/core/a-b_c.d.ts');
  });

  it.each([
    ['a space', 'my app/a b.ts', 'my%20app/a%20b.ts'],
    ['a hash', 'src/#1.ts', 'src/%231.ts'],
    ['a question mark', 'src/why?.ts', 'src/why%3F.ts'],
    ['parentheses', 'src/(group)/page.ts', 'src/%28group%29/page.ts'],
    ['an apostrophe', "src/it's.ts", 'src/it%27s.ts'],
    ['an exclamation mark', 'src/hey!.ts', 'src/hey%21.ts'],
    ['an asterisk', 'src/*.ts', 'src/%2A.ts'],
    ['non-ASCII', 'src/über/😀.ts', 'src/%C3%BCber/%F0%9F%98%80.ts'],
    ['a percent sign', 'src/100%.ts', 'src/100%25.ts'],
    ['brackets and a backslash', 'src/[id]\\x.ts', 'src/%5Bid%5D%5Cx.ts'],
    ['markup', 'src/<img>.ts', 'src/%3Cimg%3E.ts'],
  ])('escapes %s', (_what, path, encoded) => {
    expect(encodePath(path)).toBe(encoded);
  });

  it('escapes every parenthesis, apostrophe, exclamation mark and asterisk, not only the first', () => {
    expect(encodePath("(a)(b)/''!!**")).toBe('%28a%29%28b%29/%27%27%21%21%2A%2A');
  });

  it('keeps empty segments', () => {
    expect(encodePath('/a//b/')).toBe('/a//b/');
  });
});

describe('link', () => {
  it('makes a markdown link of escaped text and the URL as given', () => {
    expect(link('src/a.ts:3', 'https://github.com/o/r/blob/abc/src/a.ts#L3')).toBe(
      '[src/a.ts:3](https://github.com/o/r/blob/abc/src/a.ts#L3)',
    );
  });

  it('escapes text that would end the link text, or hold markup, mentions or code', () => {
    expect(link('a](x) [b <img> @octocat `c` | d', 'https://x.test/')).toBe(
      '[a&#93;(x) &#91;b &#60;img&#62; &#64;octocat &#96;c&#96; &#124; d](https://x.test/)',
    );
  });

  it('keeps the text on one line', () => {
    expect(link('a\nb', 'https://x.test/')).toBe('[a b](https://x.test/)');
  });
});
