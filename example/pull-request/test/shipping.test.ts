import { describe, expect, it } from 'vitest';
import { total } from '../src/cart.js';
import { shippingCost } from '../src/shipping.js';

// Tests in the style that slips through review: they run the new code, and check almost nothing.
describe('shippingCost', () => {
  it('returns a cost', () => {
    expect(shippingCost(20, 'US')).toBeGreaterThan(0);
    expect(typeof shippingCost(80, 'FR')).toBe('number');
  });
});

describe('total', () => {
  it('adds shipping to the subtotal', () => {
    expect(total([{ price: 10, quantity: 2 }], () => 5)).toBe(25);
  });
});
