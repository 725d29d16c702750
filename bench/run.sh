#!/usr/bin/env bash
# Roster benchmark: builds what is missing, starts the provisioned WildFly on PostgreSQL (port
# offset 300, fresh database roster_bench), seeds organizations and prints a table of figures
# beside the issue's targets. Never part of the test command (bench/ is not a Maven module).
#
#   bench/run.sh                 # build if needed, run everything
#   BENCH_BUILD=1 bench/run.sh   # rebuild the EAR and server first
#   BENCH_MVN_FLAGS=-o bench/run.sh
#   BENCH_ARGS="-Dbench.users.large=50000 -Dbench.seconds=5" bench/run.sh
#   BENCH_SERVER_ARGS="-Droster.scim.max.in.flight=0" bench/run.sh   # server settings
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) unless BENCH_DB_* say otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=$root/bench/target

offset=${BENCH_PORT_OFFSET:-300}
http_port=$((8080 + offset))
management_port=$((9990 + offset))
db_url=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/roster_bench}
db_user=${BENCH_DB_USER:-postgres}
db_password=${BENCH_DB_PASSWORD:-unused}
platform_key=bench-platform-key-$RANDOM$RANDOM
mvn_flags=${BENCH_MVN_FLAGS:-}

server=$root/scim-ear/target/server
if [[ "${BENCH_BUILD:-0}" == 1 || ! -f $server/standalone/deployments/roster.ear ]]; then
  echo "Building Roster (EAR and provisioned server)..."
  ./mvnw -B -q $mvn_flags -DskipTests -Dspotless.check.skip=true package -pl scim-ear -am
fi
echo "Building the load generator..."
./mvnw -B -q $mvn_flags -f bench/pom.xml package -DskipTests
classpath="$target/classes:$target/lib/*"

bench() {
  java -cp "$classpath" -Dbench.base="http://localhost:$http_port" -Dbench.db.url="$db_url" \
    -Dbench.db.user="$db_user" -Dbench.db.password="$db_password" \
    -Dbench.platform.key="$platform_key" ${BENCH_ARGS:-} dev.roster.bench.Bench "$@"
}

bench create-db

# The server runs from its own copy of standalone/ under bench/target, as the ITs do. Without a
# per-token rate: the read measures drive one token far beyond any sensible rate, to measure the
# server (the overload measure then meets the server-wide limit on SCIM requests in flight).
base=$target/standalone
rm -rf "$base" "$target/data"
mkdir -p "$base" "$target/data"
cp -r "$server/standalone/configuration" "$server/standalone/deployments" "$base/"
cp -r "$server/standalone/lib" "$base/" 2>/dev/null || true

log=$target/server.log
echo "Starting Roster on http://localhost:$http_port (log: $log)..."
JBOSS_JAVA_SIZING="-Xms512m -Xmx1g" "$server/bin/standalone.sh" \
  -Djboss.server.base.dir="$base" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Droster.db.url="$db_url" -Droster.db.user="$db_user" -Droster.db.password="$db_password" \
  -Droster.platform.key="$platform_key" \
  -Droster.webhooks.allow.loopback=true \
  -Droster.scim.rate.limit.per.second=0 \
  -Droster.data.dir="$target/data" \
  -Droster.public.url="http://localhost:$http_port" ${BENCH_SERVER_ARGS:-} >"$log" 2>&1 &
server_pid=$!

stop_server() {
  # The script's own server only: its process group is not ours, so end it by its pid and the
  # JVM it started.
  pkill -TERM -P "$server_pid" 2>/dev/null || true
  kill -TERM "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT

for _ in $(seq 1 180); do
  if curl -fsS "http://localhost:$management_port/health/ready" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "The server stopped; see $log" >&2
    exit 1
  fi
  sleep 1
done
curl -fsS "http://localhost:$management_port/health/ready" >/dev/null || {
  echo "The server did not become ready; see $log" >&2
  exit 1
}

bench run 2>&1 | tee "$target/results.txt"
