import * as DialogPrimitive from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { cx } from './cx';

export const Sheet = DialogPrimitive.Root;
export const SheetTrigger = DialogPrimitive.Trigger;
export const SheetClose = DialogPrimitive.Close;

/** A panel that slides over the page from one side: the phone menu, detail drawers. A modal dialog underneath. */
export function SheetContent({
  title,
  description,
  side = 'right',
  children,
  className,
}: {
  title: string;
  description?: ReactNode;
  side?: 'left' | 'right';
  children?: ReactNode;
  className?: string;
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
      <DialogPrimitive.Content
        {...(description ? {} : { 'aria-describedby': undefined })}
        className={cx(
          'fixed inset-y-0 z-50 flex w-[min(36rem,calc(100vw-2.5rem))] flex-col overflow-y-auto bg-white p-5 shadow-xl focus:outline-none',
          side === 'right' ? 'right-0' : 'left-0',
          className,
        )}
      >
        <DialogPrimitive.Title className="pr-10 text-lg font-semibold">{title}</DialogPrimitive.Title>
        {description ? <DialogPrimitive.Description className="mt-1 text-sm text-slate-600">{description}</DialogPrimitive.Description> : null}
        <div className="mt-4 min-w-0 flex-1">{children}</div>
        <DialogPrimitive.Close
          className="absolute top-3 right-3 inline-flex size-10 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100"
          aria-label={t('common.close')}
        >
          <X aria-hidden="true" className="size-5" />
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
