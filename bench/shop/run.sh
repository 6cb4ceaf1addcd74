#!/bin/bash
# Shop benchmarks (spec §8.5): the server is `quartet serve --apps shop` (Release) in its own process; the load comes
# from ShopBench, a second process, over loopback. B5 times the real `quartet shop allocate-monthly` command.
# Usage: bench/shop/run.sh [seconds=60] [rounds=50] [providers="sqlite postgres"] [scenarios="b1 b2 b3 b4 b5 b6 b7"]
# Providers: sqlite, postgres, mysql (MySQL 8 / MariaDB: QUARTET_TEST_MYSQL, a database per app per run; B6's SQL
# data set has no MySQL form, so B6 is skipped there).
# B6 exports B6_ROWS (default 1,000,000) ledger rows; B7 runs B7_SECONDS (default 600, the spec's 10 minutes).
# PostgreSQL needs QUARTET_TEST_PG (a fresh database is created per run).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER=${1:-60}
ROUNDS=${2:-50}
PROVIDERS=${3:-sqlite postgres}
SCENARIOS=${4:-b1 b2 b3 b4 b5 b6 b7}
B6_ROWS=${B6_ROWS:-1000000}
B7_SECONDS=${B7_SECONDS:-600}
PORT=${PORT:-5181}
export QUARTET_TEST_PG="${QUARTET_TEST_PG:-Host=127.0.0.1;Username=quartet;Password=quartet;Database=postgres}"
export QUARTET_TEST_MYSQL="${QUARTET_TEST_MYSQL:-Server=127.0.0.1;User ID=quartet;Password=quartet}"
export Quartet__Auth__SigningKey="${Quartet__Auth__SigningKey:-$(openssl rand -base64 48)}"
export Logging__LogLevel__Default=Warning
# Two pools (platform and shop) stay under PostgreSQL's default max_connections of 100.
export Quartet__Database__MaxPoolSize=40

if [ -z "${NO_BUILD:-}" ]; then
  dotnet build src/Host -c Release -p:SkipWebBuild=true -v q -nologo
  dotnet build bench/shop/ShopBench -c Release -p:SkipWebBuild=true -v q -nologo
fi
QUARTET="dotnet ${QUARTET_DLL:-src/Host/bin/Release/net10.0/quartet.dll}"
BENCH="dotnet bench/shop/ShopBench/bin/Release/net10.0/ShopBench.dll"

server_pid=
stop_server() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=; fi; }
trap stop_server EXIT

start_server() { # dir connection
  ConnectionStrings__Default="$2" $QUARTET serve --apps shop --data-dir "$1" --urls "http://127.0.0.1:$PORT" >"$1/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.5; done
  echo "server did not start; see $1/server.log" >&2; exit 1
}

reconcile() { # dir connection label
  if ConnectionStrings__Default="$2" $QUARTET shop reconcile --apps shop --data-dir "$1" >"$1/reconcile.log" 2>&1; then
    echo "reconcile $3: clean"
  else
    echo "reconcile $3: PROBLEMS"; head -20 "$1/reconcile.log"
  fi
}

for provider in $PROVIDERS; do
  dir=$(mktemp -d /tmp/shop-bench-XXXXXX)
  echo "=== $provider ($(nproc) cores; data in $dir)"
  if [ "$provider" = mysql ]; then export Quartet__Database__Engine=mysql; else unset Quartet__Database__Engine; fi
  conn=
  if [[ " $SCENARIOS " =~ \ b[12347]\  ]]; then # B5 and B6 make their own data sets
    $BENCH setup "$dir" "$provider"
    conn=$(jq -r '.connectionString // ""' "$dir/bench.json")
  fi
  for scenario in $SCENARIOS; do
    case $scenario in
      b1|b2|b3|b4|b7)
        start_server "$dir" "$conn"
        seconds=$SECONDS_PER; [ "$scenario" = b7 ] && seconds=$B7_SECONDS
        $BENCH load "http://127.0.0.1:$PORT" "$dir" "$scenario" "$seconds" "$ROUNDS" || true
        echo "server peak RSS: $(grep VmHWM /proc/$server_pid/status | awk '{print $2/1024 " MB"}')"
        stop_server
        case $scenario in b2|b3|b7) reconcile "$dir" "$conn" "after $scenario";; esac
        ;;
      b6)
        if [ "$provider" = mysql ]; then echo "B6 skipped on mysql (its ledger data set is PostgreSQL/SQLite SQL)"; continue; fi
        b6dir=$(mktemp -d /tmp/shop-bench-b6-XXXXXX)
        $BENCH setup-ledger "$b6dir" "$provider" "$B6_ROWS"
        b6conn=$(jq -r '.connectionString // ""' "$b6dir/bench.json")
        start_server "$b6dir" "$b6conn"
        before=$(grep VmRSS /proc/$server_pid/status | awk '{print $2}')
        $BENCH load "http://127.0.0.1:$PORT" "$b6dir" b6 || true
        peak=$(grep VmHWM /proc/$server_pid/status | awk '{print $2}')
        echo "B6 server RSS: $((before / 1024)) MB before the export, peak $((peak / 1024)) MB, growth $(((peak - before) / 1024)) MB"
        stop_server
        ;;
      b5)
        b5dir=$(mktemp -d /tmp/shop-bench-b5-XXXXXX)
        $BENCH setup "$b5dir" "$provider" 10000 0 >/dev/null
        b5conn=$(jq -r '.connectionString // ""' "$b5dir/bench.json")
        for run in first re-run; do
          start=$(date +%s.%N)
          ConnectionStrings__Default="$b5conn" $QUARTET shop allocate-monthly --apps shop --data-dir "$b5dir" | tr "\n" " " | tail -c 300; echo
          echo "B5 allocation ($run) over 10,000 employees: $(echo "$(date +%s.%N) - $start" | bc) s (process start included)"
        done
        reconcile "$b5dir" "$b5conn" "after B5"
        ;;
    esac
  done
done
