import { cva, type VariantProps } from 'class-variance-authority';
import type { ButtonHTMLAttributes } from 'react';
import { Spinner } from './Spinner';
import { cx } from './cx';

const button = cva(
  [
    'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors',
    'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed',
    '[&_svg]:size-4 [&_svg]:shrink-0',
  ],
  {
    variants: {
      variant: {
        primary: 'bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-400',
        secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400',
        danger: 'bg-red-600 text-white hover:bg-red-700 disabled:bg-red-400',
        ghost: 'text-slate-700 hover:bg-slate-100 disabled:text-slate-400',
      },
      size: {
        sm: 'min-h-8 px-2.5 text-sm',
        md: 'min-h-10 px-4 text-sm',
        icon: 'size-10 p-0',
      },
    },
    defaultVariants: { variant: 'primary', size: 'md' },
  },
);

type ButtonVariants = VariantProps<typeof button>;
type Variant = NonNullable<ButtonVariants['variant']>;
type Size = NonNullable<ButtonVariants['size']>;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, ButtonVariants {
  /** Shows a spinner and disables the button; the label stays the same so it keeps its accessible name. */
  loading?: boolean;
}

/** The button look for links and other elements that act as buttons. */
export const buttonClass = (variant: Variant = 'primary', size: Size = 'md') => button({ variant, size });

export function Button({ variant, size, loading = false, disabled, type = 'button', className, children, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cx(button({ variant, size }), className)}
      {...rest}
    >
      {loading ? <Spinner /> : null}
      {children}
    </button>
  );
}
