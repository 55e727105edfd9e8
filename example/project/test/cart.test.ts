import { describe, expect, it } from 'vitest';
import { itemCount, subtotal } from '../src/cart.js';

describe('subtotal', () => {
  it('adds price times quantity of every item', () => {
    expect(subtotal([{ price: 3, quantity: 2 }, { price: 5, quantity: 1 }])).toBe(11);
  });
  it('is zero for an empty cart', () => {
    expect(subtotal([])).toBe(0);
  });
});

describe('itemCount', () => {
  it('counts units, ignoring non-positive quantities', () => {
    expect(itemCount([{ price: 1, quantity: 2 }, { price: 1, quantity: 0 }, { price: 1, quantity: -1 }])).toBe(2);
  });
});
