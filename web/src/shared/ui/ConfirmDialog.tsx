import type { ReactNode } from 'react';
import { t } from '../i18n';
import { Button } from './Button';
import { Dialog, DialogContent } from './Dialog';

/** A modal confirmation: Cancel has the focus first, Escape and the overlay cancel. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel = t('common.confirm'),
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onCancel()}>
      <DialogContent title={title} className="w-[min(28rem,calc(100vw-2rem))]">
        <div className="space-y-4">
          {children ? <div className="text-sm text-slate-700">{children}</div> : null}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={onCancel} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button variant={danger ? 'danger' : 'primary'} loading={busy} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
