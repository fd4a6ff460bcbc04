#!/usr/bin/env bash
# Prints the segmenter benchmark (exact match, boundary F1, throughput) as Markdown tables.
# Runs from any directory; extra arguments go to Maven, e.g.  scripts/bench.sh -o -Dbench.mb=4 -Dbench.rounds=9
# Gold data: ../shared/data/sentences next to the project (override with -Dbench.data=DIR).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Maven 3.8 writes colour resets (ESC[0m) to stdout even with -B -q; drop them so the tables paste cleanly.
mvn -B -q -Pbench "$@" test-compile exec:java | sed 's/\x1b\[[0-9;]*m//g'
