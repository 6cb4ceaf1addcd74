import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../../shared/api';
import { Button, Card, Checkbox, Input, PageHeader, Select, TextField } from '../../../shared/ui';
import { newIdempotencyKey, useShopQuery, type Employee, type Page } from '../api';
import { Table } from '../components';
import { errorText, fmtNumber, st } from '../i18n';

export function PointsAdminPage() {
  return (
    <div className="space-y-6">
      <PageHeader title={st('admin.points')} />
      <SingleAdjustment />
      <BatchAdjustment />
      <AllocationPanel />
    </div>
  );
}

function SingleAdjustment() {
  const [search, setSearch] = useState('');
  const [employee, setEmployee] = useState<Employee | null>(null);
  const [kind, setKind] = useState<'grant' | 'deduct'>('grant');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const queryClient = useQueryClient();
  const matches = useShopQuery<Page<Employee>>('/api/shop/admin/employees', { q: search.trim(), pageSize: 8 }, search.trim().length > 0 && !employee);
  const value = Number(amount) || 0;
  const resulting = employee ? employee.balance + (kind === 'grant' ? value : -value) : 0;
  const big = value > 10_000;
  const adjust = useMutation({
    mutationFn: () => api.post<{ balance: number }>(`/api/shop/admin/points/${kind}`,
      { userId: employee?.userId, amount: value, reason, expiresAt: kind === 'grant' && expiresAt ? new Date(expiresAt).toISOString() : undefined },
      { headers: { 'Idempotency-Key': key } }),
    onSuccess: (result) => {
      setEmployee((e) => (e ? { ...e, balance: result.balance } : e));
      setAmount('');
      setReason('');
      setConfirmed(false);
      setKey(newIdempotencyKey());
      void queryClient.invalidateQueries({ queryKey: ['shop'] });
    },
  });
  return (
    <Card className="space-y-3">
      <h2 className="font-medium">{st('pointsAdmin.single')}</h2>
      {employee ? (
        <p className="text-sm">
          <strong>{employee.name}</strong> ({employee.email}) · {st('pointsAdmin.current', { balance: fmtNumber(employee.balance) })}{' '}
          <Button size="sm" variant="ghost" onClick={() => { setEmployee(null); setSearch(''); }}>{st('common.cancel')}</Button>
        </p>
      ) : (
        <div>
          <TextField label={st('pointsAdmin.employeeSearch')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <ul className="mt-1 divide-y rounded border border-slate-200" aria-label={st('pointsAdmin.employee')}>
            {matches.data?.items.map((m) => (
              <li key={m.userId}><button type="button" className="w-full p-2 text-left text-sm hover:bg-slate-50" onClick={() => setEmployee(m)}>{m.name} · {m.email} · {m.employeeNumber ?? ''}</button></li>
            ))}
          </ul>
        </div>
      )}
      <form className="grid gap-3 md:grid-cols-2" onSubmit={(e) => { e.preventDefault(); adjust.mutate(); }}>
        <label className="text-sm">{st('pointsAdmin.kind')}
          <Select value={kind} onChange={(e) => setKind(e.target.value as 'grant' | 'deduct')}>
            <option value="grant">{st('pointsAdmin.grant')}</option>
            <option value="deduct">{st('pointsAdmin.deduct')}</option>
          </Select>
        </label>
        <TextField label={st('pointsAdmin.amount')} type="number" min={1} max={100000} required value={amount} onChange={(e) => setAmount(e.target.value)}
          error={isApiError(adjust.error) ? adjust.error.fieldError('amount') : undefined} />
        <TextField label={st('common.reason')} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)}
          error={isApiError(adjust.error) ? adjust.error.fieldError('reason') : undefined} />
        {kind === 'grant' ? <TextField label={st('pointsAdmin.expiresAt')} type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} /> : <div />}
        {employee && value > 0 ? <p className="text-sm md:col-span-2">{st('pointsAdmin.resulting', { balance: fmtNumber(resulting) })}</p> : null}
        {big ? <div className="md:col-span-2"><Checkbox label={st('pointsAdmin.bigConfirm')} checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /></div> : null}
        {adjust.isError ? <p role="alert" className="text-red-700 md:col-span-2">{errorText(adjust.error)}</p> : null}
        {adjust.isSuccess ? <p role="status" className="text-green-800 md:col-span-2">{st('pointsAdmin.done', { balance: fmtNumber(adjust.data.balance) })}</p> : null}
        <div className="md:col-span-2">
          <Button type="submit" loading={adjust.isPending} disabled={!employee || value <= 0 || !reason.trim() || (big && !confirmed)}>
            {kind === 'grant' ? st('pointsAdmin.grant') : st('pointsAdmin.deduct')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

interface Preview { rowCount: number; totalPoints: number; errorCount: number; rows: { index: number; name: string | null; amount: number; balanceAfter: number | null; error: string | null }[] }

/** One row per line: an identifier (user id, employee number or e-mail) and an amount. */
function parseRows(text: string) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => {
    const [who = '', amount = ''] = line.split(/[,;\t]/).map((c) => c.trim());
    const id = /^[0-9a-f-]{36}$/i.test(who) ? { userId: who } : who.includes('@') ? { email: who } : { employeeNumber: who };
    return { ...id, amount: Number(amount) };
  });
}

