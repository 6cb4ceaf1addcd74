import { api, ApiError, readCookie, refreshCsrf } from '../../shared/api';
import type { components } from '../../shared/api-types/meals';

export const base = '/api/meals';

/** The API's shapes, generated from /openapi/meals.json (web/src/shared/api-types; scripts/openapi-check.sh --update). */
type Schemas = components['schemas'];

export type CurrencyAmount = Schemas['CurrencyAmount'];
export type Expense = Schemas['ExpenseView'];

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type RestaurantStats = Schemas['RestaurantStats'];
export type Restaurant = Schemas['RestaurantView'];
export type Category = Schemas['CategoryView'];
export type Tag = Schemas['TagView'];
export type Budget = Schemas['BudgetView'];
export type Settings = Schemas['SettingsView'];
/** A budget's state for a month; the server sends one of ok, warning and over. */
export type BudgetStatus = Omit<Schemas['BudgetStatus'], 'state'> & { state: 'ok' | 'warning' | 'over' };
export type ExpenseSummary = Schemas['ExpenseSummary'];
export type Dashboard = Omit<Schemas['Dashboard'], 'budgets'> & { budgets: BudgetStatus[] };
export type Report = Schemas['SpendingReport'];
export type ReportSlice = Schemas['SpendingShare'];
export type CalendarDay = Schemas['CalendarDay'];
/** A self-service data export; the server sends one of pending, running, ready, failed and expired. */
export type DataExport = Omit<Schemas['DataExportView'], 'status'> & { status: 'pending' | 'running' | 'ready' | 'failed' | 'expired' };
export type AdminUser = Omit<Schemas['MealUserView'], 'status'> & { status: 'active' | 'deactivated' };
export type AuditEntry = Schemas['AuditView'];

export const mealTypes = ['breakfast', 'brunch', 'lunch', 'dinner', 'snack', 'drinks', 'dessert', 'coffee', 'other'];
export const orderTypes = ['dine_in', 'takeout', 'delivery', 'drive_through', 'catering', 'other'];

const zeroDigit = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
const threeDigit = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

export function digitsOf(currency: string): number {
  return zeroDigit.has(currency) ? 0 : threeDigit.has(currency) ? 3 : 2;
}

/** Minor units to a localised money string, e.g. 1250 USD → "$12.50". */
export function money(amountMinor: number, currency: string): string {
  const digits = digitsOf(currency);
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    amountMinor / 10 ** digits,
  );
}

/** A short amount for chart axes: "$1.5K", "¥20K". */
export function compactMoney(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(
    amountMinor / 10 ** digitsOf(currency),
  );
}

/** "12.50" → 1250 for the currency's digits; null when not a positive amount. */
export function toMinor(text: string, currency: string): number | null {
  const digits = digitsOf(currency);
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d+$|^\d+\.\d+$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return minor > 0 ? minor : null;
}

export const fetchSettings = () => api.get<Settings>(`${base}/settings`);
export const fetchCategories = () => api.get<Category[]>(`${base}/categories`);

/** Minor units to the plain decimal text of an input, e.g. 1250 USD → "12.50". */
export function toDecimalText(amountMinor: number, currency: string): string {
  const digits = digitsOf(currency);
  return (Math.abs(amountMinor) / 10 ** digits).toFixed(digits);
}

export const humanize = (value: string | null | undefined) => (value ? value.replace(/_/g, ' ') : '—');

export const fetchTags = () => api.get<Tag[]>(`${base}/tags`);

/** POSTs JSON and saves the answer as a file (exports of selected rows), with the CSRF header the API client sends. */
export async function downloadPost(path: string, body: unknown, fallbackName: string): Promise<void> {
  if (!readCookie('XSRF-TOKEN')) await refreshCsrf();
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': readCookie('XSRF-TOKEN') ?? '' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as Record<string, unknown>) : {};
    throw new ApiError(response.status, problem);
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
