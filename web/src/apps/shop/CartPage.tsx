import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CheckCircle2, Minus, Plus, ShoppingBag, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, Card, PageHeader, useDocumentTitle, toast } from '../../shared/ui';
import { shopKeys, useBalance, type Balance, type Order, type Product } from './api';
import { checkoutRequest, summarise, useCart, type CartLine } from './cart';
import { errorText, fmtNumber, st } from './i18n';

interface CheckoutResult {
  orders: Order[];
  totalCost: number;
  balance: number;
}

export function CartPage() {
  useDocumentTitle(st('cart.title'));
  const cart = useCart();
  const balance = useBalance();
  const queryClient = useQueryClient();
  const [placed, setPlaced] = useState<CheckoutResult | null>(null);
  const summary = summarise(cart.lines, balance.data?.balance);

  const checkout = useMutation({
    mutationFn: () => api.post<CheckoutResult>('/api/shop/cart/checkout', checkoutRequest(cart.lines),
      { headers: { 'Idempotency-Key': cart.checkoutKey } }),
    onSuccess: (result) => {
      setPlaced(result);
      toast(st('cart.placed', { count: result.orders.length }));
      cart.dispatch({ type: 'clear' });
      queryClient.setQueryData<Balance>(shopKeys.balance, (old) => (old ? { ...old, balance: result.balance } : old));
      void queryClient.invalidateQueries({ queryKey: shopKeys.all });
    },
    onError: async (error) => {
      const productId = isApiError(error) ? error.problem.productId : undefined;
      if (isApiError(error) && error.code === 'PRICE_CHANGED' && typeof productId === 'string') {
        const fresh = await api.get<Product>(`/api/shop/products/${productId}`);
        cart.dispatch({ type: 'reprice', productId, unitCost: fresh.pointsCost });
      }
    },
  });
  const failedProduct = isApiError(checkout.error) ? checkout.error.problem.productId : undefined;

  if (placed) return <Confirmation result={placed} />;

  return (
    <div>
      <PageHeader title={st('cart.title')} />
      {cart.lines.length === 0 ? (
        <Card className="flex flex-col items-center gap-3 py-10 text-center">
          <ShoppingBag aria-hidden className="size-10 text-slate-400" />
          <p className="text-slate-700">{st('cart.empty')}</p>
          <Link to="/shop" className="font-medium text-indigo-700 underline">{st('cart.browse')}</Link>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <ul aria-label={st('cart.lines')} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {cart.lines.map((line) => (
              <CartRow
                key={line.productId}
                line={line}
                problem={failedProduct === line.productId ? errorText(checkout.error) : null}
                onQuantity={(quantity) => cart.dispatch({ type: 'setQuantity', productId: line.productId, quantity })}
                onRemove={() => cart.dispatch({ type: 'remove', productId: line.productId })}
              />
            ))}
          </ul>
          <Card className="h-fit space-y-3">
            <h2 className="text-lg font-semibold">{st('cart.summary')}</h2>
            <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
              <dt>{st('cart.units')}</dt><dd className="text-right">{fmtNumber(summary.units)}</dd>
              <dt>{st('redeem.total')}</dt><dd className="text-right font-semibold" data-testid="cart-total">{st('catalogue.cost', { cost: fmtNumber(summary.total) })}</dd>
              {balance.data ? (
                <>
                  <dt>{st('redeem.balance')}</dt><dd className="text-right">{fmtNumber(balance.data.balance)}</dd>
                  <dt>{st('redeem.after')}</dt>
                  <dd className={summary.enoughPoints ? 'text-right' : 'text-right font-semibold text-red-700'}>{fmtNumber(summary.after ?? 0)}</dd>
                </>
              ) : null}
            </dl>
            {!summary.enoughPoints ? <p id="cart-short" className="text-sm text-red-700">{st('cart.short', { points: fmtNumber(-(summary.after ?? 0)) })}</p> : null}
            {checkout.isError && !failedProduct ? <p role="alert" className="text-sm text-red-700">{errorText(checkout.error)}</p> : null}
            {checkout.isError && failedProduct ? <p role="alert" className="text-sm text-red-700">{st('cart.lineProblem')}</p> : null}
            <Button
              className="w-full"
              loading={checkout.isPending}
              disabled={!summary.enoughPoints}
              aria-describedby={summary.enoughPoints ? undefined : 'cart-short'}
              onClick={() => checkout.mutate()}
            >
              {st('cart.checkout', { points: fmtNumber(summary.total) })}
            </Button>
            <Link to="/shop" className="block text-center text-sm text-indigo-700 underline">{st('cart.continue')}</Link>
          </Card>
        </div>
      )}
    </div>
  );
}

