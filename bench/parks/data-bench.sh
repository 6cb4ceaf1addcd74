#!/usr/bin/env bash
# Data-scale benchmarks (spec §8): daily recompute of one day (≈ 720,000 ride snapshots), then rankings and the other
# public GETs over a year of roll-ups, load from wrk in a separate process. Usage:
#   QUARTET=src/Host/bin/Release/net10.0/quartet bench/parks/data-bench.sh sqlite|postgres|mysql [runs]
# postgres needs QUARTET_BENCH_PG (libpq keywords, e.g. "host=127.0.0.1 user=quartet password=quartet"); mysql uses
# quartet/quartet on QUARTET_BENCH_MYSQL_HOST (127.0.0.1). A fresh database is created for the run and kept (REUSE_DB).
set -euo pipefail
PROVIDER=${1:-sqlite}
RUNS=${2:-3}
QUARTET=$(realpath "${QUARTET:-./quartet}")
HERE=$(cd "$(dirname "$0")" && pwd)
# REUSE=<data folder of an earlier run> skips seeding, recompute and replication and measures the load only; for
# postgres also REUSE_DB=<the database that run created> (printed as "database: …").
DATA=${REUSE:-$(mktemp -d /tmp/parks-data-bench-XXXX)}
echo "data folder: $DATA"
SIM_PORT=${SIM_PORT:-5198}
PORT=${PORT:-5301}
BARE_PORT=${BARE_PORT:-5302}
DURATION=${DURATION:-10s}
export Parks__Sources__Tpw__BaseUrl=http://127.0.0.1:$SIM_PORT/tpw/v1
export Parks__Sources__Qt__BaseUrl=http://127.0.0.1:$SIM_PORT/qt
export Parks__RateLimit__PerMinute=1000000000
export Parks__RateLimit__AuditPerMinute=1000000000
export DOTNET_ENVIRONMENT=Production
export Quartet__Auth__SigningKey=${Quartet__Auth__SigningKey:-$(openssl rand -base64 48)}
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

if [ "$PROVIDER" = postgres ]; then
  DBNAME=${REUSE_DB:-parks_bench_$RANDOM}
  [ -n "${REUSE:-}" ] || psql "${QUARTET_BENCH_PG} dbname=postgres" -qc "CREATE DATABASE $DBNAME"
  echo "database: $DBNAME"
  PG="${QUARTET_BENCH_PG} dbname=$DBNAME"
  export ConnectionStrings__Default="$(echo "$PG" | sed 's/host=/Host=/;s/user=/Username=/;s/password=/Password=/;s/dbname=/Database=/' | tr ' ' ';')"
  DB="pg:$PG"
elif [ "$PROVIDER" = mysql ]; then
  DBNAME=${REUSE_DB:-parks_bench_$RANDOM}
  echo "database: $DBNAME"
  MYSQL=(mysql -h "${QUARTET_BENCH_MYSQL_HOST:-127.0.0.1}" -u quartet -pquartet "${DBNAME}_parks")
  export Quartet__Database__Engine=mysql
  export ConnectionStrings__Default="Server=${QUARTET_BENCH_MYSQL_HOST:-127.0.0.1};User ID=quartet;Password=quartet;Database=$DBNAME"
  DB="my:${DBNAME}_parks"
else
  DB="$DATA/parks.db"
fi

