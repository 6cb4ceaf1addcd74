import { label, WINDOW_TYPE_LABEL } from '../labels';
import { Heatmap, RankBars, TrendChart } from '../../../shared/charts';
import { calendarGrid } from '../calendar';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Card, ErrorBox, Loading, Table } from '../../../shared/ui';
import { plural, withUnit } from '../../../shared/plural';
import { STATUS_LABEL, useParks } from '../api';
import { type ParkCalendar, type ParkDetail, type ParkRideChart } from '../api';
import { AuditNumber } from '../AuditNumber';
import { Empty, ScoreBadge } from '../ui';
import { usePeriodFilter } from '../Shell';
import { th, td, RideLink, pacific, isRunning, partialPoints } from '../common';

/** Shame bands of the calendar, from a day without downtime to a bad one. */
const SHAME_BANDS: { below: number; colour: string; label: string }[] = [
  { below: Number.EPSILON, colour: '#10b981', label: '0' },
  { below: 0.5, colour: '#a3e635', label: 'under 0.5' },
  { below: 1, colour: '#fbbf24', label: '0.5–1' },
  { below: 2, colour: '#fb923c', label: '1–2' },
  { below: Infinity, colour: '#dc2626', label: '2 and over' },
];
const shameColour = (shame: number) => SHAME_BANDS.find((b) => shame < b.below)!.colour;

function ReliabilityCalendar({ days, parkName, year }: { days: { date: string; shame: number | null }[]; parkName: string; year: number }) {
  const grid = calendarGrid(days.map((d) => ({ date: d.date, value: d.shame })));
  const latestWeek = Math.max(...grid.cells.map((row) => row.reduce<number>((last, value, week) => (value !== null ? week : last), -1)));
  return (
    <div className="mt-2">
      <Heatmap
        title={`Daily shame score of ${parkName} in ${year}`}
        format={(v) => `shame ${v.toFixed(2)}`}
        columns={grid.weeks}
        rows={grid.weekdays.map((label, i) => ({ label, cells: grid.cells[i] }))}
        colour={shameColour}
        scale={SHAME_BANDS.map((b) => ({ label: b.label, colour: b.colour }))}
        cellTitle={(row, column) => grid.dates[row][column] ?? ''}
        rowWidth={36}
        cellHeight={18}
        minWidth={grid.weeks.length * 15 + 36}
        showColumn={latestWeek >= 0 ? latestWeek : undefined}
      />
    </div>
  );
}

