import { describe, expect, it } from 'vitest';
import { filesFoundIn } from '../../../src/core/stryker/files-found.js';

describe('filesFoundIn', () => {
  it("reads the count from Stryker's line", () => {
    expect(filesFoundIn('12:00:01 (4242) INFO ProjectReader Found 2 of 40 file(s) to be mutated.')).toBe(2);
    expect(filesFoundIn('INFO ProjectReader Found 0 of 3 file(s) to be mutated (incremental).')).toBe(0);
    expect(filesFoundIn('INFO ProjectReader Found 12 of 400 file(s) to be mutated.')).toBe(12);
  });

  it('reads nothing from other lines', () => {
    expect(filesFoundIn('INFO 2/2 tested (1 survived, 0 timed out)')).toBeUndefined();
    expect(filesFoundIn('Found some file(s) to be mutated')).toBeUndefined();
  });
});
