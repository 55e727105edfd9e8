import type { GitRepo } from '../../scripts/lib/git-repo.js';
import { createPricingRepo } from './pricing-repo.js';

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

/** A second file the change adds: shipping by weight, with a test that pins its boundary. */
export const SHIPPING = 'export function shipping(weight: number): number {\n  return weight > 20 ? 15 : 4;\n}\n';
export const SHIPPING_TEST =
  "import { expect, it } from 'vitest';\nimport { shipping } from '../src/shipping.js';\n\nit('charges by weight', () => {\n  expect(shipping(21)).toBe(15);\n  expect(shipping(20)).toBe(4);\n});\n";

/**
 * The pricing fixture with a pull request that adds the discount (its weak test) and shipping, in one
 * commit; `shipping` replaces the shipping files, `more` adds files.
 */
export async function discountsAndShipping(
  shipping: { readonly code: string; readonly test: string } = { code: SHIPPING, test: SHIPPING_TEST },
  more: Readonly<Record<string, string>> = {},
): Promise<{ repo: GitRepo; baseSha: string }> {
  const created = await createPricingRepo();
  await created.repo.write({
    'src/discount.ts': DISCOUNT,
    'test/discount.test.ts': WEAK_DISCOUNT_TEST,
    'src/shipping.ts': shipping.code,
    'test/shipping.test.ts': shipping.test,
    ...more,
  });
  created.repo.commit('Discounts and shipping');
  return created;
}
