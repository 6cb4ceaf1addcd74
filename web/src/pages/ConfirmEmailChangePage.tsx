import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isApiError } from '../shared/api';
import { t } from '../shared/i18n';
import { Card, ErrorBox, Notice, PageHeader } from '../shared/ui';
import { useConfirmEmailChange } from './account/api';
import { at } from './account/text';

/** The page the address-change mail links to: it confirms the change with the link's token. */
export function ConfirmEmailChangePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmEmailChange();
  const { mutate } = confirm;

  useEffect(() => {
    if (token) mutate(token);
  }, [token, mutate]);

  const taken = isApiError(confirm.error) && confirm.error.code === 'EMAIL_TAKEN';
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={at('confirmChange.title')} />
      <Card>
        {confirm.isSuccess ? <Notice>{at('confirmChange.done', { email: confirm.data.email })}</Notice> : null}
        {confirm.isError || !token ? <ErrorBox>{taken ? at('confirmChange.EMAIL_TAKEN') : at('confirmChange.failed')}</ErrorBox> : null}
        {confirm.isPending ? <p className="text-sm text-slate-600">{at('confirmChange.working')}</p> : null}
        <p className="mt-4 text-sm">
          <Link to="/account" className="font-medium text-indigo-700 underline hover:text-indigo-900">
            {t('nav.account')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
