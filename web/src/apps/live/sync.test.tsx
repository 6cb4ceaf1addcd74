// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { postOnce, useLiveSync } from './sync';

/** A stand-in for the browser's EventSource that the test drives: it delivers events and fails on demand. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly url: string;
  closed = false;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (e: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
  }

  emit(type: string, data: object) {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data: JSON.stringify(data) }));
  }

  fail() {
    this.onerror?.();
  }
}

const message = (version: number, changes: { kind: string; id: string; data: unknown }[], full = false) => ({
  version, full, changes, removed: [], serverTime: new Date().toISOString(), pollAfterMs: 2000,
});

const json = (body: object, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let requests: string[];
let answer: (url: string, init?: RequestInit) => Response;

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
  requests = [];
  answer = () => new Response(null, { status: 304 });
  sessionStorage.clear();
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', vi.fn((url: string, init?: RequestInit) => {
    requests.push(url);
    return Promise.resolve(answer(url, init));
  }));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useLiveSync', () => {
  it('applies newer stream versions, ignores older ones and lets a full message replace everything', () => {
    const { result } = renderHook(() => useLiveSync('/api/live/p/s1/sync', 'cache'));
    const stream = FakeEventSource.opened[0];
    expect(stream.url).toBe('/api/live/p/s1/stream?since=0');
    expect(result.current.transport).toBe('sse');

    act(() => stream.emit('sync', message(3, [{ kind: 'session', id: 's1', data: { title: 'Town hall' } }, { kind: 'activity', id: 'a', data: { n: 1 } }])));
    act(() => stream.emit('sync', message(2, [{ kind: 'session', id: 's1', data: { title: 'stale' } }])));
    expect(result.current.version).toBe(3);
    expect(result.current.entities['session/s1']).toEqual({ title: 'Town hall' });

    act(() => stream.emit('sync', message(5, [{ kind: 'session', id: 's1', data: { title: 'Renamed' } }], true)));
    expect(result.current.entities).toEqual({ 'session/s1': { title: 'Renamed' } });
  });

  it('falls back from the stream to long-poll and then to polling after two failures each within a minute', async () => {
    answer = () => { throw new TypeError('network down'); };
    const { result } = renderHook(() => useLiveSync('/api/live/p/s1/sync', 'cache'));

    act(() => FakeEventSource.opened[0].fail());
    await act(() => vi.advanceTimersByTimeAsync(1_300));
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[0].closed).toBe(true);
    act(() => FakeEventSource.opened[1].fail());
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.transport).toBe('longpoll');
    expect(requests[0]).toBe('/api/live/p/s1/sync?since=0&wait=25');

    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(result.current.transport).toBe('poll');
    expect(result.current.reconnecting).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(requests.at(-1)).toBe('/api/live/p/s1/sync?since=0');
  });

  it('polls with the held version, keeps its state on 304 and reports removal on 403', async () => {
    vi.stubGlobal('EventSource', undefined);
    answer = () => json(message(7, [{ kind: 'session', id: 's1', data: { title: 'Quiz night' } }]));
    const { result } = renderHook(() => useLiveSync('/api/live/p/s1/sync', 'cache'));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.transport).toBe('longpoll');
    expect(result.current.version).toBe(7);

    let sentTag: string | undefined;
    answer = (_, init) => {
      sentTag = (init?.headers as Record<string, string>)['If-None-Match'];
      return new Response(null, { status: 304 });
    };
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(sentTag).toBe('"v7"');
    expect(requests.at(-1)).toBe('/api/live/p/s1/sync?since=7&wait=25');
    expect(result.current.entities['session/s1']).toEqual({ title: 'Quiz night' });

    answer = () => new Response(null, { status: 403 });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current.removed).toBe(true);
  });

  it('renders the cached state of a reload at once and resumes the stream from its version', () => {
    sessionStorage.setItem('cache', JSON.stringify({ version: 12, entities: { 'session/s1': { title: 'Cached' } } }));
    const { result } = renderHook(() => useLiveSync('/api/live/p/s1/sync', 'cache'));
    expect(result.current.entities['session/s1']).toEqual({ title: 'Cached' });
    expect(FakeEventSource.opened[0].url).toBe('/api/live/p/s1/stream?since=12');
  });

  it('retries the stream after a reconnect event, from the version it holds then', async () => {
    renderHook(() => useLiveSync('/api/live/p/s1/sync', 'cache'));
    act(() => FakeEventSource.opened[0].emit('sync', message(4, [])));
    act(() => FakeEventSource.opened[0].emit('reconnect', { delayMs: 500 }));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(FakeEventSource.opened[1].url).toBe('/api/live/p/s1/stream?since=4');
  });
});

describe('postOnce', () => {
  it('retries a write that met a 503 with the same request id, and gives up at once on a 4xx', async () => {
    document.cookie = 'XSRF-TOKEN=test';
    const bodies: string[] = [];
    let calls = 0;
    answer = (url, init) => {
      if (!url.includes('/responses')) return new Response(null, { status: 204 });
      bodies.push(String(init?.body));
      calls += 1;
      return calls === 1 ? json({ code: 'BUSY' }, 503) : new Response(null, { status: 204 });
    };
    const retrying: boolean[] = [];
    const sent = postOnce('/api/live/p/s1/activities/a/responses', { choices: [1] }, (r) => retrying.push(r));
    await act(() => vi.advanceTimersByTimeAsync(40_000));
    await sent;
    expect(bodies).toHaveLength(2);
    expect(JSON.parse(bodies[0]).requestId).toBe(JSON.parse(bodies[1]).requestId);
    expect(retrying).toEqual([true, false]);

    answer = (url) => (url.includes('/responses') ? json({ code: 'ACTIVITY_CLOSED' }, 409) : new Response(null, { status: 204 }));
    await expect(postOnce('/api/live/p/s1/activities/a/responses', { choices: [1] })).rejects.toMatchObject({ code: 'ACTIVITY_CLOSED' });
  });
});
