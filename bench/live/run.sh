#!/usr/bin/env bash
# Caja Live benchmarks on one machine, load from separate processes (wrk, bench/live/LiveLoad) over loopback; SQLite.
# Usage: bench/live/run.sh [participants=10000] [seconds=20] [scenarios=poll,sse,ingest,joins,ceiling] [streams=participants]
#   poll     wrk: every participant polls with since + If-None-Match following the returned ETag (304 steady state)
#   sse      LiveLoad: STREAMS open SSE streams while 20 votes/s flow; time from each vote's ack to its arrival on every stream
#   ingest   wrk: poll answers with unique requestIds, then the stored rows are checked against the acknowledged count
#   joins    LiveLoad: 5,000 joins started at 500/s (10 % clashing nicknames) into a fresh session at the default throttle (500/s)
#   ceiling  wrk: a bare Kestrel endpoint answering 304, to quote sync throughput as a fraction of it; measured twice:
#            plain wrk (one fixed request), and with poll.lua (the same per-request Lua work as the poll scenario), so
#            the ratio can be read with the load generator's own cost equal on both sides
# The host runs in Production (JSON request log), as deployed; LIVE_BENCH_ENVIRONMENT=Development for the old set-up.
# Server CPU µs per request (user + system from /proc, over the wrk run) is printed for poll, ingest and both ceilings.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
participants=${1:-10000}
seconds=${2:-20}
scenarios=${3:-poll,sse,ingest,joins,ceiling}
streams=${4:-$participants}
work=$(mktemp -d /tmp/live-bench.XXXX)
port=5099
ulimit -n "$(ulimit -Hn)"
export ASPNETCORE_ENVIRONMENT=${LIVE_BENCH_ENVIRONMENT:-Production}
export Quartet__Auth__SigningKey=${Quartet__Auth__SigningKey:-$(openssl rand -base64 48)}
export Quartet__DataDir="$work/data"
export Live__SyncBurst=100000 Live__SyncRefillPerSecond=100000 Live__WritesPerWindow=100000
# The spec puts the load generators' network on the join exempt list (§8 benchmarks).
export Live__JoinExemptNetworks__0=127.0.0.0/8
has() { [[ ",$scenarios," == *",$1,"* ]]; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# wrk_cpu PID ARGS...: runs wrk, prints its output and "server CPU: N us/request" for PID over the run.
wrk_cpu() {
  local pid=$1 before after out
  shift
  before=$(cpu_ticks "$pid")
  out=$(wrk "$@")
  after=$(cpu_ticks "$pid")
  echo "$out"
  echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    '/requests in/ {printf "server CPU: %.0f us/request\n", ticks / hz * 1e6 / $1}'
}

# LIVE_BENCH_BUILD=folder reuses the binaries published by an earlier run (for repeated runs).
build=${LIVE_BENCH_BUILD:-$work}
if [ ! -f "$build/host/quartet.dll" ]; then
  dotnet publish "$root/src/Host" -c Release -o "$build/host" -p:SkipWebBuild=true --artifacts-path "$build/art" >/dev/null
  dotnet publish "$here/Ceiling" -c Release -o "$build/ceiling" --artifacts-path "$build/art2" >/dev/null
  dotnet publish "$here/LiveLoad" -c Release -o "$build/load" --artifacts-path "$build/art3" >/dev/null
fi
host="dotnet $build/host/quartet.dll"
load="dotnet $build/load/LiveLoad.dll"
$host migrate --apps live >/dev/null
# bench-seed refuses Production (it would mint tokens for a real session); the tokens carry the same signing key.
ASPNETCORE_ENVIRONMENT=Development $host live bench-seed --participants "$participants" --apps live | grep -E '^(# session|v1[.])' > "$work/tokens.txt"
ASPNETCORE_ENVIRONMENT=Development $host live bench-seed --participants 0 --apps live | grep -E '^# session' > "$work/joins.txt"
cd "$work"
$host serve --apps live --urls "http://127.0.0.1:$port" > "$work/host.log" 2>&1 &
server=$!
ceiling=""
cleanup() {
  kill "$server" 2>/dev/null || true
  if [ -n "$ceiling" ]; then kill "$ceiling" 2>/dev/null || true; fi
}
trap cleanup EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/api/live/health" >/dev/null && break
  sleep 0.5
done
base="http://127.0.0.1:$port"
session=$(grep '^# session' tokens.txt | awk '{print $3}')
token=$(grep -m1 '^v1' tokens.txt)
echo "work folder: $work; machine load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

if has poll; then
  version=$(curl -s -H "Authorization: Participant $token" "$base/api/live/p/$session/sync" | sed 's/.*"version":\([0-9]*\).*/\1/')
  # One second first, so the measured run does not include the JIT (as bench/platform/run.sh does).
  VERSION=$version wrk -t2 -c64 -d1s -s "$here/poll.lua" "$base" > /dev/null
  echo "== sync polling following the ETag (start version $version), $participants participants, ${seconds}s, 2 threads, 256 connections"
  VERSION=$version wrk_cpu "$server" -t2 -c256 -d"${seconds}s" --latency -s "$here/poll.lua" "$base" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|requests in|answers:|server CPU"
fi

if has sse; then
  echo "== SSE fan-out: $streams streams, 20 votes/s for ${seconds}s"
  /usr/bin/time -f "generator: %e s wall, %P CPU, %M KiB max RSS" $load sse "$base" tokens.txt "$streams" "$seconds" 20
  echo "server RSS after the fan-out: $(ps -o rss= -p "$server") KiB"
fi

if has ingest; then
  echo "== vote ingest, ${seconds}s, 2 threads, 64 connections"
  wrk_cpu "$server" -t2 -c64 -d"${seconds}s" --latency -s "$here/vote.lua" "$base" | tee "$work/vote.txt" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|requests in|server CPU"
  sleep 2
  python3 - "$work/data/live.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("select count(*) from live_responses").fetchone()[0]
records = db.execute("select count(*) from idempotency_records").fetchone()[0]
print(f"stored responses (one per participant): {rows}; stored requestId records (one per acknowledged vote): {records}")
PY
fi

if has joins; then
  code=$(awk '{print $7}' joins.txt)
  echo "== join storm: 5,000 joins into $code at 500/s (open loop, 5,000 in 10 s), 10 % clashing nicknames, at most 2,000 in flight"
  $load joins "$base" "$code" 5000 2000 500
fi

kill $server; wait $server 2>/dev/null || true
if has ceiling; then
  ASPNETCORE_URLS="http://127.0.0.1:$((port+1))" dotnet "$build/ceiling/Ceiling.dll" > /dev/null 2>&1 &
  ceiling=$!
  for _ in $(seq 1 30); do
    curl -s -o /dev/null "http://127.0.0.1:$((port+1))/" && break
    sleep 0.5
  done
  echo "== ceiling: bare Kestrel 304, ${seconds}s, 2 threads, 256 connections, plain wrk"
  wrk_cpu "$ceiling" -t2 -c256 -d"${seconds}s" --latency "http://127.0.0.1:$((port+1))/" | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|server CPU"
  echo "== ceiling: bare Kestrel 304, ${seconds}s, 2 threads, 256 connections, wrk with poll.lua (the poll scenario's generator)"
  wrk_cpu "$ceiling" -t2 -c256 -d"${seconds}s" --latency -s "$here/poll.lua" "http://127.0.0.1:$((port+1))" | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|answers:|server CPU"
fi
