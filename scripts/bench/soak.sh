#!/usr/bin/env bash
# Soak (outside CI): two instances under mixed traffic, 80 % cache hits and 20 % new jobs, for DURATION
# seconds (default 600) from THREADS client threads (default 8) sending RATE requests a second in all
# (default 200; 0 for as fast as they can, which overloads 2 cores). Prints the error rate, p50 and p99 of
# each kind, used heap per instance each minute, and jobs accepted against finished. Starts its own
# instances (ports 18480+, database bngopt_soak, Redis database 8) and stops them afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PORT=18480
# The soak measures the service, so the per-client submission limit is off.
export DB_URL=jdbc:postgresql://127.0.0.1:5432/bngopt_soak REDIS_URL=redis://127.0.0.1:6379/8 \
  RUN_DIR="$ROOT/target/soak-run" CLUSTER_NAME="bngopt-soak-$$" RATE_LIMIT_JOBS_PER_MINUTE=0
# The benchmark's clients call the API with this token (provisioned on start).
export BOOTSTRAP_API_TOKEN=${BOOTSTRAP_API_TOKEN:-bng_benchmark-token}
trap './run.sh --stop >/dev/null' EXIT
./run.sh --instances 2 --port $PORT >/dev/null
python3 scripts/bench/soak.py "${DURATION:-600}" "${THREADS:-8}" "${RATE:-200}" "http://127.0.0.1:$PORT" "http://127.0.0.1:$((PORT + 1))"
