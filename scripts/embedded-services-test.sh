#!/usr/bin/env bash
# End-to-end check of ./run.sh with embedded services (issue 22): EMBEDDED_SERVICES=always starts a real
# PostgreSQL and Redis on free ports; a quote through the API; a restart that keeps it; --stop that leaves no
# process behind. Uses its own run folder, port and cluster name, and prints the start times.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source "$ROOT/scripts/common.sh"

export EMBEDDED_SERVICES=always
export RUN_DIR="$ROOT/target/embedded-run"
export CLUSTER_NAME="bngopt-embedded-$$"
export BOOTSTRAP_API_TOKEN=bng_embedded-services-test ADMIN_PASSWORD=embedded-services-admin-password
unset DB_URL REDIS_URL
PORT=18280
passed=0

check() {
  local what=$1 expected=$2 actual=$3
  if [ "$actual" != "$expected" ]; then
    echo "embedded services test FAILED: $what: expected '$expected', got '$actual'" >&2
    exit 1
  fi
  echo "ok - $what"
  passed=$((passed + 1))
}
api() { curl -s -H "Authorization: Bearer $BOOTSTRAP_API_TOKEN" -H 'Content-Type: application/json' "$@"; }
trap './run.sh --stop >/dev/null 2>&1 || true' EXIT
rm -rf "$RUN_DIR"

started=$(date +%s%N)
first=$(./run.sh --port $PORT)
echo "first start with embedded services (new data): $(( ($(date +%s%N) - started) / 1000000 )) ms"
check "run.sh says which services it started" 1 "$(grep -c 'Embedded PostgreSQL .* and Redis 6.2.6 on port' <<<"$first")"
check "health" '{"status":"ok","database":"up","redis":"up"}' "$(curl -s http://127.0.0.1:$PORT/api/health)"
job=$(api -d '{"demand":[{"habitat":"Grassland - Modified grassland","units":1.5}],"site":{"lpa":"Test Valley","nca":"South Hampshire Lowlands"}}' \
  http://127.0.0.1:$PORT/api/jobs | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
check "a quote through the API" finished \
  "$(api "http://127.0.0.1:$PORT/api/jobs/$job?waitMillis=10000" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' | head -1)"

./run.sh --stop >/dev/null
check "--stop stops the embedded services" 0 "$(pgrep -f "$RUN_DIR/services" | wc -l)"
started=$(date +%s%N)
./run.sh --port $PORT >/dev/null
echo "restart with embedded services (existing data): $(( ($(date +%s%N) - started) / 1000000 )) ms"
check "a restart keeps the quote" finished \
  "$(api "http://127.0.0.1:$PORT/api/jobs/$job" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' | head -1)"
./run.sh --stop >/dev/null
check "nothing is left running" 0 "$(pgrep -f "$RUN_DIR" | wc -l)"
echo "embedded services: $passed passed, 0 failed"
