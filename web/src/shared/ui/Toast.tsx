import * as ToastPrimitive from '@radix-ui/react-toast';
import { X } from 'lucide-react';
import { t } from '../i18n';
import { cx } from './cx';
import { dismissToast, useToasts } from './toastStore';

/** Where toasts appear; the page layout loads it with the first toast (Radix's toast stays out of the first page load). */
export function Toaster() {
  const current = useToasts();
  return (
    <ToastPrimitive.Provider duration={5000} label={t('common.notifications')}>
      {current.map((m) => (
        <ToastPrimitive.Root
          key={m.id}
          type={m.tone === 'error' ? 'foreground' : 'background'}
          onOpenChange={(open) => !open && dismissToast(m.id)}
          className={cx(
            'flex items-start gap-3 rounded-lg border bg-white p-3 pr-2 text-sm shadow-lg',
            m.tone === 'error' ? 'border-red-300 text-red-900' : 'border-emerald-300 text-emerald-900',
          )}
        >
          <ToastPrimitive.Description className="flex-1">{m.text}</ToastPrimitive.Description>
          <ToastPrimitive.Close aria-label={t('common.close')} className="inline-flex size-8 items-center justify-center rounded hover:bg-slate-100">
            <X aria-hidden="true" className="size-4" />
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport className="fixed right-4 bottom-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2 outline-none" />
    </ToastPrimitive.Provider>
  );
}
