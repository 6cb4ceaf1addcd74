import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../../shared/api';
import { Button, Card, ConfirmDialog, ErrorBox, Input, Loading, PageHeader, Select, TextField, toast } from '../../shared/ui';
import { BudgetBar } from './Dashboard';
import { base, fetchCategories, fetchSettings, money, toDecimalText, toMinor, type Budget, type BudgetStatus } from './model';

/** "2025-03" plus or minus months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function BudgetsPage() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  const categories = useQuery({ queryKey: ['meals', 'categories'], queryFn: fetchCategories });
  const budgets = useQuery({ queryKey: ['meals', 'budgets'], queryFn: () => api.get<Budget[]>(`${base}/budgets`) });
  const [month, setMonth] = useState<string | null>(null);
  const current = settings.data?.today.slice(0, 7);
  const shown = month ?? current;
  const status = useQuery({
    queryKey: ['meals', 'budget-status', shown],
    queryFn: () => api.get<{ month: string; budgets: BudgetStatus[] }>(`${base}/budgets/status`, { query: { month: shown } }),
    enabled: !!shown,
  });
  const [deleting, setDeleting] = useState<Budget | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ['meals'] });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`${base}/budgets/${id}`),
    onSuccess: () => {
      setDeleting(null);
      refresh();
      toast('Budget deleted.');
    },
  });

  return (
    <div className="space-y-4">
      <PageHeader title="Budgets" description="Monthly limits, overall or per category, in one currency each. Spending counts by each expense's own date." />
      <Card className="space-y-3" aria-label="Budget progress">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-semibold">{shown ? monthName(shown) : ''}</h2>
          <div className="flex gap-2">
            <Button variant="secondary" className="min-h-11" disabled={!shown} onClick={() => shown && setMonth(shiftMonth(shown, -1))}>
              Previous month
            </Button>
            <Button variant="secondary" className="min-h-11" disabled={!shown || shown === current} onClick={() => shown && setMonth(shiftMonth(shown, 1))}>
              Next month
            </Button>
          </div>
        </div>
        {status.isPending ? (
          <Loading />
        ) : status.isError ? (
          <ErrorBox error={status.error} onRetry={() => void status.refetch()} />
        ) : status.data.budgets.length === 0 ? (
          <p className="text-slate-600">No budgets yet — add one below.</p>
        ) : (
          status.data.budgets.map((b) => <BudgetBar key={b.id} budget={b} />)
        )}
        {shown !== current ? <p className="text-xs text-slate-600">Past months are measured against today's limits.</p> : null}
      </Card>
      <Card className="space-y-3" aria-label="Budget limits">
        <h2 className="font-semibold">Limits</h2>
        {budgets.isPending ? (
          <Loading />
        ) : budgets.isError ? (
          <ErrorBox error={budgets.error} onRetry={() => void budgets.refetch()} />
        ) : budgets.data.length === 0 ? null : (
          <ul className="divide-y divide-slate-100">
            {budgets.data.map((b) => (
              <BudgetRow key={`${b.id}-${b.limitMinor}-${b.warnAtPercent}`} budget={b} onSaved={refresh} onDelete={() => setDeleting(b)} />
            ))}
          </ul>
        )}
        {settings.data ? <NewBudget homeCurrency={settings.data.homeCurrency} categories={categories.data ?? []} onSaved={refresh} /> : null}
      </Card>
      <ConfirmDialog
        open={!!deleting}
        danger
        busy={remove.isPending}
        title="Delete this budget?"
        confirmLabel="Delete budget"
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onCancel={() => setDeleting(null)}
      >
        {deleting ? `${deleting.categoryName ?? 'Overall'} · ${money(deleting.limitMinor, deleting.currency)} a month` : ''}
        <ErrorBox error={remove.error} />
      </ConfirmDialog>
    </div>
  );
}

function BudgetRow({ budget: b, onSaved, onDelete }: { budget: Budget; onSaved: () => void; onDelete: () => void }) {
  const [limit, setLimit] = useState(toDecimalText(b.limitMinor, b.currency));
  const [warn, setWarn] = useState(String(b.warnAtPercent));
  const save = useMutation({
    mutationFn: () => api.put(`${base}/budgets/${b.id}`, { limitMinor: toMinor(limit, b.currency) ?? 0, warnAtPercent: Number(warn) }),
    onSuccess: () => {
      toast(`Saved: budget ${name}.`);
      onSaved();
    },
  });
  const fieldError = (name: string) => (isApiError(save.error) ? save.error.fieldError(name) : undefined);
  const name = `${b.categoryName ?? 'Overall'} (${b.currency})`;
  const dirty = limit !== toDecimalText(b.limitMinor, b.currency) || warn !== String(b.warnAtPercent);
  return (
    <li className="flex flex-wrap items-end gap-2 py-2">
      <span className="min-w-40 flex-1 font-medium">{name}</span>
      <TextField label={`Monthly limit, ${name}`} inputMode="decimal" className="min-h-11 w-32" value={limit} error={fieldError('limitMinor')} onChange={(e) => setLimit(e.target.value)} />
      <TextField label="Warn at %" type="number" min={50} max={100} className="min-h-11 w-24" value={warn} error={fieldError('warnAtPercent')} onChange={(e) => setWarn(e.target.value)} />
      {dirty ? (
        <Button className="min-h-11" loading={save.isPending} onClick={() => save.mutate()}>
          Save
        </Button>
      ) : null}
      <Button variant="ghost" className="min-h-11 text-red-700" aria-label={`Delete budget ${name}`} onClick={onDelete}>
        Delete
      </Button>
      <ErrorBox error={isApiError(save.error) && Object.keys(save.error.errors).length > 0 ? undefined : save.error} className="w-full" />
    </li>
  );
}

function NewBudget({ homeCurrency, categories, onSaved }: { homeCurrency: string; categories: { id: string; name: string }[]; onSaved: () => void }) {
  const [categoryId, setCategoryId] = useState('');
  const [currency, setCurrency] = useState(homeCurrency);
  const [limit, setLimit] = useState('');
  const [warn, setWarn] = useState('80');
  const create = useMutation({
    mutationFn: () => api.post(`${base}/budgets`, { categoryId: categoryId || null, currency, limitMinor: toMinor(limit, currency) ?? 0, warnAtPercent: Number(warn) }),
    onSuccess: () => {
      setLimit('');
      toast('Budget added.');
      onSaved();
    },
  });
  const fieldError = (name: string) => (isApiError(create.error) ? create.error.fieldError(name) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="New budget" className="space-y-2 border-t border-slate-200 pt-3">
      <h3 className="font-medium">Add a budget</h3>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mb-1 block font-medium">Applies to</span>
          <Select className="min-h-11" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">All spending (overall)</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Currency</span>
          <Input className="min-h-11 w-24 uppercase" maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase())} />
        </label>
        <TextField label="Monthly limit" inputMode="decimal" className="min-h-11 w-32" required value={limit} error={fieldError('limitMinor')} onChange={(e) => setLimit(e.target.value)} />
        <TextField label="Warn at %" type="number" min={50} max={100} className="min-h-11 w-24" value={warn} error={fieldError('warnAtPercent')} onChange={(e) => setWarn(e.target.value)} />
        <Button type="submit" className="min-h-11" loading={create.isPending}>
          Add budget
        </Button>
      </div>
      <ErrorBox error={isApiError(create.error) && Object.keys(create.error.errors).length > 0 && !create.error.fieldError('currency') ? undefined : create.error} />
    </form>
  );
}
