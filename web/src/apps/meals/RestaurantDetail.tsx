import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, buttonClass, Card, ConfirmDialog, ErrorBox, Loading, PageHeader } from '../../shared/ui';
import { Pager } from './components';
import { base, money, type Expense, type Page, type Restaurant } from './model';
import { RestaurantForm } from './RestaurantForm';

export function RestaurantDetail() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [cascade, setCascade] = useState(false);
  const [page, setPage] = useState(1);
  const restaurant = useQuery({ queryKey: ['meals', 'restaurant', id], queryFn: () => api.get<Restaurant>(`${base}/restaurants/${id}`) });
  const history = useQuery({
    queryKey: ['meals', 'expenses', { restaurantId: id, page }],
    queryFn: () => api.get<Page<Expense>>(`${base}/expenses`, { query: { restaurantId: id, page, pageSize: 20 } }),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`${base}/restaurants/${id}`, { query: cascade ? { cascade: true } : undefined }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['meals'] });
      navigate('/meals/restaurants');
    },
  });
  if (restaurant.isPending) return <Loading />;
  if (restaurant.isError) return <ErrorBox error={restaurant.error} onRetry={() => void restaurant.refetch()} />;
  const r = restaurant.data;
  const expenseCount = history.data?.total ?? 0;
  const address = [r.addressLine1, r.addressLine2, [r.postalCode, r.city].filter(Boolean).join(' '), r.region, r.countryCode].filter(Boolean).join(', ');
  return (
    <div className="space-y-4">
      <PageHeader
        title={r.name}
        description={[r.cuisine, r.priceLevel ? '$'.repeat(r.priceLevel) : null, r.rating ? `${r.rating}/5` : null].filter(Boolean).join(' · ') || undefined}
        actions={
          <>
            <Link className={buttonClass()} to={`/meals/expenses/new?restaurantId=${r.id}`}>
              Add expense here
            </Link>
            <Button variant="secondary" onClick={() => setEditing(!editing)}>
              Edit
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setCascade(false);
                setDeleting(true);
              }}
            >
              Delete
            </Button>
          </>
        }
      />
      {editing ? (
        <Card>
          <RestaurantForm key={r.version} restaurant={r} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </Card>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card className="space-y-1 text-sm" aria-label="Restaurant details">
          <h2 className="mb-2 font-semibold">Details</h2>
          <p>{address || 'No address'}</p>
          {r.phone ? (
            <p>
              <a className="text-indigo-700 underline" href={`tel:${r.phone}`}>
                {r.phone}
              </a>
            </p>
          ) : null}
          {r.website ? (
            <p>
              <a className="break-all text-indigo-700 underline" href={r.website} target="_blank" rel="noreferrer noopener">
                {r.website}
              </a>
            </p>
          ) : null}
          {r.notes ? <p className="whitespace-pre-wrap text-slate-700">{r.notes}</p> : null}
        </Card>
        <Card className="text-sm" aria-label="Restaurant stats">
          <h2 className="mb-2 font-semibold">Stats</h2>
          <dl className="grid grid-cols-2 gap-2">
            <div>
              <dt className="text-slate-600">Visits</dt>
              <dd className="text-lg font-semibold">{r.stats.visits}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Last visit</dt>
              <dd className="text-lg font-semibold">{r.stats.lastVisit ?? '—'}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Total spent</dt>
              {r.stats.totals.length === 0 ? <dd>—</dd> : r.stats.totals.map((t) => <dd key={t.currency}>{money(t.amountMinor, t.currency)}</dd>)}
            </div>
            <div>
              <dt className="text-slate-600">Average per person</dt>
              {r.stats.avgPerPerson.length === 0 ? <dd>—</dd> : r.stats.avgPerPerson.map((t) => <dd key={t.currency}>{money(t.amountMinor, t.currency)}</dd>)}
            </div>
          </dl>
        </Card>
      </div>
      <Card className="p-0 sm:p-0">
        <h2 className="p-4 pb-0 font-semibold">Expense history</h2>
        {history.isPending ? (
          <Loading />
        ) : history.isError ? (
          <ErrorBox error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data.items.length === 0 ? (
          <p className="p-4 text-slate-600">No expenses at this restaurant yet.</p>
        ) : (
          <>
            <ul aria-label="Expense history" className="divide-y divide-slate-100">
              {history.data.items.map((e) => (
                <li key={e.id} className="flex justify-between gap-2 p-3 text-sm">
                  <Link to={`/meals/expenses/${e.id}`} className="inline-flex min-h-11 items-center text-indigo-700 hover:underline">
                    {e.localDate} · {e.categoryName ?? 'Uncategorised'}
                  </Link>
                  <span className="tabular-nums">{money(e.amountMinor, e.currency)}</span>
                </li>
              ))}
            </ul>
            <Pager page={page} pageSize={20} total={history.data.total} onPage={setPage} />
          </>
        )}
      </Card>
      <ConfirmDialog
        open={deleting}
        danger
        busy={remove.isPending}
        title={`Delete ${r.name}?`}
        confirmLabel="Delete restaurant"
        onConfirm={() => (expenseCount === 0 || cascade ? remove.mutate() : undefined)}
        onCancel={() => setDeleting(false)}
      >
        {expenseCount > 0 ? (
          <div className="space-y-2">
            <p>
              This restaurant has {expenseCount} {expenseCount === 1 ? 'expense' : 'expenses'}. Deleting it deletes them and their receipts too.
            </p>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" className="h-5 w-5" checked={cascade} onChange={(e) => setCascade(e.target.checked)} />
              Also delete {expenseCount} {expenseCount === 1 ? 'expense' : 'expenses'}
            </label>
            {!cascade ? <p className="text-red-700">Tick the box to confirm.</p> : null}
          </div>
        ) : (
          <p>It has no expenses.</p>
        )}
        <ErrorBox error={remove.error} />
      </ConfirmDialog>
    </div>
  );
}
