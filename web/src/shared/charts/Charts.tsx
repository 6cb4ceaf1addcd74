import { useLayoutEffect, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import { cx } from '../ui/cx';
import { colourOf, partialLayers, splitPartial, type ChartCommon, type ChartItem, type ChartPoint, type ChartSeries } from './types';

const axis = { fontSize: 12, fill: '#475569' };
const tooltipStyle = { borderRadius: 8, borderColor: '#cbd5e1', fontSize: 13 };

/** The chart's figures for screen readers (the drawing itself is hidden from them). */
function DataTable({ title, columns, rows }: { title: string; columns: string[]; rows: { label: string; cells: string[] }[] }) {
  return (
    // A table ignores a 1px width, so the visually hidden box is a div around it (else it widens a phone's page).
    <div className="sr-only">
      <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{columns[0]}</th>
          {columns.slice(1).map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
      </table>
    </div>
  );
}

function Legend({ series }: { series: { name: string; colour: string; onSelect?: () => void; dashed?: boolean }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {series.map((s) => {
        const swatch = (
          <span
            aria-hidden="true"
            className={cx('inline-block h-0.5 w-4 shrink-0', s.dashed && 'border-t-2 border-dashed bg-transparent')}
            style={s.dashed ? { borderColor: s.colour } : { background: s.colour, height: 3 }}
          />
        );
        return (
          <li key={s.name}>
            {s.onSelect ? (
              <button type="button" onClick={s.onSelect} className="inline-flex min-h-6 items-center gap-1.5 hover:underline">
                {swatch}
                {s.name}
              </button>
            ) : (
              <span className="inline-flex min-h-6 items-center gap-1.5">
                {swatch}
                {s.name}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A hollow dot on a partial point only (the solid line draws the complete ones). */
function partialDot(props: unknown) {
  const { cx: x, cy: y, index, payload, stroke } = props as { cx: number; cy: number; index: number; payload: { partialPoint?: boolean }; stroke: string };
  return payload.partialPoint ? <circle key={index} cx={x} cy={y} r={3} fill="#fff" stroke={stroke} strokeWidth={2} /> : <g key={index} />;
}

/**
 * Lines over time with axes, a tooltip and a legend. Points marked `partial` (a month or hour still running) are joined
 * by a dashed segment and named "partial", so a running period does not read as a drop.
 */
export function TrendChart({ title, format, formatAxis = format, unit, height = 240, points, series }: ChartCommon & { points: ChartPoint[]; series: ChartSeries[] }) {
  const rows = splitPartial(points, series).map((row, i) => ({ ...row, partialPoint: !!points[i].partial }));
  const hasPartial = points.some((p) => p.partial);
  const dots = series.length <= 2 && points.length <= 24;
  const named = (label: string) => (points.find((p) => p.label === label)?.partial ? `${label} (partial)` : label);
  return (
    <figure aria-label={title} className="min-w-0">
      {unit ? (
        <p aria-hidden="true" className="mb-1 text-xs text-slate-600">
          {unit}
        </p>
      ) : null}
      <div aria-hidden="true" style={{ height }}>
        <LineChart responsive style={{ width: '100%', height }} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={axis} tickLine={false} axisLine={{ stroke: '#cbd5e1' }} minTickGap={16} />
          <YAxis tick={axis} tickLine={false} axisLine={false} width={unit ? 40 : 84} tickFormatter={(v: number) => formatAxis(v)} />
          <Tooltip
            contentStyle={tooltipStyle}
            labelFormatter={(label) => named(String(label))}
            formatter={(value, name) => [format(Number(value)), String(name)]}
          />
          {series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={colourOf(i, s.colour)} strokeWidth={2} dot={dots ? { r: 2.5 } : false} connectNulls={false} isAnimationActive={false} />
          ))}
          {hasPartial
            ? series.flatMap((s, i) =>
                partialLayers(s.key).map((layer) => (
                  <Line
                    key={layer}
                    dataKey={layer}
                    name={layer}
                    stroke={colourOf(i, s.colour)}
                    strokeWidth={2}
                    strokeDasharray="5 4"
                    dot={dots ? partialDot : false}
                    legendType="none"
                    tooltipType="none"
                    isAnimationActive={false}
                  />
                )),
              )
            : null}
        </LineChart>
      </div>
      <Legend
        series={[
          ...series.map((s, i) => ({ name: s.name, colour: colourOf(i, s.colour), onSelect: s.onSelect })),
          ...(hasPartial ? [{ name: 'Partial period (still running or cut by the range)', colour: '#64748b', dashed: true }] : []),
        ]}
      />
      <DataTable
        title={title}
        columns={['', ...series.map((s) => s.name)]}
        rows={points.map((p) => ({ label: p.partial ? `${p.label} (partial)` : p.label, cells: series.map((s) => (p.values[s.key] == null ? '—' : format(p.values[s.key]!))) }))}
      />
    </figure>
  );
}

const ROW = 40;

/** A ranking as horizontal bars, each named above its bar with its value, so long names never squeeze the bars. */
export function RankBars({ title, format, items, height }: ChartCommon & { items: ChartItem[] }) {
  const rows = items.map((item, i) => ({ ...item, name: item.detail ? `${item.label} · ${item.detail}` : item.label, fill: colourOf(i, item.colour) }));
  const drawn = height ?? Math.max(ROW + 8, rows.length * ROW + 8);
  const caption = (props: unknown) => {
    const { viewBox, index } = props as { viewBox: { x: number; y: number }; index: number };
    const row = rows[index];
    return (
      <text x={viewBox.x} y={viewBox.y - 5} fontSize={12} fill="#334155">
        <tspan fontWeight={600}>{format(row.value)}</tspan>
        <tspan dx={6}>{row.name}</tspan>
      </text>
    );
  };
  return (
    <figure aria-label={title} className="min-w-0">
      <div aria-hidden="true" style={{ height: drawn }}>
        <BarChart responsive style={{ width: '100%', height: drawn }} data={rows} layout="vertical" barCategoryGap={0} margin={{ top: 8, right: 4, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="name" hide />
          <Tooltip contentStyle={tooltipStyle} cursor={{ fill: '#f1f5f9' }} formatter={(value) => [format(Number(value)), '']} separator="" />
          <Bar dataKey="value" radius={4} barSize={12} minPointSize={2} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.name} fill={r.fill} />
            ))}
            <LabelList dataKey="value" content={caption} />
          </Bar>
        </BarChart>
      </div>
      <DataTable title={title} columns={['', 'Value']} rows={rows.map((r) => ({ label: r.name, cells: [format(r.value)] }))} />
    </figure>
  );
}

/** Shares of a whole as a donut with a legend that lists every slice with its value and share. */
export function DonutChart({ title, format, items, height = 200 }: ChartCommon & { items: ChartItem[] }) {
  const positive = items.filter((i) => i.value > 0);
  const total = positive.reduce((sum, i) => sum + i.value, 0);
  const share = (v: number) => (total > 0 ? `${Math.round((100 * v) / total)}%` : '—');
  return (
    <figure aria-label={title} className="flex min-w-0 flex-col gap-4 sm:flex-row sm:items-center">
      <div aria-hidden="true" className="mx-auto shrink-0 sm:mx-0" style={{ width: height, height }}>
        <PieChart width={height} height={height} accessibilityLayer={false}>
          <Pie rootTabIndex={-1} data={positive} dataKey="value" nameKey="label" innerRadius="58%" outerRadius="95%" paddingAngle={1} isAnimationActive={false}>
            {positive.map((item, i) => (
              <Cell key={item.label} fill={colourOf(i, item.colour)} />
            ))}
          </Pie>
          <Tooltip contentStyle={tooltipStyle} formatter={(value, name) => [`${format(Number(value))} · ${share(Number(value))}`, String(name)]} />
        </PieChart>
      </div>
      <figcaption className="w-full min-w-0 sm:flex-1">
        <span className="sr-only">{title}</span>
        <ul className="space-y-1 text-sm">
          {items.map((item) => (
            <li key={item.label} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-sm" style={{ background: colourOf(positive.indexOf(item), item.colour) }} />
              <span className="min-w-0 flex-1 truncate">{item.label}</span>
              <span className="tabular-nums">{format(item.value)}</span>
              <span className="w-10 text-right text-xs text-slate-600 tabular-nums">{share(item.value)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Bars per period for one or more series side by side; a partial period's bars are pale with a dashed outline. */
export function ColumnChart({
  title,
  format,
  formatAxis = format,
  height = 220,
  points,
  series,
  partialLabel = 'Partial period (still running)',
}: ChartCommon & { points: ChartPoint[]; series: ChartSeries[]; partialLabel?: string }) {
  const rows = points.map((p) => ({ label: p.label, ...p.values }));
  const hasPartial = points.some((p) => p.partial);
  const named = (label: string) => (points.find((p) => p.label === label)?.partial ? `${label} (partial)` : label);
  return (
    <figure aria-label={title} className="min-w-0">
      <div aria-hidden="true" style={{ height }}>
        <BarChart responsive style={{ width: '100%', height }} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={axis} tickLine={false} axisLine={{ stroke: '#cbd5e1' }} minTickGap={16} />
          <YAxis tick={axis} tickLine={false} axisLine={false} width={56} tickFormatter={(v: number) => formatAxis(v)} />
          <Tooltip contentStyle={tooltipStyle} cursor={{ fill: '#f1f5f9' }} labelFormatter={(label) => named(String(label))} formatter={(value, name) => [format(Number(value)), String(name)]} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={colourOf(i, s.colour)} radius={[3, 3, 0, 0]} isAnimationActive={false}>
              {points.map((p) => (
                <Cell key={p.label} fillOpacity={p.partial ? 0.35 : 1} stroke={p.partial ? colourOf(i, s.colour) : undefined} strokeDasharray={p.partial ? '3 2' : undefined} />
              ))}
            </Bar>
          ))}
        </BarChart>
      </div>
      <Legend
        series={[
          ...series.map((s, i) => ({ name: s.name, colour: colourOf(i, s.colour), onSelect: s.onSelect })),
          ...(hasPartial ? [{ name: partialLabel, colour: '#64748b', dashed: true }] : []),
        ]}
      />
      <DataTable
        title={title}
        columns={['', ...series.map((s) => s.name)]}
        rows={points.map((p) => ({ label: p.partial ? `${p.label} (partial)` : p.label, cells: series.map((s) => (p.values[s.key] == null ? '—' : format(p.values[s.key]!))) }))}
      />
    </figure>
  );
}

/** One row of a heatmap: its name, its cells (null = no data) and, optionally, what a click on the row opens. */
export interface HeatmapRow {
  label: string;
  cells: (number | null)[];
  onSelect?: () => void;
}

const NO_DATA = '#f1f5f9';

/**
 * A grid of coloured cells (rows × columns), drawn as equal stacked bars so every cell has the same size at any width:
 * axes name the rows and columns, hovering a cell tells its row, column and value, and the legend gives the scale.
 * `colour` maps a value to its fill; `scale` lists the legend's swatches (a gradient's ends or discrete bands).
 */
export function Heatmap({
  title,
  format,
  rows,
  columns,
  colour,
  scale,
  rowWidth = 140,
  cellHeight = 26,
  minWidth,
  cellTitle = (row, column) => `${rows[row].label}, ${columns[column]}`,
  showColumn,
}: ChartCommon & {
  rows: HeatmapRow[];
  columns: string[];
  colour: (value: number) => string;
  scale: { label: string; colour: string }[];
  rowWidth?: number;
  cellHeight?: number;
  minWidth?: number;
  /** What a cell is called in its tooltip (by default its row and column). */
  cellTitle?: (row: number, column: number) => string;
  /** The column to bring into view when the chart is wider than its box (a phone): e.g. the latest week with data. */
  showColumn?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || showColumn === undefined || element.scrollWidth <= element.clientWidth) return;
    const columnWidth = (element.scrollWidth - rowWidth) / Math.max(1, columns.length);
    element.scrollLeft = Math.max(0, rowWidth + (showColumn + 1) * columnWidth - element.clientWidth + 8);
  }, [showColumn, rowWidth, columns.length]);
  const data = rows.map((r) => ({ label: r.label, ...Object.fromEntries(columns.map((_, j) => [`c${j}`, 1])) }));
  const height = rows.length * cellHeight + 28;
  const cellText = (rowIndex: number, column: number) => {
    const v = rows[rowIndex]?.cells[column] ?? null;
    return v === null ? 'no data' : format(v);
  };
  const tip = ({ active, payload }: { active?: boolean; payload?: readonly { dataKey?: unknown; payload?: { label: string } }[] }) => {
    const item = payload?.[0];
    if (!active || !item?.payload) return null;
    const column = Number(String(item.dataKey).slice(1));
    const rowIndex = rows.findIndex((r) => r.label === item.payload!.label);
    return (
      <div style={tooltipStyle} className="border bg-white px-2 py-1 shadow">
        <p className="font-medium">{cellTitle(rowIndex, column)}</p>
        <p>{cellText(rowIndex, column)}</p>
      </div>
    );
  };
  return (
    <figure aria-label={title} className="min-w-0">
      <div ref={box} aria-hidden="true" className="max-w-full overflow-x-auto">
        <div style={{ height, minWidth }}>
          <BarChart responsive style={{ width: '100%', height }} data={data} layout="vertical" barCategoryGap={1} margin={{ top: 0, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <XAxis
              type="number"
              domain={[0, columns.length]}
              ticks={columns.map((_, j) => j + 0.5)}
              tickFormatter={(v: number) => columns[Math.floor(v)] ?? ''}
              tick={axis}
              tickLine={false}
              axisLine={false}
              interval="preserveStartEnd"
              minTickGap={4}
              orientation="top"
            />
            <YAxis type="category" dataKey="label" width={rowWidth} tick={axis} tickLine={false} axisLine={false} interval={0} />
            <Tooltip content={tip} shared={false} cursor={false} />
            {columns.map((c, j) => (
              <Bar key={c + j} dataKey={`c${j}`} stackId="cells" isAnimationActive={false} stroke="#fff" strokeWidth={1}>
                {rows.map((r) => (
                  <Cell key={r.label} fill={r.cells[j] === null || r.cells[j] === undefined ? NO_DATA : colour(r.cells[j]!)} cursor={r.onSelect ? 'pointer' : undefined} onClick={r.onSelect} />
                ))}
              </Bar>
            ))}
          </BarChart>
        </div>
      </div>
      <ul aria-hidden="true" className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
        <li className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm border border-slate-200" style={{ background: NO_DATA }} />
          no data
        </li>
        {scale.map((s) => (
          <li key={s.label} className="inline-flex items-center gap-1.5">
            <span className="inline-block size-3 rounded-sm" style={{ background: s.colour }} />
            {s.label}
          </li>
        ))}
      </ul>
      <DataTable title={title} columns={['', ...columns]} rows={rows.map((r, i) => ({ label: r.label, cells: columns.map((_, j) => cellText(i, j)) }))} />
    </figure>
  );
}
