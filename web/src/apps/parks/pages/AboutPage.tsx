import { Link } from 'react-router-dom';
import { Card } from '../../../shared/ui';
import { useMeta } from '../api';

export default function About() {
  const meta = useMeta();
  return (
    <Card className="prose max-w-none text-sm">
      <h2 className="text-xl font-bold">About the Hall of Shame</h2>
      <p>This site is hyperbole with receipts: it ranks how much ride capacity theme parks lose to breakdowns while they are open. It is not an attack on the maintenance crews who keep rides safe — a ride closed for safety is the system working.</p>
      <h3 className="mt-3 font-semibold">The formula</h3>
      <p>{meta.data?.formula}</p>
      <p>Only active attractions that actually operated that day count. At parks whose feed tells breakdowns apart (Disney, Universal) only <em>DOWN</em> counts; elsewhere <em>DOWN</em> and <em>CLOSED</em> both count. Refurbishment and unknown status never count, and a park without a published schedule never accrues downtime.</p>
      <h3 className="mt-3 font-semibold">Worked example</h3>
      <p>A park open 09:00–21:00 (720 minutes) with rides A (tier 1, weight 3, down 14:00–15:30), B (tier 2, weight 2), C (unclassified, weight 2, closed 16:00–17:00), D (tier 3, weight 1, down 10:00–10:30), E (refurbishment all day) and F (closed all day). A = (3 + 2 + 2 + 1) × 720 = 5,760; B = 3 × 90 + 1 × 30 = 300; shame = 10 × 300 / 5,760 = 0.52 → <strong>0.5</strong>. If CLOSED also counted, B = 420 → <strong>0.7</strong>.</p>
      <h3 className="mt-3 font-semibold">Bands</h3>
      <p>0.0 clean · 0.1–0.4 low · 0.5–0.9 medium · 1.0–1.9 high · 2.0 and above critical. Tiers: 1 = weight 3 (headliners), 2 = weight 2, 3 = weight 1, unclassified = 2.</p>
      <h3 className="mt-3 font-semibold">Data sources</h3>
      <p>Live status, waits and schedules come from <a className="underline" href="https://themeparks.wiki">ThemeParks.wiki</a>; park discovery and fallback live data from <a className="underline" href="https://queue-times.com">Queue-Times.com</a>. Days are counted in Pacific Time. See the <Link className="underline" to="/parks/data-quality">data-quality report</Link>.</p>
    </Card>
  );
}
