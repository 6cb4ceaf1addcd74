import { useEffect, useRef, useState } from 'react';
import { api, isApiError } from '../../shared/api';

/** One entity of synced state, keyed by `${kind}/${id}`. */
export type Entities = Record<string, unknown>;

export interface SyncState {
  version: number;
  entities: Entities;
  serverOffsetMs: number;
  reconnecting: boolean;
  removed: boolean;
}

interface SyncMessage {
  version: number;
  full: boolean;
  changes: { kind: string; id: string; data: unknown }[];
  removed: { kind: string; id: string }[];
  serverTime: string;
  pollAfterMs: number;
}

const empty: SyncState = { version: 0, entities: {}, serverOffsetMs: 0, reconnecting: false, removed: false };

/**
 * The version-cursor client of spec §4.5 (S12–S14): polls `path?since=N` with `If-None-Match`, applies a response only
 * when its version is higher (or full), waits pollAfterMs × 1.0–1.5 (10 s in a hidden tab), backs off 1–30 s with
 * jitter on errors, and caches the last state in sessionStorage so a reload renders at once.
 */
export function useLiveSync(path: string | null, cacheKey: string, headers?: Record<string, string>): SyncState {
  const [state, setState] = useState<SyncState>(() => {
    const cached = sessionStorage.getItem(cacheKey);
    return cached ? { ...empty, ...(JSON.parse(cached) as Pick<SyncState, 'version' | 'entities'>) } : empty;
  });
  const current = useRef(state);
  current.current = state;
  const headerKey = JSON.stringify(headers ?? {});

  useEffect(() => {
    if (!path) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const extra = JSON.parse(headerKey) as Record<string, string>;

    const schedule = (ms: number) => {
      if (!stopped) timer = setTimeout(tick, ms);
    };

    async function tick() {
      const held = current.current;
      try {
        const response = await fetch(`${path}?since=${held.version}`, {
          credentials: 'same-origin',
          headers: { ...extra, ...(held.version > 0 ? { 'If-None-Match': `"v${held.version}"` } : {}) },
        });
        if (response.status === 403) {
          setState((s) => ({ ...s, removed: true }));
          return;
        }
        if (response.status === 304) {
          failures = 0;
          if (held.reconnecting) setState((s) => ({ ...s, reconnecting: false }));
        } else if (response.ok) {
          failures = 0;
          const message = (await response.json()) as SyncMessage;
          if (message.full || message.version > held.version) {
            const entities: Entities = message.full ? {} : { ...held.entities };
            for (const change of message.changes) entities[`${change.kind}/${change.id}`] = change.data;
            for (const gone of message.removed) delete entities[`${gone.kind}/${gone.id}`];
            const next: SyncState = {
              version: message.version,
              entities,
              serverOffsetMs: Date.parse(message.serverTime) - Date.now(),
              reconnecting: false,
              removed: false,
            };
            sessionStorage.setItem(cacheKey, JSON.stringify({ version: next.version, entities }));
            setState(next);
          }
          const wait = document.hidden ? 10_000 : message.pollAfterMs * (1 + Math.random() * 0.5);
          schedule(wait);
          return;
        } else {
          throw new Error(`sync ${response.status}`);
        }
        schedule(document.hidden ? 10_000 : 2000 * (1 + Math.random() * 0.5));
      } catch {
        failures += 1;
        if (failures >= 2) setState((s) => ({ ...s, reconnecting: true }));
        const cap = Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5));
        schedule(Math.random() * cap + 250);
      }
    }

    void tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [path, cacheKey, headerKey]);

  return state;
}

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
