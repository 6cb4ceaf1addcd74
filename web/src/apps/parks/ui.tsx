import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Search as SearchIcon } from 'lucide-react';
import { cx, Dialog, DialogContent, DialogTrigger, Sheet, SheetContent, SheetTrigger } from '../../shared/ui';
import { useParks, type Attribution, type AuditTrace, type SearchIndex } from './api';

const BAND_STYLE: Record<string, string> = {
  clean: 'bg-emerald-100 text-emerald-800',
  low: 'bg-lime-100 text-lime-800',
  medium: 'bg-amber-100 text-amber-800',
  high: 'bg-orange-100 text-orange-800',
  critical: 'bg-red-100 text-red-800',
};

export function ScoreBadge({ score, band }: { score: number | null; band: string | null }) {
  if (score === null) return <span className="text-slate-500">—</span>;
  return (
    <span className={cx('inline-flex items-center gap-1 rounded px-2 py-0.5 font-semibold tabular-nums', BAND_STYLE[band ?? ''] ?? '')}>
      {score.toFixed(1)} <span className="text-xs font-normal">{band}</span>
    </span>
  );
}

export function Trend({ pct }: { pct: number | null }) {
  if (pct === null) return <span className="text-slate-400">—</span>;
  const up = pct > 0;
  return <span className={up ? 'text-red-700' : 'text-emerald-700'} aria-label={`${up ? 'up' : 'down'} ${Math.abs(pct)} percent`}>{up ? '▲' : pct < 0 ? '▼' : '■'} {Math.abs(pct)}%</span>;
}

export function Credits({ attribution }: { attribution?: Attribution[] }) {
  const list = attribution ?? [
    { name: 'ThemeParks.wiki', url: 'https://themeparks.wiki' },
    { name: 'Queue-Times.com', url: 'https://queue-times.com' },
  ];
  return (
    <p className="mt-6 text-center text-xs text-slate-500">
      Data: <a className="underline" href={list[0].url} target="_blank" rel="noreferrer">{list[0].name}</a> · Powered by{' '}
      <a className="underline" href={list[1].url} target="_blank" rel="noreferrer">{list[1].name}</a>
    </p>
  );
}

const EMPTY_TEXT: Record<string, string> = {
  not_collected_yet: 'Nothing has been collected yet.',
  no_open_parks: 'No parks are open right now.',
  no_data: 'Nothing recorded for this period.',
};

export function Empty({ reason }: { reason: string | null }) {
  return <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600" role="status">{EMPTY_TEXT[reason ?? 'no_data'] ?? EMPTY_TEXT.no_data}</p>;
}

/** A number that opens its computation trace in a side sheet. */
export function AuditNumber({ metric, id, period, children, value }: { metric: string; id: string; period: string; value: number | null; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger className="underline decoration-dotted underline-offset-2 hover:text-indigo-700">
        {children}
        <span className="sr-only"> — how {metric.replace('-', ' ')} was computed</span>
      </SheetTrigger>
      <SheetContent title="How this number was computed">{open ? <AuditTraceView metric={metric} id={id} period={period} value={value} /> : null}</SheetContent>
    </Sheet>
  );
}

