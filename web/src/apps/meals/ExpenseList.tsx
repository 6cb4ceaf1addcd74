import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, buttonClass, Card, ConfirmDialog, ErrorBox, Input, Loading, PageHeader, Select } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { AddExpenseButton, Pager } from './components';
import { base, downloadPost, fetchCategories, fetchSettings, humanize, mealTypes, money, orderTypes, toDecimalText, toMinor, type Expense, type ExpenseSummary as Summary, type Page } from './model';

/** Every list filter lives in the URL; these are sent to the API as they are. */
const filterKeys = ['q', 'from', 'to', 'categoryId', 'mealType', 'orderType', 'restaurantId', 'tag', 'currency', 'minAmount', 'maxAmount', 'hasReceipt', 'importId'] as const;
const chipLabels: Record<string, string> = {
  from: 'From',
  to: 'To',
  categoryId: 'Category',
  mealType: 'Meal',
  orderType: 'Order',
  restaurantId: 'Restaurant',
  tag: 'Tag',
  currency: 'Currency',
  minAmount: 'At least',
  maxAmount: 'At most',
  hasReceipt: 'Receipt',
  importId: 'Import',
};

export function ExpenseList() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [showFilters, setShowFilters] = useState(false);
  const client = useQueryClient();
  const sort = params.get('sort') ?? 'date';
  const order = params.get('order') ?? (sort === 'restaurant' ? 'asc' : 'desc');
  const page = Number(params.get('page') ?? '1');
  const pageSize = Number(params.get('pageSize') ?? '25');
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined]));
  const query = { ...filters, sort, order, page, pageSize };

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

  const list = useQuery({ queryKey: ['meals', 'expenses', query], queryFn: () => api.get<Page<Expense>>(`${base}/expenses`, { query }), placeholderData: keepPreviousData });
  const summary = useQuery({ queryKey: ['meals', 'summary', filters], queryFn: () => api.get<Summary>(`${base}/expenses/summary`, { query: filters }) });
  const categories = useQuery({ queryKey: ['meals', 'categories'], queryFn: fetchCategories });
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  // Amount filters are minor units in the URL (as the API takes them), shown in the filtered or home currency.
  const amountCurrency = params.get('currency') || settings.data?.homeCurrency || 'USD';
  const bulkDelete = useMutation({
    mutationFn: () => api.post(`${base}/expenses/bulk-delete`, { ids: selected }),
    onSuccess: () => {
      setSelected([]);
      setConfirming(false);
      void client.invalidateQueries({ queryKey: ['meals'] });
    },
  });
  const exportSelected = useMutation({
    mutationFn: (format: 'csv' | 'json') => downloadPost(`${base}/expenses/export`, { format, ids: selected }, `meals-expenses.${format}`),
  });

  const set = (changes: Record<string, string>) => {
    if (Object.entries(changes).every(([key, value]) => (params.get(key) ?? '') === value)) return;
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const sortBy = (column: string) => set({ sort: column, order: sort === column && order === 'desc' ? 'asc' : sort === column ? 'desc' : column === 'restaurant' ? 'asc' : 'desc' });
  const chips = filterKeys.filter((k) => k !== 'q' && params.get(k));
  const chipValue = (k: string) => {
    const value = params.get(k) ?? '';
    if (k === 'categoryId') return value === 'none' ? 'Uncategorised' : (categories.data?.find((c) => c.id === value)?.name ?? value);
    if (k === 'hasReceipt') return value === 'true' ? 'with receipt' : 'without receipt';
    if (k === 'restaurantId') return list.data?.items.find((e) => e.restaurantId === value)?.restaurantName ?? 'selected';
    if (k === 'importId') return 'this import';
    if (k === 'minAmount' || k === 'maxAmount') return money(Number(value), amountCurrency);
    return humanize(value);
  };
  const pageIds = list.data?.items.map((e) => e.id) ?? [];
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.includes(id));
  const exportQuery = new URLSearchParams(Object.entries({ ...filters, sort, order }).filter(([, v]) => v) as [string, string][]).toString();

  const SortHeader = ({ column, children, className }: { column: string; children: string; className?: string }) => (
    <th className={cx('p-2', className)} aria-sort={sort === column ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="min-h-11 font-semibold hover:underline" onClick={() => sortBy(column)}>
        {children}
        {sort === column ? (order === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );

  return (
    <div>
      <PageHeader
        title="Expenses"
        actions={
          <>
            <a className={buttonClass('secondary')} href={`${base}/expenses/export?format=csv&${exportQuery}`}>
              Export CSV
            </a>
            <a className={buttonClass('secondary')} href={`${base}/expenses/export?format=json&${exportQuery}`}>
              Export JSON
            </a>
          </>
        }
      />
      <div className="mb-3 flex flex-wrap gap-2">
        <Input aria-label="Search expenses" type="search" placeholder="Search restaurant, notes, tags, category…" value={search} onChange={(e) => setSearch(e.target.value)} className="min-h-11 flex-1 sm:min-w-64" />
        <Select aria-label="Sort" value={`${sort}:${order}`} className="min-h-11 w-auto md:hidden" onChange={(e) => {
          const [s, o] = e.target.value.split(':');
          set({ sort: s, order: o });
        }}>
          <option value="date:desc">Newest first</option>
          <option value="date:asc">Oldest first</option>
          <option value="amount:desc">Largest first</option>
          <option value="amount:asc">Smallest first</option>
          <option value="restaurant:asc">Restaurant A–Z</option>
          <option value="restaurant:desc">Restaurant Z–A</option>
          <option value="createdAt:desc">Recently added</option>
        </Select>
        <Button variant="secondary" className="min-h-11" aria-expanded={showFilters} aria-controls="expense-filters" onClick={() => setShowFilters(!showFilters)}>
          Filters{chips.length > 0 ? ` (${chips.length})` : ''}
        </Button>
      </div>
      {showFilters ? (
        <Card id="expense-filters" aria-label="Filters" className="mb-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FilterField label="From date">
            <Input type="date" className="min-h-11" value={params.get('from') ?? ''} onChange={(e) => set({ from: e.target.value })} />
          </FilterField>
          <FilterField label="To date">
            <Input type="date" className="min-h-11" value={params.get('to') ?? ''} onChange={(e) => set({ to: e.target.value })} />
          </FilterField>
          <FilterField label="Category">
            <Select className="min-h-11" value={params.get('categoryId') ?? ''} onChange={(e) => set({ categoryId: e.target.value })}>
              <option value="">All categories</option>
              <option value="none">Uncategorised</option>
              {categories.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </FilterField>
          <FilterField label="Meal type">
            <Select className="min-h-11" value={params.get('mealType') ?? ''} onChange={(e) => set({ mealType: e.target.value })}>
              <option value="">Any meal</option>
              {mealTypes.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </Select>
          </FilterField>
          <FilterField label="Order type">
            <Select className="min-h-11" value={params.get('orderType') ?? ''} onChange={(e) => set({ orderType: e.target.value })}>
              <option value="">Any order type</option>
              {orderTypes.map((m) => (
                <option key={m} value={m}>
                  {humanize(m)}
                </option>
              ))}
            </Select>
          </FilterField>
          <FilterField label="Tag">
            <Input className="min-h-11" placeholder="e.g. date-night" defaultValue={params.get('tag') ?? ''} onBlur={(e) => set({ tag: e.target.value.trim() })} />
          </FilterField>
          <FilterField label="Currency">
            <Input className="min-h-11 uppercase" maxLength={3} defaultValue={params.get('currency') ?? ''} onBlur={(e) => set({ currency: e.target.value.trim().toUpperCase() })} />
          </FilterField>
          <FilterField label={`Amount at least (${amountCurrency})`}>
            <Input
              inputMode="decimal"
              className="min-h-11"
              defaultValue={params.get('minAmount') ? toDecimalText(Number(params.get('minAmount')), amountCurrency) : ''}
              onBlur={(e) => set({ minAmount: String(toMinor(e.target.value, amountCurrency) ?? '') })}
            />
          </FilterField>
          <FilterField label={`Amount at most (${amountCurrency})`}>
            <Input
              inputMode="decimal"
              className="min-h-11"
              defaultValue={params.get('maxAmount') ? toDecimalText(Number(params.get('maxAmount')), amountCurrency) : ''}
              onBlur={(e) => set({ maxAmount: String(toMinor(e.target.value, amountCurrency) ?? '') })}
            />
          </FilterField>
          <FilterField label="Receipt">
            <Select className="min-h-11" value={params.get('hasReceipt') ?? ''} onChange={(e) => set({ hasReceipt: e.target.value })}>
              <option value="">With or without</option>
              <option value="true">With receipt</option>
              <option value="false">Without receipt</option>
            </Select>
          </FilterField>
        </Card>
      ) : null}
      {chips.length > 0 ? (
        <ul aria-label="Active filters" className="mb-3 flex flex-wrap gap-2">
          {chips.map((k) => (
            <li key={k}>
              <button type="button" className="min-h-11 rounded-full bg-slate-100 px-3 text-sm hover:bg-slate-200" onClick={() => set({ [k]: '' })} aria-label={`Remove filter ${chipLabels[k]}: ${chipValue(k)}`}>
                {chipLabels[k]}: {chipValue(k)} ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {selected.length > 0 ? (
        <div role="region" aria-label="Selection" className="mb-3 flex flex-wrap items-center gap-2 rounded-md bg-indigo-50 p-2">
          <span className="text-sm font-medium">{selected.length} selected</span>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete selected
          </Button>
          <Button variant="secondary" loading={exportSelected.isPending} onClick={() => exportSelected.mutate('csv')}>
            Export selected (CSV)
          </Button>
          <Button variant="secondary" onClick={() => exportSelected.mutate('json')}>
            Export selected (JSON)
          </Button>
          <Button variant="ghost" onClick={() => setSelected([])}>
            Clear selection
          </Button>
          <ErrorBox error={exportSelected.error ?? bulkDelete.error} />
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        danger
        busy={bulkDelete.isPending}
        title={`Delete ${selected.length} ${selected.length === 1 ? 'expense' : 'expenses'}?`}
        confirmLabel={`Delete ${selected.length}`}
        onConfirm={() => bulkDelete.mutate()}
        onCancel={() => setConfirming(false)}
      >
        Their receipts are deleted too. This cannot be undone.
      </ConfirmDialog>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <Card className="space-y-3 text-center">
          <p>{chips.length > 0 || params.get('q') ? 'No expenses match these filters.' : 'No expenses yet.'}</p>
          <div className="flex justify-center gap-2">
            <Link className={buttonClass()} to="/meals/expenses/new">
              Add expense
            </Link>
            <Link className={buttonClass('secondary')} to="/meals/import">
              Import
            </Link>
          </div>
        </Card>
      ) : (
        <Card className="p-0 sm:p-0">
          <table aria-label="Expenses" className="block w-full text-sm md:table">
            <thead className="block bg-slate-50 text-left md:table-header-group">
              <tr className="flex items-center md:table-row">
                <th className="p-2">
                  <input
                    type="checkbox"
                    className="h-5 w-5"
                    aria-label="Select all on this page"
                    checked={allOnPage}
                    onChange={(e) => setSelected(e.target.checked ? [...new Set([...selected, ...pageIds])] : selected.filter((id) => !pageIds.includes(id)))}
                  />
                </th>
                <SortHeader column="date" className="hidden md:table-cell">
                  Date
                </SortHeader>
                <SortHeader column="restaurant" className="hidden md:table-cell">
                  Restaurant
                </SortHeader>
                <th className="hidden p-2 md:table-cell">Category</th>
                <th className="hidden p-2 md:table-cell">Meal</th>
                <SortHeader column="amount" className="hidden text-right md:table-cell">
                  Amount
                </SortHeader>
                <th className="p-2 font-normal text-slate-600 md:hidden">Select all</th>
              </tr>
            </thead>
            <tbody className="block divide-y divide-slate-100 md:table-row-group">
              {list.data.items.map((e) => (
                <tr key={e.id} className="grid grid-cols-[auto_1fr_auto] items-center gap-x-2 p-2 md:table-row md:p-0">
                  <td className="row-span-2 md:p-2">
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      aria-label={`Select ${e.restaurantName} on ${e.localDate}`}
                      checked={selected.includes(e.id)}
                      onChange={(ev) => setSelected(ev.target.checked ? [...selected, e.id] : selected.filter((id) => id !== e.id))}
                    />
                  </td>
                  <td className="col-start-2 row-start-2 text-xs text-slate-600 md:p-2 md:text-sm md:text-slate-900">
                    {e.localDate}
                    {e.localTime ? ` ${e.localTime}` : ''}
                  </td>
                  <td className="col-start-2 row-start-1 md:p-2">
                    <Link to={`/meals/expenses/${e.id}`} className="inline-flex min-h-11 items-center font-medium text-indigo-700 hover:underline md:min-h-0">
                      {e.restaurantName}
                    </Link>
                    {e.tags.length > 0 ? <span className="block text-xs text-slate-600">{e.tags.map((t) => `#${t}`).join(' ')}</span> : null}
                  </td>
                  <td className="hidden md:table-cell md:p-2">{e.categoryName ?? 'Uncategorised'}</td>
                  <td className="hidden md:table-cell md:p-2">{humanize(e.mealType)}</td>
                  <td className={cx('col-start-3 row-span-2 row-start-1 text-right tabular-nums md:p-2', e.amountMinor < 0 && 'text-green-700')}>
                    {money(e.amountMinor, e.currency)}
                    {e.receipt ? <span className="block text-xs text-slate-500">receipt</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <footer className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 p-3 text-sm">
            <span aria-label="Totals">
              {summary.data
                ? `${summary.data.count} ${summary.data.count === 1 ? 'expense' : 'expenses'} · ${summary.data.currencies.map((c) => `${money(c.totalMinor, c.currency)} (${money(c.avgPerPersonMinor, c.currency)} per person)`).join(' · ')}`
                : ''}
            </span>
            <label className="flex items-center gap-2 whitespace-nowrap">
              Per page
              <Select className="min-h-11 w-auto" value={String(pageSize)} onChange={(e) => set({ pageSize: e.target.value })}>
                {[10, 25, 50, 100].map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </Select>
            </label>
          </footer>
          <Pager page={page} pageSize={pageSize} total={list.data.total} onPage={(p) => set({ page: String(p) })} />
        </Card>
      )}
      <AddExpenseButton />
    </div>
  );
}

function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium">{label}</span>
      {children}
    </label>
  );
}
