import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements in its `{name}` slots ("Join at {place} with code {code}"), so each language
 * keeps its own word order around the emphasised parts.
 */
export function Interpolated({ template, values }: { template: string; values: Record<string, ReactNode> }) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? (part in values ? values[part] : `{${part}}`) : part}</Fragment>
      ))}
    </>
  );
}
