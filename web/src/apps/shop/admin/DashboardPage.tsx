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
      {/* Two charts, each on its own scale: a month's grant is one day's spike that would flatten the daily redemptions. */}
      <div className="grid gap-4 lg:grid-cols-2">
        {([
          ['redeemed', 'dash.chartRedeemed', '#6366f1'],
          ['granted', 'dash.chartGranted', '#059669'],
        ] as const).map(([key, title, colour]) => (
          <Card key={key}>
            <h2 className="mb-3 font-medium">{st(title)}</h2>
            {/* The series runs to now, so its last day is still running. */}
            <ColumnChart
              title={st(title)}
              format={fmtNumber}
              partialLabel={st('dash.today')}
              points={daily.map((d, i) => ({ label: d.date.slice(5), values: { [key]: key === 'redeemed' ? d.pointsRedeemed : d.pointsGranted }, partial: i === daily.length - 1 }))}
              series={[{ key, name: st(key === 'redeemed' ? 'dash.redeemed' : 'dash.granted'), colour }]}
            />
          </Card>
        ))}
      </div>
      <Card>
        <h2 className="mb-2 font-medium">{st('dash.topProducts')}</h2>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {topProducts.map((p) => <li key={p.productId}>{p.name} — {st('dash.units', { units: fmtNumber(p.units) })}</li>)}
        </ol>
      </Card>
    </div>
  );
}
