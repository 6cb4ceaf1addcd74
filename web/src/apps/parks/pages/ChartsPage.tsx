import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Heatmap, TrendChart } from '../../../shared/charts';
import { withUnit } from '../../../shared/plural';
import { Card, Loading } from '../../../shared/ui';
import { useParks, type ChartEntity, type ChartView, type HeatmapView } from '../api';
import { isRunning, partialPoints } from '../common';
import { usePeriodFilter } from '../Shell';
import { Empty } from '../ui';


const entityPath = (e: ChartEntity) => ('ride' in e ? `/parks/r/${e.ride.id}` : `/parks/p/${e.slug}`);
const entityName = (e: ChartEntity) => ('ride' in e ? e.ride.name : e.name);

function ChartCard({ type, title, period, filter }: { type: string; title: string; period: string; filter: string }) {
  const chart = useParks<ChartView>(`/charts/${type}`, { period, filter });
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
  const navigate = useNavigate();
  const heatmap = useParks<HeatmapView>(`/heatmaps/${type}`, { period: period === 'live' ? 'today' : period, filter }, open);
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
        <div className="mt-2">
          <Heatmap
            title={`${title} heatmap, ${data.unit}`}
            format={(v) => withUnit(v, data.unit)}
            columns={data.columns}
            rows={data.entities.map((e, i) => ({ label: entityName(e.entity), cells: data.matrix[i], onSelect: () => navigate(entityPath(e.entity)) }))}
            colour={(v) => heat(v, max)}
            scale={[0, 1 / 3, 2 / 3, 1].map((f) => ({ label: withUnit(Math.round(f * max), data.unit), colour: heat(f * max, max) }))}
            minWidth={data.columns.length * 18 + 140}
          />
        </div>
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
