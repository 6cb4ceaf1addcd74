import { Route, Routes } from 'react-router-dom';
import { t } from '../../shared/i18n';
import { AppPlaceholder, NotFound } from '../../shared/ui';

/** Routes of the app, mounted by App.tsx at `/parks/*`. Paths here are relative to `/parks`. */
export default function ParksRoutes() {
  return (
    <Routes>
      <Route index element={<AppPlaceholder name={t('app.parks.name')} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
