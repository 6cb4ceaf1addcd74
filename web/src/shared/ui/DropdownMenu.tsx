import * as MenuPrimitive from '@radix-ui/react-dropdown-menu';
import type { ComponentProps } from 'react';
import { cx } from './cx';

export const DropdownMenu = MenuPrimitive.Root;
export const DropdownMenuTrigger = MenuPrimitive.Trigger;

/** The menu's popup (Radix: arrow keys, type-ahead, Escape, focus returns to the trigger). */
export function DropdownMenuContent({ className, align = 'start', sideOffset = 4, ...rest }: ComponentProps<typeof MenuPrimitive.Content>) {
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        align={align}
        sideOffset={sideOffset}
        className={cx('z-50 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg', className)}
        {...rest}
      />
    </MenuPrimitive.Portal>
  );
}

export function DropdownMenuItem({ className, ...rest }: ComponentProps<typeof MenuPrimitive.Item>) {
  return (
    <MenuPrimitive.Item
      className={cx(
        'flex min-h-10 cursor-pointer items-center gap-2 rounded px-3 text-sm text-slate-800 outline-none select-none',
        'data-[highlighted]:bg-indigo-50 data-[highlighted]:text-indigo-800 data-[disabled]:opacity-50',
        className,
      )}
      {...rest}
    />
  );
}

export const DropdownMenuSeparator = ({ className, ...rest }: ComponentProps<typeof MenuPrimitive.Separator>) => (
  <MenuPrimitive.Separator className={cx('my-1 h-px bg-slate-200', className)} {...rest} />
);
