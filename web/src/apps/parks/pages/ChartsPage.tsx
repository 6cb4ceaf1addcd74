import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { TrendChart } from '../../../shared/charts';
import { withUnit } from '../../../shared/plural';
import { Card, Loading } from '../../../shared/ui';
import { useParks, type ParkRef, type RideRef } from '../api';
import { isRunning, partialPoints } from '../common';
import { usePeriodFilter } from '../Shell';
import { Empty } from '../ui';

type Entity = ParkRef & { ride?: RideRef; park?: ParkRef };
interface ChartResponse { labels: string[]; unit: string; emptyReason: string | null; series: { entity: Entity; total: number | null; values: (number | null)[] }[] }
interface HeatmapResponse { columns: string[]; unit: string; entities: { rank: number; entity: Entity; value: number | null }[]; matrix: (number | null)[][] }

const entityPath = (e: Entity) => (e.ride ? `/parks/r/${e.ride.id}` : `/parks/p/${e.slug}`);
const entityName = (e: Entity) => e.ride?.name ?? e.name;

function ChartCard({ type, title, period, filter }: { type: string; title: string; period: string; filter: string }) {
  const chart = useParks<ChartResponse>(`/charts/${type}`, { period, filter });
  const navigate = useNavigate();
  const data = chart.data;
  return (
    <Card aria-label={title} className="min-w-0">
      <h2 className="mb-2 font-semibold">{title}</h2>
      {data ? data.series.length === 0 ? <Empty reason={data.emptyReason} /> : (
        <TrendChart
          title={`${title}, ${data.unit}`}
          format={(v) => withUnit(Math.round(v * 10) / 10, data.unit)}
          formatAxis={(v) => String(Math.round(v * 10) / 10)}
          unit={data.unit}
          points={partialPoints(data.labels, data.series.map((s, i) => ({ key: `s${i}`, values: s.values })), isRunning(period))}
          series={data.series.map((s, i) => ({ key: `s${i}`, name: entityName(s.entity), onSelect: () => navigate(entityPath(s.entity)) }))}
        />
      ) : <Loading />}
    </Card>
  );
}

const heat = (v: number, max: number) => `rgba(220,38,38,${(0.1 + 0.9 * (v / max)).toFixed(2)})`;

function HeatmapCard({ type, title, period, filter }: { type: string; title: string; period: string; filter: string }) {
  const [open, setOpen] = useState(false);
  const heatmap = useParks<HeatmapResponse>(`/heatmaps/${type}`, { period: period === 'live' ? 'today' : period, filter }, open);
  const data = heatmap.data;
  const max = Math.max(1, ...(data?.matrix.flat().filter((v): v is number => v !== null) ?? [1]));
  return (
    <Card className="min-w-0">
      <h2>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className="min-h-10 font-semibold">
          {open ? '▾' : '▸'} {title} heatmap
        </button>
      </h2>
      {open && !data ? <Loading /> : null}
      {open && data ? data.entities.length === 0 ? <Empty reason="no_data" /> : (
        <>
          <div className="mt-2 max-w-full overflow-x-auto" tabIndex={0}>
            <table className="text-xs">
              <caption className="sr-only">{title} heatmap, {data.unit}</caption>
              <thead><tr><th scope="col"><span className="sr-only">{type.startsWith('ride') ? 'Ride' : 'Park'}</span></th>{data.columns.map((c) => <th key={c} scope="col" className="px-1 font-normal text-slate-600">{c}</th>)}</tr></thead>
              <tbody>{data.entities.map((e, i) => (
                <tr key={i}>
                  <th scope="row" className="max-w-40 truncate pr-2 text-left font-normal"><Link className="hover:underline" to={entityPath(e.entity)}>{entityName(e.entity)}</Link></th>
                  {data.matrix[i].map((v, j) => (
                    <td key={j} title={v === null ? 'no data' : withUnit(v, data.unit)} className="size-7 min-w-7 border border-white text-center" style={{ background: v === null ? '#f1f5f9' : heat(v, max) }}>
                      <span className="sr-only">{v === null ? 'no data' : withUnit(v, data.unit)}</span>
                    </td>
                  ))}
                </tr>
              ))}</tbody>
            </table>
          </div>
          <p className="mt-2 flex items-center gap-2 text-xs text-slate-600" aria-hidden="true">
            <span className="inline-block size-3 rounded-sm bg-slate-100" /> no data
            <span className="ml-2 inline-block h-3 w-24 rounded-sm" style={{ background: `linear-gradient(to right, ${heat(0, max)}, ${heat(max, max)})` }} />
            0 – {withUnit(max, data.unit)}
          </p>
        </>
      ) : null}
    </Card>
  );
}

const TYPES = [['park-shame', 'Park shame'], ['park-waits', 'Park waits'], ['ride-downtime', 'Worst rides by downtime'], ['ride-waits', 'Rides by waits']];

export default function ChartsPage() {
  const { period, filter } = usePeriodFilter();
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">{TYPES.map(([t, title]) => <ChartCard key={t} type={t} title={title} period={period} filter={filter} />)}</div>
      {TYPES.map(([t, title]) => <HeatmapCard key={t} type={t} title={title} period={period} filter={filter} />)}
    </div>
  );
}
