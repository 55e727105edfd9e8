import { describe, expect, it } from 'vitest';
import { total } from '../src/cart.js';

describe('total', () => {
  it('adds shipping for the subtotal to the subtotal', () => {
    const shipping = (subtotal: number): number => (subtotal === 20 ? 5 : 100);
    expect(total([{ price: 10, quantity: 2 }], shipping)).toBe(25);
  });
});