function AuditTraceView({ metric, id, period, value }: { metric: string; id: string; period: string; value: number | null }) {
  const query = useParks<AuditTrace>('/audit', { metric, id, period, displayed: value ?? undefined });
  const trace = query.data;
  return (
    <>
        {query.isLoading ? <p>Loading…</p> : null}
        {query.error ? <p role="alert">Could not load the trace.</p> : null}
        {trace ? (
          <div className="mt-3 space-y-3 text-sm">
            <p><strong>Value:</strong> {trace.value ?? '—'} {trace.matches === false ? <span className="text-red-700">(differs from the figure shown!)</span> : trace.matches ? <span className="text-emerald-700">(matches)</span> : null}</p>
            <p><strong>Formula:</strong> {trace.formula}</p>
            {trace.a !== undefined ? <p><strong>A</strong> (weighted ride-minutes observed while open) = {trace.a ?? 0}; <strong>B</strong> (weighted down minutes) = {trace.b ?? 0}</p> : null}
            <h3 className="font-semibold">Inputs per day</h3>
            <div className="overflow-x-auto"><table className="min-w-full text-xs"><tbody>
              {trace.inputs.map((row, i) => <tr key={i} className="border-t">{Object.entries(row).map(([k, v]) => <td key={k} className="px-1 py-0.5"><span className="text-slate-500">{k}</span> {String(v)}</td>)}</tr>)}
            </tbody></table></div>
            {trace.breakdown ? (
              <>
                <h3 className="font-semibold">Ride contributions</h3>
                <ul>{trace.breakdown.rides.map((r) => <li key={r.ride.name}>{r.ride.name}: weight {r.weight}, {r.downMin ?? '—'} of {r.obsMin ?? '—'} min down → {r.contribution ?? '—'}</li>)}</ul>
                <h3 className="font-semibold">Excluded</h3>
                <ul>{trace.breakdown.excluded.map((r) => <li key={r.ride.name}>{r.ride.name}: {r.reason}</li>)}</ul>
              </>
            ) : null}
            {trace.provenance ? <p><strong>Provenance:</strong> {trace.provenance.slots ?? 'raw data pruned'} slots from {trace.provenance.runs ?? '—'} runs; fallback {trace.provenance.fallbackMinutes} min; stale slots {trace.provenance.staleSlots}</p> : null}
            <h3 className="font-semibold">Checks</h3>
            <ul>{trace.checks.map((c, i) => <li key={i}>{Object.entries(c).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}</li>)}</ul>
          </div>
        ) : null}
    </>
  );
}

function score(text: string, q: string): number {
  const t = text.toLowerCase();
  if (t.startsWith(q)) return 3;
  if (t.includes(q)) return 2;
  let i = 0;
  for (const ch of t) if (ch === q[i]) i++;
  return i === q.length ? 1 : 0;
}

/** Ctrl/Cmd+K search over the catalogue, entirely client-side. */
export function Search() {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const index = useParks<SearchIndex>('/search-index', undefined, open);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const results = useMemo(() => {
    const needle = q.trim().toLowerCase();
    if (!needle || !index.data) return [];
    const parks = index.data.parks.map((p) => ({ key: p.id, label: p.name, sub: 'Park', to: `/parks/p/${p.slug}`, s: score(p.name, needle) }));
    const rides = index.data.rides.map((r) => ({ key: r.id, label: r.name, sub: r.parkName, to: `/parks/r/${r.id}`, s: score(r.name, needle) }));
    return [...parks, ...rides].filter((x) => x.s > 0).sort((a, b) => b.s - a.s || a.label.localeCompare(b.label)).slice(0, 10);
  }, [q, index.data]);
  const go = (to: string) => { setOpen(false); setQ(''); navigate(to); };
  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger className="inline-flex min-h-9 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">
          <SearchIcon aria-hidden="true" className="size-4" />
          Search <kbd className="hidden text-xs text-slate-500 sm:inline">Ctrl K</kbd>
        </DialogTrigger>
        <DialogContent title="Search parks and rides" hideTitle className="top-24 translate-y-0 p-3">
          <input autoFocus aria-label="Search parks and rides" value={q} placeholder="Park or ride…" className="w-full rounded border border-slate-300 px-3 py-2 pr-10"
            onChange={(e) => { setQ(e.target.value); setActive(0); }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
              if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
              if (e.key === 'Enter' && results[active]) go(results[active].to);
            }} />
          <ul aria-label="Results" className="mt-2">
            {results.map((r, i) => (
              <li key={r.key}>
                <Link to={r.to} onClick={() => go(r.to)} aria-current={i === active ? 'true' : undefined} className={cx('flex justify-between gap-3 rounded px-2 py-2', i === active && 'bg-indigo-50')}>
                  <span>{r.label}</span><span className="text-xs text-slate-600">{r.sub}</span>
                </Link>
              </li>
            ))}
            {q && results.length === 0 ? <li className="px-2 py-1 text-slate-600">No match</li> : null}
          </ul>
        </DialogContent>
      </Dialog>
    </>
  );
}