function CartRow({ line, problem, onQuantity, onRemove }: {
  line: CartLine; problem: string | null; onQuantity: (quantity: number) => void; onRemove: () => void;
}) {
  return (
    <li className="flex gap-3 p-3">
      {line.imageUrl
        ? <img src={line.imageUrl} alt="" className="size-16 shrink-0 rounded-md bg-slate-100 object-cover sm:size-20" />
        : <div aria-hidden className="size-16 shrink-0 rounded-md bg-slate-100 sm:size-20" />}
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <Link to={`/shop/products/${line.productId}`} className="font-medium text-slate-900 hover:underline">{line.name}</Link>
          <span className="font-semibold text-indigo-700">{st('catalogue.cost', { cost: fmtNumber(line.unitCost * line.quantity) })}</span>
        </div>
        <p className="text-xs text-slate-600">{st('cart.each', { cost: fmtNumber(line.unitCost) })}</p>
        <div className="flex items-center gap-2">
          <div className="flex items-center rounded-md border border-slate-300" role="group" aria-label={st('cart.quantityOf', { name: line.name })}>
            <button type="button" className="p-2 text-slate-700 hover:bg-slate-100 disabled:opacity-40" aria-label={st('product.decrease')}
              disabled={line.quantity <= 1} onClick={() => onQuantity(line.quantity - 1)}>
              <Minus aria-hidden className="size-4" />
            </button>
            <output aria-live="polite" className="w-8 text-center text-sm">{line.quantity}</output>
            <button type="button" className="p-2 text-slate-700 hover:bg-slate-100 disabled:opacity-40" aria-label={st('product.increase')}
              disabled={line.quantity >= line.maxQuantity} onClick={() => onQuantity(line.quantity + 1)}>
              <Plus aria-hidden className="size-4" />
            </button>
          </div>
          <button type="button" className="ml-auto flex items-center gap-1 rounded-md p-2 text-sm text-slate-700 hover:bg-red-50 hover:text-red-800"
            aria-label={st('cart.remove', { name: line.name })} onClick={onRemove}>
            <Trash2 aria-hidden className="size-4" />
            <span className="hidden sm:inline">{st('cart.removeShort')}</span>
          </button>
        </div>
        {problem ? <p className="text-sm text-red-700">{problem}</p> : null}
      </div>
    </li>
  );
}

function Confirmation({ result }: { result: CheckoutResult }) {
  return (
    <Card role="status" className="mx-auto max-w-xl space-y-4">
      <div className="flex items-center gap-3">
        <CheckCircle2 aria-hidden className="size-8 shrink-0 text-green-600" />
        <h1 className="text-xl font-semibold">{st('cart.placed', { count: result.orders.length })}</h1>
      </div>
      <ul className="divide-y divide-slate-100 text-sm">
        {result.orders.map((order) => (
          <li key={order.id} className="flex flex-wrap justify-between gap-2 py-2">
            <Link to={`/shop/orders/${order.id}`} className="text-indigo-700 underline">{order.orderNumber}</Link>
            <span>{order.productName} × {order.quantity}</span>
            <span className="font-medium">{st('catalogue.cost', { cost: fmtNumber(order.totalCost) })}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">{st('cart.balanceNow', { spent: fmtNumber(result.totalCost), balance: fmtNumber(result.balance) })}</p>
      <div className="flex flex-wrap gap-3">
        <Link to="/shop/orders" className="font-medium text-indigo-700 underline">{st('cart.viewOrders')}</Link>
        <Link to="/shop" className="font-medium text-indigo-700 underline">{st('cart.continue')}</Link>
      </div>
    </Card>
  );
}
