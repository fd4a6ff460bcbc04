#!/bin/sh
# Optional AppCDS archive for the packaged jar: one start of the window records the classes Sentag's start-up
# loads; later starts map them instead of loading and verifying them again (the app benchmark measured launch to
# first frame at about half to three quarters of the time without). Needs a display, as the window opens once.
#
#   scripts/appcds.sh [target/sentag.jar]      writes target/sentag.jsa next to the jar
#   java -XX:SharedArchiveFile=target/sentag.jsa -jar target/sentag.jar
#
# Rebuild the archive after every new jar: with a stale one the JVM warns and starts without it.
set -e
jar=${1:-target/sentag.jar}
archive=${jar%.jar}.jsa
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
XDG_DATA_HOME="$scratch" java -XX:ArchiveClassesAtExit="$archive" -Dsentag.probe=first-frame \
    -jar "$jar" --db "$scratch/cds.db" > /dev/null
echo "wrote $archive; start with: java -XX:SharedArchiveFile=$archive -jar $jar"
