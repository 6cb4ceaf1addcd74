import { Route, Routes } from 'react-router-dom';
import { t } from '../../shared/i18n';
import { AppPlaceholder, NotFound } from '../../shared/ui';

/** Routes of the app, mounted by App.tsx at `/shop/*`. Paths here are relative to `/shop`. */
export default function ShopRoutes() {
  return (
    <Routes>
      <Route index element={<AppPlaceholder name={t('app.shop.name')} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
