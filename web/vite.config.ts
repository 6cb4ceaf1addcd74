import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The ASP.NET Core host (src/Host) serves the built SPA from wwwroot and answers /api.
// In development run the host on :5000 and `npm run dev`; Vite proxies the backend paths.
const backend = process.env.QUARTET_BACKEND ?? 'http://localhost:5000';
const proxied = ['/api', '/health', '/openapi', '/docs'];

export default defineConfig({
  plugins: [react(), tailwindcss()],
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
