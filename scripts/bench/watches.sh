#!/usr/bin/env bash
# Benchmark: a reference-data change with and without 1,000 active watches (issue 20); how long the queue needs to
# re-optimise them all. Starts its own instance (port 18480, database bngopt_bench_watches, Redis database 12) and
# stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WATCHES=${WATCHES:-1000}
PORT=18480
export DB_URL=jdbc:postgresql://127.0.0.1:5432/bngopt_bench_watches REDIS_URL=redis://127.0.0.1:6379/12
export RUN_DIR="$ROOT/target/bench-watches" CLUSTER_NAME="bngopt-bench-watches-$$" RATE_LIMIT_JOBS_PER_MINUTE=0
export BOOTSTRAP_API_TOKEN=${BOOTSTRAP_API_TOKEN:-bng_benchmark-token} ADMIN_PASSWORD=${ADMIN_PASSWORD:-benchmark-admin-password}
export WATCH_INTERVAL_SECONDS=${WATCH_INTERVAL_SECONDS:-2}
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists bngopt_bench_watches" >/dev/null
redis-cli -n 12 flushdb >/dev/null
trap './run.sh --stop >/dev/null' EXIT
./run.sh --port $PORT >/dev/null
python3 scripts/bench/watches.py "http://127.0.0.1:$PORT" "$WATCHES"
