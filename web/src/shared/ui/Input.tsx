import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { cx } from './cx';

const control =
  'block w-full rounded-md border bg-white px-3 py-2 text-base sm:text-sm text-slate-900 shadow-xs placeholder:text-slate-400 ' +
  'focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-indigo-600 disabled:bg-slate-100';

export function Input({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  const invalid = rest['aria-invalid'] === true || rest['aria-invalid'] === 'true';
  return <input className={cx(control, invalid ? 'border-red-500' : 'border-slate-300', className)} {...rest} />;
}

export function Select({ className, children, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={cx(control, 'border-slate-300 pr-8', className)} {...rest}>
      {children}
    </select>
  );
}

export function Checkbox({ label, className, ...rest }: InputHTMLAttributes<HTMLInputElement> & { label: string }) {
  return (
    <label className={cx('inline-flex items-center gap-2 text-sm text-slate-800', className)}>
      <input
        type="checkbox"
        className="size-4 rounded border-slate-300 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
        {...rest}
      />
      {label}
    </label>
  );
}
