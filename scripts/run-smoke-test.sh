#!/usr/bin/env bash
# End-to-end check of the README's start command: two clustered instances on a fresh database, a
# second start while running, and a restart on the existing database, which must not load the
# sample data again. Uses its own database, ports, run folder and cluster name.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source "$ROOT/scripts/common.sh"

export DB_URL=jdbc:postgresql://127.0.0.1:5432/bngopt_smoke
export DB_USER=${DB_USER:-postgres}
export RUN_DIR="$ROOT/target/smoke-run"
export CLUSTER_NAME="bngopt-smoke-$$"
# The initial admin password is generated and printed, as on a real first start.
unset ADMIN_PASSWORD
PORT=18180
passed=0

sql() { psql -h 127.0.0.1 -U "$DB_USER" -d "${2:-bngopt_smoke}" -tAc "$1"; }
check() {
  local what=$1 expected=$2 actual=$3
  if [ "$actual" != "$expected" ]; then
    echo "run.sh smoke test FAILED: $what: expected '$expected', got '$actual'" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  echo "ok - $what"
  passed=$((passed + 1))
}
cleanup() {
  ./run.sh --stop >/dev/null || true
  sql "drop database if exists bngopt_smoke with (force)" postgres >/dev/null || true
}
trap cleanup EXIT

sql "drop database if exists bngopt_smoke with (force)" postgres >/dev/null
first_start=$(./run.sh --instances 2 --port $PORT)
echo "$first_start"
password=$(sed -n "s/.*user 'admin', password '\([^']*\)'.*/\1/p" <<<"$first_start")

ok='{"status":"ok","database":"up","redis":"up"}'
check "instance-0 health" "$ok" "$(curl -s http://127.0.0.1:$PORT/api/health)"
check "instance-1 health" "$ok" "$(curl -s http://127.0.0.1:$((PORT + 1))/api/health)"
check "both instances joined one cluster" 2 "$(grep -l 'DG Size: 2' "$RUN_DIR"/instance-*.log | wc -l)"
check "sample banks loaded" 12 "$(sql 'select count(*) from banks')"
check "run.sh printed a generated admin password" yes "$([ ${#password} -ge 16 ] && echo yes || echo no)"
check "only one instance created the admin" 1 "$(grep -l 'Initial admin account created' "$RUN_DIR"/instance-*.log | wc -l)"
check "the home page asks an anonymous caller to sign in" 302 "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$PORT/)"
cookies=$(mktemp)
login_page=$(curl -s -c "$cookies" -b "$cookies" http://127.0.0.1:$PORT/login.xhtml)
view_state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<<"$login_page" | head -1)
# PrimeFaces' CSP mode: the form goes back with its page's nonce, as the page's script sends it.
nonce=$(sed -n "s/.*PrimeFaces.csp.init('\([^']*\)').*/\1/p" <<<"$login_page" | head -1)
curl -s -o /dev/null -c "$cookies" -b "$cookies" http://127.0.0.1:$PORT/login.xhtml --data-urlencode signin=signin \
  --data-urlencode signin:username=admin --data-urlencode "signin:password=$password" --data-urlencode signin:submit= \
  --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce"
# The version is read from the reference-data snapshot, which an instance may still be loading just after start.
shows_version() {
  local home
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    home=$(curl -s -b "$cookies" http://127.0.0.1:$PORT/)
    grep -q 'ref-2025.11-r1' <<<"$home" && { echo yes; return; }
    sleep 1
  done
  echo "$home" | head -c 2000 >&2
  echo no
}
check "signed in, the home page shows the reference version" yes "$(shows_version)"
rm -f "$cookies"

second_start=$(./run.sh --instances 2 --port $PORT)
check "a second start says it is already running" 1 "$(grep -c 'already running' <<<"$second_start")"
check "a second start leaves the running instances alone" 2 "$(ls "$RUN_DIR"/instance-*.pid | wc -l)"

migrations=$(sql "select count(*) from flyway_schema_history")
./run.sh --stop
./run.sh --port $PORT
check "restart on the existing database: health" "$ok" "$(curl -s http://127.0.0.1:$PORT/api/health)"
check "restart does not load the sample again: banks" 12 "$(sql 'select count(*) from banks')"
check "restart does not load the sample again: prices" 1305 "$(sql 'select count(*) from prices')"
check "restart applies no migration twice" "$migrations" "$(sql "select count(*) from flyway_schema_history")"
check "restart creates no second admin" 1 "$(sql 'select count(*) from users')"

echo "smoke: $passed passed, 0 failed"
