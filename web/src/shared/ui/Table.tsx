import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cx } from './cx';

/**
 * A data table that scrolls sideways inside its own box on narrow screens instead of widening the page; the box takes
 * the keyboard focus so the arrow keys can scroll it.
 */
export function Table({ className, ...rest }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="max-w-full overflow-x-auto" tabIndex={0}>
      <table className={cx('w-full border-collapse text-sm', className)} {...rest} />
    </div>
  );
}

export function Th({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th className={cx('px-2 py-2 text-left text-xs font-semibold text-slate-600 uppercase', className)} {...rest} />;
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx('px-2 py-2 align-top', className)} {...rest} />;
}

export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx('border-t border-slate-100', className)} {...rest} />;
}
