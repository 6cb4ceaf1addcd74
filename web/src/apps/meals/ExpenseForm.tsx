import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, Card, ErrorBox, Field, Input, Loading, Notice, PageHeader, Select, TextField, toast } from '../../shared/ui';
import { base, fetchCategories, fetchSettings, fetchTags, humanize, mealTypes, money, orderTypes, toDecimalText, toMinor, type Expense, type Page, type Restaurant } from './model';
import { enqueue } from './offlineQueue';
import { RestaurantForm } from './RestaurantForm';
import { addTags } from './tags';
import { TagInput } from './TagInput';

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
  tags: string[];
  /** A tag name typed but not yet ended with Enter or a comma; Save keeps it too. */
  tagDraft: string;
  notes: string;
}

const draftKey = 'meals.expense-draft';

function fromExpense(e: Expense, today: string, keepDate: boolean): FormState {
  return {
    restaurantId: e.restaurantId,
    restaurantQuery: e.restaurantName,
    amount: toDecimalText(e.amountMinor, e.currency),
    currency: e.currency,
    localDate: keepDate ? e.localDate : today,
    localTime: keepDate ? (e.localTime ?? '') : '',
    categoryId: e.categoryId ?? '',
    mealType: e.mealType ?? '',
    orderType: e.orderType ?? '',
    partySize: String(e.partySize),
    tags: [...e.tags],
    tagDraft: '',
    notes: e.notes ?? '',
  };
}

/**
 * Add or edit an expense. New expenses can be prefilled from `?date=`, `?restaurantId=` or `?duplicate=<expense id>`;
 * a local draft is kept every 2 s and offered on return.
 */
