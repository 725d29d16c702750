#!/usr/bin/env bash
# Builds Roster and runs it in the foreground on http://localhost:8080 (Ctrl-C stops it).
# With no ROSTER_DB_URL it uses the embedded database under ROSTER_DATA_DIR (default ./data).
set -euo pipefail
cd "$(dirname "$0")"

# No class-data archive: its training boot costs more than it saves on a single start.
./mvnw -B -q -DskipTests -Dspotless.check.skip=true -Droster.class-archive.skip=true package -pl scim-ear -am

export ROSTER_DATA_DIR="${ROSTER_DATA_DIR:-$PWD/data}"
# A person reads this terminal: text lines, unless asked otherwise (the server's default is JSON).
export ROSTER_LOG_FORMAT="${ROSTER_LOG_FORMAT:-text}"
mkdir -p "$ROSTER_DATA_DIR"

cat <<MSG

  Roster is starting (database: ${ROSTER_DB_URL:-embedded, in $ROSTER_DATA_DIR}).
    Admin console : http://localhost:8080/console/
    SCIM base URL : http://localhost:8080/scim/v2
    Admin API     : http://localhost:8080/api/admin/v1
    Readiness     : http://localhost:9990/health/ready
    Metrics       : http://localhost:9990/metrics

MSG
exec scim-ear/target/server/bin/standalone.sh "$@"
