#!/usr/bin/env bash
# The platform hot path against bare Kestrel in the same run: wrk in a second process on loopback, the host in
# Production mode on SQLite with the shop's demo data, every app enabled. Each run measures, in turn, bare Kestrel
# (bench/platform/Bare: a minimal API returning a small JSON object) and the authenticated reads; the summary gives
# medians over the runs, the ratio to bare Kestrel's median and the server's CPU time per request (user + system,
# from /proc, over the wrk run).
# Then two latency scenarios: the balance under open-loop load (bench/platform/openloop.py: 200 simulated employees,
# each polling once a second on a fixed schedule, latency counted from the scheduled send), and the catalogue's first
# page (pageSize=20) at 20 wrk connections on a copy of the data with 10,000 more active products (p95 per run).
# Usage: bench/platform/run.sh [connections=32] [seconds=8] [runs=3]
# Needs: wrk, curl, python3, sqlite3. Builds and seeds into a temporary folder (PLATFORM_BENCH_WORK=folder reuses one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
connections=${1:-32}; seconds=${2:-8}; runs=${3:-3}
work=${PLATFORM_BENCH_WORK:-$(mktemp -d /tmp/platform-bench.XXXX)}
port=5080; bare_port=5081
export ASPNETCORE_ENVIRONMENT=Production Quartet__DataDir="$work/data"
export Quartet__Auth__SigningKey=${Quartet__Auth__SigningKey:-$(openssl rand -base64 48)}
# wrk's connections all come from 127.0.0.1; the per-IP sign-in limit would otherwise refuse the set-up logins on reruns.
export Quartet__RateLimits__AuthPerMinute=100000

if [ ! -f "$work/host/quartet.dll" ]; then
  dotnet publish "$root/src/Host" -c Release -o "$work/host" -p:SkipWebBuild=true --artifacts-path "$work/art" >/dev/null
  dotnet publish "$here/Bare" -c Release -o "$work/bare" --artifacts-path "$work/art2" >/dev/null
fi
host="dotnet $work/host/quartet.dll"
if [ ! -f "$work/seeded" ]; then
  $host migrate >/dev/null
  $host seed-demo --apps shop >/dev/null
  touch "$work/seeded"
fi

serve() {
  Quartet__DataDir="$1" $host serve --urls "http://127.0.0.1:$port" > "$work/host.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done
}
serve "$work/data"
ASPNETCORE_URLS="http://127.0.0.1:$bare_port" dotnet "$work/bare/Bare.dll" > /dev/null 2>&1 &
bare=$!
trap 'kill $server $bare 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$bare_port/" >/dev/null && break; sleep 0.5; done

