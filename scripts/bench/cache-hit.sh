#!/usr/bin/env bash
# Benchmark: the cache-hit path of POST /api/jobs against the floor endpoint, in the same instance and
# run, at 1, 50 and 200 connections (wrk, 2 threads — 1 for one connection —, DURATION seconds each,
# after a warm-up).
# Starts its own instance (port 18380, database bngopt_bench) and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DURATION=${DURATION:-10}
PORT=18380
# The benchmark measures the service, so the per-client submission limit is off.
export DB_URL=jdbc:postgresql://127.0.0.1:5432/bngopt_bench RUN_DIR="$ROOT/target/bench-run" CLUSTER_NAME="bngopt-bench-$$" RATE_LIMIT_JOBS_PER_MINUTE=0
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
# The benchmark's clients call the API with this token (provisioned on start).
export BOOTSTRAP_API_TOKEN=${BOOTSTRAP_API_TOKEN:-bng_benchmark-token}
export BENCHMARK_ENDPOINTS=true  # turns /api/floor on
trap './run.sh --stop >/dev/null' EXIT
./run.sh --port $PORT >/dev/null
BASE=http://127.0.0.1:$PORT
export BENCH_REQUEST="$ROOT/scripts/bench/p05-request.json"
cp "$ROOT/optimiser-lib/src/test/resources/golden/scenarios/p05_split_far_pairing.json" "$BENCH_REQUEST"
curl -s -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $BOOTSTRAP_API_TOKEN" --data @"$BENCH_REQUEST" $BASE/api/jobs >/dev/null
sleep 2
curl -s -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $BOOTSTRAP_API_TOKEN" --data @"$BENCH_REQUEST" $BASE/api/jobs | grep -q '"cached":true' \
  || { echo "the benchmark request is not cached" >&2; exit 1; }
wrk -t2 -c50 -d5s -H "Authorization: Bearer $BOOTSTRAP_API_TOKEN" $BASE/api/floor >/dev/null
wrk -t2 -c50 -d5s -H "Authorization: Bearer $BOOTSTRAP_API_TOKEN" -s scripts/bench/post-request.lua $BASE/api/jobs >/dev/null
printf '%-10s %6s %12s %10s %10s %10s\n' path conns requests/s p50 p99 non2xx
for connections in 1 50 200; do
  threads=$(( connections < 2 ? 1 : 2 ))
  for path in floor cache-hit; do
    if [ $path = floor ]; then
      out=$(wrk -t$threads -c$connections -d${DURATION}s --latency -H "Authorization: Bearer $BOOTSTRAP_API_TOKEN" $BASE/api/floor)
    else
      out=$(wrk -t$threads -c$connections -d${DURATION}s --latency -H "Authorization: Bearer $BOOTSTRAP_API_TOKEN" -s scripts/bench/post-request.lua $BASE/api/jobs)
    fi
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    printf '%-10s %6s %12s %10s %10s %10s\n' $path $connections "$rps" "$p50" "$p99" "${errors:-0}"
  done
done
rm -f "$BENCH_REQUEST"
