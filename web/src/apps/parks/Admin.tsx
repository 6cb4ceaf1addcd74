import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../shared/api';
import { Button, Card, ErrorBox, Input, Loading, Select, Table, Td, Th, Tr, toast } from '../../shared/ui';
import {
  useMeta, type AdminParkRow as AdminPark, type AdminRideRow as AdminRide, type CollectionRun as Run, type DataQualityIssue as Issue,
  type MatchReviewItem as Candidate, type ScheduleWindowInput, type SourceOverride as Override,
} from './api';
import {
  BRAND_LABEL, CATEGORY_LABEL, ENTITY_LABEL, OVERRIDE_ACTION_LABEL, SOURCE_LABEL, STATUS_MODEL_LABEL, WINDOW_TYPE_LABEL, humanize, label, zoned,
} from './labels';

type ScheduleWindow = Required<{ [K in keyof ScheduleWindowInput]: NonNullable<ScheduleWindowInput[K]> }>;


function problemText(error: unknown): string {
  if (isApiError(error) && error.status === 412) return 'Someone else changed this since you loaded it; the list was reloaded, try again.';
  return error instanceof Error ? error.message : String(error);
}

/** Mutations here all end by reloading every admin and public parks query. */
function useAdminMutation<T>(fn: (arg: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => toast('Saved.'), onSettled: () => void client.invalidateQueries({ queryKey: ['parks'] }) });
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card className="mt-4">
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {children}
    </Card>
  );
}

