#!/usr/bin/env bash
# The long run of the property tests (tests/properties.rs): batches of PROPTEST_CASES cases
# (default 2000) per property, each batch with a fresh random seed, until SECONDS seconds
# (default 600) have passed. Prints the number of cases run and the time taken; stops at the
# first failure, after printing proptest's report of it (the smallest failing input).
#
#   scripts/fuzz.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-600}
batch=${PROPTEST_CASES:-2000}
binary=$(cargo test --release --test integration --no-run --message-format=json 2>/dev/null |
  grep '"name":"integration"' | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
if [ -z "$binary" ]; then
  echo "fuzz: cannot build the integration tests (run: cargo test --release --no-run)" >&2
  exit 1
fi
properties=$("$binary" properties:: --list 2>/dev/null | grep -c ': test$')
log=$(mktemp)
trap 'rm -f "$log"' EXIT

start=$(date +%s)
cases=0
batches=0
while (($(date +%s) - start < duration)); do
  if ! PROPTEST_CASES=$batch "$binary" properties:: >"$log" 2>&1; then
    cat "$log"
    echo "fuzz: FAILED after $cases cases in $(($(date +%s) - start)) s" >&2
    exit 1
  fi
  batches=$((batches + 1))
  cases=$((cases + batch * properties))
done
echo "fuzz: $cases cases ($properties properties x $batches batches of $batch) in $(($(date +%s) - start)) s, no failure"
