#!/usr/bin/env bash
# Long fuzzing run of one Jazzer @FuzzTest, outside CI (CI only replays the committed inputs).
#
#   fuzz/run.sh <target> [executions] [max-seconds]
#
# Targets: filter patchPath attributeSelection userBody userPatch groupBody groupPatch bulk (in
# scim-domain), sql (filter, sortBy and cursor to SQL, in scim-persistence) and search (the
# SearchRequest body, in scim-api).
# Defaults: 10,000,000 executions, at most 24 hours. The generated corpus stays in
# <module>/.cifuzz-corpus/ (not committed) and is reused by the next run; a finding is written
# to the test's inputs directory under <module>/src/test/resources, where CI replays it once it
# is fixed and committed. The log is fuzz/logs/<target>.log; its last "#N DONE ... exec/s" line
# holds the figures.
set -euo pipefail

cd "$(dirname "$0")/.."
target="${1:?usage: fuzz/run.sh <target> [executions] [max-seconds]}"
executions="${2:-10000000}"
seconds="${3:-86400}"

module=scim-domain
case "$target" in
  filter) test='dev.roster.scim.filter.FilterFuzzTest#filter' ;;
  patchPath | attributeSelection) test="dev.roster.scim.path.AttributePathFuzzTest#$target" ;;
  userBody | userPatch | groupBody | groupPatch)
    test="dev.roster.application.scim.ScimBodyFuzzTest#$target" ;;
  bulk) test='dev.roster.application.scim.bulk.BulkFuzzTest#bulk' ;;
  sql) test='dev.roster.persistence.scim.ScimSqlFuzzTest#query' module=scim-persistence ;;
  search) test='dev.roster.api.scim.SearchRequestFuzzTest#searchRequest' module=scim-api ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac

mkdir -p fuzz/logs
log="fuzz/logs/$target.log"
# FUZZ_NO_BUILD=1 skips the build, for a second target run beside a first one on the same classes.
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  nice -n 10 ./mvnw -B -q -pl "$module" -am test-compile
fi
echo "Fuzzing $test: $executions executions or $seconds s at most; log in $log"
# jazzer.internal.arg.* are libFuzzer's arguments (the first is argv[0]); they override the
# annotation's maxDuration. keep_going: a finding is recorded and the run goes on.
# Another module's tests need the reactor to resolve scim-domain, which takes the test phase.
goals=(surefire:test)
[ "$module" = scim-domain ] || goals=(-am test)
JAZZER_FUZZ=1 nice -n "${FUZZ_NICE:-10}" ./mvnw -B -q -pl "$module" "${goals[@]}" \
  -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1="-runs=$executions" \
  -Djazzer.internal.arg.2="-max_total_time=$seconds" \
  -Djazzer.internal.arg.3="-print_final_stats=1" \
  -Djazzer.keep_going="${FUZZ_KEEP_GOING:-20}" \
  >"$log" 2>&1 && status=0 || status=$?
grep -v '^INFO: Instrumented' "$log" | grep -E 'DONE|exec/s|stat::|Java Exception|FuzzTestFindingException|==' |
  tail -n 12
exit "$status"
