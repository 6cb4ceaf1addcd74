import { Card, ErrorBox, Loading, PageHeader } from '../../../shared/ui';
import { useShopQuery } from '../api';
import { fmtNumber, st } from '../i18n';

interface Stats {
  totals: { activeEmployees: number; activeProducts: number; lowStockProducts: number; outstandingBalance: number; ordersByStatus: Record<string, number>; pointsRedeemed: number; pointsGranted: number };
  topProducts: { productId: string; name: string; units: number }[];
  daily: { date: string; orders: number; pointsRedeemed: number; pointsGranted: number }[];
}

export function DashboardPage() {
  const stats = useShopQuery<Stats>('/api/shop/admin/stats');
  if (stats.isPending) return <Loading label={st('common.loading')} />;
  if (stats.isError) return <ErrorBox error={stats.error} />;
  const { totals, topProducts, daily } = stats.data;
  const orders = Object.values(totals.ordersByStatus).reduce((a, b) => a + b, 0);
  const kpis: [string, number][] = [
    [st('dash.activeEmployees'), totals.activeEmployees],
    [st('dash.activeProducts'), totals.activeProducts],
    [st('dash.lowStock'), totals.lowStockProducts],
    [st('dash.outstanding'), totals.outstandingBalance],
    [st('dash.ordersPlaced'), orders],
    [st('dash.redeemed'), totals.pointsRedeemed],
    [st('dash.granted'), totals.pointsGranted],
  ];
  const peak = Math.max(1, ...daily.map((d) => Math.max(d.pointsRedeemed, d.pointsGranted)));
  return (
    <div className="space-y-6">
      <PageHeader title={st('admin.dashboard')} />
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {kpis.map(([label, value]) => (
          <li key={label}><Card className="p-3 sm:p-4"><p className="text-xs text-slate-600">{label}</p><p className="text-2xl font-semibold">{fmtNumber(value)}</p></Card></li>
        ))}
      </ul>
      <Card>
        <h2 className="mb-3 font-medium">{st('dash.chart')}</h2>
        <svg role="img" aria-label={st('dash.chart')} viewBox={`0 0 ${daily.length * 10} 100`} className="h-40 w-full" preserveAspectRatio="none">
          {daily.map((d, i) => (
            <g key={d.date}>
              <rect x={i * 10 + 1} y={100 - (d.pointsRedeemed / peak) * 100} width={4} height={(d.pointsRedeemed / peak) * 100} className="fill-indigo-500"><title>{`${d.date}: ${st('dash.redeemed')} ${d.pointsRedeemed}`}</title></rect>
              <rect x={i * 10 + 5} y={100 - (d.pointsGranted / peak) * 100} width={4} height={(d.pointsGranted / peak) * 100} className="fill-emerald-500"><title>{`${d.date}: ${st('dash.granted')} ${d.pointsGranted}`}</title></rect>
            </g>
          ))}
        </svg>
        <p className="mt-2 flex gap-4 text-xs"><span className="text-indigo-700">■ {st('dash.redeemed')}</span><span className="text-emerald-700">■ {st('dash.granted')}</span></p>
      </Card>
      <Card>
        <h2 className="mb-2 font-medium">{st('dash.topProducts')}</h2>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {topProducts.map((p) => <li key={p.productId}>{p.name} — {st('dash.units', { units: fmtNumber(p.units) })}</li>)}
        </ol>
      </Card>
    </div>
  );
}
