import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
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

// The sign-in and account pages are each visited once in a while: they stay out of the first download of every other
// page (web/routePreload.ts starts /signin's chunk with the entry), as do the pages for signed-in users.
const SignInPage = lazy(() => import('./pages/SignInPage').then((m) => ({ default: m.SignInPage })));
const RegisterPage = lazy(() => import('./pages/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const VerifyEmailPage = lazy(() => import('./pages/VerifyEmailPage').then((m) => ({ default: m.VerifyEmailPage })));
const ConfirmEmailChangePage = lazy(() =>
  import('./pages/ConfirmEmailChangePage').then((m) => ({ default: m.ConfirmEmailChangePage })),
);
const AccountPage = lazy(() => import('./pages/AccountPage').then((m) => ({ default: m.AccountPage })));
const AdminUsersPage = lazy(() => import('./pages/admin/AdminUsersPage').then((m) => ({ default: m.AdminUsersPage })));
const AdminMailPage = lazy(() => import('./pages/admin/AdminMailPage').then((m) => ({ default: m.AdminMailPage })));

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
        <Route path="signin" element={load(<SignInPage />)} />
        <Route path="register" element={load(<RegisterPage />)} />
        <Route path="forgot-password" element={load(<ForgotPasswordPage />)} />
        <Route path="reset-password" element={load(<ResetPasswordPage />)} />
        <Route path="verify-email" element={load(<VerifyEmailPage />)} />
        <Route path="confirm-email-change" element={load(<ConfirmEmailChangePage />)} />
        <Route
          path="account"
          element={
            <RequireAuth>
              {load(<AccountPage />)}
            </RequireAuth>
          }
        />
        <Route
          path="admin/users"
          element={
            <RequireAuth role="admin">
              {load(<AdminUsersPage />)}
            </RequireAuth>
          }
        />

        <Route
          path="admin/mail"
          element={
            <RequireAuth role="admin">
              {load(<AdminMailPage />)}
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
