import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { useLocale } from '../../shared/i18n';
import { Card, ErrorBox, LanguageSelect, Loading, PageHeader, Table, Td, Th, Tr } from '../../shared/ui';
import { lt, typeText } from './i18n';
import type { SessionSummary } from './types';

interface Player {
  rank: number;
  nickname: string | null;
  score: number;
  correctCount: number;
}

/** One line a person can read for each activity type's headline result. */
function headlineText(type: string, headline: unknown): string {
  const h = headline as Record<string, unknown> | null;
  if (!h) return '—';
  switch (type) {
    case 'poll':
      return h.topOption ? lt('summary.top', { option: String(h.topOption), count: String(h.topCount), percent: String(h.topPercent ?? 0) }) : '—';
    case 'wordcloud':
      return ((h.topWords as { text: string; count: number }[]) ?? []).map((w) => `${w.text} (${w.count})`).join(', ') || '—';
    case 'rating':
      return h.mean == null ? '—' : lt('summary.meanMedian', { mean: String(h.mean), median: String(h.median) });
    case 'qna':
      return lt('summary.qna', { asked: String(h.asked), answered: String(h.answered), dismissed: String(h.dismissed) });
    case 'reactions':
      return Object.entries((h.totals as Record<string, number>) ?? {})
        .map(([emoji, n]) => `${emoji} ${n}`)
        .join('  ');
    case 'quiz':
      return (
        ((h.top as Player[]) ?? [])
          .map((p) => lt('summary.player', { rank: p.rank, name: p.nickname ?? '?', score: p.score, correct: p.correctCount }))
          .join(' · ') + (h.averageScore != null ? lt('summary.average', { score: String(h.averageScore) }) : '') || '—'
      );
    default:
      return '—';
  }
}

/** `/live/s/:id/summary`: the summary (partial while live) and export downloads (E1, E2). */
export function SummaryPage() {
  useLocale();
  const { id = '' } = useParams();
  const summary = useQuery({
    queryKey: ['live', 'summary', id],
    queryFn: () => api.get<SessionSummary>(`/api/live/sessions/${id}/summary`),
    refetchInterval: (q) => (q.state.data?.final ? false : 5000),
  });
  const exportUrl = (query: string) => `/api/live/sessions/${id}/export?${query}`;
  return (
    <div className="space-y-4">
      <PageHeader title={lt('summary.title', { title: summary.data?.title ?? '' })} actions={<LanguageSelect label={lt('language')} />} />
      <Link to={`/live/s/${id}/run`} className="text-indigo-700 underline">
        {lt('summary.back')}
      </Link>
      {summary.isLoading ? <Loading /> : null}
      {summary.error ? <ErrorBox error={summary.error} /> : null}
      {summary.data ? (
        <Card>
          <p role="status">
            {summary.data.final ? lt('summary.final') : lt('summary.partial')} ·{' '}
            {lt('summary.counts', { joined: summary.data.participantsJoined, online: summary.data.online, peak: summary.data.peakOnline })}
          </p>
          {/* Five columns do not fit a phone: there each activity is a short block. */}
          <div className="mt-2 max-sm:hidden">
            <Table>
              <thead>
                <tr>
                  <Th scope="col">{lt('summary.activity')}</Th>
                  <Th scope="col">{lt('summary.type')}</Th>
                  <Th scope="col" className="text-right">{lt('summary.respondents')}</Th>
                  <Th scope="col" className="text-right">{lt('summary.participation')}</Th>
                  <Th scope="col">{lt('summary.headline')}</Th>
                </tr>
              </thead>
              <tbody>
                {summary.data.activities.map((a) => (
                  <Tr key={a.id}>
                    <Td className="font-medium">{a.title}</Td>
                    <Td>{typeText(a.type)}</Td>
                    <Td className="text-right tabular-nums">{a.respondents}</Td>
                    <Td className="text-right tabular-nums">{a.participationPercent} %</Td>
                    <Td>{headlineText(a.type, a.headline)}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </div>
          <ul className="mt-2 divide-y divide-slate-100 sm:hidden" aria-label={lt('summary.activities')}>
            {summary.data.activities.map((a) => (
              <li key={a.id} className="py-2 text-sm">
                <p className="font-medium break-words">{a.title}</p>
                <p className="text-slate-600">
                  {typeText(a.type)} · {lt('summary.respondentsShort', { count: a.respondents })} · {a.participationPercent} %
                </p>
                <p className="break-words">{headlineText(a.type, a.headline)}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card>
        <h2 className="font-semibold">{lt('summary.export')}</h2>
        <p className="text-sm text-slate-700">{lt('summary.exportNote')}</p>
        <ul className="mt-2 flex flex-wrap gap-3">
          <li>
            <a className="text-indigo-700 underline" href={exportUrl('format=json')} download={`session-${id}.json`}>
              {lt('summary.everything')}
            </a>
          </li>
          {(['summary', 'responses', 'questions', 'leaderboard'] as const).map((part) => (
            <li key={part}>
              <a className="text-indigo-700 underline" href={exportUrl(`format=csv&part=${part}`)} download={`session-${id}-${part}.csv`}>
                {lt(`summary.part.${part}`)}
              </a>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
