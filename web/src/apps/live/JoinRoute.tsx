import { useParams } from 'react-router-dom';
import { t } from '../../shared/i18n';
import { AppPlaceholder } from '../../shared/ui';

/** Short join link `/j/:code` for a live session (mounted by App.tsx). */
export default function JoinRoute() {
  const { code = '' } = useParams();
  return (
    <AppPlaceholder name={t('app.live.name')}>
      <p className="mt-3 text-sm">{t('join.code', { code })}</p>
    </AppPlaceholder>
  );
}
