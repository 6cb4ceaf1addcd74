import { Field, Select } from '../../shared/ui';
import { humanize, mealTypes, orderTypes } from './model';

interface ExpenseClassificationFieldsProps {
  categories: { id: string; name: string }[] | undefined;
  categoryId: string;
  mealType: string;
  orderType: string;
  onChange: (patch: { categoryId?: string; mealType?: string; orderType?: string }) => void;
}

/** The expense's category, meal type and order type. */
export function ExpenseClassificationFields({ categories, categoryId, mealType, orderType, onChange }: ExpenseClassificationFieldsProps) {
  return (
    <>
      <Field label="Category">
        {(control) => (
          <Select {...control} className="min-h-11" value={categoryId} onChange={(e) => onChange({ categoryId: e.target.value })}>
            <option value="">Uncategorised</option>
            {categories?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field label="Meal type">
          {(control) => (
            <Select {...control} className="min-h-11" value={mealType} onChange={(e) => onChange({ mealType: e.target.value })}>
              <option value="">—</option>
              {mealTypes.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Order type">
          {(control) => (
            <Select {...control} className="min-h-11" value={orderType} onChange={(e) => onChange({ orderType: e.target.value })}>
              <option value="">—</option>
              {orderTypes.map((m) => (
                <option key={m} value={m}>
                  {humanize(m)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
    </>
  );
}
