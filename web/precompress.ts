import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; fonts and pictures are compressed already. */
const compressible = /\.(?:js|mjs|css|svg|json|txt|map)$/;

/** Below this size a compressed copy saves less than its headers cost. */
const minimumBytes = 1024;

function* files(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Writes a Brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every compressible file of the build,
 * once, at build time: the host serves them with `Content-Encoding` (src/Platform/Http/SpaFiles.cs) instead of
 * compressing each response at its fastest, weakest level. A copy that is not smaller than the file is not written.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'quartet-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const path of files(outDir)) {
          if (!compressible.test(path)) continue;
          const source = readFileSync(path);
          if (source.length < minimumBytes) continue;
          const brotli = brotliCompressSync(source, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          });
          if (brotli.length < source.length) writeFileSync(`${path}.br`, brotli);
          const gzip = gzipSync(source, { level: 9 });
          if (gzip.length < source.length) writeFileSync(`${path}.gz`, gzip);
        }
      },
    },
  };
}
