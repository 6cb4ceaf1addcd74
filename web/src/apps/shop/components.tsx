import type { ReactNode } from 'react';
import { Button, cx } from '../../shared/ui';
import type { LedgerEntry, OrderStatus } from './api';
import { st } from './i18n';

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={st('common.page', { page, pages })} className="mt-4 flex items-center justify-between gap-2">
      <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {st('common.prev')}
      </Button>
      <span className="text-sm text-slate-600">{st('common.page', { page, pages })}</span>
      <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {st('common.next')}
      </Button>
    </nav>
  );
}

const statusColours: Record<OrderStatus, string> = {
  placed: 'bg-amber-100 text-amber-900',
  fulfilled: 'bg-green-100 text-green-900',
  cancelled: 'bg-slate-200 text-slate-700',
};

export function StatusChip({ status }: { status: OrderStatus }) {
  return <span className={cx('rounded-full px-2 py-0.5 text-xs font-medium', statusColours[status])}>{st(`status.${status}`)}</span>;
}

export function Badge({ children, tone = 'slate' }: { children: ReactNode; tone?: 'slate' | 'red' | 'green' | 'amber' }) {
  const tones = { slate: 'bg-slate-100 text-slate-800', red: 'bg-red-100 text-red-800', green: 'bg-green-100 text-green-800', amber: 'bg-amber-100 text-amber-900' };
  return <span className={cx('rounded-full px-2 py-0.5 text-xs font-medium', tones[tone])}>{children}</span>;
}

/** System rows are labelled from their source and period, not from the stored reason text. */
/** The order number (`S250301-7KQ2MX`) a ledger reason such as "Refund of order S250301-7KQ2MX" names. */
export const orderNumberIn = (reason: string) => /S\d{6}-[0-9A-Z]{6}/.exec(reason)?.[0] ?? reason;

export function ledgerLabel(entry: LedgerEntry): string {
  if (entry.source === 'monthly') return st('source.monthly', { period: entry.period ?? '' });
  if (entry.source === 'onboarding') return st('source.onboarding');
  if (entry.source === 'expiry') return st('source.expiry');
  if (entry.source === 'order') return `${st(`type.${entry.type}`)} · ${orderNumberIn(entry.reason)}`;
  return entry.reason;
}

export function Table({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    // Focusable so keyboard users can scroll a table wider than a phone.
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">{head}</thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
