import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, ErrorBox, Field, Select, TextField, toast } from '../../shared/ui';
import { base, type Restaurant } from './model';

const cuisines = ['American', 'Chinese', 'French', 'Greek', 'Indian', 'Italian', 'Japanese', 'Korean', 'Mediterranean', 'Mexican', 'Middle Eastern', 'Pizza', 'Seafood', 'Thai', 'Vietnamese', 'Bakery', 'Cafe', 'Fast food', 'Vegetarian'];

const fields = ['name', 'addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'countryCode', 'cuisine', 'website', 'phone', 'notes'] as const;
type Draft = Record<(typeof fields)[number], string> & { priceLevel: string; rating: string };

const toDraft = (r?: Restaurant, name = ''): Draft => ({
  name: r?.name ?? name,
  addressLine1: r?.addressLine1 ?? '',
  addressLine2: r?.addressLine2 ?? '',
  city: r?.city ?? '',
  region: r?.region ?? '',
  postalCode: r?.postalCode ?? '',
  countryCode: r?.countryCode ?? '',
  cuisine: r?.cuisine ?? '',
  website: r?.website ?? '',
  phone: r?.phone ?? '',
  notes: r?.notes ?? '',
  priceLevel: r?.priceLevel ? String(r.priceLevel) : '',
  rating: r?.rating ? String(r.rating) : '',
});

/**
 * Create (no `restaurant`) or replace a restaurant. A duplicate (name, city) shows a link to the existing one, and
 * `onUseExisting` lets a caller pick it instead.
 */
export function RestaurantForm({
  restaurant,
  initialName,
  onSaved,
  onCancel,
  onUseExisting,
}: {
  restaurant?: Restaurant;
  initialName?: string;
  onSaved: (restaurant: Restaurant) => void;
  onCancel?: () => void;
  onUseExisting?: (id: string) => void;
}) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(restaurant, initialName));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        ...Object.fromEntries(fields.map((f) => [f, draft[f].trim() || null])),
        priceLevel: draft.priceLevel ? Number(draft.priceLevel) : null,
        rating: draft.rating ? Number(draft.rating) : null,
      };
      return restaurant
        ? api.put<Restaurant>(`${base}/restaurants/${restaurant.id}`, body, { headers: { 'If-Match': `"v${restaurant.version}"` } })
        : api.post<Restaurant>(`${base}/restaurants`, body);
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: ['meals'] });
      toast(`Saved: ${saved.name}.`);
      onSaved(saved);
    },
  });
  const error = save.error;
  const fieldError = (name: string) => (isApiError(error) ? error.fieldError(name) : undefined);
  const duplicateId = isApiError(error) && error.code === 'RESTAURANT_DUPLICATE' ? String(error.problem.existingId) : null;
  const text = (name: (typeof fields)[number], label: string, extra: Record<string, unknown> = {}) => (
    <TextField label={label} className="min-h-11" value={draft[name]} error={fieldError(name)} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} {...extra} />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    save.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={restaurant ? 'Edit restaurant' : 'New restaurant'}>
      {duplicateId ? (
        <ErrorBox>
          You already have this restaurant.{' '}
          {onUseExisting ? (
            <Button size="sm" variant="secondary" onClick={() => onUseExisting(duplicateId)}>
              Use existing
            </Button>
          ) : (
            <Link className="underline" to={`/meals/restaurants/${duplicateId}`}>
              Open the existing restaurant
            </Link>
          )}
        </ErrorBox>
      ) : isApiError(error) && error.status === 412 ? (
        <ErrorBox onRetry={() => window.location.reload()}>This restaurant was changed elsewhere — reload to see the latest version.</ErrorBox>
      ) : (
        <ErrorBox error={error} />
      )}
      {text('name', 'Name', { required: true, maxLength: 100 })}
      <div className="grid gap-3 sm:grid-cols-2">
        {text('addressLine1', 'Address')}
        {text('addressLine2', 'Address line 2')}
        {text('city', 'City')}
        {text('region', 'State / region')}
        {text('postalCode', 'Postal code')}
        {text('countryCode', 'Country (2 letters)', { maxLength: 2 })}
        {text('cuisine', 'Cuisine', { list: 'meals-cuisines' })}
        <datalist id="meals-cuisines">
          {cuisines.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field label="Price level" error={fieldError('priceLevel')}>
          {(control) => (
            <Select {...control} className="min-h-11" value={draft.priceLevel} onChange={(e) => setDraft({ ...draft, priceLevel: e.target.value })}>
              <option value="">—</option>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {'$'.repeat(n)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Rating" error={fieldError('rating')}>
          {(control) => (
            <Select {...control} className="min-h-11" value={draft.rating} onChange={(e) => setDraft({ ...draft, rating: e.target.value })}>
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {'★'.repeat(n)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {text('website', 'Website', { inputMode: 'url' })}
        {text('phone', 'Phone', { type: 'tel' })}
      </div>
      <Field label="Notes" error={fieldError('notes')}>
        {(control) => <textarea {...control} rows={3} className="w-full rounded-md border border-slate-300 p-2" value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className="min-h-11" loading={save.isPending}>
          {restaurant ? 'Save restaurant' : 'Add restaurant'}
        </Button>
        {onCancel ? (
          <Button variant="secondary" className="min-h-11" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
