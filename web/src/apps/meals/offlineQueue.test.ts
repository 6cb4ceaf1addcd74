/// <reference types="node" />
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearFailed, enqueue, flush, useOfflineQueue } from './offlineQueue';

interface Received {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A local HTTP server in the meals API's place: it records what the queue sends and answers each request with the
 * next scripted reply (status + problem), or drops the connection to act as a network failure.
 */
let server: Server;
let received: Received[] = [];
let replies: Array<{ status: number; body?: Record<string, unknown> } | 'drop'> = [];
const browserFetch = globalThis.fetch;

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const text = await readBody(request);
    received.push({
      method: request.method!,
      path: request.url!,
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
      body: text ? JSON.parse(text) : {},
    });
    const reply = replies.shift() ?? { status: 201, body: { id: `created-${received.length}` } };
    if (reply === 'drop') {
      request.socket.destroy();
      return;
    }
    const problem = reply.status >= 400;
    response.writeHead(reply.status, { 'Content-Type': problem ? 'application/problem+json' : 'application/json' });
    response.end(JSON.stringify(reply.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The page's origin: relative API paths resolve against it, as in a browser.
  globalThis.fetch = (input, init) => browserFetch(new URL(String(input), origin), init);
  document.cookie = 'XSRF-TOKEN=test-token';
});

afterAll(async () => {
  globalThis.fetch = browserFetch;
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  localStorage.clear();
  clearFailed();
  received = [];
  replies = [];
});

const expense = (label: string, amountMinor: number, restaurantId: string | null = 'r1', newRestaurantName?: string) =>
  enqueue({ label, body: { restaurantId, amountMinor, currency: 'USD', localDate: '2026-12-06' }, newRestaurantName });

const waiting = () => JSON.parse(localStorage.getItem('meals.offline-queue') ?? '[]') as { label: string; key: string }[];
const failed = () => JSON.parse(localStorage.getItem('meals.offline-failed') ?? '[]') as string[];

describe('meals offline queue', () => {
  it('sends queued expenses in order, each with its own idempotency key, and empties the queue', async () => {
    expense('Lunch', 1200);
    expense('Dinner', 3400);
    const keys = waiting().map((q) => q.key);

    expect(await flush()).toBe(2);

    expect(received.map((r) => [r.method, r.path, r.body.amountMinor])).toEqual([
      ['POST', '/api/meals/expenses', 1200],
      ['POST', '/api/meals/expenses', 3400],
    ]);
    expect(received.map((r) => r.idempotencyKey)).toEqual(keys);
    expect(new Set(keys).size).toBe(2);
    expect(waiting()).toEqual([]);
  });

  it('stops at a network failure or a server error and keeps that expense and the rest, in order, for the next try', async () => {
    expense('Lunch', 1200);
    expense('Dinner', 3400);
    expense('Snack', 500);
    replies = [{ status: 201, body: { id: 'e1' } }, 'drop'];

    expect(await flush()).toBe(1);
    expect(waiting().map((q) => q.label)).toEqual(['Dinner', 'Snack']);

    replies = [{ status: 503, body: { title: 'Unavailable', status: 503 } }];
    expect(await flush()).toBe(0);
    expect(waiting().map((q) => q.label)).toEqual(['Dinner', 'Snack']);

    const dinnerKey = waiting()[0].key;
    expect(await flush()).toBe(2);
    // The resend after the dropped answer carries the same key, so the server cannot create it twice.
    expect(received.filter((r) => r.body.amountMinor === 3400).map((r) => r.idempotencyKey)).toEqual([dinnerKey, dinnerKey, dinnerKey]);
    expect(waiting()).toEqual([]);
  });

  it('sets aside an expense the server refuses, with the reason, and goes on with the next', async () => {
    expense('Lunch', 1200);
    expense('Dinner', 3400);
    replies = [{ status: 422, body: { title: 'Validation failed', status: 422, code: 'VALIDATION_FAILED', detail: 'The amount is too large.' } }];

    expect(await flush()).toBe(1);

    expect(failed()).toHaveLength(1);
    expect(failed()[0]).toMatch(/^Lunch: /);
    expect(waiting()).toEqual([]);
    clearFailed();
    expect(failed()).toEqual([]);
  });

  it('creates a restaurant typed while offline first, or uses the one that already exists under that name', async () => {
    expense('At Noodle Bar', 900, null, 'Noodle Bar');
    expense('At Little Kitchen', 1900, null, 'Little Kitchen');
    replies = [
      { status: 201, body: { id: 'new-noodle' } },
      { status: 201, body: { id: 'e1' } },
      { status: 409, body: { title: 'Conflict', status: 409, code: 'RESTAURANT_DUPLICATE', existingId: 'old-kitchen' } },
      { status: 201, body: { id: 'e2' } },
    ];

    expect(await flush()).toBe(2);

    expect(received.map((r) => [r.path, r.body.name ?? r.body.restaurantId])).toEqual([
      ['/api/meals/restaurants', 'Noodle Bar'],
      ['/api/meals/expenses', 'new-noodle'],
      ['/api/meals/restaurants', 'Little Kitchen'],
      ['/api/meals/expenses', 'old-kitchen'],
    ]);
  });

  it('as React state: shows what waits, sends it on mount and when the browser comes back online, then refreshes the meals queries', async () => {
    const client = new QueryClient();
    const refreshed = vi.spyOn(client, 'invalidateQueries');
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    expense('Lunch', 1200);
    replies = ['drop'];

    const { result, unmount } = renderHook(() => useOfflineQueue(), { wrapper });

    expect(result.current.waiting.map((q) => q.label)).toEqual(['Lunch']);
    await waitFor(() => expect(received).toHaveLength(1));
    expect(result.current.waiting.map((q) => q.label)).toEqual(['Lunch']);
    expect(refreshed).not.toHaveBeenCalled();

    act(() => expense('Dinner', 3400));
    expect(result.current.waiting.map((q) => q.label)).toEqual(['Lunch', 'Dinner']);

    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(result.current.waiting).toEqual([]));
    expect(received.filter((r) => r.path === '/api/meals/expenses').map((r) => r.body.amountMinor)).toEqual([1200, 1200, 3400]);
    expect(refreshed).toHaveBeenCalledWith({ queryKey: ['meals'] });
    unmount();
  });
});
