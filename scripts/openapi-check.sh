#!/usr/bin/env bash
# Checks the OpenAPI documents (run by test.sh after the build; `--update` rewrites the checked-in files):
#   1. writes each document with `quartet openapi` and compares it with tests/openapi/documents (stale → fail);
#   2. lints them with @redocly/cli (recommended rules) and validates them with @apidevtools/swagger-cli (0 errors);
#   3. converts each into a Postman collection (openapi-to-postmanv2) with auth and readable request names, and
#      compares them with tests/openapi/postman;
#   4. generates the SPA's API types (openapi-typescript) and compares them with web/src/shared/api-types.
set -uo pipefail
cd "$(dirname "$0")/.."
update=false
[ "${1:-}" = "--update" ] && update=true
host=src/Host/bin/Release/net10.0/quartet.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm ci --prefix tests/openapi --no-audit --no-fund --loglevel=error >/dev/null || { echo "npm ci in tests/openapi failed"; exit 1; }
dotnet "$host" openapi --out "$work/documents" --data-dir "$work/data" >/dev/null || { echo "quartet openapi failed"; exit 1; }
(cd tests/openapi && node postman.mjs "$work/documents" "$work/postman") || { echo "Postman conversion failed"; exit 1; }
(cd tests/openapi && node gen-api.mjs "$work/documents" "$work/api-types") || { echo "openapi-typescript failed"; exit 1; }

if $update; then
  rm -rf tests/openapi/documents tests/openapi/postman
  cp -r "$work/documents" "$work/postman" tests/openapi/
  rm -rf web/src/shared/api-types
  cp -r "$work/api-types" web/src/shared/api-types
fi

failed=0
if ! diff -rq tests/openapi/documents "$work/documents"; then
  echo "tests/openapi/documents is stale: run scripts/openapi-check.sh --update"
  failed=1
fi
if ! diff -rq tests/openapi/postman "$work/postman"; then
  echo "tests/openapi/postman is stale: run scripts/openapi-check.sh --update"
  failed=1
fi
if ! diff -rq web/src/shared/api-types "$work/api-types"; then
  echo "web/src/shared/api-types is stale: run scripts/openapi-check.sh --update"
  failed=1
fi
(cd tests/openapi && npx redocly lint --config redocly.yaml --format summary "$work"/documents/*.json) || failed=1
for document in "$work"/documents/*.json; do
  (cd tests/openapi && npx swagger-cli validate "$document") || failed=1
done
exit $failed
