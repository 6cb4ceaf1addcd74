import type { ReactNode } from 'react';
import { t } from '../i18n';
import { Sheet, SheetContent, SheetTrigger } from './Sheet';

/**
 * The phone's slide-over menu, a Radix dialog: `Layout` loads this module when the menu is first opened, so the
 * dialog's code (focus trap, scroll lock) stays out of every page's first download.
 */
export function PhoneMenu({
  open,
  onOpenChange,
  triggerClassName,
  trigger,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  triggerClassName: string;
  trigger: ReactNode;
  children: ReactNode;
}) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetTrigger className={triggerClassName}>{trigger}</SheetTrigger>
      <SheetContent title={t('app.title')} className="w-[min(20rem,calc(100vw-2.5rem))]">
        {children}
      </SheetContent>
    </Sheet>
  );
}
