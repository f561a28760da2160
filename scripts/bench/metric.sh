#!/usr/bin/env bash
# Benchmark: reading the real 3.6 MB, 42-sheet statutory metric (optimiser-lib, no server): the streaming
# reader under a 300 MiB heap, then both the streaming reader and POI's full user model under 2 GiB.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/common.sh
export JAVA_HOME
JAVA_HOME=$(find_java_home 17) || { echo "metric.sh: Java 17 or newer is needed" >&2; exit 1; }
PATH="$JAVA_HOME/bin:$PATH"
mvn -B -q -pl optimiser-lib test-compile exec:exec@metric-bench -Dbench.heap=300m -Dbench.args=streaming
mvn -B -q -pl optimiser-lib exec:exec@metric-bench -Dbench.heap=2g -Dbench.args=both
