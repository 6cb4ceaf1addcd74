import { describe, expect, it } from 'vitest';
import { checkoutRequest, createCartStore, MAX_LINE_QUANTITY, MAX_LINES, reduceCart, summarise, type CartProduct, type CartState } from './cart';

const keys = () => {
  let n = 0;
  return () => `key${++n}`;
};

const product = (id: string, pointsCost = 10, stock = 100): CartProduct => ({ id, name: `Product ${id}`, pointsCost, stock, imageUrl: null });
const empty: CartState = { lines: [], checkoutKey: 'key0' };

describe('cart', () => {
  it('adds a product once and raises its quantity when added again, within the stock and the per-line limit', () => {
    const key = keys();
    let cart = reduceCart(empty, { type: 'add', product: product('a', 10, 4), quantity: 3 }, key);
    cart = reduceCart(cart, { type: 'add', product: product('a', 10, 4), quantity: 3 }, key);
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0].quantity).toBe(4);

    cart = reduceCart(cart, { type: 'add', product: product('b', 5, 500), quantity: 50 }, key);
    expect(cart.lines[1].quantity).toBe(MAX_LINE_QUANTITY);
  });

  it('does not add a sold-out product or more lines than one checkout takes', () => {
    const key = keys();
    expect(reduceCart(empty, { type: 'add', product: product('a', 10, 0), quantity: 1 }, key)).toBe(empty);
    let cart = empty;
    for (let i = 0; i < MAX_LINES + 3; i++) cart = reduceCart(cart, { type: 'add', product: product(`p${i}`), quantity: 1 }, key);
    expect(cart.lines).toHaveLength(MAX_LINES);
  });

  it('changes the checkout key whenever the lines change and keeps it when nothing changes', () => {
    const key = keys();
    const one = reduceCart(empty, { type: 'add', product: product('a'), quantity: 1 }, key);
    const same = reduceCart(one, { type: 'setQuantity', productId: 'a', quantity: 1 }, key);
    const two = reduceCart(one, { type: 'setQuantity', productId: 'a', quantity: 2 }, key);
    expect(one.checkoutKey).not.toBe(empty.checkoutKey);
    expect(same).toBe(one);
    expect(two.checkoutKey).not.toBe(one.checkoutKey);
  });

  it('removes a line set to zero, clamps other quantities and ignores unknown products', () => {
    const key = keys();
    let cart = reduceCart(empty, { type: 'add', product: product('a', 10, 6), quantity: 2 }, key);
    cart = reduceCart(cart, { type: 'add', product: product('b'), quantity: 1 }, key);
    cart = reduceCart(cart, { type: 'setQuantity', productId: 'a', quantity: 99 }, key);
    expect(cart.lines[0].quantity).toBe(6);
    expect(reduceCart(cart, { type: 'setQuantity', productId: 'zzz', quantity: 3 }, key)).toBe(cart);
    cart = reduceCart(cart, { type: 'setQuantity', productId: 'a', quantity: 0 }, key);
    expect(cart.lines.map((l) => l.productId)).toEqual(['b']);
  });

  it('totals the cart against the balance and reprices a line whose price changed', () => {
    const key = keys();
    let cart = reduceCart(empty, { type: 'add', product: product('a', 30), quantity: 2 }, key);
    cart = reduceCart(cart, { type: 'add', product: product('b', 15), quantity: 3 }, key);
    expect(summarise(cart.lines, 200)).toEqual({ units: 5, total: 105, after: 95, enoughPoints: true });
    cart = reduceCart(cart, { type: 'reprice', productId: 'a', unitCost: 80 }, key);
    expect(summarise(cart.lines, 200)).toEqual({ units: 5, total: 205, after: -5, enoughPoints: false });
    expect(summarise(cart.lines, undefined).after).toBeNull();
  });

  it('sends each line with the price the employee saw', () => {
    const cart = reduceCart(empty, { type: 'add', product: product('a', 30), quantity: 2 }, keys());
    expect(checkoutRequest(cart.lines)).toEqual({ lines: [{ productId: 'a', quantity: 2, expectedUnitCost: 30 }] });
  });

  it('keeps the cart in storage, tells subscribers, and starts empty from unreadable storage', () => {
    const storage = new Map<string, string>();
    const fake = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    } as Storage;
    const store = createCartStore(fake, 'cart', keys());
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    store.dispatch({ type: 'add', product: product('a'), quantity: 2 });
    store.dispatch({ type: 'remove', productId: 'missing' });
    unsubscribe();
    store.dispatch({ type: 'add', product: product('b'), quantity: 1 });
    expect(notified).toBe(1);

    const reloaded = createCartStore(fake, 'cart', keys());
    expect(reloaded.getSnapshot()).toEqual(store.getSnapshot());

    storage.set('broken', '{not json');
    expect(createCartStore(fake, 'broken', () => 'fresh').getSnapshot()).toEqual({ lines: [], checkoutKey: 'fresh' });
  });
});
