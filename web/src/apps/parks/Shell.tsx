import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, useSearchParams } from 'react-router-dom';
import { cx } from '../../shared/ui';
import { hasRole, useMe } from '../../shared/auth';
import { useMeta } from './api';
import { Search } from './Search';
import { Credits } from './ui';

export const PERIODS = [
  { key: 'live', label: 'Live' }, { key: 'today', label: 'Today' }, { key: 'yesterday', label: 'Yesterday' },
  { key: 'last_week', label: 'Last week' }, { key: 'last_month', label: 'Last month' },
];

export function usePeriodFilter(defaultPeriod = 'today') {
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? defaultPeriod;
  const filter = params.get('filter') ?? 'all';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  return { period, filter, setPeriod: (v: string) => set('period', v), setFilter: (v: string) => set('filter', v), search: params.toString() };
}

/** Refetch every parks view when /meta reports a new data version. */
function useDataVersionRefresh() {
  const meta = useMeta();
  const client = useQueryClient();
  const last = useRef<string | undefined>(undefined);
  useEffect(() => {
    const version = meta.data?.dataVersion;
    if (version && last.current && version !== last.current) void client.invalidateQueries({ queryKey: ['parks'] });
    last.current = version;
  }, [meta.data?.dataVersion, client]);
  return meta;
}

/** The parks page frame: title, views, period and park filters, credits. */
export function Shell({ children, periods = PERIODS, defaultPeriod = 'today', showControls = true }: { children: React.ReactNode; periods?: typeof PERIODS; defaultPeriod?: string; showControls?: boolean }) {
  const meta = useDataVersionRefresh();
  const me = useMe();
  const { period, filter, setPeriod, setFilter, search } = usePeriodFilter(defaultPeriod);
  const tab = (to: string, label: string) => (
    <NavLink end to={{ pathname: to, search }} className={({ isActive }) => cx('-mb-px inline-flex min-h-10 items-center border-b-2 px-3 text-sm font-medium', isActive ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900')}>
      {label}
    </NavLink>
  );
  return (
    <div className="min-w-0">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-bold sm:text-2xl"><Link to="/parks">Theme Park Hall of Shame</Link></h1>
        <div className="flex items-center gap-3 text-sm">
          <Link to="/parks/about" className="underline">About</Link>
          {hasRole(me.data, 'parks.admin') ? <Link to="/parks/admin" className="underline">Admin</Link> : null}
          <Search />
        </div>
      </header>
      <nav aria-label="Views" className="mt-3 flex flex-wrap gap-1 border-b border-slate-200">
        {tab('/parks', 'Downtime')}{tab('/parks/waits', 'Wait Times')}{tab('/parks/awards', 'Awards')}{tab('/parks/charts', 'Charts')}
      </nav>
      {showControls ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <div role="group" aria-label="Period" className="flex flex-wrap gap-1">
            {periods.map((p) => (
              <button key={p.key} type="button" aria-pressed={period === p.key} onClick={() => setPeriod(p.key)}
                className={cx('min-h-9 rounded-md border px-3 text-sm', period === p.key ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 bg-white')}>
                {p.label}
              </button>
            ))}
          </div>
          <label className="text-sm">
            <span className="sr-only">Parks</span>
            <select aria-label="Parks filter" value={filter} onChange={(e) => setFilter(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
              <option value="all">All parks</option>
              <option value="disney-universal">Disney &amp; Universal</option>
            </select>
          </label>
          <span className="text-xs text-slate-500">Times in Pacific Time ({meta.data?.zoneAbbreviation ?? '…'})</span>
        </div>
      ) : null}
      <div className="mt-4">{children}</div>
      <Credits attribution={meta.data?.attribution} />
    </div>
  );
}
