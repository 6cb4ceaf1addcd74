import { ColumnChart } from '../../../shared/charts';
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
        {/* The series runs to now, so its last day is still running. */}
        <ColumnChart
          title={st('dash.chart')}
          format={fmtNumber}
          partialLabel={st('dash.today')}
          points={daily.map((d, i) => ({ label: d.date.slice(5), values: { redeemed: d.pointsRedeemed, granted: d.pointsGranted }, partial: i === daily.length - 1 }))}
          series={[
            { key: 'redeemed', name: st('dash.redeemed'), colour: '#6366f1' },
            { key: 'granted', name: st('dash.granted'), colour: '#10b981' },
          ]}
        />
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
