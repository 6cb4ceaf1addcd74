import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, ErrorBox, Input, Loading, PageHeader, Select } from '../../shared/ui';
import { Pager } from './components';
import { base, money, type Page, type Restaurant } from './model';
import { RestaurantForm } from './RestaurantForm';

const sorts: [string, string][] = [
  ['name:asc', 'Name A–Z'],
  ['visits:desc', 'Most visits'],
  ['spent:desc', 'Most spent (home currency)'],
  ['lastVisit:desc', 'Last visit'],
  ['city:asc', 'City'],
  ['createdAt:desc', 'Recently added'],
];

export function RestaurantList() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [adding, setAdding] = useState(false);
  const [sort, order] = (params.get('sort') ?? 'name:asc').split(':');
  const page = Number(params.get('page') ?? '1');
  const query = {
    q: params.get('q') ?? undefined,
    city: params.get('city') ?? undefined,
    cuisine: params.get('cuisine') ?? undefined,
    priceLevel: params.get('priceLevel') ?? undefined,
    minRating: params.get('minRating') ?? undefined,
    sort,
    order,
    page,
    pageSize: 25,
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
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
  const list = useQuery({ queryKey: ['meals', 'restaurant-list', query], queryFn: () => api.get<Page<Restaurant>>(`${base}/restaurants`, { query }), placeholderData: keepPreviousData });

  return (
    <div>
      <PageHeader title="Restaurants" actions={<Button onClick={() => setAdding(!adding)}>Add restaurant</Button>} />
      {adding ? (
        <Card className="mb-4">
          <RestaurantForm onSaved={(r) => navigate(`/meals/restaurants/${r.id}`)} onCancel={() => setAdding(false)} />
        </Card>
      ) : null}
      <div className="mb-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
        <Input aria-label="Search restaurants" type="search" placeholder="Name, city, cuisine, address, notes…" className="min-h-11 lg:col-span-2" value={search} onChange={(e) => setSearch(e.target.value)} />
        <Input aria-label="Cuisine" placeholder="Cuisine" className="min-h-11" defaultValue={params.get('cuisine') ?? ''} onBlur={(e) => set('cuisine', e.target.value.trim())} />
        <Select aria-label="Price level" className="min-h-11" value={params.get('priceLevel') ?? ''} onChange={(e) => set('priceLevel', e.target.value)}>
          <option value="">Any price</option>
          {[1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {'$'.repeat(n)}
            </option>
          ))}
        </Select>
        <Select aria-label="Sort restaurants" className="min-h-11" value={`${sort}:${order}`} onChange={(e) => set('sort', e.target.value)}>
          {sorts.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Card>
          <p className="text-slate-600">{query.q || query.cuisine || query.priceLevel ? 'No restaurants match.' : 'No restaurants yet. They are added when you log or import an expense, or with “Add restaurant”.'}</p>
        </Card>
      ) : (
        <Card className="p-0 sm:p-0">
          <ul aria-label="Restaurants" className="divide-y divide-slate-100">
            {list.data.items.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div className="min-w-0">
                  <Link to={`/meals/restaurants/${r.id}`} className="inline-flex min-h-11 items-center font-medium text-indigo-700 hover:underline">
                    {r.name}
                  </Link>
                  <p className="text-xs text-slate-600">
                    {[r.city, r.cuisine, r.priceLevel ? '$'.repeat(r.priceLevel) : null, r.rating ? `${'★'.repeat(r.rating)}` : null].filter(Boolean).join(' · ') || '—'}
                  </p>
                </div>
                <div className="text-right text-sm">
                  <p>
                    {r.stats.visits} {r.stats.visits === 1 ? 'visit' : 'visits'}
                    {r.stats.lastVisit ? ` · last ${r.stats.lastVisit}` : ''}
                  </p>
                  <p className="text-slate-600">{r.stats.totals.map((t) => money(t.amountMinor, t.currency)).join(' · ')}</p>
                </div>
              </li>
            ))}
          </ul>
          <Pager page={page} pageSize={25} total={list.data.total} onPage={(p) => set('page', String(p))} />
        </Card>
      )}
    </div>
  );
}
