import { useState } from 'react';
import { Card, ErrorBox, Loading, Table, Tabs, TabsContent, TabsList, TabsTrigger, Td, Th, Tr, cx } from '../../../shared/ui';
import { STATUS_LABEL, useParks, type Listing, type ParkRankItem, type RideRankItem } from '../api';
import { AsOf, Medal, ParkLink, RideLink } from '../common';
import { Pager } from '../Pager';
import { usePeriodFilter } from '../Shell';
import { AuditNumber } from '../AuditNumber';
import { Empty, ScoreBadge, Trend } from '../ui';

const RIDES_PER_PAGE = 25;
const hideOnPhone = 'hidden sm:table-cell';

/** The Trend column only where the period has a previous one to compare with (not for "live"). */
const hasTrend = (items: { trendPct: number | null }[]) => items.some((i) => i.trendPct !== null);

function TrendHeader() {
  return (
    <Th className={hideOnPhone}>
      Trend <span className="sr-only">against the previous period</span>
    </Th>
  );
}

export default function DowntimePage() {
  const { period, filter } = usePeriodFilter();
  const [view, setView] = useState<'parks' | 'rides'>('parks');
  const [sort, setSort] = useState<string | undefined>(undefined);
  const [ridePage, setRidePage] = useState(1);
  const parks = useParks<Listing<ParkRankItem> & { summary: Record<string, number> }>('/rankings/parks', { period, filter, sort: view === 'parks' ? sort : undefined, pageSize: 100 }, view === 'parks');
  const rides = useParks<Listing<RideRankItem>>('/rankings/rides', { period, filter, sort: view === 'rides' ? sort : undefined, page: ridePage, pageSize: RIDES_PER_PAGE }, view === 'rides');
  const sortButton = (key: string, label: string) => (
    <button type="button" onClick={() => { setSort(key); setRidePage(1); }} aria-label={`Sort by ${label}`} className={cx('uppercase', sort === key && 'text-indigo-700')}>{label}</button>
  );
  return (
    <Card className="min-w-0 p-3 sm:p-6">
      <Tabs value={view} onValueChange={(v) => { setView(v as 'parks' | 'rides'); setSort(undefined); setRidePage(1); }}>
        <TabsList aria-label="Rank">
          <TabsTrigger value="parks">Parks</TabsTrigger>
          <TabsTrigger value="rides">Rides</TabsTrigger>
        </TabsList>
        <TabsContent value="parks">
        {parks.isLoading ? <Loading /> : parks.error ? <ErrorBox error={parks.error} /> : parks.data ? (
          <>
            <p className="mb-2 text-sm text-slate-600">{parks.data.period.label}</p>
            <AsOf at={parks.data.dataAsOf} />
            {parks.data.items.length === 0 ? <Empty reason={parks.data.emptyReason} /> : (
              <Table aria-label="Park rankings">
                <thead><tr><Th>#</Th><Th>Park</Th><Th>{sortButton('shame', 'Shame')}</Th><Th className={hideOnPhone}>{sortButton('downtime', 'Downtime h')}</Th><Th className={hideOnPhone}>{sortButton('uptime', 'Uptime')}</Th><Th className={hideOnPhone}>{sortButton('ridesDown', period === 'live' ? 'Rides down' : 'Rides w/ downtime')}</Th>{hasTrend(parks.data.items) ? <TrendHeader /> : null}</tr></thead>
                <tbody>
                  {parks.data.items.map((item) => (
                    <Tr key={item.park.id}>
                      <Td><Medal rank={item.rank} /></Td>
                      <Td><ParkLink park={item.park} /></Td>
                      <Td><AuditNumber metric="park-shame" id={item.park.id} period={period} value={item.shameScore}><ScoreBadge score={item.shameScore} band={item.band} /></AuditNumber></Td>
                      <Td className={hideOnPhone}><AuditNumber metric="park-downtime" id={item.park.id} period={period} value={item.downtimeHours}>{item.downtimeHours.toFixed(2)}</AuditNumber></Td>
                      <Td className={hideOnPhone}><AuditNumber metric="park-uptime" id={item.park.id} period={period} value={item.uptimePct}>{item.uptimePct ?? '—'}%</AuditNumber></Td>
                      <Td className={hideOnPhone}>{item.ridesDown} / {item.countedRides}</Td>
                      {hasTrend(parks.data!.items) ? <Td className={hideOnPhone}><Trend pct={item.trendPct} /></Td> : null}
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </>
        ) : null}
        </TabsContent>
        <TabsContent value="rides">
        {rides.isLoading ? <Loading /> : rides.error ? <ErrorBox error={rides.error} /> : rides.data ? (
        <>
          <p className="mb-2 text-sm text-slate-600">{rides.data.period.label}</p>
          {rides.data.items.length === 0 ? <Empty reason={rides.data.emptyReason} /> : (
            <>
              <Table aria-label="Ride rankings">
                <thead><tr><Th>#</Th><Th>Ride</Th><Th className={hideOnPhone}>Park</Th><Th>{sortButton('downtime', 'Downtime h')}</Th><Th className={hideOnPhone}>{sortButton('uptime', 'Uptime')}</Th><Th className={hideOnPhone}>{sortButton('incidents', 'Incidents')}</Th><Th className={hideOnPhone}>{sortButton('longestOutage', 'Longest')}</Th><Th className={hideOnPhone}>Now</Th>{hasTrend(rides.data.items) ? <TrendHeader /> : null}</tr></thead>
                <tbody>
                  {rides.data.items.map((item) => (
                    <Tr key={item.ride.id}>
                      <Td><Medal rank={item.rank} /></Td>
                      <Td><RideLink ride={item.ride} /> <span className="text-xs text-slate-600">tier {item.ride.tier ?? '—'}</span><span className="block text-xs text-slate-600 sm:hidden">{item.park.name}</span></Td>
                      <Td className={hideOnPhone}><ParkLink park={item.park} /></Td>
                      <Td><AuditNumber metric="ride-downtime" id={item.ride.id} period={period} value={item.downtimeHours}>{item.downtimeHours.toFixed(2)}</AuditNumber></Td>
                      <Td className={hideOnPhone}><AuditNumber metric="ride-uptime" id={item.ride.id} period={period} value={item.uptimePct}>{item.uptimePct ?? '—'}%</AuditNumber></Td>
                      <Td className={hideOnPhone}>{item.incidents}</Td>
                      <Td className={hideOnPhone}>{item.longestOutageMinutes} min</Td>
                      <Td className={hideOnPhone}>{STATUS_LABEL[item.currentStatus]}{item.currentOutageMinutes ? ` · down for ${item.currentOutageMinutes} min` : ''}</Td>
                      {hasTrend(rides.data!.items) ? <Td className={hideOnPhone}><Trend pct={item.trendPct} /></Td> : null}
                    </Tr>
                  ))}
                </tbody>
              </Table>
              <Pager label="Ride ranking pages" page={ridePage} pageSize={RIDES_PER_PAGE} total={rides.data.total} onPage={setRidePage} />
            </>
          )}
        </>
      ) : null}
        </TabsContent>
      </Tabs>
    </Card>
  );
}
