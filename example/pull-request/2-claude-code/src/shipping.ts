/** Orders at or above this subtotal ship for free. */
export const FREE_SHIPPING_FROM = 50;

export function shippingCost(subtotal: number, country: string): number {
  if (subtotal >= FREE_SHIPPING_FROM) {
    return 0;
  }
  if (country === 'US') {
    return 5;
  }
  return 15;
}
