import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../shared/api';
import { draftKey, type ExpenseFormState } from './expenseFormState';
import { base, toMinor, type Expense, type Restaurant } from './model';
import { enqueue } from './offlineQueue';
import { addTags } from './tags';

export interface SavedExpense {
  /** Whether the user asked to add another expense after this one. */
  again: boolean;
  id: string;
  /** Saved in the browser while offline, to be sent on reconnect. */
  queued: boolean;
}

/**
 * Saves the form: creates a typed-in new restaurant first (or uses the existing one it duplicates), then the expense
 * (`If-Match` when editing, an idempotency key when adding) and its receipt. Clears the stored draft on success.
 */
export function useSaveExpense(
  { id, form, existing, newRestaurant, receipt }: { id: string | undefined; form: ExpenseFormState | null; existing: Expense | undefined; newRestaurant: boolean; receipt: File | null },
  onSaved: (saved: SavedExpense) => void,
) {
  const client = useQueryClient();
  return useMutation({
    // Run even when the browser says it is offline: the offline branch queues the expense instead of pausing.
    networkMode: 'always',
    mutationFn: async (again: boolean) => {
      if (!form) return { again, id: '', queued: false };
      const amountMinor = toMinor(form.amount, form.currency);
      const fields = {
        amountMinor: amountMinor === null ? 0 : id && existing && existing.amountMinor < 0 ? -amountMinor : amountMinor,
        currency: form.currency,
        localDate: form.localDate,
        localTime: form.localTime || null,
        categoryId: form.categoryId || null,
        mealType: form.mealType || null,
        orderType: form.orderType || null,
        partySize: Number(form.partySize),
        notes: form.notes,
        tags: addTags(form.tags, form.tagDraft),
        ...(id && existing ? { timeZone: existing.timeZone, postedDate: existing.postedDate } : {}),
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
          id && existing
            ? await api.put<Expense>(`${base}/expenses/${id}`, body, { headers: { 'If-Match': `"v${existing.version}"` } })
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
    onSuccess: (saved) => {
      localStorage.removeItem(draftKey);
      void client.invalidateQueries({ queryKey: ['meals'] });
      onSaved(saved);
    },
  });
}
