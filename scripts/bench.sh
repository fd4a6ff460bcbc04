#!/usr/bin/env bash
# Runs `sentag bench` with ICU4J on the classpath (the jar has none, so there the splitting baseline falls back
# to the JDK's BreakIterator). Arguments go to sentag bench, e.g.  scripts/bench.sh --json --scale 0.5
# Maven options come from $MAVEN_ARGS, e.g.  MAVEN_ARGS=-o scripts/bench.sh
#
#   scripts/bench.sh --segmenters [MAVEN OPTIONS]   the segmenter accuracy benchmark (exact match, boundary F1,
#                                                   throughput) as Markdown tables, e.g. -o -Dbench.mb=4
# Gold data for it: ../shared/data/sentences next to the project (override with -Dbench.data=DIR).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Maven 3.8 writes colour resets (ESC[0m) to stdout even with -B -q; drop them so the tables paste cleanly.
if [[ "${1:-}" == "--segmenters" ]]; then
  shift
  mvn -B -q -Pbench "$@" test-compile exec:java@segmenters | sed 's/\x1b\[[0-9;]*m//g'
else
  # shellcheck disable=SC2086  # MAVEN_ARGS is a list of options
  mvn -B -q -Pbench ${MAVEN_ARGS:-} "-Dbench.args=$*" test-compile exec:exec@sentag-bench | sed 's/\x1b\[[0-9;]*m//g'
fi
