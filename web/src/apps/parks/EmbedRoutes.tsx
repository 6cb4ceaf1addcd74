import { Route, Routes } from 'react-router-dom';
import { t } from '../../shared/i18n';
import { AppPlaceholder, NotFound } from '../../shared/ui';

/** Embeddable widgets, mounted by App.tsx at `/embed/parks/*` without the shell's navigation. */
export default function ParksEmbedRoutes() {
  return (
    <div className="p-3">
      <Routes>
        <Route index element={<AppPlaceholder name={t('app.parks.name')} />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}
