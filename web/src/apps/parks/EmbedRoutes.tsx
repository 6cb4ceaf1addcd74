import { useEffect, useRef } from 'react';
import { Route, Routes, useSearchParams } from 'react-router-dom';
import { NotFound, cx } from '../../shared/ui';
import { useMeta, useParks, type Listing, type ParkRankItem, type ParkWaitItem, type RideRankItem } from './api';
import { Credits, Empty, ScoreBadge } from './ui';

/** Does the parent origin match one allow-list entry (exact, or https://*.host)? */
export function originAllowed(origin: string, ancestors: string[]): boolean {
  return ancestors.some((a) => {
    const entry = a.replace(/\/$/, '');
    if (entry.toLowerCase() === origin.toLowerCase()) return true;
    if (entry.startsWith('https://*.') && origin.startsWith('https://')) return origin.slice(8).toLowerCase().endsWith(entry.slice(9).toLowerCase());
    return false;
  });
}

/** The parent's origin: from ancestorOrigins where available, else the referrer. */
function parentOrigin(): string | null {
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

/** Posts {type: "hallofshame:height"} to the parent on load and on resize (debounced 100 ms), only to an allowed origin. */
function useHeightMessages(ancestors: string[] | undefined) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!ancestors || window.parent === window) return;
    const origin = parentOrigin();
    if (!origin || !originAllowed(origin, ancestors)) return;
    let timer: number | undefined;
    const post = () => window.parent.postMessage({ type: 'hallofshame:height', height: ref.current?.scrollHeight ?? document.body.scrollHeight }, origin);
    post();
    const observer = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(post, 100);
    });
    if (ref.current) observer.observe(ref.current);
    return () => { observer.disconnect(); window.clearTimeout(timer); };
  }, [ancestors]);
  return ref;
}

function Embed() {
  const [params] = useSearchParams();
  const view = params.get('view') ?? 'parks';
  const period = params.get('period') ?? 'today';
  const filter = params.get('filter') ?? 'all';
  const limit = Math.min(25, Math.max(1, Number(params.get('limit') ?? 10) || 10));
  const dark = params.get('theme') === 'dark';
  const meta = useMeta();
  const ref = useHeightMessages(meta.data?.embedAncestors);
  const path = view === 'rides' ? '/rankings/rides' : view === 'waits' ? '/waits/parks' : '/rankings/parks';
  const list = useParks<Listing<ParkRankItem & RideRankItem & ParkWaitItem>>(path, { period, filter, pageSize: limit });
  return (
    <main ref={ref} className={cx('p-3 text-sm', dark ? 'bg-slate-900 text-slate-100' : 'bg-white text-slate-900')}>
      <h1 className="font-bold">Theme Park Hall of Shame — {list.data?.period.label ?? ''}</h1>
      {list.data ? list.data.items.length === 0 ? <Empty reason={list.data.emptyReason} /> : (
        <ol className="mt-2 space-y-1" aria-label="Top list">
          {list.data.items.map((i) => (
            <li key={i.ride?.id ?? i.park.id} className="flex justify-between gap-2">
              <span>{i.rank}. {i.ride ? `${i.ride.name} (${i.park.name})` : i.park.name}</span>
              <span>{view === 'waits' ? `${i.avgWait ?? '—'} min` : view === 'rides' ? `${i.downtimeHours} h` : <ScoreBadge score={i.shameScore} band={i.band} />}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <a className="mt-2 block underline" href={`/parks?period=${period}&filter=${filter}`} target="_blank" rel="noreferrer">See the full Hall of Shame</a>
      <Credits attribution={meta.data?.attribution} />
    </main>
  );
}

/** Embeddable widgets, mounted by App.tsx at `/embed/parks/*` without the shell's navigation. */
export default function ParksEmbedRoutes() {
  return (
    <Routes>
      <Route index element={<Embed />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
