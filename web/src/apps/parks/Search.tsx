import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Search as SearchIcon } from 'lucide-react';
import { cx, Dialog, DialogContent, DialogTrigger } from '../../shared/ui';
import { useParks, type SearchIndex } from './api';

function score(text: string, q: string): number {
  const t = text.toLowerCase();
  if (t.startsWith(q)) return 3;
  if (t.includes(q)) return 2;
  let i = 0;
  for (const ch of t) if (ch === q[i]) i++;
  return i === q.length ? 1 : 0;
}

/** Ctrl/Cmd+K search over the catalogue, entirely client-side. */
export function Search() {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const index = useParks<SearchIndex>('/search-index', undefined, open);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const results = useMemo(() => {
    const needle = q.trim().toLowerCase();
    if (!needle || !index.data) return [];
    const parks = index.data.parks.map((p) => ({ key: p.id, label: p.name, sub: 'Park', to: `/parks/p/${p.slug}`, s: score(p.name, needle) }));
    const rides = index.data.rides.map((r) => ({ key: r.id, label: r.name, sub: r.parkName, to: `/parks/r/${r.id}`, s: score(r.name, needle) }));
    return [...parks, ...rides].filter((x) => x.s > 0).sort((a, b) => b.s - a.s || a.label.localeCompare(b.label)).slice(0, 10);
  }, [q, index.data]);
  const go = (to: string) => { setOpen(false); setQ(''); navigate(to); };
  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger className="inline-flex min-h-9 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">
          <SearchIcon aria-hidden="true" className="size-4" />
          Search <kbd className="hidden text-xs text-slate-500 sm:inline">Ctrl K</kbd>
        </DialogTrigger>
        <DialogContent title="Search parks and rides" hideTitle className="top-24 translate-y-0 p-3">
          <input autoFocus aria-label="Search parks and rides" value={q} placeholder="Park or ride…" className="w-full rounded border border-slate-300 px-3 py-2 pr-10"
            onChange={(e) => { setQ(e.target.value); setActive(0); }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
              if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
              if (e.key === 'Enter' && results[active]) go(results[active].to);
            }} />
          <ul aria-label="Results" className="mt-2">
            {results.map((r, i) => (
              <li key={r.key}>
                <Link to={r.to} onClick={() => go(r.to)} aria-current={i === active ? 'true' : undefined} className={cx('flex justify-between gap-3 rounded px-2 py-2', i === active && 'bg-indigo-50')}>
                  <span>{r.label}</span><span className="text-xs text-slate-600">{r.sub}</span>
                </Link>
              </li>
            ))}
            {q && results.length === 0 ? <li className="px-2 py-1 text-slate-600">No match</li> : null}
          </ul>
        </DialogContent>
      </Dialog>
    </>
  );
}
