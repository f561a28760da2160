#!/usr/bin/env bash
# Runs every test: unit and integration tests of all modules (real Postgres, Redis and Payara Micro),
# the docker-compose file check, and end-to-end checks of ./run.sh: two clustered instances, and embedded services.
# Starts Postgres and Redis when they are installed but not running.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
source "$ROOT/scripts/common.sh"

export JAVA_HOME
JAVA_HOME=$(find_java_home 21) || { echo "test.sh: Java 21 or newer is needed (Payara Micro 7)." >&2; exit 1; }
echo "Using Java at $JAVA_HOME"
start_local_services || { echo "test.sh: Postgres (5432) and Redis (6379) must be reachable on 127.0.0.1." >&2; exit 1; }

mvn -B clean verify

if command -v docker-compose >/dev/null; then
  docker-compose -f docker/compose.yml config -q
  echo "docker/compose.yml: valid"
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: docker-compose is needed to check docker/compose.yml" >&2
  exit 1
else
  echo "docker/compose.yml: not checked (install docker-compose to check it)"
fi

"$ROOT/scripts/run-smoke-test.sh"
"$ROOT/scripts/embedded-services-test.sh"
