export interface LineItem {
  readonly price: number;
  readonly quantity: number;
}

export function subtotal(items: readonly LineItem[]): number {
  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);
}

export function itemCount(items: readonly LineItem[]): number {
  let count = 0;
  for (const item of items) {
    if (item.quantity > 0) count += item.quantity;
  }
  return count;
}

export function total(items: readonly LineItem[], shipping: (subtotal: number) => number): number {
  const amount = subtotal(items);
  return amount + shipping(amount);
}
