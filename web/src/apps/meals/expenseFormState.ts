import { toDecimalText, type Expense } from './model';

/** What the expense form edits, as text the inputs show; also what the local draft stores. */
export interface ExpenseFormState {
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

/** Where the draft of a new expense is kept between visits. */
export const draftKey = 'meals.expense-draft';

/** The form for editing `e`, or for a copy of it dated today when `keepDate` is false. */
export function fromExpense(e: Expense, today: string, keepDate: boolean): ExpenseFormState {
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
