/** A realistic change to the pricing fixture: a new discount function, with a weak and a strong test. */

export const DISCOUNT = `export function discountRate(total: number, member: boolean): number {
  if (total >= 100) {
    return member ? 0.15 : 0.1;
  }
  return member ? 0.05 : 0;
}
`;

export const WEAK_DISCOUNT_TEST = `import { expect, it } from 'vitest';
import { discountRate } from '../src/discount.js';

it('gives a discount', () => {
  expect(discountRate(150, true)).toBeGreaterThan(0);
});
`;

export const STRONG_DISCOUNT_TEST = `import { expect, it } from 'vitest';
import { discountRate } from '../src/discount.js';

it('gives 10% from 100, 15% for members', () => {
  expect(discountRate(100, false)).toBe(0.1);
  expect(discountRate(100, true)).toBe(0.15);
});

it('gives members 5% below 100, others nothing', () => {
  expect(discountRate(99.99, true)).toBe(0.05);
  expect(discountRate(99.99, false)).toBe(0);
});
`;
