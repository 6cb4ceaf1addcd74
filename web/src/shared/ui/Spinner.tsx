import { t } from '../i18n';
import { cx } from './cx';

/** A small spinning indicator. With `label`, it announces itself; without, it is decorative. */
export function Spinner({ label, className }: { label?: string; className?: string }) {
  return (
    <span role={label ? 'status' : undefined} className={cx('inline-flex items-center gap-2', className)}>
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent motion-reduce:animate-none"
      />
      {label ? <span className="text-sm text-slate-600">{label}</span> : null}
    </span>
  );
}

/** Full-width loading block for pages and sections. */
export function Loading({ label = t('common.loading') }: { label?: string }) {
  return (
    <div className="flex justify-center py-10 text-indigo-600">
      <Spinner label={label} />
    </div>
  );
}
