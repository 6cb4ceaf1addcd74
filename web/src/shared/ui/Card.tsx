import type { HTMLAttributes } from 'react';
import { cx } from './cx';

export function Card({ className, ...rest }: HTMLAttributes<HTMLElement>) {
  return <section className={cx('rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-6', className)} {...rest} />;
}
