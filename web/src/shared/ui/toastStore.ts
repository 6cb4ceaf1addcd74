import { useSyncExternalStore } from 'react';

export interface ToastMessage {
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

export const dismissToast = (id: number) => publish(messages.filter((m) => m.id !== id));

/** The toasts showing now. */
export function useToasts() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => messages,
  );
}
