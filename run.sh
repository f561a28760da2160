#!/usr/bin/env bash
# Starts the BNG Optimiser locally on Payara Micro with the sample data, waits until it is ready and
# prints the URL to open. Instances run in the background; logs and PID files are in target/run/.
#
#   ./run.sh [--instances N] [--port P]   start N clustered instances (default 1) on ports P, P+1, …
#   ./run.sh --stop                        stop the instances this script started
#
# Configuration comes from the environment (see README): DB_URL, DB_USER, DB_PASSWORD, REDIS_URL, …
# Without Postgres or Redis on this machine, it starts embedded ones (EMBEDDED_SERVICES=auto|always|never).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
# RUN_DIR and CLUSTER_NAME may be overridden, so a test can run its own instances beside yours.
RUN_DIR=${RUN_DIR:-"$ROOT/target/run"}
# shellcheck source=payara-config/cluster.conf
source "$ROOT/payara-config/cluster.conf"
source "$ROOT/scripts/common.sh"

instances=1
port=8080
stop=false
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) instances=${2:?--instances needs a number}; shift 2 ;;
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --stop) stop=true; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
[[ "$instances" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --instances must be a whole number >= 1" >&2; exit 2; }
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] \
  || { echo "run.sh: --port must be a port number" >&2; exit 2; }

# SIGTERM, then SIGKILL after 30 s; true when the process was running.
stop_pid() {
  kill -0 "$1" 2>/dev/null || return 1
  kill -TERM "$1"
  for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$1" 2>/dev/null && kill -KILL "$1"
  return 0
}

stop_instances() {
  local stopped=0 pidfile
  for pidfile in "$RUN_DIR"/instance-*.pid; do
    [ -e "$pidfile" ] || continue
    stop_pid "$(cat "$pidfile")" && stopped=$((stopped + 1))
    rm -f "$pidfile" "${pidfile%.pid}.url"
  done
  echo "Stopped $stopped instance(s)."
}

stop_services() {
  local pidfile="$RUN_DIR/services.pid"
  [ -e "$pidfile" ] || return 0
  stop_pid "$(cat "$pidfile")" && echo "Stopped the embedded services."
  rm -f "$pidfile" "$RUN_DIR/services/services.env"
}

if $stop; then
  stop_instances
  stop_services
  exit 0
fi

print_urls() {
  local urlfile
  for urlfile in "$RUN_DIR"/instance-*.url; do
    [ -e "$urlfile" ] && echo "  $(cat "$urlfile")"
  done
  echo "Stop it with ./run.sh --stop"
}

for pidfile in "$RUN_DIR"/instance-*.pid; do
  if [ -e "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "BNG Optimiser is already running (logs in $RUN_DIR):"
    print_urls
    exit 0
  fi
done

export JAVA_HOME
JAVA_HOME=$(find_java_home 21) || { echo "run.sh: Java 21 or newer is needed for Payara Micro 7." >&2; exit 1; }
# Embedded services (issue 22): with auto, a service is embedded when its URL is not set and nothing answers on
# its usual port; always embeds both, never neither.
embedded=()
case "${EMBEDDED_SERVICES:-auto}" in
  always) embedded=(--postgres --redis) ;;
  never) ;;
  auto)
    [ -z "${DB_URL:-}" ] && ! tcp_open 127.0.0.1 5432 && embedded+=(--postgres)
    [ -z "${REDIS_URL:-}" ] && ! tcp_open 127.0.0.1 6379 && embedded+=(--redis) ;;
  *) echo "run.sh: EMBEDDED_SERVICES must be auto, always or never" >&2; exit 2 ;;
esac

