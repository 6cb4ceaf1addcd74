import { cx } from '../../shared/ui';
import type { Attribution } from './api';

const BAND_STYLE: Record<string, string> = {
  clean: 'bg-emerald-100 text-emerald-800',
  low: 'bg-lime-100 text-lime-800',
  medium: 'bg-amber-100 text-amber-800',
  high: 'bg-orange-100 text-orange-800',
  critical: 'bg-red-100 text-red-800',
};

export function ScoreBadge({ score, band }: { score: number | null; band: string | null }) {
  if (score === null) return <span className="text-slate-500">—</span>;
  return (
    <span className={cx('inline-flex items-center gap-1 rounded px-2 py-0.5 font-semibold tabular-nums', BAND_STYLE[band ?? ''] ?? '')}>
      {score.toFixed(1)} <span className="text-xs font-normal">{band}</span>
    </span>
  );
}

export function Trend({ pct }: { pct: number | null }) {
  if (pct === null) return <span className="text-slate-400">—</span>;
  const up = pct > 0;
  return <span className={up ? 'text-red-700' : 'text-emerald-700'} aria-label={`${up ? 'up' : 'down'} ${Math.abs(pct)} percent`}>{up ? '▲' : pct < 0 ? '▼' : '■'} {Math.abs(pct)}%</span>;
}

export function Credits({ attribution }: { attribution?: Attribution[] }) {
  const list = attribution ?? [
    { name: 'ThemeParks.wiki', url: 'https://themeparks.wiki' },
    { name: 'Queue-Times.com', url: 'https://queue-times.com' },
  ];
  return (
    <p className="mt-6 text-center text-xs text-slate-500">
      Data: <a className="underline" href={list[0].url} target="_blank" rel="noreferrer">{list[0].name}</a> · Powered by{' '}
      <a className="underline" href={list[1].url} target="_blank" rel="noreferrer">{list[1].name}</a>
    </p>
  );
}

const EMPTY_TEXT: Record<string, string> = {
  not_collected_yet: 'Nothing has been collected yet.',
  no_open_parks: 'No parks are open right now.',
  no_data: 'Nothing recorded for this period.',
};

export function Empty({ reason }: { reason: string | null }) {
  return <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600" role="status">{EMPTY_TEXT[reason ?? 'no_data'] ?? EMPTY_TEXT.no_data}</p>;
}
