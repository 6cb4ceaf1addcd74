// Generates the SPA's API types (openapi-typescript) from each OpenAPI document in <documents> into <out>/{name}.ts.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const [documents, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const header = '// Generated from tests/openapi/documents by `npm run gen:api --prefix tests/openapi`; do not edit.\n';
for (const file of readdirSync(documents).filter((f) => f.endsWith('.json')).sort()) {
  const ast = await openapiTS(pathToFileURL(resolve(documents, file)), { alphabetize: true });
  writeFileSync(join(out, `${basename(file, '.json')}.ts`), header + astToString(ast));
}
