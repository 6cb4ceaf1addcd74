import { Link } from 'react-router-dom';
import { appName, useApps } from '../shared/apps';
import { isApiError } from '../shared/api';
import { useMe } from '../shared/auth';
import { t } from '../shared/i18n';
import { Card, ErrorBox, Loading, PageHeader } from '../shared/ui';

export function HomePage() {
  const me = useMe();
  const apps = useApps();
  const signedOut = me.data === null;
  // Signed-out visitors may not be allowed to list apps; that is not an error worth showing.
  const appsHidden = apps.isError && isApiError(apps.error) && apps.error.status === 401;

  return (
    <div>
      <PageHeader title={t('app.title')} description={t('app.tagline')} />

      {/* Until we know who is here, show nothing below the title: a welcome card arriving above a painted app list would shift it. */}
      {me.isPending ? null : (
        <>
          {signedOut ? (
            <Card className="mb-6">
              <p>{t('home.welcome')}</p>
              <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
                <Link to="/signin" className="font-medium text-indigo-700 underline hover:text-indigo-900">
                  {t('home.signInCta')}
                </Link>
                <Link to="/register" className="font-medium text-indigo-700 underline hover:text-indigo-900">
                  {t('home.registerCta')}
                </Link>
              </p>
            </Card>
          ) : null}

          <section aria-labelledby="apps-heading">
            <h2 id="apps-heading" className="mb-3 text-lg font-semibold">
              {t('home.apps')}
            </h2>
            {apps.isPending ? (
              <Loading />
            ) : appsHidden ? null : apps.isError ? (
              <ErrorBox error={apps.error} onRetry={() => void apps.refetch()} />
            ) : apps.data.length === 0 ? (
              <p className="text-slate-600">{t('home.noApps')}</p>
            ) : (
              <ul className="grid gap-4 sm:grid-cols-2">
                {apps.data.map((app) => (
                  <li key={app.key}>
                    <Card className="relative h-full transition-shadow focus-within:shadow-md hover:shadow-md">
                      <h3 className="text-base font-semibold">
                        <Link to={app.path || `/${app.key}`} className="text-indigo-700 hover:text-indigo-900 hover:underline">
                          {appName(app)}
                        </Link>
                      </h3>
                      {app.description ? <p className="mt-1 text-sm text-slate-600">{app.description}</p> : null}
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
