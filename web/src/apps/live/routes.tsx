import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../../shared/auth';
import { Loading, NotFound } from '../../shared/ui';
import { SessionsPage } from './SessionsPage';

// The sessions list is the first page; the console (editor, big-screen preview) and the summary load when opened.
const ConsolePage = lazy(() => import('./HostPages').then((m) => ({ default: m.ConsolePage })));
const SummaryPage = lazy(() => import('./SummaryPage').then((m) => ({ default: m.SummaryPage })));
const JoinRoute = lazy(() => import('./JoinRoute'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** Routes of the app, mounted by App.tsx at `/live/*`. Paths here are relative to `/live`. */
export default function LiveRoutes() {
  return (
    <Routes>
      <Route
        index
        element={
          <RequireAuth role="live.host">
            <SessionsPage />
          </RequireAuth>
        }
      />
      <Route
        path="s/:id/run"
        element={
          <RequireAuth role="live.host">
            {page(<ConsolePage />)}
          </RequireAuth>
        }
      />
      <Route
        path="s/:id/summary"
        element={
          <RequireAuth role="live.host">
            {page(<SummaryPage />)}
          </RequireAuth>
        }
      />
      <Route path="join" element={page(<JoinRoute />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
