# Shell functions shared by run.sh, test.sh and .ci/run. Source it; it defines functions only.

# Prints a JDK home whose Java major version is at least $1: $JAVA_HOME first, then Temurin 25, then
# any JDK under /usr/lib/jvm.
find_java_home() {
  local minimum=$1 candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Splits jdbc:postgresql://host:port/database into PG_HOST, PG_PORT and PG_DATABASE.
parse_db_url() {
  local url=$1
  if [[ "$url" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    PG_HOST=${BASH_REMATCH[1]}
    PG_PORT=${BASH_REMATCH[3]:-5432}
    PG_DATABASE=${BASH_REMATCH[4]}
  else
    echo "DB_URL '$url' is not of the form jdbc:postgresql://host:port/database" >&2
    return 1
  fi
}

# Splits redis://[user:password@]host:port[/db] into REDIS_HOST and REDIS_PORT.
parse_redis_url() {
  local url=$1
  if [[ "$url" =~ ^rediss?://([^@/]*@)?([^:/]+):([0-9]+) ]]; then
    REDIS_HOST=${BASH_REMATCH[2]}
    REDIS_PORT=${BASH_REMATCH[3]}
  else
    echo "REDIS_URL '$url' is not of the form redis://host:port[/database]" >&2
    return 1
  fi
}

tcp_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

require_postgres() {
  parse_db_url "$1" || return 1
  if ! tcp_open "$PG_HOST" "$PG_PORT"; then
    echo "Postgres is not reachable at $PG_HOST:$PG_PORT (DB_URL=$1)." >&2
    echo "Start it, for example:  pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
    return 1
  fi
}

require_redis() {
  parse_redis_url "$1" || return 1
  if ! tcp_open "$REDIS_HOST" "$REDIS_PORT"; then
    echo "Redis is not reachable at $REDIS_HOST:$REDIS_PORT (REDIS_URL=$1)." >&2
    echo "Start it, for example:  redis-server --daemonize yes --bind 127.0.0.1 --port $REDIS_PORT --save \"\" --appendonly no" >&2
    return 1
  fi
}

# Creates the database named in DB_URL ($1) as user $2 when it does not exist yet.
ensure_database() {
  parse_db_url "$1" || return 1
  local exists
  exists=$(PGPASSWORD=${DB_PASSWORD:-} psql -h "$PG_HOST" -p "$PG_PORT" -U "$2" -d postgres -tAc \
    "select 1 from pg_database where datname = '$PG_DATABASE'")
  if [ "$exists" != "1" ]; then
    PGPASSWORD=${DB_PASSWORD:-} psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$2" -d postgres \
      -c "create database \"$PG_DATABASE\"" && echo "Created database $PG_DATABASE."
  fi
}

# Starts the local Postgres and Redis when they are installed but not running.
start_local_services() {
  if ! tcp_open 127.0.0.1 5432 && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "Starting Postgres …"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
  fi
  if ! tcp_open 127.0.0.1 6379 && command -v redis-server >/dev/null; then
    echo "Starting Redis …"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  fi
  for _ in $(seq 1 30); do
    tcp_open 127.0.0.1 5432 && tcp_open 127.0.0.1 6379 && return 0
    sleep 1
  done
  return 1
}

# True when the WAR or the Micro runtime is missing or older than a main source file or POM (test
# sources do not go into the WAR).
needs_build() {
  local war="$ROOT/web-ui/target/ROOT.war"
  [ -f "$war" ] && [ -f "$ROOT/web-ui/target/payara-micro.jar" ] || return 0
  [ -n "$(find "$ROOT" -name target -prune -o \( -name pom.xml -o -path '*/src/main/*' \) -type f \
    -newer "$war" -print -quit)" ]
}

# Waits until $1 answers HTTP 200, while process $2 lives, for at most $3 seconds.
await_health() {
  local url=$1 pid=$2 deadline=$((SECONDS + $3)) code=""
  while [ $SECONDS -lt $deadline ]; do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited" >&2; return 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    [ "$code" = "200" ] && return 0
    sleep 1
  done
  echo "$url still answers '$code' after $3 s: $(curl -s --max-time 5 "$url" || true)" >&2
  return 1
}
