import { colourOf, type ChartItem } from './types';

/**
 * A short ranking as a list with proportional bars, drawn with CSS alone: for a few items on a first page, where
 * loading the chart library would cost more than it shows. The list itself is the accessible text.
 */
export function RankList({ title, items, format }: { title: string; items: ChartItem[]; format: (value: number) => string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ul aria-label={title} className="space-y-2 text-sm">
      {items.map((item, i) => (
        <li key={`${item.label}-${i}`}>
          <div className="flex justify-between gap-2">
            <span className="min-w-0 truncate">
              {item.label}
              {item.detail ? <span className="text-slate-600"> · {item.detail}</span> : null}
            </span>
            <span className="shrink-0 font-medium tabular-nums">{format(item.value)}</span>
          </div>
          <div aria-hidden="true" className="mt-1 h-2 rounded-full bg-slate-100">
            <div className="h-2 rounded-full" style={{ width: `${(100 * Math.max(0, item.value)) / max}%`, background: colourOf(i, item.colour) }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
