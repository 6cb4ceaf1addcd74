import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { api, isApiError } from '../../shared/api';
import { errorMessage } from '../../shared/ui';

/** An expense saved while offline; `key` is its Idempotency-Key, so a resend after a lost answer creates nothing twice. */
export interface QueuedExpense {
  key: string;
  body: Record<string, unknown>;
  /** Set when the restaurant was new and could not be created offline. */
  newRestaurantName?: string;
  label: string;
}

const storageKey = 'meals.offline-queue';
const failedKey = 'meals.offline-failed';
const listeners = new Set<() => void>();
let flushing = false;

function read<T>(key: string): T[] {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '[]') as T[];
  } catch {
    return [];
  }
}

function write(key: string, items: unknown[]) {
  if (items.length === 0) localStorage.removeItem(key);
  else localStorage.setItem(key, JSON.stringify(items));
  cache = null;
  listeners.forEach((l) => l());
}

let cache: { waiting: QueuedExpense[]; failed: string[] } | null = null;

function snapshot() {
  cache ??= { waiting: read<QueuedExpense>(storageKey), failed: read<string>(failedKey) };
  return cache;
}

export function enqueue(item: Omit<QueuedExpense, 'key'>) {
  write(storageKey, [...read<QueuedExpense>(storageKey), { ...item, key: crypto.randomUUID() }]);
}

/** Sends queued expenses in order; stops at the first network failure, sets aside entries the server refuses. */
export async function flush(): Promise<number> {
  if (flushing) return 0;
  flushing = true;
  let sent = 0;
  try {
    for (;;) {
      const [next] = read<QueuedExpense>(storageKey);
      if (!next) break;
      try {
        let restaurantId = next.body.restaurantId as string | null;
        if (!restaurantId && next.newRestaurantName) {
          try {
            restaurantId = (await api.post<{ id: string }>('/api/meals/restaurants', { name: next.newRestaurantName })).id;
          } catch (error) {
            if (isApiError(error) && error.code === 'RESTAURANT_DUPLICATE') restaurantId = String(error.problem.existingId);
            else throw error;
          }
        }
        await api.post('/api/meals/expenses', { ...next.body, restaurantId }, { headers: { 'Idempotency-Key': next.key } });
        sent++;
      } catch (error) {
        if (isApiError(error) && (error.status === 0 || error.status >= 500 || error.status === 401)) break;
        write(failedKey, [...read<string>(failedKey), `${next.label}: ${errorMessage(error)}`]);
      }
      write(storageKey, read<QueuedExpense>(storageKey).filter((q) => q.key !== next.key));
    }
  } finally {
    flushing = false;
  }
  return sent;
}

export function clearFailed() {
  write(failedKey, []);
}

/** The queue as React state; sends it when the browser comes back online (and once on mount). */
export function useOfflineQueue() {
  const client = useQueryClient();
  const state = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot,
  );
  const send = useCallback(async () => {
    if ((await flush()) > 0) void client.invalidateQueries({ queryKey: ['meals'] });
  }, [client]);
  useEffect(() => {
    const online = () => void send();
    window.addEventListener('online', online);
    if (navigator.onLine) void send();
    return () => window.removeEventListener('online', online);
  }, [send]);
  return state;
}
