import { useQuery } from '@tanstack/react-query';
import { api, type QueryValue } from '../../shared/api';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Balance {
  balance: number;
  expiringSoon: { points: number; earliestAt: string } | null;
  asOf: string;
}

export interface Product {
  id: string;
  name: string;
  description: string;
  usageNotes: string;
  category: string;
  pointsCost: number;
  stock: number;
  available: boolean;
  maxPerEmployeePerMonth: number | null;
  imageUrl: string | null;
  createdAt: string;
}

export interface AdminProduct extends Product {
  isActive: boolean;
  version: number;
  image: { contentType: string; bytes: number; width: number; height: number } | null;
  orderCount: number | null;
}

export type OrderStatus = 'placed' | 'fulfilled' | 'cancelled';

export interface Order {
  id: string;
  orderNumber: string;
  userId: string;
  productId: string;
  productName: string;
  unitCost: number;
  quantity: number;
  totalCost: number;
  status: OrderStatus;
  placedAt: string;
  fulfilledAt: string | null;
  fulfilmentNote: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  restocked: boolean;
  cancellableUntil: string | null;
}

export type LedgerType = 'grant' | 'deduct' | 'redeem' | 'refund' | 'expire';

export interface LedgerEntry {
  id: string;
  userId?: string;
  type: LedgerType;
  source: 'manual' | 'batch' | 'monthly' | 'onboarding' | 'order' | 'expiry';
  amount: number;
  balanceAfter: number;
  reason: string;
  orderId: string | null;
  period: string | null;
  createdAt: string;
}

export interface Employee {
  userId: string;
  name: string;
  email: string;
  enabled: boolean;
  employeeNumber: string | null;
  department: string | null;
  balance: number;
  allocationOverride: number | null;
  monthlyAllocation: number;
  earned: number;
  spent: number;
  lastActivityAt: string | null;
}

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
