import { Card, Loading, Table, Td, Th, Tr } from '../../../shared/ui';
import { STATUS_LABEL, useParks, type Listing, type LiveSummary, type ParkWaitItem, type RideWaitItem } from '../api';
import { Medal, ParkLink, RideLink } from '../common';
import { usePeriodFilter } from '../Shell';
import { AuditNumber } from '../AuditNumber';
import { Empty, Trend } from '../ui';

const hideOnPhone = 'hidden sm:table-cell';

export default function WaitsPage() {
  const { period, filter } = usePeriodFilter();
  const parks = useParks<Listing<ParkWaitItem>>('/waits/parks', { period, filter, pageSize: 50 });
  const rides = useParks<Listing<RideWaitItem>>('/waits/rides', { period, filter, pageSize: 50 });
  const summary = useParks<LiveSummary>('/live/summary');
  const live = period === 'live';
  const trend = parks.data?.items.some((i) => i.trendPct !== null) ?? false;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Card aria-label="Live status summary">
        <h2 className="font-semibold">Right now</h2>
        {summary.data ? <ul className="mt-2 text-sm">{Object.entries(summary.data.counts).map(([k, v]) => <li key={k}>{STATUS_LABEL[k]}: <strong>{v}</strong></li>)}</ul> : <Loading />}
      </Card>
      <Card className="min-w-0 p-3 sm:p-6 lg:col-span-2">
        <h2 className="font-semibold">Parks</h2>
        {parks.data ? parks.data.items.length === 0 ? <Empty reason={parks.data.emptyReason} /> : (
          <Table aria-label="Park waits">
            <thead><tr><Th>#</Th><Th>Park</Th><Th>{live ? 'Current avg' : 'Avg'} wait</Th><Th className={hideOnPhone}>Peak</Th><Th className={hideOnPhone}>Rides reporting</Th>{trend ? <Th className={hideOnPhone}>Trend <span className="sr-only">against the previous period</span></Th> : null}</tr></thead>
            <tbody>{parks.data.items.map((i) => (
              <Tr key={i.park.id}>
                <Td><Medal rank={i.rank} /></Td><Td><ParkLink park={i.park} /></Td>
                <Td><AuditNumber metric="park-wait" id={i.park.id} period={period} value={i.avgWait}>{i.avgWait ?? '—'} min</AuditNumber></Td>
                <Td className={hideOnPhone}>{i.peakWait ?? '—'} min</Td><Td className={hideOnPhone}>{i.ridesReporting}</Td>
                {trend ? <Td className={hideOnPhone}><Trend pct={i.trendPct} /></Td> : null}
              </Tr>
            ))}</tbody>
          </Table>
        ) : <Loading />}
        <h2 className="mt-6 font-semibold">Rides</h2>
        {rides.data ? rides.data.items.length === 0 ? <Empty reason={rides.data.emptyReason} /> : (
          <Table aria-label="Ride waits">
            <thead><tr><Th>#</Th><Th>Ride</Th><Th className={hideOnPhone}>Park</Th><Th>{live ? 'Current' : 'Avg'}</Th><Th className={hideOnPhone}>Peak</Th><Th className={hideOnPhone}>Status</Th></tr></thead>
            <tbody>{rides.data.items.map((i) => (
              <Tr key={i.ride.id}>
                <Td><Medal rank={i.rank} /></Td>
                <Td><RideLink ride={i.ride} /><span className="block text-xs text-slate-600 sm:hidden">{i.park.name}</span></Td>
                <Td className={hideOnPhone}><ParkLink park={i.park} /></Td>
                <Td>{(live ? i.currentWait : i.avgWait) ?? '—'} min</Td><Td className={hideOnPhone}>{i.peakWait ?? '—'} min</Td><Td className={hideOnPhone}>{STATUS_LABEL[i.currentStatus]}</Td>
              </Tr>
            ))}</tbody>
          </Table>
        ) : <Loading />}
      </Card>
    </div>
  );
}
