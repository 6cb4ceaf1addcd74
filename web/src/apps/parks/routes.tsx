import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../../shared/auth';
import { Loading, NotFound } from '../../shared/ui';
import DowntimePage from './pages/DowntimePage';
import { PERIODS, Shell } from './Shell';

// The rankings, the first page, come with the route tree (preloaded with the entry); every other page is its own
// chunk, so the rankings load without the charts, the admin or the detail pages.
const WaitsPage = lazy(() => import('./pages/WaitsPage'));
const AwardsPage = lazy(() => import('./pages/AwardsPage'));
const ChartsPage = lazy(() => import('./pages/ChartsPage'));
const ParkPage = lazy(() => import('./pages/ParkPage'));
const RidePage = lazy(() => import('./pages/RidePage'));
const AboutPage = lazy(() => import('./pages/AboutPage'));
const DataQualityPage = lazy(() => import('./pages/DataQualityPage'));
const AdminPage = lazy(() => import('./Admin'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;
const awardPeriods = PERIODS.filter((p) => ['yesterday', 'last_week', 'last_month'].includes(p.key));

/** Routes of the app, mounted by App.tsx at `/parks/*`. Paths here are relative to `/parks`. */
export default function ParksRoutes() {
  return (
    <Routes>
      <Route index element={<Shell><DowntimePage /></Shell>} />
      <Route path="waits" element={<Shell>{page(<WaitsPage />)}</Shell>} />
      <Route path="awards" element={<Shell periods={awardPeriods} defaultPeriod="yesterday">{page(<AwardsPage />)}</Shell>} />
      <Route path="charts" element={<Shell>{page(<ChartsPage />)}</Shell>} />
      <Route path="p/:slug" element={<Shell>{page(<ParkPage />)}</Shell>} />
      <Route path="r/:id" element={<Shell>{page(<RidePage />)}</Shell>} />
      <Route path="about" element={<Shell showControls={false}>{page(<AboutPage />)}</Shell>} />
      <Route path="data-quality" element={<Shell showControls={false}>{page(<DataQualityPage />)}</Shell>} />
      <Route path="admin" element={<Shell showControls={false}><RequireAuth role="parks.admin">{page(<AdminPage />)}</RequireAuth></Shell>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
