import { describe, expect, it } from 'vitest';
import { commentMarker } from '../../../src/core/render/comment-marker.js';

describe('commentMarker', () => {
  it('names the gate and the working directory in a hidden HTML comment', () => {
    expect(commentMarker('.')).toBe('<!-- mutation-gate working-directory=. -->');
    expect(commentMarker('packages/app')).toBe('<!-- mutation-gate working-directory=packages%2Fapp -->');
  });

  it('encodes a working directory that would end the comment early, or hold spaces', () => {
    expect(commentMarker('my app --> <b>x</b>')).toBe('<!-- mutation-gate working-directory=my%20app%20--%3E%20%3Cb%3Ex%3C%2Fb%3E -->');
    expect(commentMarker('a--!>b')).toBe('<!-- mutation-gate working-directory=a--!%3Eb -->');
  });

  it.each(['-->', 'x -->', '--!>', 'dir\n-->\n<!--', 'ü €'])(
    'ends only at its own end, whatever the working directory (%j)',
    (directory) => {
      const prefix = '<!-- mutation-gate working-directory=';
      const marker = commentMarker(directory);
      expect(marker.startsWith(prefix)).toBe(true);
      expect(marker.endsWith(' -->')).toBe(true);
      expect(marker.indexOf('-->')).toBe(marker.length - 3);
      // The value between holds no space, line break or angle bracket, and decodes to the directory.
      const value = marker.slice(prefix.length, -' -->'.length);
      expect(value).toMatch(/^[^\s<>]+$/);
      expect(decodeURIComponent(value)).toBe(directory);
    },
  );

  it('gives different working directories different markers', () => {
    const directories = ['.', './', 'a b', 'a%20b', 'a/b', 'a%2Fb', 'A/b', ''];
    expect(new Set(directories.map(commentMarker)).size).toBe(directories.length);
  });
});
