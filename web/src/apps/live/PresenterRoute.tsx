import { PresenterPage } from './PresenterPage';

/** The big screen, mounted by App.tsx at `/live/s/:id/present` outside the site's layout (no header, no account). */
export default function PresenterRoute() {
  return <PresenterPage />;
}
