import { useState } from 'react';
import { Card, ErrorBox, Input, Select } from '../../shared/ui';
import type { Summary } from './importSummary';

/** The options that change how the file is read: date order, amount sign and the default currency. */
export function ImportFileOptions({ summary: s, busy, error, onChange }: { summary: Summary; busy: boolean; error: unknown; onChange: (patch: Partial<Summary['options']>) => void }) {
  return (
    <Card className="mb-4 space-y-3" aria-label="File options">
      <h2 className="font-semibold">File options</h2>
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="text-sm">
          <span className="mb-1 block font-medium">Date order</span>
          <Select className="min-h-11" value={s.options.dateOrder} disabled={busy} onChange={(e) => onChange({ dateOrder: e.target.value })}>
            <option value="MDY">Month/day/year</option>
            <option value="DMY">Day/month/year</option>
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Amount sign</span>
          <Select className="min-h-11" value={s.options.signConvention} disabled={busy} onChange={(e) => onChange({ signConvention: e.target.value })}>
            <option value="spendPositive">Spending is positive (refunds negative)</option>
            <option value="spendNegative">Spending is negative (bank style)</option>
          </Select>
        </label>
        <CurrencyOption key={s.options.defaultCurrency} value={s.options.defaultCurrency} busy={busy} onSave={(defaultCurrency) => onChange({ defaultCurrency })} />
      </div>
      {s.warnings.map((w) => (
        <p key={w} className="text-sm text-amber-800">
          {w}
        </p>
      ))}
      <ErrorBox error={error} />
    </Card>
  );
}

function CurrencyOption({ value, busy, onSave }: { value: string; busy: boolean; onSave: (currency: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium">Default currency (when a row names none)</span>
      <Input
        className="min-h-11 uppercase"
        maxLength={3}
        value={draft}
        disabled={busy}
        onChange={(e) => setDraft(e.target.value.toUpperCase())}
        onBlur={() => draft !== value && draft.length === 3 && onSave(draft)}
      />
    </label>
  );
}
