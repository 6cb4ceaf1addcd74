#!/usr/bin/env bash
# Times `quartet backup` and `quartet restore-drill` on an existing data set (bench/RESULTS.md, "Backup and restore").
#   QUARTET=src/Host/bin/Release/net10.0/quartet bench/backup/drill.sh DATA_DIR [APPS]
# For PostgreSQL export ConnectionStrings__Default first (the database the data set was seeded into); the backup then
# holds a pg_dump per schema and the drill restores it into a new database. APPS limits the run to some apps (e.g. parks).
set -euo pipefail
QUARTET=$(realpath "${QUARTET:-./quartet}")
DATA=$(realpath "$1")
APPS=${2:+--apps $2}
export Quartet__Auth__SigningKey=${Quartet__Auth__SigningKey:-$(openssl rand -base64 48)}
ROOT=$(mktemp -d /tmp/quartet-backups-XXXX)
trap 'rm -rf "$ROOT"' EXIT
engine=SQLite; [ -n "${ConnectionStrings__Default:-}" ] && engine=PostgreSQL
echo "data folder: $(du -sh "$DATA" --exclude=backups | cut -f1) in $DATA; engine: $engine"
start=$(date +%s.%N)
"$QUARTET" backup --data-dir "$DATA" --root "$ROOT" $APPS
end=$(date +%s.%N)
echo "backup: $(python3 -c "print(round($end - $start, 1))") s (process start included); size $(du -sh "$ROOT" | cut -f1)"
start=$(date +%s.%N)
"$QUARTET" restore-drill --data-dir "$DATA" --root "$ROOT" $APPS | tail -1
end=$(date +%s.%N)
echo "restore drill: $(python3 -c "print(round($end - $start, 1))") s wall (process start included)"
