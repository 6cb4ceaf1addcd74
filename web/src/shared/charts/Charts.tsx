import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import { cx } from '../ui/cx';
import { colourOf, splitPartial, type ChartCommon, type ChartItem, type ChartPoint, type ChartSeries } from './types';

const axis = { fontSize: 12, fill: '#475569' };
const tooltipStyle = { borderRadius: 8, borderColor: '#cbd5e1', fontSize: 13 };

/** The chart's figures for screen readers (the drawing itself is hidden from them). */
function DataTable({ title, columns, rows }: { title: string; columns: string[]; rows: { label: string; cells: string[] }[] }) {
  return (
    <table className="sr-only">
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

/**
 * Lines over time with axes, a tooltip and a legend. Points marked `partial` (a month or hour still running) are joined
 * by a dashed segment and named "partial", so a running period does not read as a drop.
 */
export function TrendChart({ title, format, height = 240, points, series }: ChartCommon & { points: ChartPoint[]; series: ChartSeries[] }) {
  const rows = splitPartial(points, series);
  const hasPartial = points.some((p) => p.partial);
  const named = (label: string) => (points.find((p) => p.label === label)?.partial ? `${label} (partial)` : label);
  return (
    <figure aria-label={title} className="min-w-0">
      <div aria-hidden="true" style={{ height }}>
        <LineChart responsive style={{ width: '100%', height }} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={axis} tickLine={false} axisLine={{ stroke: '#cbd5e1' }} minTickGap={16} />
          <YAxis tick={axis} tickLine={false} axisLine={false} width={64} tickFormatter={(v: number) => format(v)} />
          <Tooltip
            contentStyle={tooltipStyle}
            labelFormatter={(label) => named(String(label))}
            formatter={(value, name) => [format(Number(value)), String(name).replace(/:partial$/, '')]}
          />
          {series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={colourOf(i, s.colour)} strokeWidth={2.5} dot={{ r: 2.5 }} connectNulls={false} isAnimationActive={false} />
          ))}
          {hasPartial
            ? series.map((s, i) => (
                <Line
                  key={`${s.key}:partial`}
                  dataKey={`${s.key}:partial`}
                  name={`${s.name}:partial`}
                  stroke={colourOf(i, s.colour)}
                  strokeWidth={2}
                  strokeDasharray="5 4"
                  dot={{ r: 3, fill: '#fff' }}
                  legendType="none"
                  tooltipType="none"
                  isAnimationActive={false}
                />
              ))
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

/** A ranking as horizontal bars, the value written at the end of each bar. */
export function RankBars({ title, format, items, height }: ChartCommon & { items: ChartItem[] }) {
  const rows = items.map((item, i) => ({ ...item, name: item.detail ? `${item.label} · ${item.detail}` : item.label, fill: colourOf(i, item.colour) }));
  const drawn = height ?? Math.max(80, rows.length * 34 + 16);
  return (
    <figure aria-label={title} className="min-w-0">
      <div aria-hidden="true" style={{ height: drawn }}>
        <BarChart responsive style={{ width: '100%', height: drawn }} data={rows} layout="vertical" margin={{ top: 0, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="name" tick={axis} tickLine={false} axisLine={false} width={132} interval={0}
            tickFormatter={(v: string) => (v.length > 20 ? `${v.slice(0, 19)}…` : v)} />
          <Tooltip contentStyle={tooltipStyle} cursor={{ fill: '#f1f5f9' }} formatter={(value) => [format(Number(value)), '']} separator="" />
          <Bar dataKey="value" radius={[0, 4, 4, 0]} barSize={18} isAnimationActive={false}
            label={{ position: 'insideRight', fill: '#fff', fontSize: 11, formatter: (v: unknown) => format(Number(v)) }}>
            {rows.map((r) => (
              <Cell key={r.name} fill={r.fill} />
            ))}
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
    <figure aria-label={title} className="flex min-w-0 flex-wrap items-center gap-4">
      <div aria-hidden="true" className="shrink-0" style={{ width: height, height }}>
        <PieChart width={height} height={height} accessibilityLayer={false}>
          <Pie data={positive} dataKey="value" nameKey="label" innerRadius="58%" outerRadius="95%" paddingAngle={1} isAnimationActive={false}>
            {positive.map((item, i) => (
              <Cell key={item.label} fill={colourOf(i, item.colour)} />
            ))}
          </Pie>
          <Tooltip contentStyle={tooltipStyle} formatter={(value, name) => [`${format(Number(value))} · ${share(Number(value))}`, String(name)]} />
        </PieChart>
      </div>
      <figcaption className="min-w-0 flex-1">
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
