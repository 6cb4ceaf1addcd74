#!/usr/bin/env bash
# Scans every tracked file of the repository for committed secrets (cloud keys, private keys, tokens, passwords in
# URLs…) with secretlint's recommended rules (.secretlintrc.json). First proves the scanner still catches a planted
# AWS secret key, so a broken installation cannot pass silently. Exit code 0 only when the tree is clean.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix scripts/secret-scan --no-audit --no-fund --loglevel=error >/dev/null
scan() { scripts/secret-scan/node_modules/.bin/secretlint --secretlintrc .secretlintrc.json --maskSecrets "$@"; }

planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
# A made-up key of the right shape, assembled at run time so the tree itself holds none.
printf 'aws_secret_access_key = %s%s\n' "wJalrXUtnFEMI/K7MDENG/" "bPxRfiCYzQWERTYUIO" > "$planted/leak.txt"
if scan "$planted/leak.txt" >/dev/null 2>&1; then
  echo "secret scan self-test failed: a planted AWS secret key was not reported"
  exit 1
fi

git ls-files -z | xargs -0 scripts/secret-scan/node_modules/.bin/secretlint --secretlintrc .secretlintrc.json --maskSecrets
echo "no secrets in $(git ls-files | wc -l) tracked files"
