import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, Field, Input } from '../../shared/ui';
import { base, type Page, type Restaurant } from './model';
import { RestaurantForm } from './RestaurantForm';

interface RestaurantFieldProps {
  query: string;
  /** The restaurant picked; empty while the user types. */
  restaurantId: string;
  error: string | undefined;
  /** Whether the typed name is added as a new restaurant on save. */
  newRestaurant: boolean;
  onNewRestaurant: (checked: boolean) => void;
  onType: (query: string) => void;
  onPick: (restaurant: { id: string; name: string }) => void;
}

/** The expense's restaurant: type to search (most visited first), pick a suggestion, or add a new one by name or with details. */
export function RestaurantField({ query, restaurantId, error, newRestaurant, onNewRestaurant, onType, onPick }: RestaurantFieldProps) {
  const [restaurantDialog, setRestaurantDialog] = useState(false);
  const restaurants = useQuery({
    queryKey: ['meals', 'restaurant-search', query],
    queryFn: () => api.get<Page<Restaurant>>(`${base}/restaurants`, { query: { q: query, pageSize: 8, sort: 'visits', order: 'desc' } }),
    enabled: query.trim().length > 0 && !restaurantId,
  });
  const pickRestaurant = (r: { id: string; name: string }) => {
    setRestaurantDialog(false);
    onPick(r);
  };

  return (
    <>
      <Field label="Restaurant" error={error}>
        {(control) => (
          <div>
            <Input
              {...control}
              className="min-h-11"
              autoComplete="off"
              value={query}
              onChange={(e) => onType(e.target.value)}
            />
            {!restaurantId && restaurants.data && restaurants.data.items.length > 0 ? (
              <ul aria-label="Restaurant suggestions" className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200">
                {restaurants.data.items.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="min-h-11 w-full px-3 text-left hover:bg-slate-50 focus-visible:bg-indigo-50" onClick={() => pickRestaurant(r)}>
                      {r.name} {r.city ? <span className="text-slate-600">· {r.city}</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            {!restaurantId && query.trim() ? (
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="checkbox" className="h-5 w-5" checked={newRestaurant} onChange={(e) => onNewRestaurant(e.target.checked)} />
                  Add “{query.trim()}” as a new restaurant
                </label>
                <Button size="sm" variant="ghost" className="min-h-11" onClick={() => setRestaurantDialog(true)}>
                  …with address and details
                </Button>
              </div>
            ) : null}
            {restaurantId ? (
              <p className="mt-1 text-xs text-slate-600">
                <Link className="underline" to={`/meals/restaurants/${restaurantId}`}>
                  Restaurant page
                </Link>
              </p>
            ) : null}
          </div>
        )}
      </Field>
      {restaurantDialog ? (
        <Card className="border-indigo-200 bg-indigo-50/40" aria-label="New restaurant details">
          <RestaurantForm
            initialName={query.trim()}
            onSaved={(r) => pickRestaurant(r)}
            onUseExisting={(existingId) => void api.get<Restaurant>(`${base}/restaurants/${existingId}`).then(pickRestaurant)}
            onCancel={() => setRestaurantDialog(false)}
          />
        </Card>
      ) : null}
    </>
  );
}
