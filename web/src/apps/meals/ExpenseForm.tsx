import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, Card, ErrorBox, Field, Loading, Notice, PageHeader, TextField, toast } from '../../shared/ui';
import { ExpenseClassificationFields } from './ExpenseClassificationFields';
import { ExpenseDraftNotice } from './ExpenseDraftNotice';
import type { ExpenseFormState } from './expenseFormState';
import { base, fetchCategories, fetchTags, money, toMinor } from './model';
import { ReceiptPicker } from './ReceiptPicker';
import { RestaurantField } from './RestaurantField';
import { TagInput } from './TagInput';
import { useExpenseForm } from './useExpenseForm';
import { useSaveExpense, type SavedExpense } from './useSaveExpense';

/**
 * Add or edit an expense. New expenses can be prefilled from `?date=`, `?restaurantId=` or `?duplicate=<expense id>`;
 * a local draft is kept every 2 s and offered on return.
 */
export function ExpenseForm() {
  const navigate = useNavigate();
  const { id, form, setForm, draft, setDraft, settings, existing } = useExpenseForm();
  const categories = useQuery({ queryKey: ['meals', 'categories'], queryFn: fetchCategories });
  const tags = useQuery({ queryKey: ['meals', 'tags'], queryFn: fetchTags });
  const [newRestaurant, setNewRestaurant] = useState(false);
  const [receipt, setReceipt] = useState<File | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const pickRestaurant = async (r: { id: string; name: string }) => {
    setNewRestaurant(false);
    setForm((f) => (f ? { ...f, restaurantId: r.id, restaurantQuery: r.name } : f));
    const suggestion = await api.get<{ categoryId: string | null }>(`${base}/restaurants/${r.id}/suggested-category`);
    if (suggestion.categoryId) setForm((f) => (f ? { ...f, categoryId: suggestion.categoryId ?? '' } : f));
  };
  const onSaved = ({ again, id: expenseId, queued }: SavedExpense) => {
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
  };
  const save = useSaveExpense({ id, form, existing: existing.data, newRestaurant, receipt }, onSaved);

  if (!form) {
    const error = settings.error ?? existing.error;
    return error ? <ErrorBox error={error} /> : <Loading />;
  }
  const error = save.error;
  const fieldError = (name: string) => (isApiError(error) ? error.fieldError(name) : undefined);
  const amountMinor = toMinor(form.amount, form.currency);
  const update = (patch: Partial<ExpenseFormState>) => setForm({ ...form, ...patch });
  const submit = (event: FormEvent, again = false) => {
    event.preventDefault();
    save.mutate(again);
  };
  const known = ['restaurantId', 'amountMinor', 'currency', 'localDate', 'localTime', 'partySize', 'tags', 'notes'];

  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={id ? 'Edit expense' : 'Add expense'} />
      {draft ? <ExpenseDraftNotice draft={draft} onRestore={setForm} onDone={() => setDraft(null)} /> : null}
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
          <RestaurantField
            query={form.restaurantQuery}
            restaurantId={form.restaurantId}
            error={fieldError('restaurantId')}
            newRestaurant={newRestaurant}
            onNewRestaurant={setNewRestaurant}
            onType={(restaurantQuery) => update({ restaurantQuery, restaurantId: '' })}
            onPick={(r) => void pickRestaurant(r)}
          />
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
          <ExpenseClassificationFields categories={categories.data} categoryId={form.categoryId} mealType={form.mealType} orderType={form.orderType} onChange={update} />
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
