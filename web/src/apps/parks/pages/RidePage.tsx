import { useParams } from 'react-router-dom';
import { Card, ErrorBox, Loading, Table } from '../../../shared/ui';
import { STATUS_LABEL, useParks } from '../api';
import { type RideDetail } from '../api';
import { AuditNumber } from '../AuditNumber';
import { Empty } from '../ui';
import { usePeriodFilter } from '../Shell';
import { th, td, ParkLink, pacific } from '../common';

const STATUS_COLOR: Record<string, string> = { OPERATING: '#10b981', DOWN: '#dc2626', CLOSED: '#94a3b8', REFURBISHMENT: '#a855f7', UNKNOWN: '#e2e8f0' };

export default function RideDetailPage() {
  const { id = '' } = useParams();
  const { period } = usePeriodFilter();
  const page = useParks<RideDetail>(`/rides/${id}`, { period });
  if (page.isLoading) return <Loading />;
  if (page.error) return <ErrorBox error={page.error} />;
  const r = page.data!;
  return (
    <div className="space-y-4">
      <Card>
        <h2 className="text-xl font-bold">{r.ride.name}</h2>
        <p className="text-sm text-slate-600"><ParkLink park={r.park} /> · tier {r.ride.tier ?? 'unclassified'} (weight {r.ride.weight}){r.ride.queueTimesUrl ? <> · <a className="underline" href={r.ride.queueTimesUrl} target="_blank" rel="noreferrer">Queue-Times page</a></> : null}</p>
        <p className="mt-2">Now: <strong>{STATUS_LABEL[r.current.status]}</strong>{r.current.wait !== null ? ` · ${r.current.wait} min wait` : ''}{r.current.currentOutageMinutes ? ` · down for ${r.current.currentOutageMinutes} min` : ''}</p>
        <p className="mt-2 text-sm">{r.period.label}: downtime <AuditNumber metric="ride-downtime" id={r.ride.id} period={period} value={r.summary.downtimeHours}>{r.summary.downtimeHours ?? '—'} h</AuditNumber> · uptime {r.summary.uptimePct ?? '—'}% · {r.summary.incidents} incidents · longest {r.summary.longestOutageMinutes} min · avg wait {r.summary.avgWait ?? '—'} · peak {r.summary.peakWait ?? '—'}</p>
      </Card>
      <Card aria-label="Timeline">
        <h3 className="font-semibold">Status and wait ({r.timeline.granularity})</h3>
        {r.timeline.points.length === 0 ? <Empty reason="no_data" /> : (
          <div className="mt-2 flex h-16 items-end gap-px overflow-x-auto">
            {r.timeline.points.map((pt, i) => <span key={i} title={`${pt.label}: ${pt.status ?? 'no data'}${pt.wait ? `, ${pt.wait} min` : ''}`} className="w-1.5 shrink-0" style={{ height: `${Math.max(10, Math.min(100, (pt.wait ?? 10) * 1.2))}%`, background: STATUS_COLOR[pt.status ?? 'UNKNOWN'] }} />)}
          </div>
        )}
      </Card>
      <Card aria-label="Downtime events">
        <h3 className="font-semibold">Downtime events</h3>
        {r.events.length === 0 ? <p className="text-sm text-slate-500">No downtime in this period.</p> : <ul className="text-sm">{r.events.map((e) => <li key={e.startedAt}>{pacific(e.startedAt)} – {e.endedAt ? pacific(e.endedAt) : 'ongoing'}: {e.downMinutes} min {e.endReason ? `(${e.endReason.replace('_', ' ')})` : ''}</li>)}</ul>}
      </Card>
      {r.hourly ? (
        <Card>
          <h3 className="font-semibold">Hourly breakdown</h3>
          <Table aria-label="Hourly breakdown"><thead><tr><th className={th}>Hour</th><th className={th}>Status</th><th className={th}>Avg wait</th><th className={th}>Uptime</th><th className={th}>Downtime</th><th className={th}>Snapshots</th></tr></thead>
            <tbody>{r.hourly.map((h) => <tr key={h.label} className="border-t"><td className={td}>{h.label}</td><td className={td}>{h.status ? STATUS_LABEL[h.status] : '—'}</td><td className={td}>{h.avgWait ?? '—'}</td><td className={td}>{h.uptimePct ?? '—'}</td><td className={td}>{h.downtimeMinutes ?? '—'}</td><td className={td}>{h.snapshots}</td></tr>)}</tbody></Table>
        </Card>
      ) : null}
    </div>
  );
}
