#!/usr/bin/env bash
# Starts the scale-out topology on this machine for a human to try: a database server (PostgreSQL by default, or
# MySQL 8 / MariaDB with --engine mysql; test.sh sets both up), three Quartet instances on 127.0.0.1:PORT+1…PORT+3
# sharing one database, and nginx (Debian package) on PORT (8080) in front as a round-robin load balancer — the same
# topology tests/Hardening.Tests/ScaleOutTests.cs drives (on PostgreSQL).
#
#   scripts/scale-out.sh [--seed] [--port 8080] [--engine postgres|mysql]
#
# Environment: QUARTET_DB (quartet_scaleout; on MySQL each app gets the database QUARTET_DB_<app>),
# QUARTET_DLL (src/Host/bin/Release/net10.0/quartet.dll; built when missing).
# PostgreSQL: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (quartet), PGPASSWORD (quartet).
# MySQL: MYSQL_HOST (127.0.0.1), MYSQL_TCP_PORT (3306), MYSQL_USER (quartet), MYSQL_PWD (quartet).
# Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

port=8080
seed=false
engine=postgres
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=true ;;
    --port) port=$2; shift ;;
    --engine) engine=$2; shift ;;
    *) echo "usage: $0 [--seed] [--port N] [--engine postgres|mysql]"; exit 2 ;;
  esac
  shift
done

db=${QUARTET_DB:-quartet_scaleout}
dll=${QUARTET_DLL:-src/Host/bin/Release/net10.0/quartet.dll}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "nginx is not installed (apt-get install nginx)"; exit 1; }
case "$engine" in
  postgres)
    export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-quartet} PGPASSWORD=${PGPASSWORD:-quartet}
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "PostgreSQL is not answering on $PGHOST:$PGPORT (run ./test.sh once, or start it)"; exit 1; }
    if [ "$(psql -d postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
      psql -d postgres -qAt -c "CREATE DATABASE \"$db\"" >/dev/null
    fi
    export ConnectionStrings__Default="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$db"
    ;;
  mysql)
    export MYSQL_HOST=${MYSQL_HOST:-127.0.0.1} MYSQL_TCP_PORT=${MYSQL_TCP_PORT:-3306} MYSQL_USER=${MYSQL_USER:-quartet} MYSQL_PWD=${MYSQL_PWD:-quartet}
    mysqladmin --protocol=tcp -h "$MYSQL_HOST" -P "$MYSQL_TCP_PORT" -u "$MYSQL_USER" ping >/dev/null 2>&1 \
      || { echo "MySQL is not answering on $MYSQL_HOST:$MYSQL_TCP_PORT (run ./test.sh once, or start it)"; exit 1; }
    # quartet migrate creates the app databases (${db}_shop, …) itself.
    export ConnectionStrings__Default="Server=$MYSQL_HOST;Port=$MYSQL_TCP_PORT;User ID=$MYSQL_USER;Password=$MYSQL_PWD;Database=$db"
    export Quartet__Database__Engine=mysql
    ;;
  *) echo "--engine must be postgres or mysql, not '$engine'"; exit 2 ;;
esac
[ -f "$dll" ] || dotnet build src/Host -c Release -v q -nologo

run=$(mktemp -d /tmp/quartet-scale-out.XXXXXX)
mkdir -p "$run/data" "$run/nginx"
key_file="$run/signing.key"
head -c 48 /dev/urandom | base64 -w0 > "$key_file"
export ASPNETCORE_ENVIRONMENT=Production
export Quartet__Auth__SigningKey
Quartet__Auth__SigningKey=$(cat "$key_file")
export Quartet__BehindProxy=true Quartet__DataDir="$run/data"

pids=()
cleanup() {
  echo "stopping…"
  [ -f "$run/nginx/nginx.pid" ] && kill "$(cat "$run/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "logs kept in $run"
}
trap cleanup EXIT INT TERM

dotnet "$dll" migrate
if $seed; then dotnet "$dll" seed-demo; fi

for instance in 1 2 3; do
  dotnet "$dll" serve --urls "http://127.0.0.1:$((port + instance))" > "$run/instance$instance.log" 2>&1 &
  pids+=($!)
done

cat > "$run/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $run/nginx/nginx.pid;
error_log $run/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log $run/nginx/access.log;
  client_body_temp_path $run/nginx/body;
  proxy_temp_path $run/nginx/proxy;
  fastcgi_temp_path $run/nginx/fastcgi;
  uwsgi_temp_path $run/nginx/uwsgi;
  scgi_temp_path $run/nginx/scgi;
  upstream quartet {
    server 127.0.0.1:$((port + 1));
    server 127.0.0.1:$((port + 2));
    server 127.0.0.1:$((port + 3));
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 12m;
    location / {
      proxy_pass http://quartet;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_buffering off;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF

for _ in $(seq 1 120); do
  ready=0
  for instance in 1 2 3; do curl -fs --max-time 5 "http://127.0.0.1:$((port + instance))/health/live" >/dev/null 2>&1 && ready=$((ready + 1)); done
  [ "$ready" -eq 3 ] && break
  sleep 1
done
[ "$ready" -eq 3 ] || { echo "the instances did not start; see $run/instance*.log"; exit 1; }
"$nginx_bin" -c "$run/nginx/nginx.conf"

echo
echo "Quartet: http://127.0.0.1:$port  (3 instances on $((port + 1))-$((port + 3)), $engine database $db, logs in $run)"
echo "Each response names its instance in the X-Upstream header:  curl -si http://127.0.0.1:$port/health/live | grep X-Upstream"
$seed && echo "Demo accounts: see README.md (admin@demo.quartet / quartet-admin-1)."
echo "Ctrl-C stops everything."
wait "${pids[@]}"
