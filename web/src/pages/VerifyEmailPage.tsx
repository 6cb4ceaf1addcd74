import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { t } from '../shared/i18n';
import { Card, ErrorBox, Notice, PageHeader } from '../shared/ui';
import { useVerifyEmail } from './account/api';
import { at } from './account/text';

export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();
  const { mutate } = verify;

  useEffect(() => {
    if (token) mutate(token);
  }, [token, mutate]);

  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={at('verify.title')} />
      <Card>
        {verify.isSuccess ? <Notice>{at('verify.done')}</Notice> : null}
        {verify.isError || !token ? <ErrorBox>{at('verify.failed')}</ErrorBox> : null}
        {verify.isPending ? <p className="text-sm text-slate-600">{at('verify.working')}</p> : null}
        <p className="mt-4 text-sm">
          <Link to="/account" className="font-medium text-indigo-700 underline hover:text-indigo-900">
            {t('nav.account')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