export default function ParkDetailPage() {
  const { slug = '' } = useParams();
  const { period } = usePeriodFilter();
  const page = useParks<ParkDetail>(`/parks/${slug}`, { period });
  const year = new Date().getFullYear();
  const calendar = useParks<ParkCalendar>(`/parks/${slug}/calendar`, { year });
  const [chartType, setChartType] = useState('downtime');
  const rideChart = useParks<ParkRideChart>(`/parks/${slug}/ride-chart`, { type: chartType, period });
  if (page.isLoading) return <Loading />;
  if (page.error) return <ErrorBox error={page.error} />;
  const p = page.data!;
  return (
    <div className="space-y-4">
      <Card>
        <h2 className="text-xl font-bold">{p.park.name}</h2>
        <p className="text-sm text-slate-600">{p.park.brand} · {p.statusModel === 'DownOnly' ? 'only DOWN counts as downtime' : 'DOWN and CLOSED count as downtime'} · {p.timeZone}
          {p.park.queueTimesUrl ? <> · <a className="underline" href={p.park.queueTimesUrl} target="_blank" rel="noreferrer">Queue-Times page</a></> : null}</p>
        <p className="mt-2">Now: <strong>{p.current.open ? 'Open' : 'Closed'}</strong>{p.current.stale ? ' (no fresh data)' : ''} · avg wait {p.current.avgWait ?? '—'} min · {Object.entries(p.current.counts).map(([k, v]) => `${STATUS_LABEL[k]} ${v}`).join(', ')}</p>
        <h3 className="mt-3 font-semibold">Hours</h3>
        {p.hours.length === 0 ? <p className="text-sm text-slate-500">No published hours.</p> : <ul className="text-sm">{p.hours.map((h) => <li key={h.date + h.opensAt}>{h.date}: {pacific(h.opensAt)} – {pacific(h.closesAt)} ({label(WINDOW_TYPE_LABEL, h.type)})</li>)}</ul>}
        <p className="mt-2 text-sm">Tiers: {Object.entries(p.tierDistribution).map(([k, v]) => `${k} ${v}`).join(' · ')}</p>
      </Card>
      <Card aria-label="Shame breakdown">
        <h3 className="font-semibold">Shame — {p.period.label}</h3>
        <p className="mt-1 text-lg"><AuditNumber metric="park-shame" id={p.park.id} period={period} value={p.breakdown.score}><ScoreBadge score={p.breakdown.score} band={p.breakdown.band} /></AuditNumber>
          <span className="ml-3 text-sm text-slate-600">A = {p.breakdown.a}, B = {p.breakdown.b} · uptime {p.breakdown.uptimePct ?? '—'}% · downtime {p.breakdown.downtimeHours} h{p.breakdown.fallbackMinutes ? ` · ${p.breakdown.fallbackMinutes} min served by the fallback source` : ''}</span></p>
        {/* Six columns do not fit a phone: there each ride is a short block instead of a row that scrolls sideways. */}
        <div className="max-sm:hidden">
          <Table className="mt-2" aria-label="Contributing rides">
            <thead><tr><th className={th}>Ride</th><th className={th}>Tier</th><th className={th}>Weight</th><th className={th}>Status</th><th className={th}>Down / observed min</th><th className={th}>Contribution</th></tr></thead>
            <tbody>{p.breakdown.rides.map((r) => <tr key={r.ride.id} className="border-t"><td className={td}><RideLink ride={r.ride} /></td><td className={td}>{r.tier ?? '—'}</td><td className={td}>{r.weight}</td><td className={td}>{STATUS_LABEL[r.status]}</td><td className={td}>{r.downMin ?? '—'} / {r.obsMin ?? '—'}</td><td className={td}>{r.contribution ?? '—'}</td></tr>)}</tbody>
          </Table>
        </div>
        <ul className="mt-2 divide-y divide-slate-100 sm:hidden" aria-label="Contributing rides">
          {p.breakdown.rides.map((r) => (
            <li key={r.ride.id} className="py-2 text-sm">
              <p className="font-medium break-words"><RideLink ride={r.ride} /></p>
              <p className="text-slate-600">
                {STATUS_LABEL[r.status]} · tier {r.tier ?? '—'} · weight {r.weight} · down {r.downMin ?? '—'} of {r.obsMin ?? '—'} min observed ·
                contribution {r.contribution ?? '—'}
              </p>
            </li>
          ))}
        </ul>
        {p.breakdown.excluded.length ? <><h4 className="mt-3 font-semibold">Not counted</h4><ul className="text-sm">{p.breakdown.excluded.map((r) => <li key={r.ride.id}><RideLink ride={r.ride} />: {r.reason.replace('_', ' ')}{r.daysSinceOperated !== null ? ` (last ran ${plural(r.daysSinceOperated, 'day', 'days')} ago)` : ''}</li>)}</ul></> : null}
      </Card>
      <Card aria-label="Shame through the period">
        <h3 className="font-semibold">Shame through the {p.chart.granularity === 'day' ? 'period' : p.chart.granularity === '10min' ? 'last hour' : 'day'}</h3>
        {p.chart.points.some((x) => x.value !== null) ? (
          <TrendChart
            title={`Shame score of ${p.park.name}`}
            format={(v) => v.toFixed(1)}
            points={partialPoints(p.chart.points.map((x) => x.label), [{ key: 'shame', values: p.chart.points.map((x) => x.value) }], isRunning(period))}
            series={[{ key: 'shame', name: `${p.park.name} shame score` }]}
          />
        ) : <Empty reason="no_data" />}
      </Card>
      <Card>
        <div className="flex items-center gap-2"><h3 className="font-semibold">Rides compared</h3>
          <select aria-label="Ride chart type" value={chartType} onChange={(e) => setChartType(e.target.value)} className="rounded border px-1 text-sm"><option value="downtime">Downtime</option><option value="waits">Waits</option></select></div>
        {rideChart.data ? rideChart.data.series.length === 0 ? <Empty reason="no_data" /> : (
          <div className="mt-2">
            <RankBars
              title={`Rides of ${p.park.name} by ${chartType === 'waits' ? 'wait' : 'downtime'}`}
              format={(v) => withUnit(v, rideChart.data!.unit)}
              items={rideChart.data.series.filter((s) => s.value !== null).map((s) => ({ label: s.ride.name, value: s.value ?? 0 }))}
            />
          </div>
        ) : <Loading />}
      </Card>
      <Card aria-label="Reliability calendar">
        <h3 className="font-semibold">Reliability calendar {year}</h3>
        {calendar.data ? <ReliabilityCalendar days={calendar.data.days} parkName={p.park.name} year={year} /> : <Loading />}
      </Card>
    </div>
  );
}
