import type { ReactNode } from 'react';
import { isApiError } from '../api';
import { t } from '../i18n';
import { Button } from './Button';
import { cx } from './cx';

/** A readable sentence for any error thrown by the API client or elsewhere. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('common.network');
    return error.detail || error.title || t('common.error');
  }
  if (error instanceof Error && error.message) return error.message;
  return t('common.error');
}

/**
 * Announces an error (role="alert", so screen readers read it when it appears).
 * Pass `error` to derive the text, or `children` for custom content. Renders nothing when both are empty.
 */
export function ErrorBox({
  error,
  children,
  onRetry,
  className,
}: {
  error?: unknown;
  children?: ReactNode;
  onRetry?: () => void;
  className?: string;
}) {
  const content = children ?? (error ? errorMessage(error) : null);
  return (
    <div role="alert" aria-live="assertive" className={className}>
      {content ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          <div>{content}</div>
          {onRetry ? (
            <Button variant="secondary" size="sm" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** A polite success/status message. */
export function Notice({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {children ? (
        <div className={cx('rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-800')}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
