import type { ReactNode } from 'react';
import { t } from '../i18n';
import { Card } from './Card';
import { PageHeader } from './PageHeader';

/** Placeholder index page for an app that is still being built. */
export function AppPlaceholder({ name, children }: { name: string; children?: ReactNode }) {
  return (
    <div>
      <PageHeader title={name} />
      <Card>
        <p className="font-medium">{t('app.placeholder')}</p>
        <p className="mt-1 text-sm text-slate-600">{t('app.placeholder.detail')}</p>
        {children}
      </Card>
    </div>
  );
}
