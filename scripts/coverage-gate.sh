#!/usr/bin/env bash
# Merges the Cobertura files of every test project under a results folder into one report (HTML, Cobertura and a
# per-module table in test-results/coverage/) and fails when a module's line coverage is below its floor in
# tests/coverage-floors.txt. Each module is gated on its own, so one module's tests cannot carry another's.
# Usage: scripts/coverage-gate.sh [results-folder]   (default: test-results)
set -euo pipefail
cd "$(dirname "$0")/.."
results=${1:-test-results}
floors=tests/coverage-floors.txt
report="$results/coverage"

shopt -s globstar nullglob
files=("$results"/**/coverage.cobertura.xml)
if [ ${#files[@]} -eq 0 ]; then
  echo "no coverage files under $results"
  exit 1
fi
dotnet tool restore >/dev/null
dotnet reportgenerator "-reports:$(IFS=';'; echo "${files[*]}")" "-targetdir:$report" \
  "-reporttypes:Html;Cobertura;MarkdownAssembliesSummary;TextSummary" -verbosity:Warning

# Rows look like: |**Quartet.Shop**|**81.2%**|**64%**|
table=$(grep -E '^\|\*\*Quartet\.' "$report/Summary.md" | tr -d '*' | awk -F'|' '{ gsub("%", "", $3); gsub("%", "", $4); print $2, $3, $4 }')
printf '%-18s %8s %8s %8s\n' module lines branches floor
status=0
while read -r module floor; do
  case "$module" in ''|'#'*) continue ;; esac
  row=$(echo "$table" | awk -v m="$module" '$1 == m')
  if [ -z "$row" ]; then
    printf '%-18s %8s %8s %7s%%  no coverage recorded\n' "$module" - - "$floor"
    status=1
    continue
  fi
  read -r _ lines branches <<<"$row"
  verdict=ok
  if awk -v l="$lines" -v f="$floor" 'BEGIN { exit !(l < f) }'; then verdict="BELOW FLOOR"; status=1; fi
  printf '%-18s %7s%% %7s%% %7s%%  %s\n' "$module" "$lines" "$branches" "$floor" "$verdict"
done < "$floors"
echo "report: $report/index.html"
exit $status
