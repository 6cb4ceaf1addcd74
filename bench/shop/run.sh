#!/bin/bash
# Runs the shop benchmarks (spec §8.5 B1–B4) on SQLite and PostgreSQL. Needs QUARTET_TEST_PG for PostgreSQL.
# Usage: bench/shop/run.sh [seconds=60] [rounds=50]
set -e
cd "$(dirname "$0")/../.."
export QUARTET_TEST_PG="${QUARTET_TEST_PG:-Host=127.0.0.1;Username=quartet;Password=quartet;Database=postgres}"
dotnet build bench/shop/ShopBench -c Release -p:SkipWebBuild=true -v q
for provider in sqlite postgres; do
  dotnet run --no-build -c Release --project bench/shop/ShopBench -- "$provider" "${1:-60}" "${2:-50}"
done
