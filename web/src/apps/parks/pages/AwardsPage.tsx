import { Card, ErrorBox, Loading } from '../../../shared/ui';
import { withUnit } from '../../../shared/plural';
import { useParks, type AwardsView, type ParkRef, type RideAndPark } from '../api';
import { Empty } from '../ui';
import { usePeriodFilter } from '../Shell';
import { ParkLink, RideLink, Medal } from '../common';

function entityName(e: ParkRef | RideAndPark) {
  return 'ride' in e ? <><RideLink ride={e.ride} /> <span className="text-xs text-slate-500">{e.park.name}</span></> : <ParkLink park={e} />;
}

export default function Awards() {
  const { period } = usePeriodFilter('yesterday');
  const effective = ['yesterday', 'last_week', 'last_month'].includes(period) ? period : 'yesterday';
  const awards = useParks<AwardsView>('/awards', { period: effective });
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
