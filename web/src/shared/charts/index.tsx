import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * The charts of every app (Recharts), loaded on first use so pages without charts never download the library.
 * While it loads, a box of the chart's height holds its place, so nothing shifts.
 */
const charts = () => import('./Charts');
const LazyTrend = lazy(() => charts().then((m) => ({ default: m.TrendChart })));
const LazyBars = lazy(() => charts().then((m) => ({ default: m.RankBars })));
const LazyDonut = lazy(() => charts().then((m) => ({ default: m.DonutChart })));
const LazyColumns = lazy(() => charts().then((m) => ({ default: m.ColumnChart })));
const LazyHeatmap = lazy(() => charts().then((m) => ({ default: m.Heatmap })));

type Trend = ComponentProps<typeof LazyTrend>;
type Bars = ComponentProps<typeof LazyBars>;
type Donut = ComponentProps<typeof LazyDonut>;
type Columns = ComponentProps<typeof LazyColumns>;
type HeatmapProps = ComponentProps<typeof LazyHeatmap>;

const Placeholder = ({ height }: { height: number }) => <div aria-hidden="true" className="animate-pulse rounded-md bg-slate-100" style={{ height }} />;

export function TrendChart(props: Trend) {
  return (
    <Suspense fallback={<Placeholder height={(props.height ?? 240) + 28} />}>
      <LazyTrend {...props} />
    </Suspense>
  );
}

export function RankBars(props: Bars) {
  return (
    <Suspense fallback={<Placeholder height={props.height ?? Math.max(48, props.items.length * 40 + 8)} />}>
      <LazyBars {...props} />
    </Suspense>
  );
}

export function DonutChart(props: Donut) {
  return (
    <Suspense fallback={<Placeholder height={props.height ?? 200} />}>
      <LazyDonut {...props} />
    </Suspense>
  );
}

export function ColumnChart(props: Columns) {
  return (
    <Suspense fallback={<Placeholder height={(props.height ?? 220) + 28} />}>
      <LazyColumns {...props} />
    </Suspense>
  );
}

export function Heatmap(props: HeatmapProps) {
  return (
    <Suspense fallback={<Placeholder height={props.rows.length * (props.cellHeight ?? 26) + 52} />}>
      <LazyHeatmap {...props} />
    </Suspense>
  );
}

export { RankList } from './RankList';
export type { HeatmapRow } from './Charts';
export { palette, type ChartItem, type ChartPoint, type ChartSeries } from './types';
