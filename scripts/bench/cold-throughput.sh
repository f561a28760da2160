#!/usr/bin/env bash
# Benchmark: throughput of distinct cold jobs with 1 and 2 instances and 1, 2 and 4 workers per
# instance (COUNT jobs per configuration, ROUNDS rounds each after one warm-up round). Starts its own
# instances (ports 18380+, database bngopt_bench, Redis database 12) and stops them afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
COUNT=${COUNT:-60}
ROUNDS=${ROUNDS:-3}
PORT=18380
export DB_URL=jdbc:postgresql://127.0.0.1:5432/bngopt_bench REDIS_URL=redis://127.0.0.1:6379/12
# The benchmark measures the service, so the per-client submission limit is off.
export RUN_DIR="$ROOT/target/bench-run" CLUSTER_NAME="bngopt-bench-$$" RATE_LIMIT_JOBS_PER_MINUTE=0
# The benchmark's clients call the API with this token (provisioned on start).
export BOOTSTRAP_API_TOKEN=${BOOTSTRAP_API_TOKEN:-bng_benchmark-token}
trap './run.sh --stop >/dev/null' EXIT
for instances in 1 2; do
  for workers in 1 2 4; do
    WORKERS_PER_INSTANCE=$workers ./run.sh --instances $instances --port $PORT >/dev/null
    urls=$(for i in $(seq 0 $((instances - 1))); do echo -n "http://127.0.0.1:$((PORT + i)) "; done)
    python3 scripts/bench/cold-throughput.py "$COUNT" $urls >/dev/null  # warm-up
    for round in $(seq 1 "$ROUNDS"); do
      result=$(python3 scripts/bench/cold-throughput.py "$COUNT" $urls)
      echo "instances=$instances workers=$workers round=$round: $result"
    done
    ./run.sh --stop >/dev/null
  done
done
