import { Link } from 'react-router-dom';
import { cx } from '../../shared/ui';
import { type ParkRef, type RideRef } from './api';

export function AsOf({ at }: { at: string | null | undefined }) {
  return at ? <p className="text-xs text-slate-500">Data as of {new Date(at).toLocaleString('en-US', { timeZone: 'America/Los_Angeles', timeZoneName: 'short' })}</p> : null;
}

export const th = 'px-2 py-2 text-left text-xs font-semibold uppercase text-slate-500';
export const td = 'px-2 py-2 align-top';

export function ParkLink({ park }: { park: ParkRef }) {
  return <Link className="font-medium text-indigo-700 hover:underline" to={`/parks/p/${park.slug}`}>{park.name}</Link>;
}

export function RideLink({ ride }: { ride: RideRef }) {
  return <Link className="font-medium text-indigo-700 hover:underline" to={`/parks/r/${ride.id}`}>{ride.name}</Link>;
}

export const medalColours = ['bg-amber-400 text-amber-950 ring-amber-500', 'bg-slate-300 text-slate-900 ring-slate-400', 'bg-orange-300 text-orange-950 ring-orange-400'];

/** Gold, silver and bronze discs drawn with CSS, so they show on systems without an emoji font. */
export function Medal({ rank }: { rank: number }) {
  const colours = medalColours[rank - 1];
  return colours ? (
    <span aria-label={`rank ${rank}`} className={cx('inline-flex size-6 items-center justify-center rounded-full text-xs font-bold ring-1', colours)}>{rank}</span>
  ) : (
    <span aria-label={`rank ${rank}`} className="inline-flex size-6 items-center justify-center text-xs text-slate-600">{rank}</span>
  );
}

export const pacific = (iso: string) => new Date(iso).toLocaleTimeString('en-US', { timeZone: 'America/Los_Angeles', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

/** Periods that are still running: their last reported hour is partial and is drawn as such, not as a drop. */
export const isRunning = (period: string) => period === 'today' || period === 'live';

/** Chart points from parallel label/value arrays; in a running period the last point that has any value is marked partial. */
export function partialPoints(labels: string[], series: { key: string; values: (number | null)[] }[], running: boolean) {
  const last = running ? Math.max(-1, ...series.map((s) => s.values.reduce<number>((at, v, i) => (v !== null ? i : at), -1))) : -1;
  return labels.map((label, i) => ({
    label,
    values: Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? null])),
    partial: i === last,
  }));
}
