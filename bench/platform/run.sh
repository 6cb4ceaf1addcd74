#!/usr/bin/env bash
# Quiet-machine HTTP benchmark of the platform hot path and the shop's most polled reads, with wrk in a second process.
# Usage: bench/platform/run.sh [connections=8] [seconds=10] [runs=3]
# Needs: wrk (apt-get install wrk), the demo data (`dotnet run --project src/Host -- seed-demo`), a Release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-8}; seconds=${2:-10}; runs=${3:-3}
dotnet build src/Host -c Release -v q -nologo
export ASPNETCORE_ENVIRONMENT=Production Quartet__Auth__SigningKey="$(openssl rand -base64 48)"
(cd src/Host && exec ./bin/Release/net10.0/quartet serve --urls http://127.0.0.1:5080 --data-dir data >/tmp/quartet-bench.log 2>&1) &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 1 50); do curl -sf http://127.0.0.1:5080/health/live >/dev/null && break; sleep 0.2; done
token=$(curl -s -X POST -H 'content-type: application/json' -d '{"email":"employee@demo.quartet","password":"shop-demo-1"}' \
  http://127.0.0.1:5080/api/auth/token | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
for endpoint in /api/auth/me /api/shop/me/balance "/api/shop/products?pageSize=20"; do
  for run in $(seq 1 "$runs"); do
    wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:5080$endpoint" |
      awk -v e="$endpoint" -v r="$run" '/Requests\/sec/{rps=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2} /Non-2xx/{bad=$5} END{printf "%s run %s: %s req/s, p50 %s, p99 %s, non-2xx %s\n", e, r, rps, p50, p99, bad+0}'
  done
done
