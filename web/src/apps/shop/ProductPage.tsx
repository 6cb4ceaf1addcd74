import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ShoppingCart } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, Card, ErrorBox, Loading, PageHeader, toast } from '../../shared/ui';
import { newIdempotencyKey, shopKeys, useBalance, useShopQuery, type Balance, type Order, type Product } from './api';
import { useCart } from './cart';
import { ProductImage } from './CataloguePage';
import { errorText, fmtNumber, st } from './i18n';

const MAX_QUANTITY = 10;
const LOW_STOCK = 5;

export function ProductPage() {
  const { id } = useParams();
  const product = useShopQuery<Product>(`/api/shop/products/${id}`);
  const balance = useBalance();
  const [quantity, setQuantity] = useState(1);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState(false);
  const cart = useCart();

  if (product.isPending) return <Loading label={st('common.loading')} />;
  if (product.isError) return <ErrorBox error={product.error} />;
  const p = product.data;
  const max = Math.max(1, Math.min(MAX_QUANTITY, p.stock));
  const total = p.pointsCost * quantity;
  const inCart = cart.lines.find((l) => l.productId === p.id)?.quantity ?? 0;
  const reason = !p.available ? st('product.cannot.soldOut') : balance.data && total > balance.data.balance ? st('product.cannot.points') : null;

  return (
    <div>
      <Link to="/shop" className="text-sm text-indigo-700 underline">{st('product.back')}</Link>
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <ProductImage url={p.imageUrl} alt={p.name} large />
        <div className="space-y-4">
          <PageHeader title={p.name} description={p.category} />
          <p className="text-2xl font-semibold text-indigo-700">{st('catalogue.cost', { cost: fmtNumber(p.pointsCost) })}</p>
          <p className="text-sm text-slate-700">
            {p.stock <= LOW_STOCK && p.stock > 0 ? st('product.lowStock', { stock: p.stock }) : p.stock === 0 ? st('catalogue.soldOut') : st('product.stock', { stock: fmtNumber(p.stock) })}
          </p>
          <p className="whitespace-pre-line text-slate-800">{p.description}</p>
          {p.usageNotes ? (
            <div>
              <h2 className="font-medium">{st('product.usage')}</h2>
              <p className="whitespace-pre-line text-sm text-slate-700">{p.usageNotes}</p>
            </div>
          ) : null}
          <div className="flex items-center gap-2" role="group" aria-label={st('product.quantity')}>
            <Button variant="secondary" size="sm" aria-label={st('product.decrease')} disabled={quantity <= 1} onClick={() => setQuantity((q) => q - 1)}>−</Button>
            <output aria-live="polite" className="w-8 text-center" aria-label={st('product.quantity')}>{quantity}</output>
            <Button variant="secondary" size="sm" aria-label={st('product.increase')} disabled={quantity >= max} onClick={() => setQuantity((q) => q + 1)}>+</Button>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              disabled={!p.available}
              onClick={() => {
                cart.dispatch({ type: 'add', product: p, quantity });
                setAdded(true);
              }}
            >
              <ShoppingCart aria-hidden className="size-4" />
              {st('cart.add')}
            </Button>
            <Button disabled={reason !== null} aria-describedby={reason ? 'redeem-reason' : undefined} onClick={() => setOpen(true)}>
              {st('product.redeem')}
            </Button>
          </div>
          <p role="status" className="text-sm text-slate-700">
            {added ? (
              <>
                {st('cart.added')}{' '}
                {inCart ? <>{st('cart.inCart', { count: inCart })}.{' '}</> : null}
                <Link to="/shop/cart" className="font-medium text-indigo-700 underline">{st('cart.go')}</Link>
              </>
            ) : null}
          </p>
          {reason ? <p id="redeem-reason" className="text-sm text-red-700">{reason}</p> : null}
        </div>
      </div>
      {open && balance.data ? (
        <RedeemDialog product={p} quantity={quantity} balance={balance.data.balance} onClose={() => setOpen(false)} onPriceChanged={() => void product.refetch()} />
      ) : null}
    </div>
  );
}

function RedeemDialog({ product, quantity, balance, onClose, onPriceChanged }: {
  product: Product; quantity: number; balance: number; onClose: () => void; onPriceChanged: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // One key per opened dialog: a retried or double-clicked confirm can never place two orders.
  const [key] = useState(newIdempotencyKey);
  const queryClient = useQueryClient();
  const total = product.pointsCost * quantity;
  const redeem = useMutation({
    mutationFn: () => api.post<{ order: Order; balance: number }>('/api/shop/orders',
      { productId: product.id, quantity, expectedUnitCost: product.pointsCost }, { headers: { 'Idempotency-Key': key } }),
    onSuccess: (result) => {
      toast(st('redeem.success', { number: result.order.orderNumber }));
      queryClient.setQueryData<Balance>(shopKeys.balance, (old) => (old ? { ...old, balance: result.balance } : old));
      void queryClient.invalidateQueries({ queryKey: shopKeys.all });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'PRICE_CHANGED') onPriceChanged();
    },
  });
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={onClose} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
      <Card className="space-y-4 border-0 shadow-none">
        <h2 id={titleId} className="text-lg font-semibold">{st('redeem.title')}</h2>
        {redeem.isSuccess ? (
          <div role="status" className="space-y-3">
            <p>{st('redeem.success', { number: redeem.data.order.orderNumber })}</p>
            <Link className="text-indigo-700 underline" to={`/shop/orders/${redeem.data.order.id}`}>{st('redeem.viewOrder')}</Link>
          </div>
        ) : (
          <dl className="grid grid-cols-2 gap-y-1 text-sm">
            <dt>{st('redeem.product')}</dt><dd className="text-right">{product.name}</dd>
            <dt>{st('redeem.quantity')}</dt><dd className="text-right">{quantity}</dd>
            <dt>{st('redeem.total')}</dt><dd className="text-right font-semibold">{fmtNumber(total)}</dd>
            <dt>{st('redeem.balance')}</dt><dd className="text-right">{fmtNumber(balance)}</dd>
            <dt>{st('redeem.after')}</dt><dd className="text-right">{fmtNumber(balance - total)}</dd>
          </dl>
        )}
        {redeem.isError ? <p role="alert" className="text-sm text-red-700">{errorText(redeem.error)}</p> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>{redeem.isSuccess ? st('common.close') : st('common.cancel')}</Button>
          {!redeem.isSuccess ? (
            <Button loading={redeem.isPending} disabled={redeem.isError && isApiError(redeem.error) && redeem.error.code === 'PRICE_CHANGED'} onClick={() => redeem.mutate()}>
              {st('redeem.confirm')}
            </Button>
          ) : null}
        </div>
      </Card>
    </dialog>
  );
}
