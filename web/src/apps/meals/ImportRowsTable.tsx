import { Link } from 'react-router-dom';
import { Select } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { expenseChoice, expenseValue, restaurantChoice, restaurantValue, type Row, type RowPatch } from './importReview';
import { money } from './model';

const statusStyle: Record<Row['status'], string> = {
  error: 'bg-red-100 text-red-800',
  undecided: 'bg-amber-100 text-amber-900',
  duplicate: 'bg-orange-100 text-orange-900',
  newRestaurant: 'bg-sky-100 text-sky-900',
  ready: 'bg-green-100 text-green-800',
};

const statusLabel: Record<Row['status'], string> = {
  error: 'Error',
  undecided: 'Undecided',
  duplicate: 'Possible duplicate',
  newRestaurant: 'New restaurant',
  ready: 'Ready',
};

/** One page of import rows, each with its status and the choices for it. */
export function ImportRowsTable({ rows, busy, onDecide }: { rows: Row[]; busy: boolean; onDecide: (patch: RowPatch) => void }) {
  return (
    <table aria-label="Import rows" className="block w-full text-sm md:table">
      <thead className="hidden bg-slate-50 text-left md:table-header-group">
        <tr>
          <th className="p-2">Row</th>
          <th className="p-2">Date</th>
          <th className="p-2">Restaurant</th>
          <th className="p-2 text-right">Amount</th>
          <th className="p-2">Status</th>
          <th className="p-2">Your choice</th>
        </tr>
      </thead>
      <tbody className="block divide-y divide-slate-100 md:table-row-group">
        {rows.map((r) => (
          <ReviewRow key={r.rowNumber} row={r} busy={busy} onDecide={onDecide} />
        ))}
      </tbody>
    </table>
  );
}

function ReviewRow({ row: r, busy, onDecide }: { row: Row; busy: boolean; onDecide: (patch: RowPatch) => void }) {
  const cell = 'block px-3 py-1 md:table-cell md:p-2 md:align-top';
  const name = r.parsed ? `${r.parsed.restaurant.name}${r.parsed.restaurant.city ? `, ${r.parsed.restaurant.city}` : ''}` : (r.raw.restaurant ?? '');
  return (
    <tr aria-label={`Row ${r.rowNumber}`} className="block py-2 md:table-row md:py-0">
      <td className={cx(cell, 'font-medium')}>
        <span className="md:hidden">Row </span>
        {r.rowNumber}
      </td>
      <td className={cell}>{r.parsed ? `${r.parsed.localDate}${r.parsed.localTime ? ` ${r.parsed.localTime}` : ''}` : (r.raw.date ?? '')}</td>
      <td className={cell}>
        {name}
        {r.parsed?.category ? <span className="block text-xs text-slate-600">{r.parsed.category}</span> : null}
      </td>
      <td className={cx(cell, 'md:text-right')}>{r.parsed ? money(r.parsed.amountMinor, r.parsed.currency) : (r.raw.amount ?? '')}</td>
      <td className={cell}>
        <span className={cx('inline-block rounded px-2 py-0.5 text-xs font-medium', statusStyle[r.status])}>{statusLabel[r.status]}</span>
      </td>
      <td className={cx(cell, 'space-y-2 md:min-w-72')}>
        {r.errors.map((e) => (
          <p key={e} className="text-red-700">
            {e}
          </p>
        ))}
        {r.warnings.map((w) => (
          <p key={w} className="text-amber-800">
            {w}
          </p>
        ))}
        {r.status !== 'error' ? (
          <>
            <Select
              aria-label={`Restaurant for row ${r.rowNumber}`}
              className="min-h-11"
              disabled={busy}
              value={restaurantValue(r.decision)}
              onChange={(e) => onDecide(restaurantChoice(r.rowNumber, e.target.value))}
            >
              <option value="" disabled>
                Choose a restaurant…
              </option>
              <option value="create">New restaurant “{r.parsed?.restaurant.name}”</option>
              {r.restaurantCandidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.city ? `, ${c.city}` : ''} (match {c.score})
                </option>
              ))}
            </Select>
            <Select
              aria-label={`Action for row ${r.rowNumber}`}
              className="min-h-11"
              disabled={busy}
              value={expenseValue(r.decision)}
              onChange={(e) => onDecide(expenseChoice(r.rowNumber, e.target.value))}
            >
              <option value="" disabled>
                Choose an action…
              </option>
              <option value="create">Create a new expense</option>
              <option value="skip">Skip this row</option>
              {r.duplicateCandidates.map((d) => (
                <option key={d.expenseId} value={`update:${d.expenseId}`}>
                  Update {d.restaurantName} on {d.localDate}
                </option>
              ))}
            </Select>
          </>
        ) : null}
        {r.duplicateCandidates.length > 0 ? (
          <details className="rounded-md border border-orange-200 bg-orange-50 p-2">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-orange-900">
              {r.duplicateCandidates.length === 1 ? 'Possible duplicate' : `${r.duplicateCandidates.length} possible duplicates`} — compare
            </summary>
            {r.duplicateCandidates.map((d) => (
              <div key={d.expenseId} className="mt-2">
                <p>
                  <Link className="text-indigo-700 underline" to={`/meals/expenses/${d.expenseId}`}>
                    {d.restaurantName} · {d.localDate} · {money(d.amountMinor, d.currency)}
                  </Link>
                  {d.isTarget ? ' (same id)' : d.sameRestaurant ? ' (same restaurant)' : ''}
                </p>
                {d.differences.length === 0 ? (
                  <p className="text-slate-700">Every field is the same.</p>
                ) : (
                  <table className="mt-1 w-full text-xs">
                    <thead>
                      <tr className="text-left">
                        <th className="pr-2">Field</th>
                        <th className="pr-2">In the file</th>
                        <th>Existing</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.differences.map((f) => (
                        <tr key={f.field}>
                          <td className="pr-2">{f.field}</td>
                          <td className="pr-2">{f.imported ?? '—'}</td>
                          <td>{f.existing ?? '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            ))}
          </details>
        ) : null}
      </td>
    </tr>
  );
}
