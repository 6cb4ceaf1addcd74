import { humanize, zoned } from '../labels';
import { useState } from 'react';
import { Card, Loading, Table } from '../../../shared/ui';
import { useParks } from '../api';
import { type DataQualityReport } from '../api';
import { Empty } from '../ui';
import { th, td } from '../common';

export default function DataQualityPage() {
  const [days, setDays] = useState(7);
  const report = useParks<DataQualityReport>('/data-quality', { days });
  return (
    <Card>
      <h2 className="text-xl font-bold">Data quality</h2>
      <label className="mt-2 block text-sm">Days <select aria-label="Days" value={days} onChange={(e) => setDays(Number(e.target.value))} className="rounded border px-1">{[1, 7, 30, 90].map((d) => <option key={d}>{d}</option>)}</select></label>
      <a className="text-sm underline" href={`/api/parks/data-quality?days=${days}&format=csv`}>Download CSV</a>
      {report.data ? report.data.items.length === 0 ? <Empty reason="no_data" /> : (
        <Table className="mt-2" aria-label="Issues"><thead><tr><th className={th}>Park</th><th className={th}>Ride / id</th><th className={th}>Issues</th><th className={th}>Count</th><th className={th}>Last seen</th></tr></thead>
          <tbody>{report.data.items.map((i, n) => <tr key={n} className="border-t"><td className={td}>{i.park?.name ?? '—'}</td><td className={td}>{i.rideName ?? i.externalId ?? '—'}</td><td className={td}>{i.issues.map((x) => `${humanize(x.type)}${x.open ? ' (open)' : ''}`).join(', ')}</td><td className={td}>{i.count}</td><td className={td}>{zoned(i.lastSeenAt, 'America/Los_Angeles')}</td></tr>)}</tbody></Table>
      ) : <Loading />}
    </Card>
  );
}
