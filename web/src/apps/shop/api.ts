import { useQuery } from '@tanstack/react-query';
import { api, type QueryValue } from '../../shared/api';
import type { components } from '../../shared/api-types/shop';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The API's shapes, generated from /openapi/shop.json (web/src/shared/api-types; scripts/openapi-check.sh --update). */
type Schemas = components['schemas'];

export type Balance = Schemas['BalanceResponse'];
export type Product = Schemas['CatalogueProduct'];
export type AdminProduct = Schemas['AdminProduct'];
export type OrderStatus = Schemas['OrderStatus'];
export type Order = Schemas['OrderView'];
export type LedgerType = Schemas['LedgerType'];
/** An own ledger line (GET /me/ledger), or any employee's with its userId (GET /admin/ledger). */
export type LedgerEntry = Schemas['LedgerView'] & Partial<Pick<Schemas['AdminLedgerView'], 'userId'>>;
export type Employee = Schemas['EmployeeView'];

export const shopKeys = {
  balance: ['shop', 'balance'] as const,
  all: ['shop'] as const,
};

export function useBalance() {
  return useQuery({ queryKey: shopKeys.balance, queryFn: () => api.get<Balance>('/api/shop/me/balance') });
}

export function useShopQuery<T>(path: string, query?: Record<string, QueryValue>, enabled = true) {
  return useQuery({ queryKey: ['shop', path, query ?? {}], queryFn: () => api.get<T>(path, { query }), enabled });
}

/** A fresh idempotency key (letters and digits only, as the API requires). */
export const newIdempotencyKey = () => crypto.randomUUID().replaceAll('-', '');

export function csvUrl(path: string, query: Record<string, QueryValue>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
