#!/usr/bin/env bash
# Collection benchmark (spec §8): 100 parks / 5,000 rides served by `quartet parks simulate` with 20 ms injected
# latency per request, parallelism 8, SQLite or MySQL. Each run is timed end to end (process start included); between
# runs the slot's snapshots are deleted so every run does the full work. Usage: bench/parks/collect-bench.sh [runs] [sqlite|mysql]
# mysql: a fresh deployment on QUARTET_BENCH_MYSQL_HOST (127.0.0.1) as quartet/quartet, dropped at the end.
set -euo pipefail
RUNS=${1:-5}
ENGINE=${2:-sqlite}
QUARTET=${QUARTET:-./quartet}
DATA=$(mktemp -d /tmp/parks-bench-XXXX)
PORT=${PORT:-5199}
export Parks__Sources__Tpw__BaseUrl=http://127.0.0.1:$PORT/tpw/v1
export Parks__Sources__Qt__BaseUrl=http://127.0.0.1:$PORT/qt
"$QUARTET" parks simulate --port "$PORT" --parks 100 --rides-per-park 50 --latency-ms 20 >/dev/null &
SIM=$!
MYSQL_DB=
if [ "$ENGINE" = mysql ]; then
  MYSQL_DB=parks_bench_$RANDOM
  MYSQL=(mysql -h "${QUARTET_BENCH_MYSQL_HOST:-127.0.0.1}" -u quartet -pquartet)
  export Quartet__Database__Engine=mysql
  export ConnectionStrings__Default="Server=${QUARTET_BENCH_MYSQL_HOST:-127.0.0.1};User ID=quartet;Password=quartet;Database=$MYSQL_DB"
fi
cleanup() { kill $SIM; if [ -n "$MYSQL_DB" ]; then "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS ${MYSQL_DB}_parks"; fi; }
trap cleanup EXIT
sleep 3
"$QUARTET" migrate --apps parks --data-dir "$DATA" >/dev/null
"$QUARTET" parks discover --apps parks --data-dir "$DATA" >/dev/null
"$QUARTET" parks schedules --apps parks --data-dir "$DATA" >/dev/null
SNAPSHOT_TABLES="ride_snapshots park_snapshots ride_hour_stats ride_day_stats park_hour_stats park_day_stats"
for i in $(seq 1 "$RUNS"); do
  if [ "$ENGINE" = mysql ]; then
    for t in $SNAPSHOT_TABLES; do "${MYSQL[@]}" "${MYSQL_DB}_parks" -e "DELETE FROM $t"; done
  else
  python3 - "$DATA/parks.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for t in ("ride_snapshots", "park_snapshots", "ride_hour_stats", "ride_day_stats", "park_hour_stats", "park_day_stats"):
    db.execute(f"DELETE FROM {t}")
db.commit()
PY
  fi
  start=$(date +%s.%N)
  "$QUARTET" parks collect --apps parks --data-dir "$DATA" > "$DATA/run$i.log" 2>&1
  end=$(date +%s.%N)
  echo "run $i: $(python3 -c "print(round($end - $start, 1))") s; $(grep -o '"summary":"[^"]*"' "$DATA/run$i.log" | tail -1)"
done
