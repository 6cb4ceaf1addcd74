import { useSyncExternalStore } from 'react';
import { useMe } from '../../shared/auth';
import { newIdempotencyKey } from './api';

/** The most of one product a line may hold (the server's default `MaxQuantity`). */
export const MAX_LINE_QUANTITY = 10;
/** The most products one checkout may hold (the server's `CheckoutCart.MaxLines`). */
export const MAX_LINES = 20;

export interface CartLine {
  productId: string;
  name: string;
  unitCost: number;
  quantity: number;
  imageUrl: string | null;
  /** The most this line may hold: the stock when it was added, and never more than MAX_LINE_QUANTITY. */
  maxQuantity: number;
}

export interface CartState {
  lines: CartLine[];
  /**
   * The Idempotency-Key of the next checkout. It changes whenever the cart does, so a retried checkout of the same
   * cart can never place it twice, and a changed cart is never mistaken for the one already placed.
   */
  checkoutKey: string;
}

export interface CartProduct {
  id: string;
  name: string;
  pointsCost: number;
  stock: number;
  imageUrl: string | null;
}

export type CartAction =
  | { type: 'add'; product: CartProduct; quantity: number }
  | { type: 'setQuantity'; productId: string; quantity: number }
  | { type: 'remove'; productId: string }
  | { type: 'reprice'; productId: string; unitCost: number }
  | { type: 'clear' };

const clamp = (value: number, max: number) => Math.max(1, Math.min(max, Math.floor(value)));

/** The next cart after an action; `newKey` makes the next checkout key when the lines change. */
export function reduceCart(state: CartState, action: CartAction, newKey: () => string): CartState {
  const lines = nextLines(state.lines, action);
  return lines === state.lines ? state : { lines, checkoutKey: newKey() };
}

function nextLines(lines: CartLine[], action: CartAction): CartLine[] {
  switch (action.type) {
    case 'add': {
      const { product } = action;
      const maxQuantity = Math.min(MAX_LINE_QUANTITY, product.stock);
      if (maxQuantity < 1) return lines;
      const existing = lines.find((l) => l.productId === product.id);
      if (existing) {
        const quantity = clamp(existing.quantity + action.quantity, maxQuantity);
        return lines.map((l) =>
          l.productId === product.id ? { ...l, quantity, maxQuantity, unitCost: product.pointsCost, name: product.name } : l);
      }
      if (lines.length >= MAX_LINES) return lines;
      return [...lines, {
        productId: product.id,
        name: product.name,
        unitCost: product.pointsCost,
        quantity: clamp(action.quantity, maxQuantity),
        imageUrl: product.imageUrl,
        maxQuantity,
      }];
    }
    case 'setQuantity': {
      const line = lines.find((l) => l.productId === action.productId);
      if (!line || !Number.isFinite(action.quantity)) return lines;
      if (action.quantity < 1) return lines.filter((l) => l.productId !== action.productId);
      const quantity = clamp(action.quantity, line.maxQuantity);
      return quantity === line.quantity ? lines : lines.map((l) => (l === line ? { ...l, quantity } : l));
    }
    case 'remove':
      return lines.some((l) => l.productId === action.productId) ? lines.filter((l) => l.productId !== action.productId) : lines;
    case 'reprice':
      return lines.some((l) => l.productId === action.productId && l.unitCost !== action.unitCost)
        ? lines.map((l) => (l.productId === action.productId ? { ...l, unitCost: action.unitCost } : l))
        : lines;
    case 'clear':
      return lines.length === 0 ? lines : [];
  }
}

export interface CartSummary {
  units: number;
  total: number;
  /** The balance left after checkout; negative when the cart costs more than the balance. */
  after: number | null;
  enoughPoints: boolean;
}

export function summarise(lines: CartLine[], balance: number | undefined): CartSummary {
  const total = lines.reduce((sum, l) => sum + l.unitCost * l.quantity, 0);
  const units = lines.reduce((sum, l) => sum + l.quantity, 0);
  const after = balance === undefined ? null : balance - total;
  return { units, total, after, enoughPoints: after === null || after >= 0 };
}

/** The body of `POST /api/shop/cart/checkout`: each line carries the price the employee saw. */
export const checkoutRequest = (lines: CartLine[]) => ({
  lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity, expectedUnitCost: l.unitCost })),
});

export interface CartStore {
  getSnapshot: () => CartState;
  subscribe: (listener: () => void) => () => void;
  dispatch: (action: CartAction) => void;
}

/** A cart kept in `storage` under `storageKey`, so it survives reloads and is shared by the tabs of one browser. */
export function createCartStore(storage: Storage | undefined, storageKey: string, newKey: () => string): CartStore {
  let state = read(storage, storageKey) ?? { lines: [], checkoutKey: newKey() };
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch: (action) => {
      const next = reduceCart(state, action, newKey);
      if (next === state) return;
      state = next;
      storage?.setItem(storageKey, JSON.stringify(state));
      listeners.forEach((listener) => listener());
    },
  };
}

function read(storage: Storage | undefined, key: string): CartState | null {
  try {
    const parsed = JSON.parse(storage?.getItem(key) ?? 'null') as CartState | null;
    return parsed && Array.isArray(parsed.lines) && typeof parsed.checkoutKey === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

const stores = new Map<string, CartStore>();

/** The signed-in employee's cart (one per account, so people sharing a browser never see each other's cart). */
export function cartStoreFor(userId: string): CartStore {
  let store = stores.get(userId);
  if (!store) {
    store = createCartStore(globalThis.localStorage, `quartet.shop.cart.${userId}`, newIdempotencyKey);
    stores.set(userId, store);
  }
  return store;
}

/** The signed-in employee's cart and the way to change it. */
export function useCart(): CartState & { dispatch: CartStore['dispatch'] } {
  const me = useMe();
  const store = cartStoreFor(me.data?.id ?? 'signed-out');
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...state, dispatch: store.dispatch };
}