if needs_build || { [ ${#embedded[@]} -gt 0 ] && [ ! -e "$ROOT/dev-services/target/dev-services.jar" ]; }; then
  echo "Building (mvn package) …"
  (cd "$ROOT" && mvn -B -q package -DskipTests) || { echo "run.sh: the build failed." >&2; exit 1; }
fi

if [ ${#embedded[@]} -gt 0 ]; then
  mkdir -p "$RUN_DIR/services"
  stop_services
  "$JAVA_HOME/bin/java" -jar "$ROOT/dev-services/target/dev-services.jar" --dir "$RUN_DIR/services" "${embedded[@]}" \
    >"$RUN_DIR/services.log" 2>&1 &
  echo $! >"$RUN_DIR/services.pid"
  for _ in $(seq 1 240); do
    [ -e "$RUN_DIR/services/services.env" ] && break
    kill -0 "$(cat "$RUN_DIR/services.pid")" 2>/dev/null || break
    sleep 0.5
  done
  if [ ! -e "$RUN_DIR/services/services.env" ]; then
    echo "run.sh: the embedded services did not start; the end of their log:" >&2
    tail -n 20 "$RUN_DIR/services.log" >&2
    exit 1
  fi
  set -a
  # shellcheck disable=SC1091
  source "$RUN_DIR/services/services.env"
  set +a
  head -n 1 "$RUN_DIR/services.log"
fi

export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/bngopt}
export DB_USER=${DB_USER:-postgres}
export DB_PASSWORD=${DB_PASSWORD:-}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}

if [[ " ${embedded[*]} " != *" --postgres "* ]]; then
  require_postgres "$DB_URL" "$DB_USER" || exit 1
  ensure_database "$DB_URL" "$DB_USER"
fi
[[ " ${embedded[*]} " == *" --redis "* ]] || require_redis "$REDIS_URL" || exit 1

mkdir -p "$RUN_DIR"
members=""
for i in $(seq 0 $((instances - 1))); do
  members+="${members:+,}$CLUSTER_INTERFACE:$((HAZELCAST_BASE_PORT + i))"
done

for i in $(seq 0 $((instances - 1))); do
  instance_port=$((port + i))
  # A fresh root directory each time: a reused one makes Micro deploy its old copy of the app first.
  rm -rf "$RUN_DIR/instance-$i"
  INSTANCE_NAME="instance-$i" "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Dhazelcast.socket.bind.any=false \
    -jar "$ROOT/web-ui/target/payara-micro.jar" \
    --deploy "$ROOT/web-ui/target/ROOT.war" --contextroot / \
    --port "$instance_port" --name "instance-$i" --rootdir "$RUN_DIR/instance-$i" \
    --clustername "$CLUSTER_NAME" --interfaces "$CLUSTER_INTERFACE" --clustermode "tcpip:$members" \
    --logproperties "$ROOT/payara-config/logging.properties" \
    --postbootcommandfile "$ROOT/payara-config/post-boot-commands.asadmin" \
    >"$RUN_DIR/instance-$i.log" 2>&1 &
  echo $! >"$RUN_DIR/instance-$i.pid"
  echo "http://localhost:$instance_port/" >"$RUN_DIR/instance-$i.url"
  echo "Starting instance-$i on port $instance_port (PID $!, log $RUN_DIR/instance-$i.log)"
done

for i in $(seq 0 $((instances - 1))); do
  if ! await_health "http://127.0.0.1:$((port + i))/api/health" "$(cat "$RUN_DIR/instance-$i.pid")" 300; then
    echo "instance-$i did not become ready; the end of its log:" >&2
    tail -n 20 "$RUN_DIR/instance-$i.log" >&2
    exit 1
  fi
done

echo
echo "BNG Optimiser is running with the sample data:"
print_urls
# A new database gets an admin account; its password (generated when ADMIN_PASSWORD is unset) is logged once.
created=$(sed -n 's/.*\(Initial admin account created: [^]]*\).*/\1/p' "$RUN_DIR"/instance-*.log | head -1)
if [ -n "$created" ]; then
  echo "$created"
else
  echo "Sign in with an existing account (the initial one is 'admin'; see README, Accounts)."
fi
