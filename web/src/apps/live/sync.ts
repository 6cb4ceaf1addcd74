import { useEffect, useRef, useState } from 'react';
import { api, isApiError } from '../../shared/api';
import type { SyncMessage } from './types';

/** One entity of synced state, keyed by `${kind}/${id}`. */
export type Entities = Record<string, unknown>;

/** How the client currently receives versions (S12): a stream, a held long-poll, or plain polling. */
export type Transport = 'sse' | 'longpoll' | 'poll';

export interface SyncState {
  version: number;
  entities: Entities;
  serverOffsetMs: number;
  reconnecting: boolean;
  removed: boolean;
  transport: Transport;
}

const empty: SyncState = { version: 0, entities: {}, serverOffsetMs: 0, reconnecting: false, removed: false, transport: 'sse' };

const fallbackAfter: Record<Transport, Transport> = { sse: 'longpoll', longpoll: 'poll', poll: 'poll' };

/** A degraded client tries the preferred transport again after this long (a proxy may have been fixed, load dropped). */
const upgradeAfterMs = 5 * 60_000;

/**
 * The version-cursor client of spec §4.5 (S12–S14). It prefers Server-Sent Events on `…/stream` (resuming from the held
 * version), falls back to long-poll (`wait=25`) and then to plain polling after 2 failed attempts of a transport within
 * a minute, and retries SSE after 5 minutes. Every transport applies a message only when its version is higher (or
 * full); polls send `since` and `If-None-Match` and wait pollAfterMs × 1.0–1.5 (10 s in a hidden tab); errors back off
 * 1–30 s with full jitter. The last state is cached in sessionStorage so a reload renders at once and resumes from it.
 */
