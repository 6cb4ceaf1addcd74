import { useState } from 'react';
import { Card, ErrorBox, Loading, cx } from '../../../shared/ui';
import { STATUS_LABEL, useParks } from '../api';
import { type Listing, type ParkRankItem, type RideRankItem } from '../api';
import { AuditNumber, Empty, ScoreBadge, Trend } from '../ui';
import { usePeriodFilter } from '../Shell';
import { AsOf, th, td, ParkLink, RideLink, Medal } from '../common';

export default function Downtime() {
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
