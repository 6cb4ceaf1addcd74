import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../../shared/auth';
import { NotFound } from '../../shared/ui';
import { ConsolePage, SessionsPage } from './HostPages';
import JoinRoute from './JoinRoute';
import { SummaryPage } from './SummaryPage';

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
            <ConsolePage />
          </RequireAuth>
        }
      />
      <Route
        path="s/:id/summary"
        element={
          <RequireAuth role="live.host">
            <SummaryPage />
          </RequireAuth>
        }
      />
      <Route path="join" element={<JoinRoute />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
