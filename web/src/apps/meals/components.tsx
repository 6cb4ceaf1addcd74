import { Link, useLocation } from 'react-router-dom';
import { Button, Notice } from '../../shared/ui';
import { money } from './model';

/** Previous / next paging with "page x of y". */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 p-3 text-sm">
      <Button variant="secondary" className="min-h-11" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span>
        Page {page} of {pages}
      </span>
      <Button variant="secondary" className="min-h-11" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}

/** The confirmation the expense form hands over (router state `saved`) to the page it goes to after saving. */
export function SavedNotice() {
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return saved ? <Notice className="mb-3">{saved}</Notice> : null;
}

/** The floating "add expense" button of the dashboard, expense list and calendar. */
export function AddExpenseButton({ to = '/meals/expenses/new' }: { to?: string }) {
  return (
    <Link
      to={to}
      aria-label="Add expense"
      className="fixed bottom-6 right-6 z-10 inline-flex h-14 w-14 items-center justify-center rounded-full bg-indigo-600 text-3xl text-white shadow-lg hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 print:hidden"
    >
      +
    </Link>
  );
}

export const palette = ['#4f46e5', '#0891b2', '#16a34a', '#ea580c', '#db2777', '#7c3aed', '#ca8a04', '#64748b', '#dc2626', '#0d9488'];

export interface ChartSlice {
  label: string;
  value: number;
  colour?: string | null;
}

/** A doughnut of shares; the legend (with amounts) is the accessible text. */
export function Doughnut({ title, slices, currency }: { title: string; slices: ChartSlice[]; currency: string }) {
  const positive = slices.filter((s) => s.value > 0);
  const total = positive.reduce((sum, s) => sum + s.value, 0);
  const radius = 40;
  const circumference = 2 * Math.PI * radius;
  let offset = 0;
  return (
    <figure className="flex flex-wrap items-center gap-4">
      <svg viewBox="0 0 100 100" className="h-40 w-40 shrink-0 -rotate-90" aria-hidden="true">
        <circle cx="50" cy="50" r={radius} fill="none" stroke="#e2e8f0" strokeWidth="18" />
        {total > 0
          ? positive.map((s, i) => {
              const length = (s.value / total) * circumference;
              const dash = `${length} ${circumference - length}`;
              const element = (
                <circle key={s.label} cx="50" cy="50" r={radius} fill="none" stroke={s.colour ?? palette[i % palette.length]} strokeWidth="18" strokeDasharray={dash} strokeDashoffset={-offset} />
              );
              offset += length;
              return element;
            })
          : null}
      </svg>
      <figcaption className="min-w-0 flex-1">
        <span className="sr-only">{title}</span>
        <ul className="space-y-1 text-sm">
          {slices.map((s, i) => (
            <li key={s.label} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-sm" style={{ background: s.colour ?? palette[i % palette.length] }} />
              <span className="flex-1 truncate">{s.label}</span>
              <span className="tabular-nums">{money(s.value, currency)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Horizontal bars, labelled, each with amount and share. */
export function HBars({ title, slices, currency, shares }: { title: string; slices: ChartSlice[]; currency: string; shares?: number[] }) {
  const max = Math.max(1, ...slices.map((s) => s.value));
  return (
    <ul aria-label={title} className="space-y-2 text-sm">
      {slices.map((s, i) => (
        <li key={s.label}>
          <div className="flex justify-between gap-2">
            <span className="truncate">{s.label}</span>
            <span className="shrink-0 tabular-nums">
              {money(s.value, currency)}
              {shares ? ` · ${shares[i]}%` : ''}
            </span>
          </div>
          <div className="h-2 rounded bg-slate-100" aria-hidden="true">
            <div className="h-2 rounded" style={{ width: `${(100 * Math.max(0, s.value)) / max}%`, background: s.colour ?? palette[0] }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A line of monthly totals with a data table for screen readers and print. */
export function TrendLine({ title, points, currency }: { title: string; points: { label: string; value: number }[]; currency: string }) {
  const width = 600;
  const height = 160;
  const max = Math.max(1, ...points.map((p) => p.value));
  const x = (i: number) => (points.length <= 1 ? width / 2 : 10 + (i * (width - 20)) / (points.length - 1));
  const y = (v: number) => height - 20 - (Math.max(0, v) / max) * (height - 40);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-40 w-full" aria-hidden="true" preserveAspectRatio="none">
        <line x1="0" x2={width} y1={height - 20} y2={height - 20} stroke="#cbd5e1" />
        <path d={path} fill="none" stroke={palette[0]} strokeWidth="2.5" vectorEffect="non-scaling-stroke" />
        {points.map((p, i) => (
          <circle key={p.label} cx={x(i)} cy={y(p.value)} r="3" fill={palette[0]} />
        ))}
      </svg>
      <figcaption className="flex justify-between text-xs text-slate-600" aria-hidden="true">
        <span>{points[0]?.label}</span>
        <span>{points[points.length - 1]?.label}</span>
      </figcaption>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{money(p.value, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
