import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AccountPage } from './pages/AccountPage';
import { ConfirmEmailChangePage } from './pages/ConfirmEmailChangePage';
import { AdminMailPage } from './pages/admin/AdminMailPage';
import { AdminUsersPage } from './pages/admin/AdminUsersPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SignInPage } from './pages/SignInPage';
import { VerifyEmailPage } from './pages/VerifyEmailPage';
import { RequireAuth } from './shared/auth';
import { Layout, Loading } from './shared/ui';

// Each app owns its route tree under src/apps/<key>/ and is loaded on demand.
const ShopRoutes = lazy(() => import('./apps/shop/routes'));
const MealsRoutes = lazy(() => import('./apps/meals/routes'));
const LiveRoutes = lazy(() => import('./apps/live/routes'));
const LiveJoinRoute = lazy(() => import('./apps/live/JoinRoute'));
const LivePresenterRoute = lazy(() => import('./apps/live/PresenterRoute'));
const ParksRoutes = lazy(() => import('./apps/parks/routes'));
const ParksEmbedRoutes = lazy(() => import('./apps/parks/EmbedRoutes'));

const load = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

export function App() {
  return (
    <Routes>
      {/* Embeds render without the shell's chrome. */}
      <Route path="/embed/parks/*" element={load(<ParksEmbedRoutes />)} />
      {/* The live big screen fills the projector: no header, no account. */}
      <Route path="/live/s/:id/present" element={load(<LivePresenterRoute />)} />

      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="confirm-email-change" element={<ConfirmEmailChangePage />} />
        <Route
          path="account"
          element={
            <RequireAuth>
              <AccountPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/users"
          element={
            <RequireAuth role="admin">
              <AdminUsersPage />
            </RequireAuth>
          }
        />

        <Route
          path="admin/mail"
          element={
            <RequireAuth role="admin">
              <AdminMailPage />
            </RequireAuth>
          }
        />

        <Route path="shop/*" element={load(<ShopRoutes />)} />
        <Route path="meals/*" element={load(<MealsRoutes />)} />
        <Route path="live/*" element={load(<LiveRoutes />)} />
        <Route path="j/:code" element={load(<LiveJoinRoute />)} />
        <Route path="parks/*" element={load(<ParksRoutes />)} />

        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