SIM=
SERVER=
BARE=
BASE_SERVER=
cleanup() { for pid in $SIM $SERVER $BARE $BASE_SERVER; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
if [ -z "${REUSE:-}" ]; then
"$QUARTET" parks simulate --port "$SIM_PORT" --parks 100 --rides-per-park 50 >/dev/null 2>&1 &
SIM=$!
sleep 3
"$QUARTET" migrate --apps parks --data-dir "$DATA" >/dev/null
"$QUARTET" parks discover --apps parks --data-dir "$DATA" >/dev/null
"$QUARTET" parks schedules --apps parks --data-dir "$DATA" --days 3 >/dev/null
kill $SIM 2>/dev/null || true
DAY=$(python3 -c "import datetime as d, zoneinfo as z; print((d.datetime.now(z.ZoneInfo('America/Los_Angeles')).date() - d.timedelta(days=1)).isoformat())")
# Hours for DAY: parks without published hours for DAY get the next day's hours moved back a day.
if [ "$PROVIDER" = postgres ]; then
  psql -q "$PG" -c "SET search_path TO parks; INSERT INTO park_schedules SELECT gen_random_uuid(), \"ParkId\", \"LocalDate\" - 1, \"Type\", \"OpensAt\" - interval '1 day', \"ClosesAt\" - interval '1 day', \"Origin\", \"FetchedAt\" FROM park_schedules WHERE \"LocalDate\" = date '$DAY' + 1 AND \"ParkId\" NOT IN (SELECT \"ParkId\" FROM park_schedules WHERE \"LocalDate\" = date '$DAY');"
elif [ "$PROVIDER" = mysql ]; then
  "${MYSQL[@]}" -e "INSERT INTO park_schedules SELECT UUID(), ParkId, LocalDate - INTERVAL 1 DAY, Type, OpensAt - INTERVAL 1 DAY, ClosesAt - INTERVAL 1 DAY, Origin, FetchedAt FROM park_schedules WHERE LocalDate = DATE '$DAY' + INTERVAL 1 DAY AND ParkId NOT IN (SELECT ParkId FROM park_schedules WHERE LocalDate = DATE '$DAY');"
else
  sqlite3 "$DB" "INSERT INTO park_schedules SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), ParkId, date(LocalDate, '-1 day'), Type, strftime('%Y-%m-%d %H:%M:%S', OpensAt, '-1 day'), strftime('%Y-%m-%d %H:%M:%S', ClosesAt, '-1 day'), Origin, FetchedAt FROM park_schedules WHERE LocalDate = date('$DAY', '+1 day') AND ParkId NOT IN (SELECT ParkId FROM park_schedules WHERE LocalDate = '$DAY');"
fi
log "seeding raw snapshots for $DAY"
python3 "$HERE/seed.py" raw "$DB" "$DAY"

echo "## recompute of $DAY ($PROVIDER)"
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  "$QUARTET" parks aggregate --from "$DAY" --to "$DAY" --apps parks --data-dir "$DATA" > "$DATA/aggregate$i.log" 2>&1
  end=$(date +%s.%N)
  echo "recompute run $i: $(python3 -c "print(round($end - $start, 2))") s (process start included)"
done

log "replicating roll-ups to a year"
python3 "$HERE/seed.py" replicate "$DB" "$DAY" 364
start=$(date +%s.%N)
"$QUARTET" parks aggregate --apps parks --data-dir "$DATA" > "$DATA/periods.log" 2>&1
end=$(date +%s.%N)
echo "week/month roll-ups built from a year of day rows: $(python3 -c "print(round($end - $start, 2))") s (process start included)"
case $PROVIDER in
  postgres) psql -q "$PG" -c "ANALYZE parks.park_period_stats; ANALYZE parks.ride_period_stats;" ;;
  mysql) "${MYSQL[@]}" -e "ANALYZE TABLE park_period_stats, ride_period_stats;" >/dev/null ;;
  *) sqlite3 "$DB" "ANALYZE;" ;;
esac
else
  DAY=$(python3 -c "import datetime as d, zoneinfo as z; print((d.datetime.now(z.ZoneInfo('America/Los_Angeles')).date() - d.timedelta(days=1)).isoformat())")
fi

if [ "$PROVIDER" = postgres ]; then
  COUNTS=$(psql -At "$PG" -c "SET search_path TO parks; SELECT (SELECT count(*) FROM ride_snapshots) || ' raw ride snapshots, ' || (SELECT count(*) FROM ride_day_stats) || ' ride-days, ' || (SELECT count(*) FROM ride_hour_stats) || ' ride-hours, ' || (SELECT count(*) FROM park_day_stats) || ' park-days'" | tail -1)
  SLUG=$(psql -At "$PG" -c "SELECT \"Slug\" FROM parks.parks ORDER BY \"Slug\" LIMIT 1")
  RIDE=$(psql -At "$PG" -c "SELECT \"Id\" FROM parks.rides ORDER BY \"Name\" LIMIT 1")
elif [ "$PROVIDER" = mysql ]; then
  COUNTS=$("${MYSQL[@]}" -N -e "SELECT CONCAT((SELECT count(*) FROM ride_snapshots), ' raw ride snapshots, ', (SELECT count(*) FROM ride_day_stats), ' ride-days, ', (SELECT count(*) FROM ride_hour_stats), ' ride-hours, ', (SELECT count(*) FROM park_day_stats), ' park-days')")
  SLUG=$("${MYSQL[@]}" -N -e "SELECT Slug FROM parks ORDER BY Slug LIMIT 1")
  RIDE=$("${MYSQL[@]}" -N -e "SELECT Id FROM rides ORDER BY Name LIMIT 1")
