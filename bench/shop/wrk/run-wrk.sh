#!/bin/bash
# Server-side view at modest concurrency: wrk (a separate client) against a running `quartet serve --apps shop` whose
# data set was made by `ShopBench setup DIR`. Usage: SERVER_PID=<pid> bench/shop/wrk/run-wrk.sh DIR [port=5181] [seconds=15] [connections="8 50"]
# With SERVER_PID it also reports the server's CPU time per request (user+system, from /proc), which a busy machine
# distorts far less than latency or throughput.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
DIR=$1; PORT=${2:-5181}; SECS=${3:-15}; CONNS=${4:-8 50}
URL="http://127.0.0.1:$PORT"
TOKEN=$(jq -r '.employees[0].token' "$DIR/bench.json")
TOKENS="$DIR/tokens.txt"; PRODUCTS="$DIR/products.txt"
jq -r '.employees[].token' "$DIR/bench.json" >"$TOKENS"
jq -r '.redeemable[]' "$DIR/bench.json" >"$PRODUCTS"
export TOKENS PRODUCTS
cpu_ticks() { if [ -n "${SERVER_PID:-}" ]; then awk '{print $14+$15}' "/proc/$SERVER_PID/stat"; else echo 0; fi; }
measure() { # wrk args...
  local before out after requests
  before=$(cpu_ticks); out=$(wrk "$@"); after=$(cpu_ticks)
  requests=$(echo "$out" | awk '/requests in/{print $1}')
  echo "$(echo "$out" | summary)$( [ -n "${SERVER_PID:-}" ] && awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "  server CPU %.2f ms/request", t * 1000 / hz / n}')"
}
summary() { awk '/Latency Distribution/{d=1} d&&/50%|95%|99%/{printf "%s %s  ", $1, $2} /Requests\/sec/{printf "req/s %s  ", $2} /Non-2xx/{printf "non-2xx %s", $NF}'; }
for c in $CONNS; do
  echo "balance    c=$c: $(measure -t2 -c"$c" -d"${SECS}s" --latency -H "Authorization: Bearer $TOKEN" "$URL/api/shop/me/balance")"
  echo "catalogue  c=$c: $(measure -t2 -c"$c" -d"${SECS}s" --latency -s "$here/catalogue.lua" -H "Authorization: Bearer $TOKEN" "$URL")"
  echo "redeem     c=$c: $(measure -t2 -c"$c" -d"${SECS}s" --latency -s "$here/redeem.lua" "$URL")"
done
