import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import { cx } from '../ui/cx';
import { colourOf, splitPartial, type ChartCommon, type ChartItem, type ChartPoint, type ChartSeries } from './types';

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

/**
 * Lines over time with axes, a tooltip and a legend. Points marked `partial` (a month or hour still running) are joined
 * by a dashed segment and named "partial", so a running period does not read as a drop.
 */
export function TrendChart({ title, format, formatAxis = format, unit, height = 240, points, series }: ChartCommon & { points: ChartPoint[]; series: ChartSeries[] }) {
  const rows = splitPartial(points, series);
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
            formatter={(value, name) => [format(Number(value)), String(name).replace(/:partial$/, '')]}
          />
          {series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={colourOf(i, s.colour)} strokeWidth={2} dot={dots ? { r: 2.5 } : false} connectNulls={false} isAnimationActive={false} />
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
                  dot={dots ? { r: 3, fill: '#fff' } : false}
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
