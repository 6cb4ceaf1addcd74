#!/usr/bin/env bash
# Fails when a log of a test run contains a password, token or key that the run used.
#   scripts/check-log-secrets.sh [LOG_DIR]     scan LOG_DIR (default test-results); exit 1 on a leak
#   scripts/check-log-secrets.sh --self-test   prove the scan catches a planted secret and passes a clean log
# Secrets come from LOG_DIR/secrets-used.txt (written by tests/Hardening.Tests: every password, access token,
# participant token and signing key handed to a host) plus fixed test passwords; shapes that are secrets wherever
# they appear (JWTs, participant tokens, Authorization headers, private keys) are matched too.
set -uo pipefail

fixed_secrets=(test-pass-1 wrong-pass-1 balanced-1)
shapes=(
  'eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}'
  'v1\.[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}'
  '(Authorization|Cookie): *(Bearer|Participant|\.AspNetCore|quartet)'
  '-----BEGIN [A-Z ]*PRIVATE KEY-----'
)

scan() {
  local dir=$1 secrets_file="$1/secrets-used.txt" leaks=0 secret logs
  mapfile -t logs < <(find "$dir" -type f \( -name '*.log' -o -name '*.trx' -o -name '*.txt' \) ! -name 'secrets-used.txt' 2>/dev/null)
  if [ ${#logs[@]} -eq 0 ]; then
    echo "no logs under $dir"
    return 1
  fi
  local patterns
  patterns=$(mktemp)
  printf '%s\n' "${fixed_secrets[@]}" > "$patterns"
  [ -f "$secrets_file" ] && grep -v '^$' "$secrets_file" | sort -u >> "$patterns"
  if hits=$(grep -F -n -o -f "$patterns" "${logs[@]}" | head -20) && [ -n "$hits" ]; then
    echo "secrets used by the tests appear in logs:"
    echo "$hits" | sed -E 's/^([^:]+:[0-9]+):(.{0,6}).*/\1: \2…/'
    leaks=1
  fi
  rm -f "$patterns"
  for shape in "${shapes[@]}"; do
    if hits=$(grep -E -n -o -- "$shape" "${logs[@]}" | head -5) && [ -n "$hits" ]; then
      echo "secret-shaped text in logs ($shape):"
      echo "$hits" | sed -E 's/^([^:]+:[0-9]+):(.{0,12}).*/\1: \2…/'
      leaks=1
    fi
  done
  echo "scanned ${#logs[@]} log files for $( (printf '%s\n' "${fixed_secrets[@]}"; [ -f "$secrets_file" ] && cat "$secrets_file") | sort -u | grep -c .) secrets and ${#shapes[@]} shapes"
  return $leaks
}

self_test() {
  local dir
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' RETURN
  printf 'planted-%s\n' "$RANDOM$RANDOM" > "$dir/secrets-used.txt"
  echo 'HTTP POST /api/auth/login responded 200' > "$dir/host.log"
  if ! scan "$dir" >/dev/null; then echo "self-test: a clean log was reported"; return 1; fi
  echo "login failed for password $(cat "$dir/secrets-used.txt")" >> "$dir/host.log"
  if scan "$dir" >/dev/null; then echo "self-test: a planted secret was not found"; return 1; fi
  echo 'HTTP POST /api/auth/login responded 200' > "$dir/host.log"
  echo 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U' >> "$dir/host.log"
  if scan "$dir" >/dev/null; then echo "self-test: a JWT was not found"; return 1; fi
  echo "self-test passed: a planted password and a JWT are caught, a clean log passes"
}

if [ "${1:-}" = "--self-test" ]; then
  self_test
else
  scan "${1:-test-results}"
fi
