#!/usr/bin/env bash
# Builds the production image's runtime stage (deploy/Dockerfile) on a locally made Debian base, runs it the way
# production does — non-root, read-only root filesystem, one writable data volume — and smoke-tests it: migrate,
# create an account, /health/ready, sign in, one read per app, a job command exits 0.
#
# Why not `docker build -f deploy/Dockerfile`: these machines cannot pull any image from a registry. So the stand-in
# for mcr.microsoft.com/dotnet/aspnet:10.0 is made here: Debian bookworm minbase by debootstrap (the aspnet image is
# bookworm too) plus the host SDK's ASP.NET Core runtime in /usr/share/dotnet, as in the aspnet image. The build stage's
# `dotnet publish -c Release` (framework-dependent) runs on the host, reusing the build test.sh has just made; the
# runtime stage's own lines (user, folders, environment, entry point) are taken from deploy/Dockerfile unchanged.
# test.sh runs it as one step. Needs root; installs buildah, podman, runc, debootstrap and uidmap with apt-get when
# missing. The debootstrapped root is kept as a tarball in $QUARTET_CACHE (default /var/cache/quartet, outside the
# repository), so later runs skip debootstrap (~2–4 min).
#   deploy/container-smoke.sh [--keep]     # --keep leaves the image and the data volume for a look around
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { printf '== %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }
base=localhost/quartet-base:bookworm
runtime_version=$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" {v=$2} END {print v}')
aspnet=localhost/quartet-aspnet:$runtime_version
image=localhost/quartet:smoke
volume=quartet-smoke-data
port=${QUARTET_SMOKE_PORT:-18089}
work=$(mktemp -d)
keep=false; [ "${1:-}" = "--keep" ] && keep=true
# crun and the default limits fail on these machines; runc with lowered limits works.
run=(podman --runtime runc run --rm --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 --read-only --tmpfs /tmp
     --network host -v "$volume:/data" -e ASPNETCORE_URLS="http://127.0.0.1:$port"
     -e Quartet__Auth__SigningKey="$(head -c 48 /dev/urandom | base64 -w0)")
cleanup() {
  podman rm -f quartet-smoke >/dev/null 2>&1 || true
  if ! $keep; then podman volume rm -f "$volume" >/dev/null 2>&1 || true; podman rmi -f "$image" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "tools"
missing=()
for tool in buildah podman runc debootstrap newuidmap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing buildah podman runc debootstrap uidmap (missing: ${missing[*]})"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends buildah podman runc debootstrap uidmap >/dev/null
fi

step "base image $base"
cache=${QUARTET_CACHE:-/var/cache/quartet}
tarball="$cache/base-bookworm-minbase.tar"
if ! podman image exists "$base"; then
  if [ ! -s "$tarball" ]; then
    mkdir -p "$cache"
    # The libraries a self-contained .NET app needs (ICU for globalization, OpenSSL, CA certificates, time zones).
    debootstrap --variant=minbase --include=libicu72,libssl3,ca-certificates,tzdata bookworm "$work/rootfs" http://deb.debian.org/debian >/dev/null
    tar -C "$work/rootfs" -cf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
  fi
  podman import -q "$tarball" "$base" >/dev/null
fi

step "ASP.NET Core runtime base $aspnet"
if ! podman image exists "$aspnet"; then
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  mkdir -p "$work/runtime/dotnet/shared"
  cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$work/runtime/dotnet/"
  for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
    mkdir -p "$work/runtime/dotnet/shared/$framework"
    cp -a "$dotnet_root/shared/$framework/$runtime_version" "$work/runtime/dotnet/shared/$framework/"
  done
  printf 'FROM %s\nCOPY dotnet/ /usr/share/dotnet/\nRUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet\n' "$base" > "$work/runtime/Containerfile"
  buildah bud --isolation chroot -q -t "$aspnet" -f "$work/runtime/Containerfile" "$work/runtime" >/dev/null
fi

step "publish (the Dockerfile's build stage: framework-dependent, SPA included)"
# An up-to-date build (test.sh has just made it) is only copied; publishing without --no-build recompiles for publish.
dotnet build src/Host/Quartet.Host.csproj -c Release --nologo -v q -clp:NoSummary
dotnet publish src/Host/Quartet.Host.csproj -c Release --no-build -o "$work/context/app" --nologo -v q

step "build $image from the Dockerfile's runtime stage"
{
  echo "FROM $aspnet"
  sed -n '/^FROM .* AS runtime$/,$p' deploy/Dockerfile | tail -n +2 | sed 's#^COPY --from=build /app .#COPY app/ .#'
} > "$work/context/Containerfile"
grep -q '^COPY app/ .$' "$work/context/Containerfile" || { echo "deploy/Dockerfile's runtime stage no longer copies /app from the build stage"; exit 1; }
buildah bud --isolation chroot -q -t "$image" -f "$work/context/Containerfile" "$work/context" >/dev/null
[ "$(podman image inspect "$image" --format '{{.Config.User}}')" = "quartet" ] || { echo "the image does not run as quartet"; exit 1; }

step "migrate and first account (one-off containers)"
podman volume rm -f "$volume" >/dev/null 2>&1 || true
"${run[@]}" "$image" migrate >/dev/null
"${run[@]}" "$image" users create --email smoke@quartet.invalid --password smoke-pass-1 \
  --role admin --role shop.employee --role meals.admin --role live.host --role parks.admin >/dev/null

step "serve"
"${run[@]/--rm/-d}" --name quartet-smoke "$image" >/dev/null
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/health/ready" | grep -q '"status":"Healthy"' || { podman logs quartet-smoke | tail -20; echo "not ready"; exit 1; }
[ "$(podman exec quartet-smoke id -u)" != "0" ] || { echo "runs as root"; exit 1; }
podman exec quartet-smoke sh -c 'touch /app/x' 2>/dev/null && { echo "root filesystem is writable"; exit 1; }
podman exec quartet-smoke sh -c 'touch /data/x && rm /data/x' || { echo "data volume is not writable"; exit 1; }

step "sign in and one read per app"
token=$(curl -fsS -H 'Content-Type: application/json' -d '{"email":"smoke@quartet.invalid","password":"smoke-pass-1"}' \
  "http://127.0.0.1:$port/api/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
for path in /api/shop/categories /api/meals/categories /api/live/sessions /api/parks/meta; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")
  [ "$code" = 200 ] || { echo "GET $path answered $code"; exit 1; }
  echo "GET $path 200"
done
curl -fs "http://127.0.0.1:$port/" | grep -qi '<div id="root"' || { echo "the SPA is not served"; exit 1; }

step "a job command exits 0, started the way the ECS job task starts it (entry point timeout)"
"${run[@]}" --entrypoint /usr/bin/timeout "$image" 300 /app/quartet live purge >/dev/null

step "passed"
echo "container smoke test took $(( $(date +%s) - started )) s"
