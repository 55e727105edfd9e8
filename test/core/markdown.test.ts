import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode, tableRow, truncate } from '../../src/core/markdown.js';

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
    expect(escapeMarkdown('src/über-file (1).ts: ok! "quoted" {x} + 1 = 2')).toBe(
      'src/über-file (1).ts: ok! "quoted" {x} + 1 = 2',
    );
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
