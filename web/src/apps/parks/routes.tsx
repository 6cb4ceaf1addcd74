import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Card, ErrorBox, Loading, NotFound, cx } from '../../shared/ui';
import {
  STATUS_LABEL, useMeta, useParks, type Listing, type ParkRankItem, type ParkRef, type ParkWaitItem, type RideRankItem, type RideRef, type RideWaitItem,
} from './api';
import { RequireAuth, hasRole, useMe } from '../../shared/auth';
import { plural, withUnit } from '../../shared/plural';
import { AdminPage } from './Admin';
import { AuditNumber, Credits, Empty, LineChart, ScoreBadge, Search, Trend } from './ui';

const PERIODS = [
  { key: 'live', label: 'Live' }, { key: 'today', label: 'Today' }, { key: 'yesterday', label: 'Yesterday' },
  { key: 'last_week', label: 'Last week' }, { key: 'last_month', label: 'Last month' },
];

function usePeriodFilter(defaultPeriod = 'today') {
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

function Shell({ children, periods = PERIODS, defaultPeriod = 'today', showControls = true }: { children: React.ReactNode; periods?: typeof PERIODS; defaultPeriod?: string; showControls?: boolean }) {
  const meta = useDataVersionRefresh();
  const me = useMe();
  const { period, filter, setPeriod, setFilter, search } = usePeriodFilter(defaultPeriod);
  const tab = (to: string, label: string) => (
    <NavLink end to={{ pathname: to, search }} className={({ isActive }) => cx('rounded-t px-3 py-2 text-sm font-medium', isActive ? 'bg-white text-indigo-700 shadow-sm' : 'text-slate-600 hover:text-slate-900')}>
      {label}
    </NavLink>
  );
  return (
    <div className="mx-auto max-w-6xl px-3 py-4">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold"><Link to="/parks">Theme Park Hall of Shame</Link></h1>
        <div className="flex items-center gap-3 text-sm">
          <Link to="/parks/about" className="underline">About</Link>
          {hasRole(me.data, 'parks.admin') ? <Link to="/parks/admin" className="underline">Admin</Link> : null}
          <Search />
        </div>
      </header>
      <nav aria-label="Views" className="mt-3 flex gap-1 border-b border-slate-200 bg-slate-50">
        {tab('/parks', 'Downtime')}{tab('/parks/waits', 'Wait Times')}{tab('/parks/awards', 'Awards')}{tab('/parks/charts', 'Charts')}
      </nav>
      {showControls ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <div role="group" aria-label="Period" className="flex flex-wrap gap-1">
            {periods.map((p) => (
              <button key={p.key} type="button" aria-pressed={period === p.key} onClick={() => setPeriod(p.key)}
                className={cx('rounded border px-2 py-1 text-sm', period === p.key ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 bg-white')}>
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

function AsOf({ at }: { at: string | null | undefined }) {
  return at ? <p className="text-xs text-slate-500">Data as of {new Date(at).toLocaleString('en-US', { timeZone: 'America/Los_Angeles', timeZoneName: 'short' })}</p> : null;
}

const th = 'px-2 py-2 text-left text-xs font-semibold uppercase text-slate-500';
const td = 'px-2 py-2 align-top';

function ParkLink({ park }: { park: ParkRef }) {
  return <Link className="font-medium text-indigo-700 hover:underline" to={`/parks/p/${park.slug}`}>{park.name}</Link>;
}

function RideLink({ ride }: { ride: RideRef }) {
  return <Link className="font-medium text-indigo-700 hover:underline" to={`/parks/r/${ride.id}`}>{ride.name}</Link>;
}

const medalColours = ['bg-amber-400 text-amber-950 ring-amber-500', 'bg-slate-300 text-slate-900 ring-slate-400', 'bg-orange-300 text-orange-950 ring-orange-400'];

/** Gold, silver and bronze discs drawn with CSS, so they show on systems without an emoji font. */
function Medal({ rank }: { rank: number }) {
  const colours = medalColours[rank - 1];
  return colours ? (
    <span aria-label={`rank ${rank}`} className={cx('inline-flex size-6 items-center justify-center rounded-full text-xs font-bold ring-1', colours)}>{rank}</span>
  ) : (
    <span aria-label={`rank ${rank}`} className="inline-flex size-6 items-center justify-center text-xs text-slate-600">{rank}</span>
  );
}

function Downtime() {
  const { period, filter } = usePeriodFilter();
  const [view, setView] = useState<'parks' | 'rides'>('parks');
  const [sort, setSort] = useState<string | undefined>(undefined);
  const parks = useParks<Listing<ParkRankItem> & { summary: Record<string, number> }>('/rankings/parks', { period, filter, sort: view === 'parks' ? sort : undefined, pageSize: 100 }, view === 'parks');
  const rides = useParks<Listing<RideRankItem>>('/rankings/rides', { period, filter, sort: view === 'rides' ? sort : undefined, pageSize: 100 }, view === 'rides');
  const sortButton = (key: string, label: string) => (
    <button type="button" onClick={() => setSort(key)} aria-label={`Sort by ${label}`} className={cx('uppercase', sort === key && 'text-indigo-700')}>{label}</button>
  );
  return (
    <Card>
      <div className="mb-3 flex gap-2" role="group" aria-label="Rank">
        {(['parks', 'rides'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => { setView(v); setSort(undefined); }} className={cx('rounded px-3 py-1 text-sm', view === v ? 'bg-slate-800 text-white' : 'bg-slate-100')}>
            {v === 'parks' ? 'Parks' : 'Rides'}
          </button>
        ))}
      </div>
      {view === 'parks' ? (
        parks.isLoading ? <Loading /> : parks.error ? <ErrorBox error={parks.error} /> : parks.data ? (
          <>
            <p className="mb-2 text-sm text-slate-600">{parks.data.period.label}</p>
            <AsOf at={parks.data.dataAsOf} />
            {parks.data.items.length === 0 ? <Empty reason={parks.data.emptyReason} /> : (
              <div className="overflow-x-auto">
                <table className="min-w-full text-sm" aria-label="Park rankings">
                  <thead><tr><th className={th}>#</th><th className={th}>Park</th><th className={th}>{sortButton('shame', 'Shame')}</th><th className={th}>{sortButton('downtime', 'Downtime h')}</th><th className={th}>{sortButton('uptime', 'Uptime')}</th><th className={th}>{sortButton('ridesDown', period === 'live' ? 'Rides down' : 'Rides w/ downtime')}</th><th className={th}>Trend</th></tr></thead>
                  <tbody>
                    {parks.data.items.map((item) => (
                      <tr key={item.park.id} className="border-t">
                        <td className={td}><Medal rank={item.rank} /></td>
                        <td className={td}><ParkLink park={item.park} /></td>
                        <td className={td}><AuditNumber metric="park-shame" id={item.park.id} period={period} value={item.shameScore}><ScoreBadge score={item.shameScore} band={item.band} /></AuditNumber></td>
                        <td className={td}><AuditNumber metric="park-downtime" id={item.park.id} period={period} value={item.downtimeHours}>{item.downtimeHours.toFixed(2)}</AuditNumber></td>
                        <td className={td}><AuditNumber metric="park-uptime" id={item.park.id} period={period} value={item.uptimePct}>{item.uptimePct ?? '—'}%</AuditNumber></td>
                        <td className={td}>{item.ridesDown} / {item.countedRides}</td>
                        <td className={td}><Trend pct={item.trendPct} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : null
      ) : rides.isLoading ? <Loading /> : rides.error ? <ErrorBox error={rides.error} /> : rides.data ? (
        <>
          <p className="mb-2 text-sm text-slate-600">{rides.data.period.label}</p>
          {rides.data.items.length === 0 ? <Empty reason={rides.data.emptyReason} /> : (
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm" aria-label="Ride rankings">
                <thead><tr><th className={th}>#</th><th className={th}>Ride</th><th className={th}>Park</th><th className={th}>{sortButton('downtime', 'Downtime h')}</th><th className={th}>{sortButton('uptime', 'Uptime')}</th><th className={th}>{sortButton('incidents', 'Incidents')}</th><th className={th}>{sortButton('longestOutage', 'Longest')}</th><th className={th}>Now</th></tr></thead>
                <tbody>
                  {rides.data.items.map((item) => (
                    <tr key={item.ride.id} className="border-t">
                      <td className={td}><Medal rank={item.rank} /></td>
                      <td className={td}><RideLink ride={item.ride} /> <span className="text-xs text-slate-500">tier {item.ride.tier ?? '—'}</span></td>
                      <td className={td}><ParkLink park={item.park} /></td>
                      <td className={td}><AuditNumber metric="ride-downtime" id={item.ride.id} period={period} value={item.downtimeHours}>{item.downtimeHours.toFixed(2)}</AuditNumber></td>
                      <td className={td}><AuditNumber metric="ride-uptime" id={item.ride.id} period={period} value={item.uptimePct}>{item.uptimePct ?? '—'}%</AuditNumber></td>
                      <td className={td}>{item.incidents}</td>
                      <td className={td}>{item.longestOutageMinutes} min</td>
                      <td className={td}>{STATUS_LABEL[item.currentStatus]}{item.currentOutageMinutes ? ` · down for ${item.currentOutageMinutes} min` : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </Card>
  );
}

function Waits() {
  const { period, filter } = usePeriodFilter();
  const parks = useParks<Listing<ParkWaitItem>>('/waits/parks', { period, filter, pageSize: 50 });
  const rides = useParks<Listing<RideWaitItem>>('/waits/rides', { period, filter, pageSize: 50 });
  const summary = useParks<{ counts: Record<string, number>; total: number }>('/live/summary');
  const live = period === 'live';
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Card aria-label="Live status summary">
        <h2 className="font-semibold">Right now</h2>
        {summary.data ? <ul className="mt-2 text-sm">{Object.entries(summary.data.counts).map(([k, v]) => <li key={k}>{STATUS_LABEL[k]}: <strong>{v}</strong></li>)}</ul> : <Loading />}
      </Card>
      <Card className="lg:col-span-2">
        <h2 className="font-semibold">Parks</h2>
        {parks.data ? parks.data.items.length === 0 ? <Empty reason={parks.data.emptyReason} /> : (
          <table className="min-w-full text-sm" aria-label="Park waits">
            <thead><tr><th className={th}>#</th><th className={th}>Park</th><th className={th}>{live ? 'Current avg' : 'Avg'} wait</th><th className={th}>Peak</th><th className={th}>Rides reporting</th><th className={th}>Trend</th></tr></thead>
            <tbody>{parks.data.items.map((i) => <tr key={i.park.id} className="border-t"><td className={td}><Medal rank={i.rank} /></td><td className={td}><ParkLink park={i.park} /></td><td className={td}><AuditNumber metric="park-wait" id={i.park.id} period={period} value={i.avgWait}>{i.avgWait ?? '—'} min</AuditNumber></td><td className={td}>{i.peakWait ?? '—'} min</td><td className={td}>{i.ridesReporting}</td><td className={td}><Trend pct={i.trendPct} /></td></tr>)}</tbody>
          </table>
        ) : <Loading />}
        <h2 className="mt-6 font-semibold">Rides</h2>
        {rides.data ? rides.data.items.length === 0 ? <Empty reason={rides.data.emptyReason} /> : (
          <table className="min-w-full text-sm" aria-label="Ride waits">
            <thead><tr><th className={th}>#</th><th className={th}>Ride</th><th className={th}>Park</th><th className={th}>{live ? 'Current' : 'Avg'}</th><th className={th}>Peak</th><th className={th}>Status</th></tr></thead>
            <tbody>{rides.data.items.map((i) => <tr key={i.ride.id} className="border-t"><td className={td}><Medal rank={i.rank} /></td><td className={td}><RideLink ride={i.ride} /></td><td className={td}><ParkLink park={i.park} /></td><td className={td}>{(live ? i.currentWait : i.avgWait) ?? '—'} min</td><td className={td}>{i.peakWait ?? '—'} min</td><td className={td}>{STATUS_LABEL[i.currentStatus]}</td></tr>)}</tbody>
          </table>
        ) : <Loading />}
      </Card>
    </div>
  );
}

interface AwardEntry { entity: { name?: string; slug?: string; ride?: RideRef; park?: ParkRef }; value: number; unit: string }
interface AwardsResponse { period: { label: string }; awards: Record<string, { winner: AwardEntry; runnersUp: AwardEntry[] } | null> }

function entityName(e: AwardEntry['entity']) {
  return e.ride ? <><RideLink ride={e.ride} /> <span className="text-xs text-slate-500">{e.park?.name}</span></> : <ParkLink park={e as unknown as ParkRef} />;
}

function Awards() {
  const { period } = usePeriodFilter('yesterday');
  const effective = ['yesterday', 'last_week', 'last_month'].includes(period) ? period : 'yesterday';
  const awards = useParks<AwardsResponse>('/awards', { period: effective });
  const titles: Record<string, string> = { leastReliablePark: 'Least reliable park', leastReliableRide: 'Least reliable ride', longestWaitPark: 'Longest waits (park)', longestWaitRide: 'Longest waits (ride)' };
  return awards.isLoading ? <Loading /> : awards.error ? <ErrorBox error={awards.error} /> : awards.data ? (
    <>
      <div className="mb-2 flex items-center gap-3"><p className="text-sm text-slate-600">{awards.data.period.label}</p>
        <button type="button" className="rounded border px-2 py-1 text-xs" onClick={() => void navigator.clipboard?.writeText(window.location.href)}>Copy link</button></div>
      <div className="grid gap-4 sm:grid-cols-2">
        {Object.entries(awards.data.awards).map(([key, award]) => (
          <Card key={key} aria-label={titles[key]}>
            <h2 className="font-semibold">{titles[key]}</h2>
            {award ? (
              <>
                <p className="mt-2 flex flex-wrap items-center gap-2 text-lg"><Medal rank={1} /> {entityName(award.winner.entity)} — <strong>{withUnit(award.winner.value, award.winner.unit)}</strong></p>
                <ol className="mt-1 text-sm text-slate-600">{award.runnersUp.map((r, i) => <li key={i}>{i + 2}. {entityName(r.entity)} — {withUnit(r.value, r.unit)}</li>)}</ol>
              </>
            ) : <Empty reason="no_data" />}
          </Card>
        ))}
      </div>
    </>
  ) : null;
}

interface ChartResponse { labels: string[]; unit: string; emptyReason: string | null; series: { entity: ParkRef & { ride?: RideRef; park?: ParkRef }; total: number | null; values: (number | null)[] }[] }
interface HeatmapResponse { columns: string[]; unit: string; entities: { rank: number; entity: ParkRef & { ride?: RideRef; park?: ParkRef }; value: number | null }[]; matrix: (number | null)[][] }

function ChartCard({ type, title, period, filter }: { type: string; title: string; period: string; filter: string }) {
  const chart = useParks<ChartResponse>(`/charts/${type}`, { period, filter });
  const navigate = useNavigate();
  return (
    <Card aria-label={title}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      {chart.data ? chart.data.series.length === 0 ? <Empty reason={chart.data.emptyReason} /> : (
        <LineChart labels={chart.data.labels} unit={chart.data.unit} series={chart.data.series.map((s) => ({
          name: s.entity.ride?.name ?? s.entity.name,
          values: s.values,
          onClick: () => navigate(s.entity.ride ? `/parks/r/${s.entity.ride.id}` : `/parks/p/${s.entity.slug}`),
        }))} />
      ) : <Loading />}
    </Card>
  );
}

function HeatmapCard({ type, title, period, filter }: { type: string; title: string; period: string; filter: string }) {
  const [open, setOpen] = useState(false);
  const heat = useParks<HeatmapResponse>(`/heatmaps/${type}`, { period: period === 'live' ? 'today' : period, filter }, open);
  const max = Math.max(1, ...(heat.data?.matrix.flat().filter((v): v is number => v !== null) ?? [1]));
  return (
    <Card>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className="font-semibold">{open ? '▾' : '▸'} {title} heatmap</button>
      {open && heat.data ? heat.data.entities.length === 0 ? <Empty reason="no_data" /> : (
        <div className="mt-2 overflow-x-auto"><table className="text-xs" aria-label={`${title} heatmap`}>
          <thead><tr><th />{heat.data.columns.map((c) => <th key={c} className="px-1 font-normal text-slate-500">{c}</th>)}</tr></thead>
          <tbody>{heat.data.entities.map((e, i) => (
            <tr key={i}><th className="pr-2 text-left font-normal"><Link className="hover:underline" to={e.entity.ride ? `/parks/r/${e.entity.ride.id}` : `/parks/p/${e.entity.slug}`}>{e.entity.ride?.name ?? e.entity.name}</Link></th>
              {heat.data!.matrix[i].map((v, j) => <td key={j} title={v === null ? 'no data' : `${v} ${heat.data!.unit}`} className="size-6 text-center" style={{ background: v === null ? '#f1f5f9' : `rgba(220,38,38,${0.1 + 0.9 * (v / max)})` }}>{v === null ? '' : ''}</td>)}</tr>
          ))}</tbody>
        </table></div>
      ) : null}
    </Card>
  );
}

function Charts() {
  const { period, filter } = usePeriodFilter();
  const types = [['park-shame', 'Park shame'], ['park-waits', 'Park waits'], ['ride-downtime', 'Worst rides by downtime'], ['ride-waits', 'Rides by waits']];
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">{types.map(([t, title]) => <ChartCard key={t} type={t} title={title} period={period} filter={filter} />)}</div>
      {types.map(([t, title]) => <HeatmapCard key={t} type={t} title={title} period={period} filter={filter} />)}
    </div>
  );
}

interface ParkPage {
  park: ParkRef; timeZone: string; statusModel: string; period: { label: string };
  hours: { date: string; type: string; opensAt: string; closesAt: string }[];
  current: { open: boolean; asOf: string | null; stale: boolean; avgWait: number | null; maxWait: number | null; counts: Record<string, number>; source: string | null };
  tierDistribution: Record<string, number>;
  breakdown: { score: number | null; band: string | null; a: number; b: number; uptimePct: number | null; downtimeHours: number; fallbackMinutes: number;
    rides: { ride: RideRef; tier: number | null; weight: number; status: string; downMin: number | null; obsMin: number | null; contribution: number | null }[];
    excluded: { ride: RideRef; reason: string; daysSinceOperated: number | null }[] };
  chart: { granularity: string; points: { label: string; value: number | null }[] };
}

const pacific = (iso: string) => new Date(iso).toLocaleTimeString('en-US', { timeZone: 'America/Los_Angeles', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

function ParkDetailPage() {
  const { slug = '' } = useParams();
  const { period } = usePeriodFilter();
  const page = useParks<ParkPage>(`/parks/${slug}`, { period });
  const year = new Date().getFullYear();
  const calendar = useParks<{ days: { date: string; shame: number | null; band: string | null }[] }>(`/parks/${slug}/calendar`, { year });
  const [chartType, setChartType] = useState('downtime');
  const rideChart = useParks<{ unit: string; series: { ride: RideRef; value: number | null }[] }>(`/parks/${slug}/ride-chart`, { type: chartType, period });
  if (page.isLoading) return <Loading />;
  if (page.error) return <ErrorBox error={page.error} />;
  const p = page.data!;
  return (
    <div className="space-y-4">
      <Card>
        <h2 className="text-xl font-bold">{p.park.name}</h2>
        <p className="text-sm text-slate-600">{p.park.brand} · {p.statusModel === 'DownOnly' ? 'only DOWN counts as downtime' : 'DOWN and CLOSED count as downtime'} · {p.timeZone}
          {p.park.queueTimesUrl ? <> · <a className="underline" href={p.park.queueTimesUrl} target="_blank" rel="noreferrer">Queue-Times page</a></> : null}</p>
        <p className="mt-2">Now: <strong>{p.current.open ? 'Open' : 'Closed'}</strong>{p.current.stale ? ' (no fresh data)' : ''} · avg wait {p.current.avgWait ?? '—'} min · {Object.entries(p.current.counts).map(([k, v]) => `${STATUS_LABEL[k]} ${v}`).join(', ')}</p>
        <h3 className="mt-3 font-semibold">Hours</h3>
        {p.hours.length === 0 ? <p className="text-sm text-slate-500">No published hours.</p> : <ul className="text-sm">{p.hours.map((h) => <li key={h.date + h.opensAt}>{h.date}: {pacific(h.opensAt)} – {pacific(h.closesAt)} ({h.type})</li>)}</ul>}
        <p className="mt-2 text-sm">Tiers: {Object.entries(p.tierDistribution).map(([k, v]) => `${k} ${v}`).join(' · ')}</p>
      </Card>
      <Card aria-label="Shame breakdown">
        <h3 className="font-semibold">Shame — {p.period.label}</h3>
        <p className="mt-1 text-lg"><AuditNumber metric="park-shame" id={p.park.id} period={period} value={p.breakdown.score}><ScoreBadge score={p.breakdown.score} band={p.breakdown.band} /></AuditNumber>
          <span className="ml-3 text-sm text-slate-600">A = {p.breakdown.a}, B = {p.breakdown.b} · uptime {p.breakdown.uptimePct ?? '—'}% · downtime {p.breakdown.downtimeHours} h{p.breakdown.fallbackMinutes ? ` · ${p.breakdown.fallbackMinutes} min served by the fallback source` : ''}</span></p>
        <table className="mt-2 min-w-full text-sm" aria-label="Contributing rides">
          <thead><tr><th className={th}>Ride</th><th className={th}>Tier</th><th className={th}>Weight</th><th className={th}>Status</th><th className={th}>Down / observed min</th><th className={th}>Contribution</th></tr></thead>
          <tbody>{p.breakdown.rides.map((r) => <tr key={r.ride.id} className="border-t"><td className={td}><RideLink ride={r.ride} /></td><td className={td}>{r.tier ?? '—'}</td><td className={td}>{r.weight}</td><td className={td}>{STATUS_LABEL[r.status]}</td><td className={td}>{r.downMin ?? '—'} / {r.obsMin ?? '—'}</td><td className={td}>{r.contribution ?? '—'}</td></tr>)}</tbody>
        </table>
        {p.breakdown.excluded.length ? <><h4 className="mt-3 font-semibold">Not counted</h4><ul className="text-sm">{p.breakdown.excluded.map((r) => <li key={r.ride.id}><RideLink ride={r.ride} />: {r.reason.replace('_', ' ')}{r.daysSinceOperated !== null ? ` (last ran ${plural(r.daysSinceOperated, 'day', 'days')} ago)` : ''}</li>)}</ul></> : null}
      </Card>
      <Card aria-label="Shame through the period">
        <h3 className="font-semibold">Shame through the {p.chart.granularity === 'day' ? 'period' : p.chart.granularity === '10min' ? 'last hour' : 'day'}</h3>
        <LineChart labels={p.chart.points.map((x) => x.label)} unit="shame score" series={p.chart.points.some((x) => x.value !== null) ? [{ name: p.park.name, values: p.chart.points.map((x) => x.value) }] : []} />
      </Card>
      <Card>
        <div className="flex items-center gap-2"><h3 className="font-semibold">Rides compared</h3>
          <select aria-label="Ride chart type" value={chartType} onChange={(e) => setChartType(e.target.value)} className="rounded border px-1 text-sm"><option value="downtime">Downtime</option><option value="waits">Waits</option></select></div>
        {rideChart.data ? rideChart.data.series.length === 0 ? <Empty reason="no_data" /> : (
          <ul className="mt-2 space-y-1 text-sm">{rideChart.data.series.map((s) => {
            const max = Math.max(1, ...rideChart.data!.series.map((x) => x.value ?? 0));
            return <li key={s.ride.id} className="flex items-center gap-2"><span className="w-48 truncate">{s.ride.name}</span><span className="h-3 rounded bg-indigo-500" style={{ width: `${((s.value ?? 0) / max) * 60}%` }} /><span>{s.value === null ? '—' : withUnit(s.value, rideChart.data!.unit)}</span></li>;
          })}</ul>
        ) : <Loading />}
      </Card>
      <Card aria-label="Reliability calendar">
        <h3 className="font-semibold">Reliability calendar {year}</h3>
        <div className="mt-2 flex flex-wrap gap-0.5">{calendar.data?.days.map((d) => (
          <span key={d.date} title={`${d.date}: ${d.shame ?? 'no data'}`} className="size-3 rounded-sm" style={{ background: d.shame === null ? '#e2e8f0' : d.shame === 0 ? '#10b981' : d.shame < 0.5 ? '#a3e635' : d.shame < 1 ? '#fbbf24' : d.shame < 2 ? '#fb923c' : '#dc2626' }} />
        ))}</div>
      </Card>
    </div>
  );
}

interface RidePage {
  ride: RideRef; park: ParkRef; period: { label: string };
  current: { status: string; wait: number | null; currentOutageMinutes: number | null };
  summary: { downtimeHours: number | null; uptimePct: number | null; incidents: number; longestOutageMinutes: number; avgWait: number | null; peakWait: number | null; operatedDays: number };
  timeline: { granularity: string; points: { label: string; status: string | null; wait: number | null }[] };
  hourly: { label: string; status: string | null; avgWait: number | null; uptimePct: number | null; downtimeMinutes: number | null; snapshots: number }[] | null;
  events: { startedAt: string; endedAt: string | null; downMinutes: number; endReason: string | null }[];
}

const STATUS_COLOR: Record<string, string> = { OPERATING: '#10b981', DOWN: '#dc2626', CLOSED: '#94a3b8', REFURBISHMENT: '#a855f7', UNKNOWN: '#e2e8f0' };

function RideDetailPage() {
  const { id = '' } = useParams();
  const { period } = usePeriodFilter();
  const page = useParks<RidePage>(`/rides/${id}`, { period });
  if (page.isLoading) return <Loading />;
  if (page.error) return <ErrorBox error={page.error} />;
  const r = page.data!;
  return (
    <div className="space-y-4">
      <Card>
        <h2 className="text-xl font-bold">{r.ride.name}</h2>
        <p className="text-sm text-slate-600"><ParkLink park={r.park} /> · tier {r.ride.tier ?? 'unclassified'} (weight {r.ride.weight}){r.ride.queueTimesUrl ? <> · <a className="underline" href={r.ride.queueTimesUrl} target="_blank" rel="noreferrer">Queue-Times page</a></> : null}</p>
        <p className="mt-2">Now: <strong>{STATUS_LABEL[r.current.status]}</strong>{r.current.wait !== null ? ` · ${r.current.wait} min wait` : ''}{r.current.currentOutageMinutes ? ` · down for ${r.current.currentOutageMinutes} min` : ''}</p>
        <p className="mt-2 text-sm">{r.period.label}: downtime <AuditNumber metric="ride-downtime" id={r.ride.id} period={period} value={r.summary.downtimeHours}>{r.summary.downtimeHours ?? '—'} h</AuditNumber> · uptime {r.summary.uptimePct ?? '—'}% · {r.summary.incidents} incidents · longest {r.summary.longestOutageMinutes} min · avg wait {r.summary.avgWait ?? '—'} · peak {r.summary.peakWait ?? '—'}</p>
      </Card>
      <Card aria-label="Timeline">
        <h3 className="font-semibold">Status and wait ({r.timeline.granularity})</h3>
        {r.timeline.points.length === 0 ? <Empty reason="no_data" /> : (
          <div className="mt-2 flex h-16 items-end gap-px overflow-x-auto">
            {r.timeline.points.map((pt, i) => <span key={i} title={`${pt.label}: ${pt.status ?? 'no data'}${pt.wait ? `, ${pt.wait} min` : ''}`} className="w-1.5 shrink-0" style={{ height: `${Math.max(10, Math.min(100, (pt.wait ?? 10) * 1.2))}%`, background: STATUS_COLOR[pt.status ?? 'UNKNOWN'] }} />)}
          </div>
        )}
      </Card>
      <Card aria-label="Downtime events">
        <h3 className="font-semibold">Downtime events</h3>
        {r.events.length === 0 ? <p className="text-sm text-slate-500">No downtime in this period.</p> : <ul className="text-sm">{r.events.map((e) => <li key={e.startedAt}>{pacific(e.startedAt)} – {e.endedAt ? pacific(e.endedAt) : 'ongoing'}: {e.downMinutes} min {e.endReason ? `(${e.endReason.replace('_', ' ')})` : ''}</li>)}</ul>}
      </Card>
      {r.hourly ? (
        <Card>
          <h3 className="font-semibold">Hourly breakdown</h3>
          <table className="min-w-full text-sm" aria-label="Hourly breakdown"><thead><tr><th className={th}>Hour</th><th className={th}>Status</th><th className={th}>Avg wait</th><th className={th}>Uptime</th><th className={th}>Downtime</th><th className={th}>Snapshots</th></tr></thead>
            <tbody>{r.hourly.map((h) => <tr key={h.label} className="border-t"><td className={td}>{h.label}</td><td className={td}>{h.status ? STATUS_LABEL[h.status] : '—'}</td><td className={td}>{h.avgWait ?? '—'}</td><td className={td}>{h.uptimePct ?? '—'}</td><td className={td}>{h.downtimeMinutes ?? '—'}</td><td className={td}>{h.snapshots}</td></tr>)}</tbody></table>
        </Card>
      ) : null}
    </div>
  );
}

function About() {
  const meta = useMeta();
  return (
    <Card className="prose max-w-none text-sm">
      <h2 className="text-xl font-bold">About the Hall of Shame</h2>
      <p>This site is hyperbole with receipts: it ranks how much ride capacity theme parks lose to breakdowns while they are open. It is not an attack on the maintenance crews who keep rides safe — a ride closed for safety is the system working.</p>
      <h3 className="mt-3 font-semibold">The formula</h3>
      <p>{meta.data?.formula}</p>
      <p>Only active attractions that actually operated that day count. At parks whose feed tells breakdowns apart (Disney, Universal) only <em>DOWN</em> counts; elsewhere <em>DOWN</em> and <em>CLOSED</em> both count. Refurbishment and unknown status never count, and a park without a published schedule never accrues downtime.</p>
      <h3 className="mt-3 font-semibold">Worked example</h3>
      <p>A park open 09:00–21:00 (720 minutes) with rides A (tier 1, weight 3, down 14:00–15:30), B (tier 2, weight 2), C (unclassified, weight 2, closed 16:00–17:00), D (tier 3, weight 1, down 10:00–10:30), E (refurbishment all day) and F (closed all day). A = (3 + 2 + 2 + 1) × 720 = 5,760; B = 3 × 90 + 1 × 30 = 300; shame = 10 × 300 / 5,760 = 0.52 → <strong>0.5</strong>. If CLOSED also counted, B = 420 → <strong>0.7</strong>.</p>
      <h3 className="mt-3 font-semibold">Bands</h3>
      <p>0.0 clean · 0.1–0.4 low · 0.5–0.9 medium · 1.0–1.9 high · 2.0 and above critical. Tiers: 1 = weight 3 (headliners), 2 = weight 2, 3 = weight 1, unclassified = 2.</p>
      <h3 className="mt-3 font-semibold">Data sources</h3>
      <p>Live status, waits and schedules come from <a className="underline" href="https://themeparks.wiki">ThemeParks.wiki</a>; park discovery and fallback live data from <a className="underline" href="https://queue-times.com">Queue-Times.com</a>. Days are counted in Pacific Time. See the <Link className="underline" to="/parks/data-quality">data-quality report</Link>.</p>
    </Card>
  );
}

function DataQualityPage() {
  const [days, setDays] = useState(7);
  const report = useParks<{ items: { park: ParkRef | null; rideName: string | null; externalId: string | null; count: number; lastSeenAt: string; issues: { type: string; source: string; open: boolean }[] }[] }>('/data-quality', { days });
  return (
    <Card>
      <h2 className="text-xl font-bold">Data quality</h2>
      <label className="mt-2 block text-sm">Days <select aria-label="Days" value={days} onChange={(e) => setDays(Number(e.target.value))} className="rounded border px-1">{[1, 7, 30, 90].map((d) => <option key={d}>{d}</option>)}</select></label>
      <a className="text-sm underline" href={`/api/parks/data-quality?days=${days}&format=csv`}>Download CSV</a>
      {report.data ? report.data.items.length === 0 ? <Empty reason="no_data" /> : (
        <table className="mt-2 min-w-full text-sm" aria-label="Issues"><thead><tr><th className={th}>Park</th><th className={th}>Ride / id</th><th className={th}>Issues</th><th className={th}>Count</th><th className={th}>Last seen</th></tr></thead>
          <tbody>{report.data.items.map((i, n) => <tr key={n} className="border-t"><td className={td}>{i.park?.name ?? '—'}</td><td className={td}>{i.rideName ?? i.externalId ?? '—'}</td><td className={td}>{i.issues.map((x) => `${x.type}${x.open ? ' (open)' : ''}`).join(', ')}</td><td className={td}>{i.count}</td><td className={td}>{new Date(i.lastSeenAt).toLocaleString()}</td></tr>)}</tbody></table>
      ) : <Loading />}
    </Card>
  );
}

/** Routes of the app, mounted by App.tsx at `/parks/*`. Paths here are relative to `/parks`. */
export default function ParksRoutes() {
  const awardPeriods = PERIODS.filter((p) => ['yesterday', 'last_week', 'last_month'].includes(p.key));
  return (
    <Routes>
      <Route index element={<Shell><Downtime /></Shell>} />
      <Route path="waits" element={<Shell><Waits /></Shell>} />
      <Route path="awards" element={<Shell periods={awardPeriods} defaultPeriod="yesterday"><Awards /></Shell>} />
      <Route path="charts" element={<Shell><Charts /></Shell>} />
      <Route path="p/:slug" element={<Shell><ParkDetailPage /></Shell>} />
      <Route path="r/:id" element={<Shell><RideDetailPage /></Shell>} />
      <Route path="about" element={<Shell showControls={false}><About /></Shell>} />
      <Route path="data-quality" element={<Shell showControls={false}><DataQualityPage /></Shell>} />
      <Route path="admin" element={<Shell showControls={false}><RequireAuth role="parks.admin"><AdminPage /></RequireAuth></Shell>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
