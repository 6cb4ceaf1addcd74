#!/usr/bin/env bash
# Caja Live benchmark on one machine: 304 polling throughput/latency vs a bare Kestrel 304, and vote ingest with an
# exact count check afterwards. Usage: bench/live/run.sh [participants=10000] [seconds=20]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
participants=${1:-10000}
seconds=${2:-20}
work=$(mktemp -d /tmp/live-bench.XXXX)
port=5099
export ASPNETCORE_ENVIRONMENT=Development
export Quartet__DataDir="$work/data"
export Live__SyncBurst=100000 Live__SyncRefillPerSecond=100000 Live__WritesPerWindow=100000

dotnet publish "$root/src/Host" -c Release -o "$work/host" -p:SkipWebBuild=true --artifacts-path "$work/art" >/dev/null
dotnet publish "$here/Ceiling" -c Release -o "$work/ceiling" --artifacts-path "$work/art2" >/dev/null
host="dotnet $work/host/quartet.dll"
$host migrate --apps live >/dev/null
$host live bench-seed --participants "$participants" --apps live | grep -E '^(# session|v1[.])' > "$work/tokens.txt"
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
session=$(grep '^# session' tokens.txt | awk '{print $3}')
token=$(grep -m1 '^v1' tokens.txt)
version=$(curl -s -H "Authorization: Participant $token" "http://127.0.0.1:$port/api/live/p/$session/sync" | sed 's/.*"version":\([0-9]*\).*/\1/')
echo "== 304 polling (version $version), $participants participants, ${seconds}s, 2 threads, 256 connections"
VERSION=$version wrk -t2 -c256 -d"${seconds}s" --latency -s "$here/poll.lua" "http://127.0.0.1:$port" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|requests in"

echo "== vote ingest, ${seconds}s, 2 threads, 64 connections"
wrk -t2 -c64 -d"${seconds}s" --latency -s "$here/vote.lua" "http://127.0.0.1:$port" | tee "$work/vote.txt" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|requests in"
sleep 2
python3 - "$work/data/live.db" "$session" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("select count(*) from live_responses where SessionId like ?", ("%",)).fetchone()[0]
receipts = db.execute("select count(*) from live_write_receipts").fetchone()[0]
print(f"stored responses (one per participant): {rows}; stored write receipts (one per acknowledged vote): {receipts}")
PY

kill $server; wait $server 2>/dev/null || true
ASPNETCORE_URLS="http://127.0.0.1:$((port+1))" dotnet "$work/ceiling/Ceiling.dll" > /dev/null 2>&1 &
ceiling=$!
for _ in $(seq 1 30); do
  curl -s -o /dev/null "http://127.0.0.1:$((port+1))/" && break
  sleep 0.5
done
echo "== ceiling: bare Kestrel 304, ${seconds}s, 2 threads, 256 connections"
wrk -t2 -c256 -d"${seconds}s" --latency "http://127.0.0.1:$((port+1))/" | grep -E "Latency|50%|90%|99%|Requests/sec|requests in"