function Parks({ selected, onSelect }: { selected?: string; onSelect: (park: AdminPark) => void }) {
  const parks = useQuery({ queryKey: ['parks', 'admin', 'parks'], queryFn: () => api.get<{ items: AdminPark[] }>('/api/parks/admin/parks') });
  const edit = useAdminMutation(({ park, patch }: { park: AdminPark; patch: Partial<AdminPark> }) =>
    api.patch(`/api/parks/admin/parks/${park.id}`, patch, { headers: { 'If-Match': `"${park.version}"` } }));
  if (parks.isPending) return <Loading />;
  if (parks.isError) return <ErrorBox error={parks.error} />;
  return (
    <Section title="Parks">
      {edit.isError ? <p role="alert" className="mb-2 text-sm text-red-700">{problemText(edit.error)}</p> : null}
      <Table>
        <thead><tr><Th>Park</Th><Th>Brand</Th><Th>What counts as downtime</Th><Th>Active</Th></tr></thead>
        <tbody>
          {parks.data.items.map((p) => (
            <Tr key={p.id} className={p.id === selected ? 'bg-indigo-50' : undefined}>
              <Td><button type="button" className="min-h-8 text-left underline" aria-pressed={p.id === selected} onClick={() => onSelect(p)}>{p.name}</button><span className="block text-xs text-slate-600">{p.timeZone}</span></Td>
              <Td>
                <Select aria-label={`Brand of ${p.name}`} value={p.brand} onChange={(e) => edit.mutate({ park: p, patch: { brand: e.target.value } })}>
                  {Object.entries(BRAND_LABEL).map(([b, text]) => <option key={b} value={b}>{text}</option>)}
                </Select>
              </Td>
              <Td>
                <Select aria-label={`Status model of ${p.name}`} value={p.statusModel} onChange={(e) => edit.mutate({ park: p, patch: { statusModel: e.target.value } })}>
                  {Object.entries(STATUS_MODEL_LABEL).map(([m, text]) => <option key={m} value={m}>{text}</option>)}
                </Select>
              </Td>
              <Td><input type="checkbox" className="size-5" aria-label={`${p.name} active`} checked={p.isActive} onChange={(e) => edit.mutate({ park: p, patch: { isActive: e.target.checked } })} /></Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

function Rides({ parkId }: { parkId: string }) {
  const rides = useQuery({ queryKey: ['parks', 'admin', 'rides', parkId], queryFn: () => api.get<{ items: AdminRide[] }>(`/api/parks/admin/parks/${parkId}/rides`) });
  const edit = useAdminMutation(({ ride, patch }: { ride: AdminRide; patch: Record<string, unknown> }) =>
    api.patch(`/api/parks/admin/rides/${ride.id}`, patch, { headers: { 'If-Match': `"${ride.version}"` } }));
  if (rides.isPending) return <Loading />;
  if (rides.isError) return <ErrorBox error={rides.error} />;
  return (
    <Section title="Rides">
      {edit.isError ? <p role="alert" className="mb-2 text-sm text-red-700">{problemText(edit.error)}</p> : null}
      <Table>
        <thead><tr><Th>Ride</Th><Th>Tier</Th><Th>Category</Th><Th>Active</Th></tr></thead>
        <tbody>
          {rides.data.items.map((r) => (
            <Tr key={r.id}>
              <Td>{r.name}</Td>
              <Td>
                <Select aria-label={`Tier of ${r.name}`} value={r.tier ?? ''} onChange={(e) => edit.mutate({ ride: r, patch: e.target.value ? { tier: Number(e.target.value) } : { clearTier: true } })}>
                  <option value="">Unclassified</option>{[1, 2, 3].map((t) => <option key={t} value={t}>Tier {t}</option>)}
                </Select>
                <span className="ml-1 text-xs text-slate-600">set by {humanize(r.tierSource).toLowerCase()}</span>
              </Td>
              <Td>
                <Select aria-label={`Category of ${r.name}`} value={r.category} onChange={(e) => edit.mutate({ ride: r, patch: { category: e.target.value } })}>
                  {Object.entries(CATEGORY_LABEL).map(([c, text]) => <option key={c} value={c}>{text}</option>)}
                </Select>
              </Td>
              <Td><input type="checkbox" className="size-5" aria-label={`${r.name} active`} checked={r.isActive} onChange={(e) => edit.mutate({ ride: r, patch: { isActive: e.target.checked } })} /></Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

function Schedule({ park }: { park: AdminPark }) {
  const parkId = park.id;
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [windows, setWindows] = useState<ScheduleWindow[]>([{ type: 'OPERATING', opensAt: '09:00', closesAt: '21:00' }]);
  const current = useQuery({
    queryKey: ['parks', 'admin', 'schedule', parkId, date],
    queryFn: () => api.get<{ items: { type: string; opensAt: string; closesAt: string; origin: string }[] }>(`/api/parks/admin/parks/${parkId}/schedule/${date}`),
  });
  const save = useAdminMutation((list: ScheduleWindow[]) => api.put(`/api/parks/admin/parks/${parkId}/schedule/${date}`, { windows: list }));
  const set = (i: number, patch: Partial<ScheduleWindow>) => setWindows(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  return (
    <Section title="Manual schedule">
      <p className="text-sm text-slate-600">Wall-clock times in the park's time zone ({park.timeZone}); manual windows hide the upstream hours of that date.</p>
      <label className="mt-2 block text-sm">Date <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
      <ul className="mt-2 text-sm">
        {current.data?.items.map((s, i) => <li key={i}>{humanize(s.origin)}: {label(WINDOW_TYPE_LABEL, s.type)} {zoned(s.opensAt, park.timeZone)} – {zoned(s.closesAt, park.timeZone)}</li>)}
      </ul>
      {windows.map((w, i) => (
        <div key={i} className="mt-2 flex flex-wrap gap-2">
          <Select aria-label="Kind of hours" value={w.type} onChange={(e) => set(i, { type: e.target.value })}>{Object.entries(WINDOW_TYPE_LABEL).map(([t, text]) => <option key={t} value={t}>{text}</option>)}</Select>
          <Input aria-label={`Opens at (${park.timeZone})`} type="time" value={w.opensAt} onChange={(e) => set(i, { opensAt: e.target.value })} className="w-32" />
          <Input aria-label={`Closes at (${park.timeZone})`} type="time" value={w.closesAt} onChange={(e) => set(i, { closesAt: e.target.value })} className="w-32" />
          <Button variant="secondary" size="sm" onClick={() => setWindows(windows.filter((_, j) => j !== i))}>Remove</Button>
        </div>
      ))}
      <div className="mt-2 flex gap-2">
        <Button variant="secondary" size="sm" disabled={windows.length >= 4} onClick={() => setWindows([...windows, { type: 'OPERATING', opensAt: '09:00', closesAt: '21:00' }])}>Add window</Button>
        <Button size="sm" loading={save.isPending} onClick={() => save.mutate(windows)}>Save {windows.length === 0 ? '(remove manual hours)' : ''}</Button>
      </div>
      {save.isError ? <p role="alert" className="mt-2 text-sm text-red-700">{problemText(save.error)}</p> : null}
    </Section>
  );
}

function MatchReview() {
  const queue = useQuery({ queryKey: ['parks', 'admin', 'match-review'], queryFn: () => api.get<{ items: Candidate[] }>('/api/parks/admin/match-review') });
  const act = useAdminMutation(({ id, action }: { id: string; action: 'accept' | 'dismiss' }) => api.post(`/api/parks/admin/match-review/${id}/${action}`));
  return (
    <Section title="Match review">
      {queue.data?.items.length === 0 ? <p className="text-sm text-slate-600">Nothing waiting for review.</p> : null}
      <ul className="text-sm">
        {queue.data?.items.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2 py-1">
            <span>{label(SOURCE_LABEL, c.source)} {label(ENTITY_LABEL, c.entityType).toLowerCase()} “{c.externalName}” ({c.externalId}) → {c.bestTargetName ?? '–'}{c.parkName ? ` at ${c.parkName}` : ''}, match score {c.score.toFixed(3)}</span>
            <Button size="sm" onClick={() => act.mutate({ id: c.id, action: 'accept' })}>Accept</Button>
            <Button size="sm" variant="secondary" onClick={() => act.mutate({ id: c.id, action: 'dismiss' })}>Dismiss</Button>
          </li>
        ))}
      </ul>
      {act.isError ? <p role="alert" className="text-sm text-red-700">{problemText(act.error)}</p> : null}
    </Section>
  );
}

function Overrides() {
  const list = useQuery({ queryKey: ['parks', 'admin', 'overrides'], queryFn: () => api.get<{ items: Override[] }>('/api/parks/admin/overrides') });
  const [form, setForm] = useState({ source: 'qt', entityType: 'ride', externalId: '', action: 'ignore', targetId: '', reason: '' });
  const create = useAdminMutation(() => api.post('/api/parks/admin/overrides', { ...form, targetId: form.targetId || null }));
  const remove = useAdminMutation((id: string) => api.delete(`/api/parks/admin/overrides/${id}`));
  const names: Record<keyof typeof form, string> = { source: 'Source', entityType: 'Kind', externalId: 'Id at the source', action: 'Action', targetId: 'Target id', reason: 'Reason' };
  const field = (key: keyof typeof form, options?: Record<string, string>) => options
    ? <Select aria-label={names[key]} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })}>{Object.entries(options).map(([o, text]) => <option key={o} value={o}>{text}</option>)}</Select>
    : <Input aria-label={names[key]} placeholder={names[key]} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />;
  return (
    <Section title="Source overrides">
      <ul className="text-sm">
        {list.data?.items.map((o) => (
          <li key={o.id} className="flex items-center gap-2 py-1">
            <span>{label(SOURCE_LABEL, o.source)} {label(ENTITY_LABEL, o.entityType).toLowerCase()} {o.externalId}: {label(OVERRIDE_ACTION_LABEL, o.action).toLowerCase()}{o.targetId ? ` → ${o.targetId}` : ''} — {o.reason} (by {o.createdBy})</span>
            <Button size="sm" variant="secondary" onClick={() => remove.mutate(o.id)}>Delete</Button>
          </li>
        ))}
      </ul>
      <form className="mt-2 flex flex-wrap gap-2" onSubmit={(e) => { e.preventDefault(); create.mutate(undefined); }}>
        {field('source', SOURCE_LABEL)}{field('entityType', ENTITY_LABEL)}{field('externalId')}{field('action', OVERRIDE_ACTION_LABEL)}{field('targetId')}{field('reason')}
        <Button type="submit" size="sm" loading={create.isPending}>Add override</Button>
      </form>
      {create.isError ? <p role="alert" className="mt-2 text-sm text-red-700">{problemText(create.error)}</p> : null}
    </Section>
  );
}

function OpenIssues({ timeZone }: { timeZone: string }) {
  const issues = useQuery({ queryKey: ['parks', 'admin', 'issues'], queryFn: () => api.get<{ items: Issue[] }>('/api/parks/admin/data-quality', { query: { pageSize: 50 } }) });
  const [note, setNote] = useState('');
  const resolve = useAdminMutation((id: string) => api.post(`/api/parks/admin/data-quality/${id}/resolve`, { note }));
  return (
    <Section title="Open data-quality issues">
      <Input aria-label="Resolution note" placeholder="Note for the issues you resolve" value={note} onChange={(e) => setNote(e.target.value)} />
      <ul className="mt-2 text-sm">
        {issues.data?.items.map((i) => (
          <li key={i.id} className="flex items-center gap-2 py-1">
            <span>{humanize(i.type)} · {label(SOURCE_LABEL, i.source)}{i.externalId ? ` · ${i.externalId}` : ''} · ×{i.occurrences} · last seen {zoned(i.lastSeenAt, timeZone)}</span>
            <Button size="sm" variant="secondary" disabled={!note.trim()} onClick={() => resolve.mutate(i.id)}>Resolve</Button>
          </li>
        ))}
      </ul>
      {resolve.isError ? <p role="alert" className="text-sm text-red-700">{problemText(resolve.error)}</p> : null}
    </Section>
  );
}

function RunLog({ timeZone }: { timeZone: string }) {
  const runs = useQuery({ queryKey: ['parks', 'admin', 'runs'], queryFn: () => api.get<{ items: Run[] }>('/api/parks/admin/runs', { query: { pageSize: 20 } }) });
  return (
    <Section title="Run log">
      <Table>
        <thead><tr><Th>Started</Th><Th>Job</Th><Th>Result</Th><Th>Parks OK / fallback / failed</Th><Th>Snapshots</Th></tr></thead>
        <tbody>
          {runs.data?.items.map((r) => (
            <Tr key={r.id} title={r.errorSummary ?? undefined}>
              <Td>{zoned(r.startedAt, timeZone)}</Td><Td>{humanize(r.kind)}</Td><Td>{humanize(r.status)}</Td>
              <Td>{r.parksOk} / {r.parksFallback} / {r.parksFailed}</Td><Td>{r.snapshotsWritten}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}

function EmbedSnippet() {
  const origin = window.location.origin;
  const snippet = `<iframe id="hall-of-shame" src="${origin}/embed/parks?view=parks&limit=10" title="Theme Park Hall of Shame" style="width:100%;border:0"></iframe>
<script>
window.addEventListener('message', function (e) {
  if (e.origin !== '${origin}' || !e.data || e.data.type !== 'hallofshame:height') return;
  document.getElementById('hall-of-shame').style.height = e.data.height + 'px';
});
</script>`;
  return (
    <Section title="Embed snippet">
      <p className="text-sm text-slate-600">Paste into a page of a site on the embed allow-list; it resizes the frame only for messages from this site.</p>
      <pre tabIndex={0} className="mt-2 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{snippet}</pre>
    </Section>
  );
}

export default function AdminPage() {
  const [park, setPark] = useState<AdminPark>();
  const timeZone = useMeta().data?.timeZone ?? 'America/Los_Angeles';
  return (
    <div>
      <h2 className="mt-4 text-xl font-semibold">Admin</h2>
      <Parks selected={park?.id} onSelect={setPark} />
      {park ? <><Rides parkId={park.id} /><Schedule park={park} /></> : <p className="mt-2 text-sm text-slate-600">Pick a park to edit its rides and hours.</p>}
      <MatchReview />
      <Overrides />
      <OpenIssues timeZone={timeZone} />
      <RunLog timeZone={timeZone} />
      <EmbedSnippet />
    </div>
  );
}
