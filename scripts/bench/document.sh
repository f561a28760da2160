#!/usr/bin/env bash
# Benchmark: the client document of a 25-line quote (jobs-ejb, no server): its model, the model as JSON,
# and its PDF, each warm, median and spread of 200 runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/common.sh
export JAVA_HOME
JAVA_HOME=$(find_java_home 17) || { echo "document.sh: Java 17 or newer is needed" >&2; exit 1; }
PATH="$JAVA_HOME/bin:$PATH"
mvn -B -q -pl optimiser-lib install -DskipTests
mvn -B -q -pl jobs-ejb test-compile exec:exec@document-bench
