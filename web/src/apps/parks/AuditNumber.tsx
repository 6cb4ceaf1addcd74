import { useState, type ReactNode } from 'react';
import { Sheet, SheetContent, SheetTrigger } from '../../shared/ui';
import { useParks, type AuditTrace } from './api';

/** A number that opens its computation trace in a side sheet. */
export function AuditNumber({ metric, id, period, children, value }: { metric: string; id: string; period: string; value: number | null; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger className="underline decoration-dotted underline-offset-2 hover:text-indigo-700">
        {children}
        <span className="sr-only"> — how {metric.replace('-', ' ')} was computed</span>
      </SheetTrigger>
      <SheetContent title="How this number was computed">{open ? <AuditTraceView metric={metric} id={id} period={period} value={value} /> : null}</SheetContent>
    </Sheet>
  );
}

function AuditTraceView({ metric, id, period, value }: { metric: string; id: string; period: string; value: number | null }) {
  const query = useParks<AuditTrace>('/audit', { metric, id, period, displayed: value ?? undefined });
  const trace = query.data;
  return (
    <>
        {query.isLoading ? <p>Loading…</p> : null}
        {query.error ? <p role="alert">Could not load the trace.</p> : null}
        {trace ? (
          <div className="mt-3 space-y-3 text-sm">
            <p><strong>Value:</strong> {trace.value ?? '—'} {trace.matches === false ? <span className="text-red-700">(differs from the figure shown!)</span> : trace.matches ? <span className="text-emerald-700">(matches)</span> : null}</p>
            <p><strong>Formula:</strong> {trace.formula}</p>
            {trace.a !== undefined ? <p><strong>A</strong> (weighted ride-minutes observed while open) = {trace.a ?? 0}; <strong>B</strong> (weighted down minutes) = {trace.b ?? 0}</p> : null}
            <h3 className="font-semibold">Inputs per day</h3>
            <div className="overflow-x-auto"><table className="min-w-full text-xs"><tbody>
              {trace.inputs.map((row, i) => <tr key={i} className="border-t">{Object.entries(row).map(([k, v]) => <td key={k} className="px-1 py-0.5"><span className="text-slate-500">{k}</span> {String(v)}</td>)}</tr>)}
            </tbody></table></div>
            {trace.breakdown ? (
              <>
                <h3 className="font-semibold">Ride contributions</h3>
                <ul>{trace.breakdown.rides.map((r) => <li key={r.ride.name}>{r.ride.name}: weight {r.weight}, {r.downMin ?? '—'} of {r.obsMin ?? '—'} min down → {r.contribution ?? '—'}</li>)}</ul>
                <h3 className="font-semibold">Excluded</h3>
                <ul>{trace.breakdown.excluded.map((r) => <li key={r.ride.name}>{r.ride.name}: {r.reason}</li>)}</ul>
              </>
            ) : null}
            {trace.provenance ? <p><strong>Provenance:</strong> {trace.provenance.slots ?? 'raw data pruned'} slots from {trace.provenance.runs ?? '—'} runs; fallback {trace.provenance.fallbackMinutes} min; stale slots {trace.provenance.staleSlots}</p> : null}
            <h3 className="font-semibold">Checks</h3>
            <ul>{trace.checks.map((c, i) => <li key={i}>{Object.entries(c).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}</li>)}</ul>
          </div>
        ) : null}
    </>
  );
}