login='{"email":"employee@demo.quartet","password":"shop-demo-1"}'
token=$(curl -sf -X POST -H 'content-type: application/json' -d "$login" "http://127.0.0.1:$port/api/auth/token" |
  sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
cookie=$(curl -sf -o /dev/null -D - -X POST -H 'content-type: application/json' -d "$login" "http://127.0.0.1:$port/api/auth/login" |
  tr -d '\r' | sed -nE 's/^[Ss]et-[Cc]ookie: (quartet\.auth=[^;]+).*/\1/p')
[ -n "$token" ] && [ -n "$cookie" ] || { echo "sign-in failed; see $work/host.log" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second=$(getconf CLK_TCK)
results="$work/results.txt"; : > "$results"

# measure NAME PID URL [header]
measure() {
  local name=$1 pid=$2 url=$3 header=${4:-X-Bench: 1}
  local before after out
  before=$(cpu_ticks "$pid")
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$header" "$url")
  after=$(cpu_ticks "$pid")
  echo "$out" | awk -v name="$name" -v ticks=$((after - before)) -v hz="$ticks_per_second" '
    /requests in/ {requests = $1}
    /Requests\/sec/ {rps = $2}
    /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    /Non-2xx/ {bad = $5}
    END {printf "%s %s %s %s %d %.0f\n", name, rps, p50, p99, bad + 0, ticks / hz * 1e6 / requests}' | tee -a "$results"
}

echo "work folder: $work; ${runs} runs of ${seconds} s, wrk -t2 -c$connections; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "name req/s p50 p99 non-2xx cpu-us/request"
base="http://127.0.0.1:$port"
# One second of each endpoint first, so the first run does not measure the JIT.
for target in "$base/api/auth/me" "$base/api/shop/me/balance" "$base/api/shop/products?pageSize=20"; do
  wrk -t1 -c4 -d1s -H "Authorization: Bearer $token" "$target" > /dev/null
done
wrk -t1 -c4 -d1s "http://127.0.0.1:$bare_port/" > /dev/null
for _ in $(seq 1 "$runs"); do
  measure bare "$bare" "http://127.0.0.1:$bare_port/"
  measure auth-me-bearer "$server" "$base/api/auth/me" "Authorization: Bearer $token"
  measure auth-me-cookie "$server" "$base/api/auth/me" "Cookie: $cookie"
  measure balance "$server" "$base/api/shop/me/balance" "Authorization: Bearer $token"
  measure products "$server" "$base/api/shop/products?pageSize=20" "Authorization: Bearer $token"
done

open_seconds=$((seconds * 2))
openloop=$(python3 "$here/openloop.py" "$base/api/shop/me/balance" "$open_seconds" 200 1 "Authorization: Bearer $token")
echo "balance, open loop for ${open_seconds} s: $openloop"

# The catalogue scenario runs on a copy of the data with 10,000 more active products (copies of a demo product with
# their own id, name and creation time), served by a fresh process.
kill "$server"; wait "$server" 2>/dev/null || true
if [ ! -d "$work/catalogue-data" ]; then
  cp -r "$work/data" "$work/catalogue-data"
  shop_db="$work/catalogue-data/shop.db"
  columns=$(sqlite3 "$shop_db" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('products')")
  values=$(sqlite3 "$shop_db" "SELECT group_concat(CASE name
      WHEN 'Id' THEN 'upper(hex(randomblob(4)) || ''-'' || hex(randomblob(2)) || ''-'' || hex(randomblob(2)) || ''-'' || hex(randomblob(2)) || ''-'' || hex(randomblob(6)))'
      WHEN 'Name' THEN 'p.\"Name\" || '' '' || n.i'
      WHEN 'SearchText' THEN 'p.\"SearchText\" || '' '' || n.i'
      WHEN 'CreatedAt' THEN 'strftime(''%Y-%m-%d %H:%M:%f'', p.\"CreatedAt\", ''-'' || n.i || '' minutes'')'
      ELSE 'p.\"' || name || '\"' END, ', ') FROM pragma_table_info('products')")
  sqlite3 "$shop_db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
    INSERT INTO products ($columns) SELECT $values FROM n, (SELECT * FROM products WHERE \"IsActive\" LIMIT 1) p"
fi
serve "$work/catalogue-data"
# Five seconds of warm-up: on a busy machine one second leaves the fresh process on tier-0 code for the measured runs.
wrk -t2 -c20 -d5s -H "Authorization: Bearer $token" "$base/api/shop/products?pageSize=20" > /dev/null
catalogue_products=$(curl -sf -H "Authorization: Bearer $token" "$base/api/shop/products?pageSize=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "catalogue: $catalogue_products active products, wrk -t2 -c20, ${seconds} s per run"
for _ in $(seq 1 "$runs"); do
  wrk -t2 -c20 -d"${seconds}s" -s "$here/p95.lua" -H "Authorization: Bearer $token" "$base/api/shop/products?pageSize=20" |
    awk '/Requests\/sec/ {rps = $2} /^p95/ {p95 = $2} /Non-2xx/ {bad = $5} END {printf "catalogue %s %s %d\n", rps, p95, bad + 0}' | tee -a "$results"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| endpoint | req/s (median of $runs) | ratio to bare Kestrel | p99 (median) | server CPU µs/request (median) | non-2xx |"
echo "|---|---|---|---|---|---|"
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
bare_rps=$(awk '$1 == "bare" {print $2}' "$results" | median)
for name in bare auth-me-bearer auth-me-cookie balance products; do
  rps=$(awk -v n="$name" '$1 == n {print $2}' "$results" | median)
  p99=$(awk -v n="$name" '$1 == n {v = $4; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else if (v ~ /s$/) v = v * 1000; print v}' "$results" | median)
  cpu=$(awk -v n="$name" '$1 == n {print $6}' "$results" | median)
  bad=$(awk -v n="$name" '$1 == n {s += $5} END {print s + 0}' "$results")
  awk -v n="$name" -v r="$rps" -v b="$bare_rps" -v p="$p99" -v c="$cpu" -v bad="$bad" \
    'BEGIN {printf "| %s | %.0f | %.3f | %.1f ms | %.0f | %d |\n", n, r, r / b, p, c, bad}'
done
echo
echo "Balance, 200 simulated employees × 1 request/s, open loop (target p99 < 10 ms): $openloop"
echo "Catalogue of $catalogue_products active products, first page (pageSize=20), 20 connections (target p95 < 20 ms):" \
  "$(awk '$1 == "catalogue" {print $2}' "$results" | median) req/s, p95 $(awk '$1 == "catalogue" {print $3}' "$results" | median) ms (medians of $runs)," \
  "non-2xx $(awk '$1 == "catalogue" {s += $4} END {print s + 0}' "$results")"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
