import { Route, Routes } from 'react-router-dom';
import { t } from '../../shared/i18n';
import { AppPlaceholder, NotFound } from '../../shared/ui';

/** Routes of the app, mounted by App.tsx at `/meals/*`. Paths here are relative to `/meals`. */
export default function MealsRoutes() {
  return (
    <Routes>
      <Route index element={<AppPlaceholder name={t('app.meals.name')} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
