import * as ToastPrimitive from '@radix-ui/react-toast';
import { X } from 'lucide-react';
import { useSyncExternalStore } from 'react';
import { t } from '../i18n';
import { cx } from './cx';

interface ToastMessage {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

let messages: ToastMessage[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const publish = (next: ToastMessage[]) => {
  messages = next;
  listeners.forEach((listener) => listener());
};

/** Shows a short confirmation (announced politely; errors assertively) that disappears after a few seconds. */
export function toast(text: string, tone: ToastMessage['tone'] = 'success') {
  publish([...messages, { id: nextId++, text, tone }]);
}

const dismiss = (id: number) => publish(messages.filter((m) => m.id !== id));

/** Where toasts appear; mounted once by the page layout. */
export function Toaster() {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => messages,
  );
  return (
    <ToastPrimitive.Provider duration={5000} label={t('common.notifications')}>
      {current.map((m) => (
        <ToastPrimitive.Root
          key={m.id}
          type={m.tone === 'error' ? 'foreground' : 'background'}
          onOpenChange={(open) => !open && dismiss(m.id)}
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
