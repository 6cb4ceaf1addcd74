import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { draftKey, fromExpense, type ExpenseFormState } from './expenseFormState';
import { base, fetchSettings, type Expense, type Restaurant } from './model';

/**
 * The expense form's state once it can start: the expense edited or duplicated (`?duplicate=`), or a blank one
 * prefilled from `?date=` and `?restaurantId=`. A stored draft is offered for a blank form, and a new expense's
 * draft is stored every 2 s.
 */
export function useExpenseForm() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const duplicateOf = params.get('duplicate');
  const prefillRestaurant = params.get('restaurantId');
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  const sourceId = id ?? duplicateOf;
  const existing = useQuery({ queryKey: ['meals', 'expense', sourceId], queryFn: () => api.get<Expense>(`${base}/expenses/${sourceId}`), enabled: !!sourceId });
  const restaurant = useQuery({
    queryKey: ['meals', 'restaurant', prefillRestaurant],
    queryFn: () => api.get<Restaurant>(`${base}/restaurants/${prefillRestaurant}`),
    enabled: !!prefillRestaurant && !sourceId,
  });
  const [form, setForm] = useState<ExpenseFormState | null>(null);
  const [draft, setDraft] = useState<ExpenseFormState | null>(null);

  useEffect(() => {
    if (form || !settings.data || (sourceId && !existing.data) || (prefillRestaurant && !sourceId && !restaurant.data && !restaurant.isError)) return;
    const today = settings.data.today;
    const blank: ExpenseFormState = {
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
      if (stored) setDraft(JSON.parse(stored) as ExpenseFormState);
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

  return { id, form, setForm, draft, setDraft, settings, existing };
}
