import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, buttonClass, Card, ErrorBox, Field, Loading, Notice, PageHeader, Select, TextField } from '../../shared/ui';
import { base, fetchSettings, type DataExport } from './model';

const exportKey = 'meals.data-export';
const zones = Intl.supportedValuesOf('timeZone');
const currencies = Intl.supportedValuesOf('currency');

export function SettingsPage() {
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorBox error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title="Meal settings" />
      <PreferencesCard homeCurrency={settings.data.homeCurrency} timeZone={settings.data.timeZone} />
      <Card className="space-y-2" aria-label="Budgets">
        <h2 className="font-semibold">Budgets</h2>
        <p className="text-sm text-slate-700">Monthly limits overall and per category, with a warning line.</p>
        <Link className={buttonClass('secondary')} to="/meals/budgets">
          Manage budgets
        </Link>
      </Card>
      <ExportCard />
      <DeleteCard />
    </div>
  );
}

function PreferencesCard({ homeCurrency, timeZone }: { homeCurrency: string; timeZone: string }) {
  const client = useQueryClient();
  const [currency, setCurrency] = useState(homeCurrency);
  const [zone, setZone] = useState(timeZone);
  const save = useMutation({
    mutationFn: () => api.put(`${base}/settings`, { homeCurrency: currency, timeZone: zone }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['meals'] }),
  });
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const fieldError = (name: string) => (isApiError(save.error) ? save.error.fieldError(name) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card aria-label="Preferences">
      <form onSubmit={submit} className="space-y-3">
        <Field label="Home currency" error={fieldError('homeCurrency')} hint="New expenses start in this currency.">
          {(control) => (
            <Select {...control} className="min-h-11" value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {[...new Set([currency, ...currencies])].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Time zone" error={fieldError('timeZone')} hint={browserZone !== zone ? `Your browser is in ${browserZone}.` : 'Today and new expenses use this zone.'}>
          {(control) => (
            <Select {...control} className="min-h-11" value={zone} onChange={(e) => setZone(e.target.value)}>
              {[...new Set([zone, ...zones])].map((z) => (
                <option key={z}>{z}</option>
              ))}
            </Select>
          )}
        </Field>
        {browserZone !== zone ? (
          <Button variant="secondary" onClick={() => setZone(browserZone)}>
            Use {browserZone}
          </Button>
        ) : null}
        <div>
          <Button type="submit" className="min-h-11" loading={save.isPending}>
            Save settings
          </Button>
        </div>
        {save.isSuccess ? <Notice>Saved. Existing expenses keep their own currency, date and zone.</Notice> : null}
        <ErrorBox error={isApiError(save.error) && Object.keys(save.error.errors).length > 0 ? undefined : save.error} />
      </form>
    </Card>
  );
}

function ExportCard() {
  const [exportId, setExportId] = useState(() => localStorage.getItem(exportKey));
  const status = useQuery({
    queryKey: ['meals', 'data-export', exportId],
    queryFn: () => api.get<DataExport>(`${base}/me/exports/${exportId}`),
    enabled: !!exportId,
    refetchInterval: (query) => (query.state.data && ['pending', 'running'].includes(query.state.data.status) ? 2000 : false),
  });
  const start = useMutation({
    mutationFn: () => api.post<DataExport>(`${base}/me/exports`),
    onSuccess: (created) => {
      localStorage.setItem(exportKey, created.id);
      setExportId(created.id);
    },
  });
  const unavailable = isApiError(start.error) && (start.error.status === 404 || start.error.status === 405);
  const current = status.data;
  return (
    <Card className="space-y-3" aria-label="Export">
      <h2 className="font-semibold">Export</h2>
      <p className="text-sm text-slate-700">Download every expense now. Re-importing this file into this app loses nothing.</p>
      <div className="flex flex-wrap gap-2">
        <a className={buttonClass('secondary')} href={`${base}/expenses/export?format=csv`}>
          All expenses (CSV)
        </a>
        <a className={buttonClass('secondary')} href={`${base}/expenses/export?format=json`}>
          All expenses (JSON)
        </a>
      </div>
      <h3 className="pt-2 font-medium">Full data export (ZIP)</h3>
      <p className="text-sm text-slate-700">Everything incl. receipts, prepared in the background; the download link expires.</p>
      {current ? (
        <p className="text-sm" role="status">
          {current.status === 'ready' ? (
            <a className="text-indigo-700 underline" href={`${base}/me/exports/${current.id}/download`}>
              Download ZIP{current.sizeBytes ? ` (${(current.sizeBytes / 1048576).toFixed(1)} MB)` : ''}
            </a>
          ) : (
            `Export ${current.status}…`
          )}
          {current.status === 'ready' && current.expiresAt ? ` · available until ${new Date(current.expiresAt).toLocaleString()}` : ''}
        </p>
      ) : null}
      {status.isError && !(isApiError(status.error) && status.error.status === 404) ? <ErrorBox error={status.error} /> : null}
      <Button variant="secondary" loading={start.isPending} disabled={current?.status === 'pending' || current?.status === 'running'} onClick={() => start.mutate()}>
        {current ? 'Request a new ZIP export' : 'Request ZIP export'}
      </Button>
      {unavailable ? <Notice>The full ZIP export is not available on this server yet; use the CSV or JSON download.</Notice> : <ErrorBox error={start.error} />}
    </Card>
  );
}

function DeleteCard() {
  const client = useQueryClient();
  const [confirm, setConfirm] = useState('');
  const wipe = useMutation({
    mutationFn: () => api.delete(`${base}/me`, { body: { confirm } }),
    onSuccess: () => {
      setConfirm('');
      localStorage.removeItem(exportKey);
      void client.invalidateQueries({ queryKey: ['meals'] });
    },
  });
  return (
    <Card className="space-y-3 border-red-200" aria-label="Delete all meal data">
      <h2 className="font-semibold text-red-700">Delete all meal data</h2>
      <p className="text-sm text-slate-700">Every expense, receipt, restaurant, category, tag, budget and import is removed for good. Your account stays.</p>
      <TextField label="Type DELETE to confirm" className="min-h-11" autoComplete="off" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      <Button variant="danger" className="min-h-11" disabled={confirm !== 'DELETE'} loading={wipe.isPending} onClick={() => wipe.mutate()}>
        Delete all my meal data
      </Button>
      <ErrorBox error={wipe.error} />
      {wipe.isSuccess ? <Notice>All your meal data was deleted.</Notice> : null}
    </Card>
  );
}
