import { Route, Routes } from 'react-router-dom';
import { t } from '../../shared/i18n';
import { AppPlaceholder, NotFound } from '../../shared/ui';

/** Routes of the app, mounted by App.tsx at `/live/*`. Paths here are relative to `/live`. */
export default function LiveRoutes() {
  return (
    <Routes>
      <Route index element={<AppPlaceholder name={t('app.live.name')} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
