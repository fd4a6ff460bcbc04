#!/usr/bin/env bash
# Makes docs/screenshot.png for the README: the real window under Xvfb, with the first seed article
# (../shared/seeds) imported and partly tagged through the CLI, the cursor moved by real key presses.
# Needs target/sentag.jar (mvn -DskipTests package) and the packages named in scripts/screenshot.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -f target/sentag.jar ]] || mvn -B -q -DskipTests package

export SENTAG_SCREENSHOT_SETUP='
java -jar "$SENTAG_JAR" --db "$SENTAG_DB" import ../shared/seeds/000_ecdcd8510cd06f5c.txt ../shared/seeds/003_99f98a11d0393293.txt
printf "%s\n" "1 2 claim" "1 3 claim" "1 4 background" "1 5 claim" "1 7 claim" "1 8 claim" "1 9 claim" \
    "1 10 background" "1 11 response" "1 13 response" "1 15 response" "1 16 background" \
    "2 0 claim" "2 1 response" "2 2 background" \
  | java -jar "$SENTAG_JAR" --db "$SENTAG_DB" tag --stdin >/dev/null
'
# Fourteen presses of J from the top, as a user reads along (J skips the greyed, excluded web residue).
export SENTAG_SCREENSHOT_KEYS="sleep:3 j j j j j j j j j j j j j j"
exec scripts/screenshot.sh target/sentag.jar docs/screenshot.png
