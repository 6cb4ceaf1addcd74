import { twMerge } from 'tailwind-merge';

/** Join class names, skipping falsy values; a later Tailwind class wins over an earlier one of the same kind. */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return twMerge(parts.filter(Boolean).join(' '));
}
