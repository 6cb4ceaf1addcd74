import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, Card, ErrorBox, Field, Input, Loading, PageHeader, Select, TextField } from '../../shared/ui';
import { base, fetchCategories, fetchSettings, mealTypes, money, orderTypes, toMinor, type Expense, type Page, type Restaurant } from './model';

interface FormState {
  restaurantId: string;
  restaurantQuery: string;
  amount: string;
  currency: string;
  localDate: string;
  localTime: string;
  categoryId: string;
  mealType: string;
  orderType: string;
  partySize: string;
  tags: string;
  notes: string;
}

const draftKey = 'meals.expense-draft';

export function ExpenseForm() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  const categories = useQuery({ queryKey: ['meals', 'categories'], queryFn: fetchCategories });
  const existing = useQuery({ queryKey: ['meals', 'expense', id], queryFn: () => api.get<Expense>(`${base}/expenses/${id}`), enabled: !!id });
  const [form, setForm] = useState<FormState | null>(null);
  const [newRestaurant, setNewRestaurant] = useState(false);

  useEffect(() => {
    if (form || !settings.data || (id && !existing.data)) return;
    const e = existing.data;
    const draft = !id ? localStorage.getItem(draftKey) : null;
    setForm(
      draft
        ? (JSON.parse(draft) as FormState)
        : {
            restaurantId: e?.restaurantId ?? params.get('restaurantId') ?? '',
            restaurantQuery: e?.restaurantName ?? '',
            amount: e ? String(Math.abs(e.amountMinor) / 10 ** (e.currency === 'JPY' ? 0 : 2)) : '',
            currency: e?.currency ?? settings.data.homeCurrency,
            localDate: e?.localDate ?? params.get('date') ?? settings.data.today,
            localTime: e?.localTime ?? '',
            categoryId: e?.categoryId ?? '',
            mealType: e?.mealType ?? '',
            orderType: e?.orderType ?? '',
            partySize: String(e?.partySize ?? 1),
            tags: e?.tags.join(', ') ?? '',
            notes: e?.notes ?? '',
          },
    );
  }, [form, settings.data, existing.data, id, params]);

  useEffect(() => {
    if (!form || id) return;
    const handle = setInterval(() => localStorage.setItem(draftKey, JSON.stringify(form)), 2000);
    return () => clearInterval(handle);
  }, [form, id]);

  const restaurants = useQuery({
    queryKey: ['meals', 'restaurants', form?.restaurantQuery],
    queryFn: () => api.get<Page<Restaurant>>(`${base}/restaurants`, { query: { q: form?.restaurantQuery, pageSize: 8 } }),
    enabled: !!form && form.restaurantQuery.length > 0 && !form.restaurantId,
  });

  const save = useMutation({
    mutationFn: async (again: boolean) => {
      if (!form) return again;
      let restaurantId = form.restaurantId;
      if (!restaurantId && newRestaurant) {
        try {
          restaurantId = (await api.post<Restaurant>(`${base}/restaurants`, { name: form.restaurantQuery })).id;
        } catch (error) {
          if (isApiError(error) && error.code === 'RESTAURANT_DUPLICATE') restaurantId = String(error.problem.existingId);
          else throw error;
        }
      }
      const amountMinor = toMinor(form.amount, form.currency);
      const body = {
        restaurantId: restaurantId || null,
        amountMinor: amountMinor === null ? 0 : existing.data && existing.data.amountMinor < 0 ? -amountMinor : amountMinor,
        currency: form.currency,
        localDate: form.localDate,
        localTime: form.localTime || null,
        categoryId: form.categoryId || null,
        mealType: form.mealType || null,
        orderType: form.orderType || null,
        partySize: Number(form.partySize),
        notes: form.notes,
        tags: form.tags.split(/[,;]/).map((t) => t.trim()).filter(Boolean),
      };
      if (id && existing.data) await api.put(`${base}/expenses/${id}`, body, { headers: { 'If-Match': `"v${existing.data.version}"` } });
      else await api.post(`${base}/expenses`, body, { headers: { 'Idempotency-Key': crypto.randomUUID() } });
      return again;
    },
    onSuccess: (again) => {
      localStorage.removeItem(draftKey);
      void client.invalidateQueries({ queryKey: ['meals'] });
      if (again && form) setForm({ ...form, amount: '', notes: '', tags: '' });
      else navigate('/meals/expenses');
    },
  });

  if (!form) return settings.isError ? <ErrorBox error={settings.error} /> : <Loading />;
  const error = save.error;
  const fieldError = (name: string) => (isApiError(error) ? error.fieldError(name) : undefined);
  const amountMinor = toMinor(form.amount, form.currency);
  const update = (patch: Partial<FormState>) => setForm({ ...form, ...patch });
  const submit = (event: FormEvent, again = false) => {
    event.preventDefault();
    save.mutate(again);
  };

  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={id ? 'Edit expense' : 'Add expense'} />
      {isApiError(error) && error.status === 412 ? (
        <ErrorBox error={error} onRetry={() => window.location.reload()}>
          This expense was changed elsewhere — reload to see the latest version.
        </ErrorBox>
      ) : error ? (
        <ErrorBox error={error} />
      ) : null}
      <Card className="p-4">
        <form onSubmit={(e) => submit(e)} className="space-y-4">
          <Field label="Restaurant" error={fieldError('restaurantId')}>
            {(control) => (
              <div>
                <Input
                  {...control}
                  className="min-h-11"
                  autoComplete="off"
                  value={form.restaurantQuery}
                  onChange={(e) => update({ restaurantQuery: e.target.value, restaurantId: '' })}
                />
                {!form.restaurantId && restaurants.data ? (
                  <ul aria-label="Restaurant suggestions" className="mt-1 rounded border border-slate-200">
                    {restaurants.data.items.map((r) => (
                      <li key={r.id}>
                        <button
                          type="button"
                          className="min-h-11 w-full px-3 text-left hover:bg-slate-50"
                          onClick={async () => {
                            const suggestion = await api.get<{ categoryId: string | null }>(`${base}/restaurants/${r.id}/suggested-category`);
                            update({ restaurantId: r.id, restaurantQuery: r.name, categoryId: suggestion.categoryId ?? form.categoryId });
                          }}
                        >
                          {r.name} {r.city ? `· ${r.city}` : ''}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {!form.restaurantId && form.restaurantQuery ? (
                  <label className="mt-2 flex min-h-11 items-center gap-2 text-sm">
                    <input type="checkbox" className="h-5 w-5" checked={newRestaurant} onChange={(e) => setNewRestaurant(e.target.checked)} />
                    Add “{form.restaurantQuery}” as a new restaurant
                  </label>
                ) : null}
              </div>
            )}
          </Field>
          <div className="grid grid-cols-3 gap-2">
            <div className="col-span-2">
              <TextField label="Amount" inputMode="decimal" className="min-h-11" value={form.amount} error={fieldError('amountMinor')} onChange={(e) => update({ amount: e.target.value })} />
            </div>
            <TextField label="Currency" className="min-h-11 uppercase" maxLength={3} value={form.currency} error={fieldError('currency')} onChange={(e) => update({ currency: e.target.value.toUpperCase() })} />
          </div>
          <div className="grid grid-cols-2 gap-2">
            <TextField label="Date" type="date" className="min-h-11" value={form.localDate} error={fieldError('localDate')} onChange={(e) => update({ localDate: e.target.value })} />
            <TextField label="Time (optional)" type="time" className="min-h-11" value={form.localTime} error={fieldError('localTime')} onChange={(e) => update({ localTime: e.target.value })} />
          </div>
          <Field label="Category">
            {(control) => (
              <Select {...control} className="min-h-11" value={form.categoryId} onChange={(e) => update({ categoryId: e.target.value })}>
                <option value="">Uncategorised</option>
                {categories.data?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="grid grid-cols-2 gap-2">
            <Field label="Meal type">
              {(control) => (
                <Select {...control} className="min-h-11" value={form.mealType} onChange={(e) => update({ mealType: e.target.value })}>
                  <option value="">—</option>
                  {mealTypes.map((m) => (
                    <option key={m}>{m}</option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Order type">
              {(control) => (
                <Select {...control} className="min-h-11" value={form.orderType} onChange={(e) => update({ orderType: e.target.value })}>
                  <option value="">—</option>
                  {orderTypes.map((m) => (
                    <option key={m} value={m}>
                      {m.replace('_', ' ')}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <TextField
            label="Party size"
            type="number"
            min={1}
            max={50}
            className="min-h-11"
            value={form.partySize}
            error={fieldError('partySize')}
            hint={amountMinor && Number(form.partySize) > 0 ? `${money(Math.round(amountMinor / Number(form.partySize)), form.currency)} per person` : undefined}
            onChange={(e) => update({ partySize: e.target.value })}
          />
          <TextField label="Tags (comma separated)" className="min-h-11" value={form.tags} error={fieldError('tags')} onChange={(e) => update({ tags: e.target.value })} />
          <Field label="Notes" error={fieldError('notes')}>
            {(control) => (
              <textarea {...control} className="w-full rounded-md border border-slate-300 p-2" rows={3} value={form.notes} onChange={(e) => update({ notes: e.target.value })} />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" loading={save.isPending} className="min-h-11">
              Save
            </Button>
            {!id ? (
              <Button variant="secondary" className="min-h-11" onClick={(e) => submit(e, true)}>
                Save and add another
              </Button>
            ) : null}
          </div>
        </form>
      </Card>
    </div>
  );
}
