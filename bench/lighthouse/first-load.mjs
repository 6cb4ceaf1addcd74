// The JavaScript each app's main page asks for before it can render, read from a build (default: the host's
// wwwroot): the entry script and its modulepreloads from index.html, plus the chunks web/routePreload.ts preloads
// for the path. Sizes are raw and Brotli (quality 11, as web/precompress.ts writes them); no browser, no timing, so
// the numbers do not depend on the machine. Usage: node first-load.mjs [build folder]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = process.argv[2] ?? join(import.meta.dirname, '../../src/Host/wwwroot');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const shell = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]).filter((f) => !f.includes('route-preload'));
const preloadScript = html.match(/src="(\/assets\/route-preload-[^"]+\.js)"/)?.[1];
const routes = preloadScript ? JSON.parse(readFileSync(join(root, preloadScript), 'utf8').match(/m=(\[.*?\]\]\]);/)[1]) : [];
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const size = (files) =>
  files.reduce(
    (sum, file) => {
      const bytes = readFileSync(join(root, file));
      return { raw: sum.raw + bytes.length, br: sum.br + brotli(bytes) };
    },
    { raw: 0, br: 0 },
  );
const pages = ['/', '/signin', '/shop', '/meals', '/live', '/j/TEAM42', '/parks', '/embed/parks'];
console.log('| page | JS files | raw kB | Brotli kB |');
console.log('|---|---|---|---|');
for (const page of pages) {
  const route = routes.find(([pattern]) => new RegExp(pattern).test(page));
  const files = [...shell, ...(route ? route[1] : [])];
  const { raw, br } = size(files);
  console.log(`| \`${page}\` | ${files.length} | ${(raw / 1000).toFixed(1)} | ${(br / 1000).toFixed(1)} |`);
}
