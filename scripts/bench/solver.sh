#!/usr/bin/env bash
# Benchmark: the optimiser alone (optimiser-lib, no server). Arguments choose what to run:
#   scenarios   the public scenarios (20 warm-ups, 30 runs each)
#   quick       generated instances up to 100 banks × 1, 5, 25, 100 lines
#   generated   generated instances of 25 to 400 banks × 1, 5, 25, 100 lines
#   memory      peak heap for 200 banks, 5,000 stock rows, 25 lines
#   national    400 banks × 25 and 60 lines, 200 banks × 100 lines, 1,000 banks × 25 lines and its peak heap
#   BANKSxLINES one generated size, for example 200x25
# Default: scenarios quick. TIME_LIMIT sets the solver time limit in seconds (default 30); ENGINE
# (ojalgo, scip, auto) the MILP engine (default auto: chosen by problem size); SEARCH_ELSEWHERE=false turns
# off stage 2's search for a solution outside the incumbent's banks (docs/optimiser.md), for comparison.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/common.sh
export JAVA_HOME
JAVA_HOME=$(find_java_home 17) || { echo "solver.sh: Java 17 or newer is needed" >&2; exit 1; }
PATH="$JAVA_HOME/bin:$PATH"
mvn -B -q -pl optimiser-lib test-compile exec:exec@bench -Dbench.args="${*:-scenarios quick}" \
  -Dbench.timeLimitSeconds="${TIME_LIMIT:-30}" -Dbench.engine="${ENGINE:-auto}" \
  -Dbench.jvmArgs="-Dbng.solver.searchElsewhere=${SEARCH_ELSEWHERE:-true}"
