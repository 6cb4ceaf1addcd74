import { Link } from 'react-router-dom';
import { t } from '../i18n';
import { PageHeader } from './PageHeader';

export function NotFound() {
  return (
    <div>
      <PageHeader title={t('notFound.title')} description={t('notFound.body')} />
      <Link to="/" className="text-indigo-700 underline hover:text-indigo-900">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
