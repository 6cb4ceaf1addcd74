import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';

/**
 * The phone's menu of Meals pages, a Radix dropdown opened on mount: `MealsNav` loads this module at the first
 * press of its button, so the menu's code (Radix menu, Floating UI) stays out of the dashboard's first download.
 */
export function PagesMenu({
  triggerClassName,
  trigger,
  pages,
  current,
}: {
  triggerClassName: string;
  trigger: ReactNode;
  pages: readonly (readonly [to: string, label: string, path: string])[];
  current: string | undefined;
}) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger className={triggerClassName}>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent className="w-[calc(100vw-2rem)] max-w-sm">
        {pages.map(([to, label, path]) => (
          <DropdownMenuItem key={to} asChild>
            <Link to={path} aria-current={current === to ? 'page' : undefined} className={cx(current === to && 'font-semibold text-indigo-800')}>
              {label}
            </Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