export function ExpenseForm() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const duplicateOf = params.get('duplicate');
  const prefillRestaurant = params.get('restaurantId');
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  const categories = useQuery({ queryKey: ['meals', 'categories'], queryFn: fetchCategories });
  const tags = useQuery({ queryKey: ['meals', 'tags'], queryFn: fetchTags });
  const sourceId = id ?? duplicateOf;
  const existing = useQuery({ queryKey: ['meals', 'expense', sourceId], queryFn: () => api.get<Expense>(`${base}/expenses/${sourceId}`), enabled: !!sourceId });
  const restaurant = useQuery({
    queryKey: ['meals', 'restaurant', prefillRestaurant],
    queryFn: () => api.get<Restaurant>(`${base}/restaurants/${prefillRestaurant}`),
    enabled: !!prefillRestaurant && !sourceId,
  });
  const [form, setForm] = useState<FormState | null>(null);
  const [draft, setDraft] = useState<FormState | null>(null);
  const [newRestaurant, setNewRestaurant] = useState(false);
  const [restaurantDialog, setRestaurantDialog] = useState(false);
  const [receipt, setReceipt] = useState<File | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (form || !settings.data || (sourceId && !existing.data) || (prefillRestaurant && !sourceId && !restaurant.data && !restaurant.isError)) return;
    const today = settings.data.today;
    const blank: FormState = {
      restaurantId: restaurant.data?.id ?? '',
      restaurantQuery: restaurant.data?.name ?? '',
      amount: '',
      currency: settings.data.homeCurrency,
      localDate: params.get('date') ?? today,
      localTime: '',
      categoryId: '',
      mealType: '',
      orderType: '',
      partySize: '1',
      tags: [],
      tagDraft: '',
      notes: '',
    };
    setForm(existing.data ? fromExpense(existing.data, today, !!id) : blank);
    if (!sourceId && !prefillRestaurant && !params.get('date')) {
      const stored = localStorage.getItem(draftKey);
      if (stored) setDraft(JSON.parse(stored) as FormState);
    }
    if (restaurant.data) {
      void api.get<{ categoryId: string | null }>(`${base}/restaurants/${restaurant.data.id}/suggested-category`).then((s) => {
        if (s.categoryId) setForm((f) => (f && !f.categoryId ? { ...f, categoryId: s.categoryId ?? '' } : f));
      });
    }
  }, [form, settings.data, existing.data, restaurant.data, restaurant.isError, id, sourceId, prefillRestaurant, params]);

  useEffect(() => {
    if (!form || id) return;
    const handle = setInterval(() => {
      if (form.restaurantQuery || form.amount || form.notes) localStorage.setItem(draftKey, JSON.stringify(form));
    }, 2000);
    return () => clearInterval(handle);
  }, [form, id]);

  const restaurants = useQuery({
    queryKey: ['meals', 'restaurant-search', form?.restaurantQuery],
    queryFn: () => api.get<Page<Restaurant>>(`${base}/restaurants`, { query: { q: form?.restaurantQuery, pageSize: 8, sort: 'visits', order: 'desc' } }),
    enabled: !!form && form.restaurantQuery.trim().length > 0 && !form.restaurantId,
  });

  const pickRestaurant = async (r: { id: string; name: string }) => {
    setRestaurantDialog(false);
    setNewRestaurant(false);
    setForm((f) => (f ? { ...f, restaurantId: r.id, restaurantQuery: r.name } : f));
    const suggestion = await api.get<{ categoryId: string | null }>(`${base}/restaurants/${r.id}/suggested-category`);
    if (suggestion.categoryId) setForm((f) => (f ? { ...f, categoryId: suggestion.categoryId ?? '' } : f));
  };

  const save = useMutation({
    // Run even when the browser says it is offline: the offline branch queues the expense instead of pausing.
    networkMode: 'always',
    mutationFn: async (again: boolean) => {
      if (!form) return { again, id: '', queued: false };
      const amountMinor = toMinor(form.amount, form.currency);
      const fields = {
        amountMinor: amountMinor === null ? 0 : id && existing.data && existing.data.amountMinor < 0 ? -amountMinor : amountMinor,
        currency: form.currency,
        localDate: form.localDate,
        localTime: form.localTime || null,
        categoryId: form.categoryId || null,
        mealType: form.mealType || null,
        orderType: form.orderType || null,
        partySize: Number(form.partySize),
        notes: form.notes,
        tags: addTags(form.tags, form.tagDraft),
        ...(id && existing.data ? { timeZone: existing.data.timeZone, postedDate: existing.data.postedDate } : {}),
      };
      const newName = !form.restaurantId && newRestaurant ? form.restaurantQuery.trim() : '';
      // Offline quick add: a new expense without a receipt waits in the browser and is sent on reconnect.
      const queueable = !id && !receipt && amountMinor !== null && (form.restaurantId || newName);
      const queue = () => {
        enqueue({
          body: { ...fields, restaurantId: form.restaurantId || null },
          newRestaurantName: form.restaurantId ? undefined : newName,
          label: `${form.restaurantQuery.trim()} ${form.localDate}`,
        });
        return { again, id: '', queued: true };
      };
      if (queueable && !navigator.onLine) return queue();
      try {
        let restaurantId = form.restaurantId;
        if (!restaurantId && newName) {
          try {
            restaurantId = (await api.post<Restaurant>(`${base}/restaurants`, { name: newName })).id;
          } catch (error) {
            if (isApiError(error) && error.code === 'RESTAURANT_DUPLICATE') restaurantId = String(error.problem.existingId);
            else throw error;
          }
        }
        const body = { ...fields, restaurantId: restaurantId || null };
        const savedExpense =
          id && existing.data
            ? await api.put<Expense>(`${base}/expenses/${id}`, body, { headers: { 'If-Match': `"v${existing.data.version}"` } })
            : await api.post<Expense>(`${base}/expenses`, body, { headers: { 'Idempotency-Key': crypto.randomUUID() } });
        const expenseId = savedExpense?.id ?? id ?? '';
        if (receipt && expenseId) {
          const file = new FormData();
          file.append('file', receipt);
          await api.put(`${base}/expenses/${expenseId}/receipt`, file);
        }
        return { again, id: expenseId, queued: false };
      } catch (error) {
        if (queueable && isApiError(error) && error.status === 0) return queue();
        throw error;
      }
    },
    onSuccess: ({ again, id: expenseId, queued }) => {
      localStorage.removeItem(draftKey);
      void client.invalidateQueries({ queryKey: ['meals'] });
      setReceipt(null);
      if (!form) return;
      const saved = `${queued ? 'Saved offline' : 'Saved'}: ${form.restaurantQuery} · ${money(toMinor(form.amount, form.currency) ?? 0, form.currency)}.`;
      if (again) {
        setSaved(saved);
        setForm({ ...form, amount: '', notes: '', tags: [], tagDraft: '', localTime: '' });
      } else {
        toast(saved);
        navigate(id ? `/meals/expenses/${expenseId}` : '/meals/expenses');
      }
    },
  });

  if (!form) {
    const error = settings.error ?? existing.error;
    return error ? <ErrorBox error={error} /> : <Loading />;
  }
  const error = save.error;
  const fieldError = (name: string) => (isApiError(error) ? error.fieldError(name) : undefined);
  const amountMinor = toMinor(form.amount, form.currency);
  const update = (patch: Partial<FormState>) => setForm({ ...form, ...patch });
  const submit = (event: FormEvent, again = false) => {
    event.preventDefault();
    save.mutate(again);
  };
  const known = ['restaurantId', 'amountMinor', 'currency', 'localDate', 'localTime', 'partySize', 'tags', 'notes'];

  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={id ? 'Edit expense' : 'Add expense'} />
      {draft ? (
        <Notice className="mb-3">
          <p>You have an unsaved expense from earlier{draft.restaurantQuery ? ` at ${draft.restaurantQuery}` : ''}.</p>
          <div className="mt-2 flex gap-2">
            <Button
              size="sm"
              onClick={() => {
                setForm({ ...draft, tags: Array.isArray(draft.tags) ? draft.tags : [], tagDraft: draft.tagDraft ?? '' });
                setDraft(null);
              }}
            >
              Restore draft
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                localStorage.removeItem(draftKey);
                setDraft(null);
              }}
            >
              Discard draft
            </Button>
          </div>
        </Notice>
      ) : null}
      {saved ? (
        <Notice className="mb-3">
          {saved}
        </Notice>
      ) : null}
      {isApiError(error) && error.status === 412 ? (
        <ErrorBox error={error} onRetry={() => window.location.reload()}>
          This expense was changed elsewhere — reload to see the latest version.
        </ErrorBox>
      ) : error && !(isApiError(error) && error.status === 400 && !error.hasOtherFieldErrors(known) && Object.keys(error.errors).length > 0) ? (
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
                {!form.restaurantId && restaurants.data && restaurants.data.items.length > 0 ? (
                  <ul aria-label="Restaurant suggestions" className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200">
                    {restaurants.data.items.map((r) => (
                      <li key={r.id}>
                        <button type="button" className="min-h-11 w-full px-3 text-left hover:bg-slate-50 focus-visible:bg-indigo-50" onClick={() => void pickRestaurant(r)}>
                          {r.name} {r.city ? <span className="text-slate-600">· {r.city}</span> : null}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {!form.restaurantId && form.restaurantQuery.trim() ? (
                  <div className="mt-2 flex flex-wrap items-center gap-2">
                    <label className="flex min-h-11 items-center gap-2 text-sm">
                      <input type="checkbox" className="h-5 w-5" checked={newRestaurant} onChange={(e) => setNewRestaurant(e.target.checked)} />
                      Add “{form.restaurantQuery.trim()}” as a new restaurant
                    </label>
                    <Button size="sm" variant="ghost" className="min-h-11" onClick={() => setRestaurantDialog(true)}>
                      …with address and details
                    </Button>
                  </div>
                ) : null}
                {form.restaurantId ? (
                  <p className="mt-1 text-xs text-slate-600">
                    <Link className="underline" to={`/meals/restaurants/${form.restaurantId}`}>
                      Restaurant page
                    </Link>
                  </p>
                ) : null}
              </div>
            )}
          </Field>
          {restaurantDialog ? (
            <Card className="border-indigo-200 bg-indigo-50/40" aria-label="New restaurant details">
              <RestaurantForm
                initialName={form.restaurantQuery.trim()}
                onSaved={(r) => void pickRestaurant(r)}
                onUseExisting={(existingId) => void api.get<Restaurant>(`${base}/restaurants/${existingId}`).then(pickRestaurant)}
                onCancel={() => setRestaurantDialog(false)}
              />
            </Card>
          ) : null}
          <div className="grid grid-cols-3 gap-2">
            <div className="col-span-2">
              <TextField label="Amount" inputMode="decimal" className="min-h-11" value={form.amount} error={fieldError('amountMinor')} onChange={(e) => update({ amount: e.target.value })} />
            </div>
            <TextField label="Currency" className="min-h-11 uppercase" maxLength={3} value={form.currency} error={fieldError('currency')} onChange={(e) => update({ currency: e.target.value.toUpperCase() })} />
          </div>
          {id && existing.data && existing.data.amountMinor < 0 ? <p className="text-sm text-slate-600">This is a refund; it stays negative.</p> : null}
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
                    <option key={m} value={m}>
                      {m}
                    </option>
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
                      {humanize(m)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <TextField
            label="Party size"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            className="min-h-11"
            value={form.partySize}
            error={fieldError('partySize')}
            hint={amountMinor && Number(form.partySize) > 0 ? `${money(Math.round(amountMinor / Number(form.partySize)), form.currency)} per person` : undefined}
            onChange={(e) => update({ partySize: e.target.value })}
          />
          <TagInput
            value={form.tags}
            typing={form.tagDraft}
            suggestions={tags.data?.map((t) => t.name) ?? []}
            error={fieldError('tags')}
            onChange={(tags, tagDraft) => update({ tags, tagDraft })}
          />
          <Field label="Notes" error={fieldError('notes')}>
            {(control) => <textarea {...control} className="w-full rounded-md border border-slate-300 p-2" rows={3} maxLength={2000} value={form.notes} onChange={(e) => update({ notes: e.target.value })} />}
          </Field>
          {!id ? <ReceiptPicker file={receipt} onChange={setReceipt} /> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" loading={save.isPending} className="min-h-11">
              Save
            </Button>
            {!id ? (
              <Button variant="secondary" className="min-h-11" disabled={save.isPending} onClick={(e) => submit(e, true)}>
                Save and add another
              </Button>
            ) : (
              <Link className="inline-flex min-h-11 items-center px-3 text-sm text-slate-700 underline" to={`/meals/expenses/${id}`}>
                Cancel
              </Link>
            )}
          </div>
        </form>
      </Card>
    </div>
  );
}

/** A drop zone / file picker for the receipt of a new expense, with an image preview. */
function ReceiptPicker({ file, onChange }: { file: File | null; onChange: (file: File | null) => void }) {
  const [over, setOver] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!file || !file.type.startsWith('image/')) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const dropped = e.dataTransfer.files[0];
        if (dropped) onChange(dropped);
      }}
      className={`rounded-md border-2 border-dashed p-3 ${over ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300'}`}
    >
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Receipt (optional; drop a file here or choose one)</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-indigo-50 file:px-4 file:text-indigo-700"
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      </label>
      {file ? (
        <div className="mt-2 flex items-center gap-2 text-sm">
          {preview ? <img src={preview} alt="Receipt preview" className="h-20 rounded border border-slate-200" /> : null}
          <span className="truncate">{file.name}</span>
          <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
            Remove
          </Button>
        </div>
      ) : null}
    </div>
  );
}
