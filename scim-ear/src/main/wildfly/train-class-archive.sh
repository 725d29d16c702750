#!/usr/bin/env bash
# Boots the provisioned server once, on the embedded database and a scratch copy of standalone/,
# and stops it, so that the JVM writes the classes it loaded to a class-data archive (JDK dynamic
# CDS, -XX:ArchiveClassesAtExit); bin/standalone.conf then starts every server from it. A boot
# from the archive takes about a quarter less CPU (it skips parsing and verifying some 20,000
# classes), and CPU is what a node restarted next to a busy one waits for. This is the build-time
# training run Quarkus and Spring Boot do for the same purpose.
#
# Best effort: if the training boot fails (a port in use, say), the server is left without an
# archive and boots as before; the build goes on.
#
# Usage: train-class-archive.sh <provisioned server dir>
set -uo pipefail
server=$(cd "$1" && pwd)
archive="$server/roster-classes.jsa"
conf="$server/bin/standalone.conf"
work=$(mktemp -d "${TMPDIR:-/tmp}/roster-cds.XXXXXX")
trap '[ -n "${ROSTER_CDS_KEEP:-}" ] || rm -rf "$work"' EXIT
rm -f "$archive"

cp -r "$server/standalone" "$work/base"
rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"
# Ports away from the defaults and from the tests' offsets, so that a running server does not stop
# the training (the highest base port, 57600, plus the offset is still a port).
offset=$((3000 + RANDOM % 4000))

echo "Training boot for the class-data archive (port offset $offset)..."
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$work/pid" \
  JAVA_OPTS="-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true -XX:ArchiveClassesAtExit=$archive" \
  "$server/bin/standalone.sh" \
  -Djboss.server.base.dir="$work/base" \
  -Djboss.node.name=cds-training \
  -Djboss.socket.binding.port-offset="$offset" \
  -Droster.data.dir="$work/data" \
  >"$work/console.log" 2>&1 &
launcher=$!

started=""
for _ in $(seq 1 600); do
  if grep -qs 'WFLYSRV0025' "$work/base/log/server.log"; then
    started=yes
    break
  fi
  if grep -qs 'WFLYSRV0026' "$work/base/log/server.log" || ! kill -0 "$launcher" 2>/dev/null; then
    break
  fi
  sleep 0.5
done

# The archive is written as the JVM exits; a JVM that has not exited two minutes after being told
# to stop is killed, and its archive (if any) not trusted.
java_pid=$(cat "$work/pid" 2>/dev/null)
if [ -n "$java_pid" ]; then
  kill -TERM "$java_pid" 2>/dev/null
fi
for _ in $(seq 1 240); do
  kill -0 "$launcher" 2>/dev/null || break
  sleep 0.5
done
if kill -0 "$launcher" 2>/dev/null; then
  started=""
  [ -n "$java_pid" ] && kill -KILL "$java_pid" 2>/dev/null
  kill -KILL "$launcher" 2>/dev/null
fi
wait "$launcher" 2>/dev/null

if [ -z "$started" ] || [ ! -s "$archive" ]; then
  rm -f "$archive"
  echo "WARNING: the training boot did not start cleanly; the server boots without a class-data archive." >&2
  tail -n 20 "$work/console.log" >&2
  exit 0
fi

cat >>"$conf" <<'CONF'

# Roster: start from the class-data archive written by the build's training boot (see
# scim-ear/src/main/wildfly/train-class-archive.sh). A JVM of another version ignores it with a
# warning; ROSTER_CLASS_ARCHIVE=off leaves it out.
if [ -r "$JBOSS_HOME/roster-classes.jsa" ] && [ "x$ROSTER_CLASS_ARCHIVE" != "xoff" ]; then
   JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$JBOSS_HOME/roster-classes.jsa"
fi
CONF
echo "Class-data archive written: $archive ($(du -m "$archive" | cut -f1) MB)"
