import * as DialogPrimitive from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { cx } from './cx';

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

const overlay = 'fixed inset-0 z-40 bg-slate-900/40 data-[state=open]:animate-in data-[state=open]:fade-in';

/**
 * A modal dialog (Radix: focus trapped and restored, Escape and the overlay close it, the rest of the page is inert).
 * The title names the dialog; the description, when given, describes it.
 */
export function DialogContent({
  title,
  description,
  children,
  className,
  hideTitle = false,
  onOpenAutoFocus,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Keep the title for screen readers only (e.g. a search box that speaks for itself). */
  hideTitle?: boolean;
  onOpenAutoFocus?: (event: Event) => void;
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={overlay} />
      <DialogPrimitive.Content
        onOpenAutoFocus={onOpenAutoFocus}
        className={cx(
          'fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2',
          'overflow-y-auto rounded-lg bg-white p-5 shadow-xl focus:outline-none',
          className,
        )}
        {...(description ? {} : { 'aria-describedby': undefined })}
      >
        <DialogPrimitive.Title className={cx('pr-8 text-lg font-semibold', hideTitle && 'sr-only')}>{title}</DialogPrimitive.Title>
        {description ? <DialogPrimitive.Description className="mt-1 text-sm text-slate-600">{description}</DialogPrimitive.Description> : null}
        <div className={cx(!hideTitle && 'mt-4')}>{children}</div>
        <DialogPrimitive.Close
          className="absolute top-3 right-3 inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100"
          aria-label={t('common.close')}
        >
          <X aria-hidden="true" className="size-4" />
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
