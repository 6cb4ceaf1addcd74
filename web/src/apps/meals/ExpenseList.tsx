import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, ConfirmDialog, ErrorBox, Input, Loading, PageHeader, Select } from '../../shared/ui';
import { AddExpenseButton } from './Dashboard';
import { base, fetchCategories, money, type Expense, type Page } from './model';

interface Summary {
  count: number;
  currencies: { currency: string; count: number; totalMinor: number }[];
}

const filterKeys = ['q', 'from', 'to', 'categoryId', 'mealType', 'sort', 'order', 'page', 'pageSize'] as const;

export function ExpenseList() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const client = useQueryClient();
  const query = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined]));

  useEffect(() => {
    const handle = setTimeout(() => {
      if ((params.get('q') ?? '') !== search) {
        const next = new URLSearchParams(params);
        if (search) next.set('q', search);
        else next.delete('q');
        next.delete('page');
        setParams(next, { replace: true });
      }
    }, 300);
    return () => clearTimeout(handle);
  }, [search, params, setParams]);

  const list = useQuery({ queryKey: ['meals', 'expenses', query], queryFn: () => api.get<Page<Expense>>(`${base}/expenses`, { query }) });
  const summary = useQuery({ queryKey: ['meals', 'summary', query], queryFn: () => api.get<Summary>(`${base}/expenses/summary`, { query }) });
  const categories = useQuery({ queryKey: ['meals', 'categories'], queryFn: fetchCategories });
  const bulkDelete = useMutation({
    mutationFn: () => api.post(`${base}/expenses/bulk-delete`, { ids: selected }),
    onSuccess: () => {
      setSelected([]);
      setConfirming(false);
      void client.invalidateQueries({ queryKey: ['meals'] });
    },
  });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const page = Number(params.get('page') ?? '1');
  const chips = filterKeys.filter((k) => !['q', 'sort', 'order', 'page', 'pageSize'].includes(k) && params.get(k));

  return (
    <div>
      <PageHeader title="Expenses" />
      <div className="mb-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
        <Input aria-label="Search expenses" placeholder="Search restaurant, notes, tags…" value={search} onChange={(e) => setSearch(e.target.value)} className="min-h-11" />
        <Input aria-label="From date" type="date" value={params.get('from') ?? ''} onChange={(e) => set('from', e.target.value)} className="min-h-11" />
        <Input aria-label="To date" type="date" value={params.get('to') ?? ''} onChange={(e) => set('to', e.target.value)} className="min-h-11" />
        <Select aria-label="Category" value={params.get('categoryId') ?? ''} onChange={(e) => set('categoryId', e.target.value)} className="min-h-11">
          <option value="">All categories</option>
          <option value="none">Uncategorised</option>
          {categories.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <Select aria-label="Sort" value={`${params.get('sort') ?? 'date'}:${params.get('order') ?? 'desc'}`} onChange={(e) => {
          const [sort, order] = e.target.value.split(':');
          const next = new URLSearchParams(params);
          next.set('sort', sort);
          next.set('order', order);
          setParams(next);
        }} className="min-h-11">
          <option value="date:desc">Newest first</option>
          <option value="date:asc">Oldest first</option>
          <option value="amount:desc">Largest first</option>
          <option value="amount:asc">Smallest first</option>
          <option value="restaurant:asc">Restaurant A–Z</option>
        </Select>
      </div>
      {chips.length > 0 ? (
        <ul aria-label="Active filters" className="mb-3 flex flex-wrap gap-2">
          {chips.map((k) => (
            <li key={k}>
              <button type="button" className="min-h-9 rounded-full bg-slate-100 px-3 text-sm" onClick={() => set(k, '')} aria-label={`Remove filter ${k}`}>
                {k}: {k === 'categoryId' ? (categories.data?.find((c) => c.id === params.get(k))?.name ?? params.get(k)) : params.get(k)} ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {selected.length > 0 ? (
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <span>{selected.length} selected</span>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete selected
          </Button>
          <a className="text-indigo-700 underline" href={`${base}/expenses/export?format=csv&${new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][])}`}>
            Export CSV
          </a>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`Delete ${selected.length} expenses?`}
        confirmLabel={`Delete ${selected.length}`}
        onConfirm={() => bulkDelete.mutate()}
        onCancel={() => setConfirming(false)}
      />
      {list.isPending ? <Loading /> : list.isError ? <ErrorBox error={list.error} /> : (
        <Card>
          <ul aria-label="Expenses" className="divide-y divide-slate-100">
            {list.data.items.map((e) => (
              <li key={e.id} className="flex items-center gap-3 p-3">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  aria-label={`Select ${e.restaurantName} on ${e.localDate}`}
                  checked={selected.includes(e.id)}
                  onChange={(ev) => setSelected(ev.target.checked ? [...selected, e.id] : selected.filter((id) => id !== e.id))}
                />
                <Link to={`/meals/expenses/${e.id}/edit`} className="flex flex-1 flex-wrap justify-between gap-1">
                  <span className="font-medium">{e.restaurantName}</span>
                  <span className={e.amountMinor < 0 ? 'text-green-700' : ''}>{money(e.amountMinor, e.currency)}</span>
                  <span className="w-full text-xs text-slate-600">
                    {e.localDate} {e.localTime ?? ''} · {e.categoryName ?? 'Uncategorised'} {e.tags.length > 0 ? `· ${e.tags.join(', ')}` : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {list.data.items.length === 0 ? <p className="p-4 text-slate-600">No expenses match.</p> : null}
          <footer className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 p-3 text-sm">
            <span aria-label="Totals">
              {summary.data?.count ?? 0} expenses · {summary.data?.currencies.map((c) => money(c.totalMinor, c.currency)).join(' · ')}
            </span>
            <span className="flex items-center gap-2">
              <Button variant="secondary" disabled={page <= 1} onClick={() => set('page', String(page - 1))}>
                Previous
              </Button>
              <span>Page {page} of {Math.max(1, Math.ceil(list.data.total / list.data.pageSize))}</span>
              <Button variant="secondary" disabled={page * list.data.pageSize >= list.data.total} onClick={() => set('page', String(page + 1))}>
                Next
              </Button>
            </span>
          </footer>
        </Card>
      )}
      <AddExpenseButton />
    </div>
  );
}
