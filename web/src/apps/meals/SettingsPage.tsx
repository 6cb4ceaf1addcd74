import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../../shared/api';
import { Button, Card, ErrorBox, Loading, Notice, PageHeader, TextField } from '../../shared/ui';
import { base, fetchSettings } from './model';

export function SettingsPage() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  const [draft, setDraft] = useState<{ homeCurrency: string; timeZone: string } | null>(null);
  const [confirm, setConfirm] = useState('');
  const save = useMutation({
    mutationFn: (body: { homeCurrency: string; timeZone: string }) => api.put(`${base}/settings`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['meals'] }),
  });
  const wipe = useMutation({
    mutationFn: () => api.delete(`${base}/me`, { body: { confirm } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['meals'] }),
  });
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorBox error={settings.error} />;
  const value = draft ?? settings.data;
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const fieldError = (name: string) => (isApiError(save.error) ? save.error.fieldError(name) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(value);
  };
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeader title="Meal settings" />
      <Card className="p-4">
        <form onSubmit={submit} className="space-y-3">
          <TextField label="Home currency" maxLength={3} className="min-h-11 uppercase" value={value.homeCurrency} error={fieldError('homeCurrency')}
            onChange={(e) => setDraft({ ...value, homeCurrency: e.target.value.toUpperCase() })} />
          <TextField label="Time zone" className="min-h-11" value={value.timeZone} error={fieldError('timeZone')}
            hint={browserZone !== value.timeZone ? `Your browser is in ${browserZone}.` : undefined}
            onChange={(e) => setDraft({ ...value, timeZone: e.target.value })} />
          <Button type="submit" loading={save.isPending}>Save settings</Button>
          {save.isSuccess ? <Notice>Saved. Existing expenses keep their own currency, date and zone.</Notice> : null}
        </form>
      </Card>
      <Card className="space-y-2 p-4">
        <h2 className="font-semibold">Export</h2>
        <p className="text-sm">
          <a className="text-indigo-700 underline" href={`${base}/expenses/export?format=csv`}>Download all expenses (CSV)</a> ·{' '}
          <a className="text-indigo-700 underline" href={`${base}/expenses/export?format=json`}>JSON</a>
        </p>
      </Card>
      <Card className="space-y-2 p-4">
        <h2 className="font-semibold text-red-700">Delete all meal data</h2>
        <TextField label="Type DELETE to confirm" className="min-h-11" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        <Button variant="danger" disabled={confirm !== 'DELETE'} loading={wipe.isPending} onClick={() => wipe.mutate()}>
          Delete everything
        </Button>
        <ErrorBox error={wipe.error} />
        {wipe.isSuccess ? <Notice>All your meal data was deleted.</Notice> : null}
      </Card>
    </div>
  );
}
