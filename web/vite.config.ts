import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompress } from './precompress';
import { routePreload } from './routePreload';

// The ASP.NET Core host (src/Host) serves the built SPA from wwwroot and answers /api.
// In development run the host on :5000 and `npm run dev`; Vite proxies the backend paths.
const backend = process.env.QUARTET_BACKEND ?? 'http://localhost:5000';
const proxied = ['/api', '/health', '/openapi', '/docs'];

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    // Most specific first: the presenter and the embeds live outside their app's route tree.
    routePreload([
      { path: '^/live/s/[^/]+/present', module: 'src/apps/live/PresenterRoute.tsx' },
      { path: '^/j/', module: 'src/apps/live/JoinRoute.tsx' },
      { path: '^/live(/|$)', module: 'src/apps/live/routes.tsx' },
      { path: '^/shop(/|$)', module: 'src/apps/shop/routes.tsx' },
      { path: '^/meals(/|$)', module: 'src/apps/meals/routes.tsx' },
      { path: '^/embed/parks(/|$)', module: 'src/apps/parks/EmbedRoutes.tsx' },
      { path: '^/parks(/|$)', module: 'src/apps/parks/routes.tsx' },
      { path: '^/signin$', module: 'src/pages/SignInPage.tsx' },
      { path: '^/register$', module: 'src/pages/RegisterPage.tsx' },
      { path: '^/forgot-password$', module: 'src/pages/ForgotPasswordPage.tsx' },
      { path: '^/reset-password$', module: 'src/pages/ResetPasswordPage.tsx' },
      { path: '^/verify-email$', module: 'src/pages/VerifyEmailPage.tsx' },
      { path: '^/confirm-email-change$', module: 'src/pages/ConfirmEmailChangePage.tsx' },
    ]),
    precompress(),
  ],
  build: {
    outDir: '../src/Host/wwwroot',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      proxied.map((path) => [path, { target: backend, changeOrigin: false, ws: path === '/api' }]),
    ),
  },
});
