import { Card, Loading } from '../../../shared/ui';
import { STATUS_LABEL, useParks } from '../api';
import { type Listing, type ParkWaitItem, type RideWaitItem } from '../api';
import { AuditNumber, Empty, Trend } from '../ui';
import { usePeriodFilter } from '../Shell';
import { th, td, ParkLink, RideLink, Medal } from '../common';

export default function Waits() {
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
