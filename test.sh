#!/usr/bin/env bash
# Runs the whole Quartet test suite on a fresh Debian machine:
#   installs PostgreSQL, MariaDB and Chromium with apt-get when missing, starts both databases, builds everything (the SPA too),
#   checks formatting, runs every test project (SQLite, PostgreSQL and headless-Chromium tests), and ends with
#   a line "N passed, M failed". Exit code 0 only when everything passed.
set -uo pipefail
cd "$(dirname "$0")"
started=$(date +%s)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }

step "system packages"
missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x "${QUARTET_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (dotnet not on PATH)."; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "Node.js 20+ and npm are required to build the web UI."; exit 1; }

step "PostgreSQL"
cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  as_root pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
as_root pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
# Many test hosts (each with a pool per module) run at once; the default 100 connections is too few.
if [ "$(as_postgres psql -qAt -c 'SHOW max_connections')" -lt 500 ]; then
  as_postgres psql -qAt -c "ALTER SYSTEM SET max_connections = 500" >/dev/null
  as_root pg_ctlcluster $cluster restart
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
fi
as_postgres psql -qAt -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'quartet') THEN CREATE ROLE quartet LOGIN CREATEDB PASSWORD 'quartet'; END IF; END\$\$;" >/dev/null
# DROP DATABASE … WITH (FORCE) must be able to end another role's connection (an autovacuum worker) on a test database.
as_postgres psql -qAt -c "GRANT pg_signal_backend TO quartet" >/dev/null 2>&1
export QUARTET_TEST_PG="${QUARTET_TEST_PG:-Host=127.0.0.1;Username=quartet;Password=quartet;Database=postgres}"
# Drop databases left behind by interrupted earlier runs (not those in use by another run on this server).
for db in $(as_postgres psql -qAt -c "SELECT datname FROM pg_database WHERE datname LIKE 'qt\_%'"); do
  as_postgres psql -qAt -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
done
# This run's test databases carry its own prefix, so the check at the end sees only them.
export QUARTET_TEST_DB_PREFIX="qt_${started}_"

step "MariaDB (the MySQL 8 tests)"
as_root service mariadb start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do as_root mariadb-admin ping --silent >/dev/null 2>&1 && break; sleep 1; done
as_root mariadb -e "SET GLOBAL max_connections = 1000;
  CREATE USER IF NOT EXISTS 'quartet'@'127.0.0.1' IDENTIFIED BY 'quartet'; GRANT ALL PRIVILEGES ON *.* TO 'quartet'@'127.0.0.1';"
export QUARTET_TEST_MYSQL="${QUARTET_TEST_MYSQL:-Server=127.0.0.1;User ID=quartet;Password=quartet}"
# Drop databases left behind by interrupted earlier runs.
for db in $(as_root mariadb -N -e "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'qt\\_%'"); do
  as_root mariadb -e "DROP DATABASE IF EXISTS \`$db\`" >/dev/null 2>&1 || true
done

step "build (SPA included)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build Quartet.slnx -c Release -v q -nologo; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

step "local protocol servers (npm)"
# S3-compatible and OpenID Connect servers the tests start on loopback ports (tests/servers/package.json).
if ! npm ci --prefix tests/servers --no-audit --no-fund --loglevel=error; then
  echo "npm ci in tests/servers failed"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0
failed=0

step "AWS CDK command line"
# tests/Deploy.Tests runs `cdk synth` with the CLI pinned in deploy/aws/package-lock.json.
(cd deploy/aws && npm ci --no-audit --no-fund --silent) || echo "npm ci in deploy/aws failed; the cdk synth test will report it"

step "format check"
if dotnet format Quartet.slnx --verify-no-changes --no-restore -v q; then
  passed=$((passed + 1))
else
  echo "dotnet format found unformatted code (run: dotnet format Quartet.slnx)"
  failed=$((failed + 1))
fi

step "vulnerable packages"
if vulnerable=$(timeout 180 dotnet list Quartet.slnx package --vulnerable --include-transitive 2>&1); then
  if echo "$vulnerable" | grep -q "has the following vulnerable packages"; then
    echo "$vulnerable" | grep -A20 "has the following vulnerable packages"
    failed=$((failed + 1))
  else
    echo "no known vulnerable packages"
    passed=$((passed + 1))
  fi
else
  echo "skipped: the package advisory source is not reachable from here"
fi

rm -rf test-results
mkdir -p test-results

step "OpenAPI documents (stale check, Redocly lint, swagger-cli validate, Postman collections, generated SPA types)"
if scripts/openapi-check.sh; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

