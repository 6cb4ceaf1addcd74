import { LogOut, Menu } from 'lucide-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api';
import { hasRole, useLogout, useMe, useSignInMethods } from '../auth';
import { t, useLocale } from '../i18n';
import { Button, buttonClass } from './Button';
import { cx } from './cx';
import { useToasts } from './toastStore';

const PhoneMenu = lazy(() => import('./PhoneMenu').then((m) => ({ default: m.PhoneMenu })));
const loadPhoneMenu = () => void import('./PhoneMenu');
const Toaster = lazy(() => import('./Toast').then((m) => ({ default: m.Toaster })));

/** The toaster, loaded once there is a toast to show. */
function Toasts() {
  const shown = useToasts().length > 0;
  return shown ? (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  ) : null;
}

const menuButtonClass = cx(buttonClass('secondary', 'sm'), 'md:hidden');

const navLink = ({ isActive }: { isActive: boolean }) =>
  cx(
    'block rounded-md px-3 py-2 text-sm font-medium',
    isActive ? 'bg-indigo-50 text-indigo-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
  );

/** Page chrome: skip link, top navigation (a slide-over menu on phones), the main area and the toasts. */
export function Layout() {
  useLocale();
  const me = useMe();
  const logout = useLogout();
  const external = useSignInMethods().data?.external;
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  // The phone menu's dialog is loaded on the first press (and fetched ahead when the button is hovered or focused).
  const [menuLoaded, setMenuLoaded] = useState(false);
  const user = me.data;

  useEffect(() => {
    setOpen(false);
  }, [location.pathname]);

  // With an external provider, its session ends too: the server ends Quartet's and answers where to go next (the
  // provider's end-session page, which returns to "/").
  const signOut = () =>
    external
      ? void api
          .post<{ redirectUrl: string }>(external.logoutUrl)
          .then((next) => window.location.assign(next.redirectUrl))
      : logout.mutate(undefined, {
          onSettled: () => void navigate('/'),
        });

  const links = (
    <ul className="flex flex-col gap-1 md:flex-row">
      <li>
        <NavLink to="/" end className={navLink}>
          {t('nav.home')}
        </NavLink>
      </li>
      {user ? (
        <li>
          <NavLink to="/account" className={navLink}>
            {t('nav.account')}
          </NavLink>
        </li>
      ) : null}
      {hasRole(user, 'admin') ? (
        <li>
          <NavLink to="/admin/users" className={navLink}>
            {t('nav.admin')}
          </NavLink>
        </li>
      ) : null}
    </ul>
  );
  const session = me.isPending ? null : user ? (
    <>
      <span className="truncate px-3 text-sm text-slate-600 md:px-0" title={t('nav.signedInAs')}>
        <span className="sr-only">{t('nav.signedInAs')} </span>
        {user.email}
      </span>
      <Button variant="secondary" size="sm" loading={logout.isPending} onClick={signOut}>
        <LogOut aria-hidden="true" />
        {t('nav.signOut')}
      </Button>
    </>
  ) : (
    <>
      <NavLink to="/signin" className={navLink}>
        {t('nav.signIn')}
      </NavLink>
      <NavLink to="/register" className={navLink}>
        {t('nav.register')}
      </NavLink>
    </>
  );

  const menuLabel = (
    <>
      <Menu aria-hidden="true" />
      {t('nav.menu')}
    </>
  );
  const menuButton = (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-expanded={false}
      className={menuButtonClass}
      onPointerEnter={loadPhoneMenu}
      onFocus={loadPhoneMenu}
      onClick={() => {
        setMenuLoaded(true);
        setOpen(true);
      }}
    >
      {menuLabel}
    </button>
  );

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-indigo-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        {t('nav.skip')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex min-h-14 max-w-6xl items-center gap-x-4 px-4 py-2">
          <Link to="/" className="mr-auto py-1 text-lg font-bold tracking-tight text-indigo-700 md:mr-0">
            {t('app.title')}
          </Link>
          {menuLoaded ? (
            <Suspense fallback={menuButton}>
              <PhoneMenu open={open} onOpenChange={setOpen} triggerClassName={menuButtonClass} trigger={menuLabel}>
                <nav aria-label={t('nav.main')} className="flex flex-col gap-2">
                  {links}
                  <div className="flex flex-col gap-2 border-t border-slate-200 pt-2">{session}</div>
                </nav>
              </PhoneMenu>
            </Suspense>
          ) : (
            menuButton
          )}
          <nav aria-label={t('nav.main')} className="hidden flex-1 items-center gap-2 md:flex">
            {links}
            <div className="ml-auto flex items-center gap-2">{session}</div>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
      <Toasts />
    </div>
  );
}
