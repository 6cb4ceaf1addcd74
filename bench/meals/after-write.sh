#!/usr/bin/env bash
# Issue 18: the meals aggregates read afresh (the first read after a write), 20 clients, while one writer adds an
# expense every 200 ms. Serve with the aggregate cache off (Meals__AggregateCacheEntries=0), so every read is computed
# as the first read after a write is; the writer keeps the data moving. Load: wrk in this (second) process.
# Seed first: quartet meals seed-demo --data-dir D --expenses 100000 --years 5 --currencies USD,USD,USD,EUR,JPY
# Usage: bench/meals/after-write.sh BASE_URL [runs=3] [seconds=10]
# Prints one RESULT line (p50/p95/max ms) per endpoint and run, then the median p95 of each endpoint.
set -euo pipefail
base=$1 runs=${2:-3} seconds=${3:-10}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
token=$(curl -sf "$base/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"email":"meals@demo.quartet","password":"meals-demo-1"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
restaurant=$(curl -sf "$base/api/meals/restaurants?pageSize=1" -H "Authorization: Bearer $token" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print((d["items"] if isinstance(d, dict) else d)[0]["id"])')

writer() {
  local amount=100
  while true; do
    amount=$((amount + 1))
    curl -sf -o /dev/null "$base/api/meals/expenses" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"restaurantId\":\"$restaurant\",\"amountMinor\":$amount,\"currency\":\"USD\"}" || echo "write failed" >&2
    sleep 0.2
  done
}
writer & writer_pid=$!
trap 'kill $writer_pid 2>/dev/null; rm -rf "$work"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in /api/meals/dashboard /api/meals/expenses/summary '/api/meals/reports?period=365d'; do
  echo "$path" > "$work/urls"
  curl -sf -o /dev/null "$base$path" -H "Authorization: Bearer $token"
  for run in $(seq "$runs"); do
    line=$(URLS="$work/urls" wrk -t2 -c20 -d"${seconds}s" --timeout 10s -H "Authorization: Bearer $token" -s "$here/../parks/wrk-report.lua" "$base" | grep RESULT)
    echo "$path run $run: $line (load $(cut -d' ' -f1 /proc/loadavg))"
    echo "$line" | sed -E 's/.*p95=([0-9.]+).*/\1/' >> "$work/p95-$(echo "$path" | tr -c 'a-z0-9\n' _)"
  done
done
for f in "$work"/p95-*; do
  echo "median p95 $(basename "$f" | sed 's/^p95-//'): $(sort -n "$f" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