step "SPA lint (ESLint: typescript-eslint, react-hooks, security)"
if (cd web && npx eslint src --max-warnings 0); then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

step "SPA unit tests (Vitest, with coverage of the stateful logic: web/vitest.config.ts)"
web_log=test-results/web-unit.log
(cd web && npx vitest run --reporter=default --coverage) > "$web_log" 2>&1
web_exit=$?
web_counts=$(sed 's/\x1b\[[0-9;]*m//g' "$web_log" | grep -E '^ +Tests +' | tail -1)
echo "${web_counts:-Vitest did not report results; see $web_log}"
web_passed=$(echo "$web_counts" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)
web_failed=$(echo "$web_counts" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0)
[ -z "$web_counts" ] && web_failed=1
sed 's/\x1b\[[0-9;]*m//g' "$web_log" | sed -n '/Coverage summary/,/^=\+$/p' | sed -n '2,5p'
if [ "$web_exit" -ne 0 ] && [ "$web_failed" -eq 0 ]; then
  # A failure with every test passed: a coverage threshold, or an error Vitest caught outside a test; print either.
  sed 's/\x1b\[[0-9;]*m//g' "$web_log" | grep -E 'ERROR: Coverage' \
    || sed 's/\x1b\[[0-9;]*m//g' "$web_log" | grep -E -A12 'Unhandled (Error|Rejection|Errors)|Errors +[0-9]+ error' | head -40 \
    || echo "Vitest failed; see $web_log"
  web_failed=1
fi
passed=$((passed + web_passed))
failed=$((failed + web_failed))
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  step "$name"
  log="test-results/$name.log"
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory test-results \
    --collect "XPlat Code Coverage" --settings coverage.runsettings 2>&1 | tee "$log" \
    | awk '/^[[:space:]]+Failed |Passed!|Failed!|No test is available/ { print; next } /Error Message:/ { print; shown = 4; next } shown > 0 { print; shown-- }' || true
  summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$log" | tail -1)
  if [ -z "$summary" ]; then
    if grep -q 'No test is available' "$log"; then continue; fi
    echo "$name did not report results (crashed?) — counted as one failure; see $log"
    failed=$((failed + 1))
    continue
  fi
  f=$(echo "$summary" | sed -E 's/.*Failed: +([0-9]+).*/\1/')
  p=$(echo "$summary" | sed -E 's/.*Passed: +([0-9]+).*/\1/')
  # xUnit reports a failed fixture disposal ("Test Class Cleanup Failure", …) outside the pass/fail counts.
  cleanup=$(grep -c 'Cleanup Failure' "$log")
  [ "$cleanup" -gt 0 ] && grep -A3 'Cleanup Failure' "$log"
  passed=$((passed + p))
  failed=$((failed + f + cleanup))
done

step "coverage (line coverage floor per module: tests/coverage-floors.txt)"
if scripts/coverage-gate.sh test-results; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

step "container image: build on a local base, run non-root with a read-only root, smoke-test"
# deploy/container-smoke.sh: one pass or one failure; the debootstrapped base is cached in /var/cache/quartet.
container_started=$(date +%s)
if as_root env QUARTET_CACHE="${QUARTET_CACHE:-/var/cache/quartet}" deploy/container-smoke.sh > test-results/container-smoke.log 2>&1; then
  passed=$((passed + 1))
else
  tail -20 test-results/container-smoke.log
  failed=$((failed + 1))
fi
echo "container step took $(( $(date +%s) - container_started )) s (log: test-results/container-smoke.log)"

step "test databases dropped"
left=$(as_postgres psql -qAt -c "SELECT datname FROM pg_database WHERE starts_with(datname, '$QUARTET_TEST_DB_PREFIX')")
left="$left$(as_root mariadb -N -e "SELECT schema_name FROM information_schema.schemata WHERE LEFT(schema_name, ${#QUARTET_TEST_DB_PREFIX}) = '$QUARTET_TEST_DB_PREFIX'")"
if [ -z "$left" ]; then
  passed=$((passed + 1))
else
  echo "test databases left behind: $left"
  failed=$((failed + 1))
fi

step "log secrets"
# The hardening tests record every password, token and key they hand to a host in test-results/secrets-used.txt;
# none of them (nor anything shaped like a token or key) may appear in the logs of this run.
if scripts/check-log-secrets.sh --self-test && scripts/check-log-secrets.sh test-results; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

step "secret scan of the tree (secretlint)"
if scripts/secret-scan.sh; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

step "done"
echo "suite took $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