export function useLiveSync(path: string | null, cacheKey: string): SyncState {
  const [state, setState] = useState<SyncState>(() => {
    const cached = sessionStorage.getItem(cacheKey);
    // A browser without EventSource starts on long-poll, and says so from the first render.
    const initial: SyncState = { ...empty, transport: firstTransport() };
    return cached ? { ...initial, ...(JSON.parse(cached) as Pick<SyncState, 'version' | 'entities'>) } : initial;
  });
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    if (!path) return undefined;
    const streamPath = path.replace(/\/sync$/, '/stream');
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | undefined;
    let failures = 0;
    let transport: Transport = firstTransport();
    let transportFailures: number[] = [];
    let degradedAt = 0;

    const schedule = (ms: number, next: () => void) => {
      if (!stopped) timer = setTimeout(next, ms);
    };
    const run = () => (transport === 'sse' ? openStream() : void poll());
    const setTransport = (next: Transport) => {
      transport = next;
      setState((s) => (s.transport === next ? s : { ...s, transport: next }));
    };

    function apply(message: SyncMessage) {
      failures = 0;
      const held = current.current;
      if (message.full || message.version > held.version) {
        const entities: Entities = message.full ? {} : { ...held.entities };
        for (const change of message.changes) entities[`${change.kind}/${change.id}`] = change.data;
        for (const gone of message.removed) delete entities[`${gone.kind}/${gone.id}`];
        sessionStorage.setItem(cacheKey, JSON.stringify({ version: message.version, entities }));
        current.current = {
          ...held,
          version: message.version,
          entities,
          serverOffsetMs: Date.parse(message.serverTime) - Date.now(),
          reconnecting: false,
          removed: false,
        };
        setState(current.current);
      } else if (held.reconnecting) {
        setState((s) => ({ ...s, reconnecting: false }));
      }
    }

    /** Counts a failed attempt; after 2 in a minute the next transport takes over. Returns the backoff to wait. */
    function failed(retryAfterSeconds?: number): number {
      failures += 1;
      if (failures >= 2) setState((s) => ({ ...s, reconnecting: true }));
      const now = Date.now();
      transportFailures = [...transportFailures.filter((t) => now - t < 60_000), now];
      if (transportFailures.length >= 2 && transport !== 'poll') {
        transportFailures = [];
        degradedAt = now;
        setTransport(fallbackAfter[transport]);
        return 0;
      }
      const cap = Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5));
      return retryAfterSeconds ? retryAfterSeconds * 1000 : Math.random() * cap + 250;
    }

    function openStream() {
      let received = false;
      const es = new EventSource(`${streamPath}?since=${current.current.version}`, { withCredentials: true });
      source = es;
      es.addEventListener('sync', (e) => {
        received = true;
        transportFailures = [];
        apply(JSON.parse((e as MessageEvent<string>).data) as SyncMessage);
      });
      es.addEventListener('removed', () => {
        es.close();
        setState((s) => ({ ...s, removed: true }));
      });
      es.addEventListener('reconnect', (e) => {
        es.close();
        const { delayMs } = JSON.parse((e as MessageEvent<string>).data) as { delayMs: number };
        schedule(delayMs, run);
      });
      // The browser's own retry would reuse the first URL; reopening resumes from the version held now.
      es.onerror = () => {
        es.close();
        schedule(received ? Math.random() * 1000 : failed(), run);
      };
    }

    async function poll() {
      if (transport !== 'sse' && degradedAt > 0 && Date.now() - degradedAt > upgradeAfterMs && typeof EventSource !== 'undefined') {
        degradedAt = 0;
        setTransport('sse');
        run();
        return;
      }
      const held = current.current;
      const long = transport === 'longpoll';
      const started = Date.now();
      try {
        const response = await fetch(`${path}?since=${held.version}${long ? '&wait=25' : ''}`, {
          credentials: 'same-origin',
          headers: held.version > 0 ? { 'If-None-Match': `"v${held.version}"` } : {},
        });
        if (response.status === 403) {
          setState((s) => ({ ...s, removed: true }));
          return;
        }
        if (response.status === 429 || response.status === 503) {
          const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
          schedule(failed(retryAfter), run);
          return;
        }
        let pollAfterMs = 2000;
        if (response.status === 304) {
          failures = 0;
          if (held.reconnecting) setState((s) => ({ ...s, reconnecting: false }));
        } else if (response.ok) {
          const message = (await response.json()) as SyncMessage;
          pollAfterMs = message.pollAfterMs;
          apply(message);
        } else {
          throw new Error(`sync ${response.status}`);
        }
        transportFailures = [];
        // A long-poll asks again at once (spaced ≥ 1 s to stay inside the sync bucket); a poll waits its interval.
        const wait = long ? Math.max(0, 1000 - (Date.now() - started)) : document.hidden ? 10_000 : pollAfterMs * (1 + Math.random() * 0.5);
        schedule(wait, run);
      } catch {
        schedule(failed(), run);
      }
    }

    run();
    return () => {
      stopped = true;
      source?.close();
      if (timer) clearTimeout(timer);
    };
  }, [path, cacheKey]);

  return state;
}

const firstTransport = (): Transport => (typeof EventSource === 'undefined' ? 'longpoll' : 'sse');

export function entitiesOf<T>(entities: Entities, kind: string): T[] {
  return Object.entries(entities)
    .filter(([key]) => key.startsWith(`${kind}/`))
    .map(([, value]) => value as T);
}

export function entity<T>(entities: Entities, kind: string, id: string | null | undefined): T | undefined {
  return id ? (entities[`${kind}/${id}`] as T | undefined) : undefined;
}

export function newRequestId(): string {
  return crypto.randomUUID();
}

/**
 * A participant write that survives a network drop (S13): the body carries one `requestId` for every attempt, so a
 * write that reached the server before the connection broke is not counted twice; network errors, 5xx and 429 are
 * retried with backoff (honouring Retry-After) for up to 60 s, any other answer is final.
 */
export async function postOnce<T = void>(path: string, body: object, onRetrying?: (retrying: boolean) => void): Promise<T> {
  const withId = { ...body, requestId: newRequestId() };
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await api.post<T>(path, withId);
      onRetrying?.(false);
      return result;
    } catch (e) {
      const retriable = isApiError(e) && (e.status === 0 || e.status === 429 || e.status >= 500);
      if (!retriable || Date.now() - started > 60_000) {
        onRetrying?.(false);
        throw e;
      }
      onRetrying?.(true);
      const backoff = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5)) * Math.random() + 250;
      await new Promise((r) => setTimeout(r, e.retryAfterSeconds ? e.retryAfterSeconds * 1000 : backoff));
    }
  }
}

export function displayCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}
