// Converts each OpenAPI document in <documents> into a Postman collection in <out>, named after the operations'
// summaries, foldered by tag, with the documents' security schemes as the requests' auth. Fails when a collection
// has no requests, a request has no readable name, or an operation with security lost its auth.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import converter from 'openapi-to-postmanv2';

const [documents, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const convert = (data) => new Promise((resolve, reject) =>
  converter.convert({ type: 'json', data }, { requestNameSource: 'Fallback', folderStrategy: 'Tags', schemaFaker: true, parametersResolution: 'Example' },
    (error, result) => (error ? reject(error) : result.result ? resolve(result.output[0].data) : reject(new Error(result.reason)))));

const requests = (items) => items.flatMap((item) => (item.item ? requests(item.item) : [item]));

// Ids and the faked example responses are random on every conversion; without them the collection is the same for
// the same document (the requests keep their bodies, parameters and auth).
const random = new Set(['id', '_postman_id', 'response']);
const withoutRandom = (node) => {
  if (Array.isArray(node)) return node.map(withoutRandom);
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).filter(([key]) => !random.has(key)).map(([key, value]) => [key, withoutRandom(value)]));
  }
  return node;
};

let failed = false;
for (const file of readdirSync(documents).filter((f) => f.endsWith('.json')).sort()) {
  const name = basename(file, '.json');
  const collection = await convert(readFileSync(join(documents, file), 'utf8'));
  const all = requests(collection.item ?? []);
  const unnamed = all.filter((r) => !r.name || r.name.startsWith('/') || r.name.includes('{{baseUrl}}'));
  const secured = all.filter((r) => r.request?.auth?.type && r.request.auth.type !== 'noauth');
  const problems = [];
  if (all.length === 0) problems.push('no requests');
  if (unnamed.length > 0) problems.push(`${unnamed.length} requests without a readable name`);
  if (collection.auth == null && secured.length === 0) problems.push('no auth');
  if (problems.length > 0) {
    failed = true;
    console.error(`${name}: ${problems.join('; ')}`);
  }
  writeFileSync(join(out, `${name}.postman_collection.json`), JSON.stringify(withoutRandom(collection), null, 2) + '\n');
  console.log(`${name}: ${all.length} requests, ${secured.length} with their own auth`);
}
process.exit(failed ? 1 : 0);
