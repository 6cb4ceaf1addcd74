import { api } from '../../shared/api';

export const base = '/api/meals';

export interface CurrencyAmount {
  currency: string;
  amountMinor: number;
}

export interface Expense {
  id: string;
  restaurantId: string;
  restaurantName: string;
  amountMinor: number;
  currency: string;
  localDate: string;
  localTime: string | null;
  timeZone: string;
  categoryId: string | null;
  categoryName: string | null;
  mealType: string | null;
  orderType: string | null;
  partySize: number;
  pricePerPersonMinor: number;
  notes: string | null;
  tags: string[];
  version: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Restaurant {
  id: string;
  name: string;
  city: string | null;
}

export interface Category {
  id: string;
  name: string;
  colour: string;
  expenseCount: number;
}

export interface Settings {
  homeCurrency: string;
  timeZone: string;
  today: string;
}

export interface BudgetStatus {
  id: string;
  categoryName: string | null;
  currency: string;
  limitMinor: number;
  spentMinor: number;
  percent: number;
  state: 'ok' | 'warning' | 'over';
  projectedMinor: number | null;
}

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

/** "12.50" → 1250 for the currency's digits; null when not a positive amount. */
export function toMinor(text: string, currency: string): number | null {
  const digits = digitsOf(currency);
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return minor > 0 ? minor : null;
}

export const fetchSettings = () => api.get<Settings>(`${base}/settings`);
export const fetchCategories = () => api.get<Category[]>(`${base}/categories`);
