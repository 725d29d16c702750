#!/usr/bin/env bash
# Runs a Roster cluster on this machine: two nodes behind HAProxy, on one PostgreSQL database
# (ROSTER_DB_URL, required). Builds Roster first if it is not built (or with --build).
# Ctrl-C stops everything. Nodes keep their logs in cluster/work/node*/log.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${ROSTER_DB_URL:-}" in
  jdbc:postgresql:*) ;;
  *) echo "A cluster needs PostgreSQL: set ROSTER_DB_URL=jdbc:postgresql://host:5432/db" \
       "(and ROSTER_DB_USER, ROSTER_DB_PASSWORD)." >&2
     exit 1 ;;
esac
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
if [ ! -x "$HAPROXY" ]; then
  echo "The balancer is HAProxy: apt-get install haproxy" >&2
  exit 1
fi

SERVER=scim-ear/target/server
if [ "${1:-}" = "--build" ] || [ ! -f "$SERVER/standalone/deployments/roster.ear" ]; then
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl scim-ear -am
fi

PORT="${ROSTER_CLUSTER_PORT:-8080}"
WORK="${ROSTER_CLUSTER_DIR:-$PWD/cluster/work}"
export ROSTER_PUBLIC_URL="${ROSTER_PUBLIC_URL:-http://localhost:$PORT}"
mkdir -p "$WORK"
# Every node must have the key that encrypts secrets at rest; without one configured, this
# machine's cluster gets one, kept so that a restart can still read what was encrypted.
if [ -z "${ROSTER_SECRET_KEY:-}" ]; then
  [ -f "$WORK/secret.key" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$WORK/secret.key")
  ROSTER_SECRET_KEY=$(cat "$WORK/secret.key")
fi
export ROSTER_SECRET_KEY

NODES=()
for offset in ${ROSTER_CLUSTER_NODE_OFFSETS:-100 200}; do NODES+=("node$((${#NODES[@]} + 1)):$offset"); done
PIDS=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping the cluster ..."
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait
}
trap stop INT TERM EXIT

{
  printf 'defaults\n  mode http\n  timeout connect 2s\n  timeout client 60s\n  timeout server 60s\n'
  printf '  retries 3\n  option redispatch\n'
  printf 'frontend roster\n  bind :%s\n  default_backend nodes\n' "$PORT"
  printf 'backend nodes\n  balance roundrobin\n'
  printf '  cookie ROSTER_NODE insert indirect nocache httponly\n'
  printf '  option httpchk GET /health/ready\n  http-check expect status 200\n'
  for entry in "${NODES[@]}"; do
    name=${entry%%:*} offset=${entry##*:}
    printf '  server %s 127.0.0.1:%s check port %s inter 1s fall 2 rise 2 cookie %s\n' \
      "$name" $((8080 + offset)) $((9990 + offset)) "$name"
  done
} > "$WORK/haproxy.cfg"

for entry in "${NODES[@]}"; do
  name=${entry%%:*} offset=${entry##*:}
  base="$WORK/$name"
  # Configuration and the EAR fresh from the build; the node's data and log stay.
  rm -rf "$base/configuration" "$base/deployments"
  mkdir -p "$base"
  cp -r "$SERVER/standalone/configuration" "$base/configuration"
  mkdir -p "$base/deployments"
  cp "$SERVER/standalone/deployments/roster.ear" "$base/deployments/"
  LAUNCH_JBOSS_IN_BACKGROUND=1 ROSTER_DATA_DIR="$base/roster-data" "$SERVER/bin/standalone.sh" \
    -Djboss.server.base.dir="$base" -Djboss.node.name="$name" \
    -Djboss.socket.binding.port-offset="$offset" > "$base/console.log" 2>&1 &
  PIDS+=($!)
done
"$HAPROXY" -db -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)

cat <<MSG

  Roster cluster is starting (database: $ROSTER_DB_URL).
    Balancer      : $ROSTER_PUBLIC_URL  (console /console/, SCIM /scim/v2, admin API /api/admin/v1)
MSG
for entry in "${NODES[@]}"; do
  name=${entry%%:*} offset=${entry##*:}
  echo "    $name         : http://localhost:$((8080 + offset))  readiness http://localhost:$((9990 + offset))/health/ready"
done
echo "    Logs          : $WORK/node*/log/server.log"
echo
for entry in "${NODES[@]}"; do
  name=${entry%%:*} offset=${entry##*:}
  until curl -sf -o /dev/null "http://localhost:$((9990 + offset))/health/ready"; do sleep 2; done
  echo "  $name is ready."
done
wait
