import { useEffect, useId, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api';
import { hasRole, useLogout, useMe, useSignInMethods } from '../auth';
import { t } from '../i18n';
import { Button, buttonClass } from './Button';
import { cx } from './cx';

const navLink = ({ isActive }: { isActive: boolean }) =>
  cx(
    'block rounded-md px-3 py-2 text-sm font-medium',
    isActive ? 'bg-indigo-50 text-indigo-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
  );

/** Page chrome: skip link, top navigation (collapses to a menu button on phones) and the main area. */
export function Layout() {
  const me = useMe();
  const logout = useLogout();
  const external = useSignInMethods().data?.external;
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
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

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-indigo-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        {t('nav.skip')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link to="/" className="mr-auto py-1 text-lg font-bold tracking-tight text-indigo-700 md:mr-0">
            {t('app.title')}
          </Link>
          <button
            type="button"
            className={cx(buttonClass('secondary', 'sm'), 'md:hidden')}
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpen((v) => !v)}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
              {open ? (
                <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
              ) : (
                <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z" />
              )}
            </svg>
            {t('nav.menu')}
          </button>
          <nav
            id={menuId}
            aria-label={t('nav.main')}
            className={cx(
              'w-full flex-col gap-2 pb-2 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:pb-0',
              open ? 'flex' : 'hidden',
            )}
          >
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
            <div className="flex flex-col gap-2 border-t border-slate-200 pt-2 md:ml-auto md:flex-row md:items-center md:border-0 md:pt-0">
              {me.isPending ? null : user ? (
                <>
                  <span className="truncate px-3 text-sm text-slate-600 md:px-0" title={t('nav.signedInAs')}>
                    <span className="sr-only">{t('nav.signedInAs')} </span>
                    {user.email}
                  </span>
                  <Button variant="secondary" size="sm" loading={logout.isPending} onClick={signOut}>
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
              )}
            </div>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
    </div>
  );
}