function BatchAdjustment() {
  const [kind, setKind] = useState<'grant' | 'deduct'>('grant');
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const body = (dryRun: boolean) => ({ kind, reason, items: parseRows(text), dryRun });
  const preview = useMutation({ mutationFn: () => api.post<Preview>('/api/shop/admin/points/batches', body(true)) });
  const commit = useMutation({
    mutationFn: () => api.post('/api/shop/admin/points/batches', body(false), { headers: { 'Idempotency-Key': key } }),
    onSuccess: () => { setKey(newIdempotencyKey()); preview.reset(); },
  });
  const rowErrors = isApiError(commit.error) ? commit.error.errors : {};
  return (
    <Card className="space-y-3">
      <h2 className="font-medium">{st('pointsAdmin.batch')}</h2>
      <div className="grid gap-3 md:grid-cols-2">
        <label className="text-sm">{st('pointsAdmin.kind')}
          <Select value={kind} onChange={(e) => setKind(e.target.value as 'grant' | 'deduct')}>
            <option value="grant">{st('pointsAdmin.grant')}</option>
            <option value="deduct">{st('pointsAdmin.deduct')}</option>
          </Select>
        </label>
        <TextField label={st('common.reason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <label className="block text-sm">{st('pointsAdmin.batchInput')}
        <textarea className="block w-full rounded-md border border-slate-300 p-2 font-mono text-xs" rows={6} value={text} onChange={(e) => setText(e.target.value)} placeholder={'E-0001, 500\nsomeone@example.com, 250'} />
      </label>
      <label className="block text-sm">CSV
        <Input type="file" accept=".csv,text/csv" onChange={async (e) => { const f = e.target.files?.[0]; if (f) setText(await f.text()); }} />
      </label>
      <div className="flex gap-2">
        <Button variant="secondary" loading={preview.isPending} onClick={() => preview.mutate()}>{st('pointsAdmin.preview')}</Button>
        <Button loading={commit.isPending} disabled={!preview.data || preview.data.errorCount > 0} onClick={() => commit.mutate()}>{st('pointsAdmin.commit')}</Button>
      </div>
      {preview.isError ? <p role="alert" className="text-red-700">{errorText(preview.error)}</p> : null}
      {commit.isError ? <p role="alert" className="text-red-700">{errorText(commit.error)} {Object.entries(rowErrors).map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ')}</p> : null}
      {commit.isSuccess ? <p role="status" className="text-green-800">{st('pointsAdmin.committed')}</p> : null}
      {preview.data ? (
        <>
          <p className="text-sm">{st('pointsAdmin.rows', { rows: preview.data.rowCount, points: fmtNumber(preview.data.totalPoints), errors: preview.data.errorCount })}</p>
          <Table caption={st('pointsAdmin.preview')} head={<tr><th className="p-2">{st('pointsAdmin.row')}</th><th className="p-2">{st('pointsAdmin.employee')}</th><th className="p-2 text-right">{st('pointsAdmin.amount')}</th><th className="p-2 text-right">{st('points.balanceAfter')}</th><th className="p-2" /></tr>}>
            {preview.data.rows.map((r) => (
              <tr key={r.index} className={r.error ? 'bg-red-50' : undefined}>
                <td className="p-2">{r.index + 1}</td><td className="p-2">{r.name ?? '—'}</td><td className="p-2 text-right">{fmtNumber(r.amount)}</td>
                <td className="p-2 text-right">{r.balanceAfter === null ? '—' : fmtNumber(r.balanceAfter)}</td>
                <td className="p-2 text-red-700">{r.error ? errorText({ code: r.error }) : ''}</td>
              </tr>
            ))}
          </Table>
        </>
      ) : null}
    </Card>
  );
}

interface MonthView { period: string; allocated: unknown[]; skipped: unknown[]; pending: unknown[] }
interface RunSummary { allocated: number; skipped: number; alreadyDone: number }

function AllocationPanel() {
  const now = new Date();
  const [period, setPeriod] = useState(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
  const month = useShopQuery<MonthView>('/api/shop/admin/allocations', { period });
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: (dryRun: boolean) => api.post<RunSummary>('/api/shop/admin/allocations/run', { period, dryRun }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shop'] }),
  });
  return (
    <Card className="space-y-3">
      <h2 className="font-medium">{st('pointsAdmin.allocation')}</h2>
      <label className="block w-48 text-sm">{st('pointsAdmin.period')}<Input type="month" value={period} onChange={(e) => setPeriod(e.target.value)} /></label>
      {month.data ? (
        <p className="text-sm">
          {st('pointsAdmin.allocated')}: {month.data.allocated.length} · {st('pointsAdmin.skipped')}: {month.data.skipped.length} · {st('pointsAdmin.pending')}: {month.data.pending.length}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button variant="secondary" loading={run.isPending && run.variables} onClick={() => run.mutate(true)}>{st('pointsAdmin.runDry')}</Button>
        <Button loading={run.isPending && !run.variables} onClick={() => run.mutate(false)}>{st('pointsAdmin.run')}</Button>
      </div>
      {run.isError ? <p role="alert" className="text-red-700">{errorText(run.error)}</p> : null}
      {run.data ? <p role="status" className="text-sm">{st('pointsAdmin.summary', { allocated: run.data.allocated, skipped: run.data.skipped, already: run.data.alreadyDone })}</p> : null}
    </Card>
  );
}
