import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Which lazily loaded module a path needs first: the app's route tree, or the page mounted outside the layout. */
export interface RouteModule {
  /** A regular expression over `location.pathname`; the first match wins. */
  path: string;
  /** The module's path inside the project, as it ends (`src/apps/shop/routes.tsx`). */
  module: string;
}

interface Chunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  isEntry: boolean;
  facadeModuleId: string | null;
}

/**
 * Starts the download of the visited app's route chunk (and the chunks it imports) while the entry script still
 * downloads, instead of after the entry has run and React has rendered the lazy route. A small classic script,
 * loaded `async` before the entry (the CSP allows no inline script; async keeps it off the render path), adds `<link rel="modulepreload">` for the chunks of the
 * first route whose path matches; the entry's own imports are preloaded by Vite already and are left out.
 */
export function routePreload(routes: RouteModule[]): Plugin {
  let outDir = '';
  let script: { fileName: string; source: string } | null = null;
  return {
    name: 'quartet-route-preload',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        const chunks = Object.values(context.bundle).filter((output): output is Chunk & typeof output => output.type === 'chunk') as unknown as Chunk[];
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (start: Chunk) => {
          const seen = new Set<string>();
          const visit = (fileName: string) => {
            if (seen.has(fileName)) return;
            seen.add(fileName);
            byFile.get(fileName)?.imports.forEach(visit);
          };
          visit(start.fileName);
          return seen;
        };
        const entry = chunks.find((chunk) => chunk.isEntry);
        const preloaded = entry ? closure(entry) : new Set<string>();
        const map = routes.flatMap((route) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(route.module));
          if (!chunk) throw new Error(`routePreload: no chunk for ${route.module}`);
          const files = [...closure(chunk)].filter((file) => !preloaded.has(file)).map((file) => `/${file}`);
          return [[route.path, files] as const];
        });
        const source =
          `(function(){var p=location.pathname,m=${JSON.stringify(map)};` +
          'for(var i=0;i<m.length;i++)if(new RegExp(m[i][0]).test(p)){m[i][1].forEach(function(f){' +
          "var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.appendChild(l)});break}})();\n";
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        script = { fileName: `assets/route-preload-${hash}.js`, source };
        return [{ tag: 'script', attrs: { src: `/${script.fileName}`, async: true }, injectTo: 'head' }];
      },
    },
    writeBundle() {
      if (!script) return;
      mkdirSync(join(outDir, 'assets'), { recursive: true });
      writeFileSync(join(outDir, script.fileName), script.source);
    },
  };
}
