#!/usr/bin/env bash
# Lighthouse 12 (mobile preset, cold cache, one run per page) over each app's main page, against the Release build
# (dotnet build Quartet.slnx -c Release) with demo data for shop, meals and live (parks is read empty: its demo takes
# minutes). Signed-in pages get the demo user's Bearer token as an extra header. Prints one row per page and keeps
# the JSON reports in results/. PAGES="shop meals" limits the run to the named pages.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../.. && pwd)
dll="$repo/src/Host/bin/Release/net10.0/quartet.dll"
port=${PORT:-5099}
base="http://127.0.0.1:$port"
[ -f "$dll" ] || { echo "build first: dotnet build Quartet.slnx -c Release"; exit 1; }
[ -d node_modules ] || npm ci --no-audit --no-fund
export CHROME_PATH=${QUARTET_CHROMIUM:-/usr/bin/chromium}

data=$(mktemp -d)
export Quartet__DataDir="$data" Quartet__WebRoot="$repo/src/Host/wwwroot" DOTNET_ENVIRONMENT=Production
export Quartet__Auth__SigningKey=$(head -c 48 /dev/urandom | base64 -w0) Quartet__MigrateOnStartup=true
dotnet "$dll" seed-demo --apps shop,meals,live > "$data/seed.log" 2>&1 || { cat "$data/seed.log"; exit 1; }
dotnet "$dll" serve --urls "$base" > "$data/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "$base/health" >/dev/null && break; sleep 1; done

token() { curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" "$base/api/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
employee=$(token employee@demo.quartet shop-demo-1)
diner=$(token meals@demo.quartet meals-demo-1)
host_token=$(token host@demo.quartet quartet-host-1)

mkdir -p results
printf '%-16s %5s %5s %5s %5s %7s %7s %6s\n' page perf a11y bp seo 'LCP ms' 'TBT ms' CLS
audit() {
  local name=$1 path=$2 bearer=${3:-}
  # PAGES="shop meals" audits only those pages.
  [ -z "${PAGES:-}" ] || [[ " $PAGES " == *" $name "* ]] || return 0
  local headers='{}'
  [ -n "$bearer" ] && headers="{\"Authorization\":\"Bearer $bearer\"}"
  npx lighthouse "$base$path" --quiet --output=json --output-path="results/$name.json" --extra-headers="$headers" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const s = (k) => Math.round((c[k]?.score ?? 0) * 100);
    console.log([process.argv[2].padEnd(16), ...["performance","accessibility","best-practices","seo"].map((k) => String(s(k)).padStart(5)),
      String(Math.round(a["largest-contentful-paint"].numericValue)).padStart(7), String(Math.round(a["total-blocking-time"].numericValue)).padStart(7),
      a["cumulative-layout-shift"].numericValue.toFixed(3).padStart(6)].join(" "));
  ' "$PWD/results/$name.json" "$name" 2>/dev/null || echo "$name: no report (see results/$name.json)"
}
audit home /
audit signin /signin
audit shop /shop "$employee"
audit meals /meals "$diner"
audit live /live "$host_token"
audit join /j/TEAM42
audit parks /parks
audit embed-parks /embed/parks
