import { ShoppingCart } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Checkbox, ErrorBox, Input, Loading, PageHeader, Select } from '../../shared/ui';
import { useBalance, useShopQuery, type Page, type Product } from './api';
import { useCart } from './cart';
import { Badge, Pager } from './components';
import { fmtNumber, st } from './i18n';

const SORTS = ['newest', 'cost_asc', 'cost_desc', 'name'] as const;

export function CataloguePage() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<(typeof SORTS)[number]>('newest');
  const [availableOnly, setAvailableOnly] = useState(false);
  const [affordable, setAffordable] = useState(false);
  const [page, setPage] = useState(1);
  const balance = useBalance();
  const cart = useCart();

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(text.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);

  const categories = useShopQuery<{ category: string; count: number }[]>('/api/shop/categories');
  const products = useShopQuery<Page<Product>>('/api/shop/products', {
    q: q || undefined,
    category: category || undefined,
    sort,
    available: availableOnly || undefined,
    maxCost: affordable ? balance.data?.balance : undefined,
    page,
    pageSize: 20,
  });

  const cartQuantity = (productId: string) => cart.lines.find((l) => l.productId === productId)?.quantity ?? 0;

  return (
    <div>
      <PageHeader title={st('catalogue.title')} />
      <div className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto]">
        <label className="block">
          <span className="sr-only">{st('catalogue.search')}</span>
          <Input type="search" placeholder={st('catalogue.search')} aria-label={st('catalogue.search')} value={text} maxLength={100} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="flex items-center gap-2 text-sm">
          {st('catalogue.sort')}
          <Select value={sort} onChange={(e) => setSort(e.target.value as (typeof SORTS)[number])} className="w-auto">
            {SORTS.map((s) => (
              <option key={s} value={s}>{st(`catalogue.sort.${s}`)}</option>
            ))}
          </Select>
        </label>
      </div>
      {/* One row that scrolls sideways on a phone: chips arriving with the categories never push the products down. */}
      <div role="group" aria-label={st('catalogue.category')} className="-mx-1 mb-3 flex gap-2 overflow-x-auto px-1 pb-1 sm:flex-wrap">
        {[{ category: '', count: 0 }, ...(categories.data ?? [])].map((c) => (
          <button
            key={c.category || 'all'}
            type="button"
            aria-pressed={category === c.category}
            onClick={() => {
              setCategory(c.category);
              setPage(1);
            }}
            className={`shrink-0 rounded-full border px-3 py-1 text-sm whitespace-nowrap ${category === c.category ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 bg-white text-slate-800'}`}
          >
            {c.category || st('catalogue.allCategories')}
          </button>
        ))}
      </div>
      <div className="mb-4 flex flex-wrap gap-4">
        <Checkbox label={st('catalogue.availableOnly')} checked={availableOnly} onChange={(e) => { setAvailableOnly(e.target.checked); setPage(1); }} />
        <Checkbox label={st('catalogue.affordable')} checked={affordable} onChange={(e) => { setAffordable(e.target.checked); setPage(1); }} />
      </div>
      {products.isPending ? <Loading label={st('common.loading')} /> : null}
      {products.isError ? <ErrorBox error={products.error} onRetry={() => void products.refetch()} /> : null}
      {products.data && products.data.items.length === 0 ? <p className="py-10 text-center text-slate-600">{st('catalogue.empty')}</p> : null}
      <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        {products.data?.items.map((p, index) => (
          <li key={p.id} className="flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white hover:shadow-md">
            <Link to={`/shop/products/${p.id}`} className="block flex-1 focus-visible:outline-2 focus-visible:outline-indigo-600">
              <ProductImage url={p.imageUrl} alt={p.name} eager={index < 4} />
              <div className="space-y-1 p-3">
                <h2 className="font-medium text-slate-900">{p.name}</h2>
                <p className="text-xs text-slate-600">{p.category}</p>
                <p className="font-semibold text-indigo-700">{st('catalogue.cost', { cost: fmtNumber(p.pointsCost) })}</p>
                <div className="flex flex-wrap gap-1">
                  {!p.available ? <Badge tone="red">{st('catalogue.soldOut')}</Badge> : null}
                  {balance.data && p.pointsCost > balance.data.balance ? <Badge tone="amber">{st('catalogue.notEnough')}</Badge> : null}
                </div>
              </div>
            </Link>
            {p.available ? (
              <button
                type="button"
                onClick={() => cart.dispatch({ type: 'add', product: p, quantity: 1 })}
                className="m-3 mt-0 flex items-center justify-center gap-1.5 rounded-md border border-indigo-200 px-2 py-1.5 text-sm font-medium text-indigo-800 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                <ShoppingCart aria-hidden className="size-4" />
                {st('cart.add')}
                <span className="sr-only">{st('cart.addNamed', { name: p.name })}</span>
                {cartQuantity(p.id) ? <span aria-hidden className="rounded-full bg-indigo-100 px-1.5 text-xs">{cartQuantity(p.id)}</span> : null}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {products.data ? <Pager page={products.data.page} pageSize={products.data.pageSize} total={products.data.total} onPage={setPage} /> : null}
    </div>
  );
}

/** `eager` for the images of the first screen: lazy loading them delays the largest paint. */
export function ProductImage({ url, alt, large = false, eager = large }: { url: string | null; alt: string; large?: boolean; eager?: boolean }) {
  const size = large ? 'aspect-square w-full max-w-md' : 'aspect-[4/3] w-full';
  if (!url) return <div className={`${size} flex items-center justify-center bg-slate-100 text-sm text-slate-500`}>{st('catalogue.noImage')}</div>;
  // The intrinsic size lets the browser reserve the box before the picture arrives.
  return <img src={url} alt={alt} width={large ? 448 : 400} height={large ? 448 : 300} loading={eager ? 'eager' : 'lazy'} fetchPriority={eager ? 'high' : undefined} className={`${size} h-auto bg-slate-100 object-cover`} />;
}