else
  COUNTS=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM ride_snapshots) || ' raw ride snapshots, ' || (SELECT count(*) FROM ride_day_stats) || ' ride-days, ' || (SELECT count(*) FROM ride_hour_stats) || ' ride-hours, ' || (SELECT count(*) FROM park_day_stats) || ' park-days'")
  SLUG=$(sqlite3 "$DB" "SELECT Slug FROM parks ORDER BY Slug LIMIT 1")
  RIDE=$(sqlite3 "$DB" "SELECT lower(Id) FROM rides ORDER BY Name LIMIT 1")
fi
echo "data: $COUNTS"
python3 "$HERE/seed.py" landed "$DB"

RANKINGS=$DATA/rankings.txt
: > "$RANKINGS"
for kind in parks rides; do for period in today yesterday last_week last_month; do for filter in all disney-universal; do
  echo "/api/parks/rankings/$kind?period=$period&filter=$filter" >> "$RANKINGS"
done; done; done
OTHERS=$DATA/others.txt
cat > "$OTHERS" <<URLS
/api/parks/meta
/api/parks/waits/parks?period=yesterday
/api/parks/waits/rides?period=last_week
/api/parks/live/summary
/api/parks/parks/$SLUG?period=yesterday
/api/parks/parks/$SLUG/rides
/api/parks/parks/$SLUG/ride-chart?type=downtime&period=last_week
/api/parks/parks/$SLUG/calendar?year=$(date -u +%Y)
/api/parks/rides/$RIDE?period=yesterday
/api/parks/awards?period=last_month
/api/parks/charts/park-shame?period=last_week
/api/parks/charts/ride-downtime?period=yesterday
/api/parks/heatmaps/park-shame?period=last_week
/api/parks/search-index
/api/parks/audit?metric=park-shame&id=$SLUG&period=last_month
/api/parks/data-quality
/api/parks/health
URLS

serve() {
  Parks__Cache__Enabled=$1 "$QUARTET" serve --apps parks --data-dir "$DATA" --urls "http://127.0.0.1:$PORT" > "$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/parks/meta" >/dev/null && break; sleep 1; done
  # Warm-up: every URL once (JIT, connection pools, SQLite page cache).
  while read -r url; do curl -s -o /dev/null "http://127.0.0.1:$PORT$url"; done < <(cat "$RANKINGS" "$OTHERS")
}

# CACHED_ONLY=1 (with REUSE) measures the cached answers only.
if [ -z "${CACHED_ONLY:-}" ]; then
echo "## rankings, cache off, 1 client ($PROVIDER)"
serve false
for i in $(seq 1 "$RUNS"); do URLS=$RANKINGS wrk -t1 -c1 -d"$DURATION" -s "$HERE/wrk-report.lua" "http://127.0.0.1:$PORT" | grep RESULT; done
echo "## other public GETs, cache off, 20 clients ($PROVIDER)"
for i in $(seq 1 "$RUNS"); do URLS=$OTHERS wrk -t2 -c20 -d"$DURATION" -s "$HERE/wrk-report.lua" "http://127.0.0.1:$PORT" | grep RESULT; done
# Server CPU per request (utime + stime of the server process over 20 sequential requests) does not depend on what
# else the machine is running, unlike wall time; on an idle machine one client's latency is close to it.
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
echo "## per endpoint, cache off, 1 client, 20 requests each: median / max wall ms, server CPU ms per request, status ($PROVIDER)"
while read -r url; do
  before=$(cpu)
  times=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "http://127.0.0.1:$PORT$url"; done)
  used=$(( $(cpu) - before ))
  echo "$times" | python3 -c "import sys, os, statistics as s; r=[l.split() for l in sys.stdin if l.strip()]; t=[float(x[0])*1000 for x in r]; cpu=$used*1000/os.sysconf('SC_CLK_TCK')/len(r); print(f'{s.median(t):8.1f} {max(t):8.1f} {cpu:8.1f}  {\",\".join(sorted(set(x[1] for x in r)))}  $url')"
