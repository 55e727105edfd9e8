import { describe, expect, it } from 'vitest';
import { shippingCost } from '../src/shipping.js';

// Tests in the style that slips through review: they run the new code, and check almost nothing.
describe('shippingCost', () => {
  it('returns a cost', () => {
    expect(shippingCost(20, 'US')).toBeGreaterThan(0);
    expect(typeof shippingCost(80, 'FR')).toBe('number');
  });

  it('handles free shipping', () => {
    expect(shippingCost(80, 'FR')).toBeDefined();
  });
});
