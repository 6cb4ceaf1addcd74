import * as TabsPrimitive from '@radix-ui/react-tabs';
import type { ComponentProps } from 'react';
import { cx } from './cx';

/** Tabs within one page (Radix: arrow keys move between tabs, the panel is labelled by its tab). */
export const Tabs = TabsPrimitive.Root;

export function TabsList({ className, ...rest }: ComponentProps<typeof TabsPrimitive.List>) {
  return <TabsPrimitive.List className={cx('inline-flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1', className)} {...rest} />;
}

export function TabsTrigger({ className, ...rest }: ComponentProps<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={cx(
        'inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:text-slate-900',
        'data-[state=active]:bg-white data-[state=active]:text-indigo-800 data-[state=active]:shadow-sm',
        className,
      )}
      {...rest}
    />
  );
}

export function TabsContent({ className, ...rest }: ComponentProps<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={cx('mt-3 focus-visible:outline-2', className)} {...rest} />;
}