done < <(cat "$RANKINGS" "$OTHERS") | sort -k3 -n -r
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
fi

echo "## cached rankings: server cache hits and ETag 304s, 20 clients ($PROVIDER)"
serve true
for i in $(seq 1 "$RUNS"); do URLS=$RANKINGS wrk -t2 -c20 -d"$DURATION" -s "$HERE/wrk-report.lua" "http://127.0.0.1:$PORT" | grep RESULT; done
URL="/api/parks/rankings/parks?period=last_week&filter=all"
ETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT$URL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
echo "$URL" > "$DATA/one.txt"
for i in $(seq 1 "$RUNS"); do URLS=$DATA/one.txt wrk -t2 -c20 -d"$DURATION" -H "If-None-Match: $ETAG" -s "$HERE/wrk-report.lua" "http://127.0.0.1:$PORT" | grep RESULT; done
echo "304 check: $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "http://127.0.0.1:$PORT$URL")"

# Issue 18: cached answers against bare Kestrel (bench/platform/Bare, a minimal API returning a small JSON object) in
# the same run, interleaved, 20 connections each, with each server's CPU per request (utime + stime over the wrk run,
# less sensitive to a busy machine than req/s). BARE_DLL=<a published Bare.dll> skips the publish. BASE=<another
# quartet build> also serves the same data on BASE_PORT and is measured in turn (before/after in one run).
if [ -z "${BARE_DLL:-}" ]; then
  dotnet publish "$HERE/../platform/Bare" -c Release -o "$DATA/bare" --artifacts-path "$DATA/bare-art" >/dev/null
  BARE_DLL=$DATA/bare/Bare.dll
fi
ASPNETCORE_URLS="http://127.0.0.1:$BARE_PORT" dotnet "$BARE_DLL" > /dev/null 2>&1 &
BARE=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$BARE_PORT/" >/dev/null && break; sleep 0.5; done
BASE_PORT=${BASE_PORT:-5303}
if [ -n "${BASE:-}" ]; then
  Parks__Cache__Enabled=true "$BASE" serve --apps parks --data-dir "$DATA" --urls "http://127.0.0.1:$BASE_PORT" > "$DATA/base-server.log" 2>&1 &
  BASE_SERVER=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$BASE_PORT$URL" >/dev/null && break; sleep 1; done
fi
# rate <pid> <wrk arguments>: "req/s CPU-µs-per-request" of the server with that pid.
rate() {
  local pid=$1 before out used
  shift
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  out=$(wrk -t2 -c20 -d"$DURATION" "$@")
  used=$(( $(awk '{print $14 + $15}' "/proc/$pid/stat") - before ))
  echo "$out" | awk -v used="$used" -v tck="$(getconf CLK_TCK)" '/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%s %.0f", r, used * 1e6 / tck / n}'
}
show() { python3 -c "import sys; b = float(sys.argv[2].split()[0]); r, c = sys.argv[1].split(); print(f'{float(r):,.0f} req/s ({float(r) / b:.3f}), {c} µs', end='')" "$1" "$2"; }
echo "## cached answers vs bare Kestrel, wrk -t2 -c20 -d$DURATION: req/s (ratio to bare), server CPU µs per request ($PROVIDER; load average $(cut -d' ' -f1-3 /proc/loadavg))"
BASE_ETAG=
[ -z "${BASE:-}" ] || BASE_ETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:$BASE_PORT$URL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
for i in $(seq 1 "$RUNS"); do
  bare=$(rate "$BARE" "http://127.0.0.1:$BARE_PORT/")
  line="run $i: bare $(echo "$bare" | awk '{printf "%.0f req/s, %s µs", $1, $2}')"
  line="$line; hit $(show "$(rate "$SERVER" "http://127.0.0.1:$PORT$URL")" "$bare")"
  line="$line; 304 $(show "$(rate "$SERVER" -H "If-None-Match: $ETAG" "http://127.0.0.1:$PORT$URL")" "$bare")"
  if [ -n "${BASE:-}" ]; then
    line="$line; BASE hit $(show "$(rate "$BASE_SERVER" "http://127.0.0.1:$BASE_PORT$URL")" "$bare")"
    line="$line; BASE 304 $(show "$(rate "$BASE_SERVER" -H "If-None-Match: $BASE_ETAG" "http://127.0.0.1:$BASE_PORT$URL")" "$bare")"
  fi
  echo "$line"
done
