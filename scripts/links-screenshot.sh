#!/usr/bin/env bash
# Makes docs/links.png for the README: seed article 000 tagged through the CLI, its responses linked to the
# claims they answer and the speakers set, then the real window under Xvfb with the cursor moved by real key
# presses to a response, so the sidebar lists its link and the margin shows the badges.
# Needs target/sentag.jar (mvn -DskipTests package) and the packages named in scripts/screenshot.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -f target/sentag.jar ]] || mvn -B -q -DskipTests package

export SENTAG_SCREENSHOT_SETUP='
s() { java -jar "$SENTAG_JAR" --db "$SENTAG_DB" "$@"; }
s import ../shared/seeds/000_ecdcd8510cd06f5c.txt >/dev/null
printf "%s\n" "1 2 claim" "1 3 claim" "1 4 claim" "1 5 claim" "1 7 claim" "1 8 claim" "1 9 claim" \
    "1 10 background" "1 11 response" "1 13 response" "1 14 response" "1 15 response" "1 16 background" \
    "1 17 response" "1 18 response" "1 19 response" \
  | s tag --stdin >/dev/null
printf "%s\n" "1 11 4" "1 13 4" "1 14 3" "1 15 3" "1 17 4" "1 18 4" "1 19 4" | s link --stdin >/dev/null
s speaker 1 3 "Jon Finer" >/dev/null
s speaker 1 5 "Jon Finer" >/dev/null
s speaker 1 9 "Jon Finer" >/dev/null
for i in 11 13 14 15 17 18 19; do s speaker 1 $i "Pakistan Foreign Office" >/dev/null; done
'
# From sentence 3 (the first after the banner and dateline), J to sentence 16 (index 15): J skips web residue.
export SENTAG_SCREENSHOT_KEYS="sleep:6 j j j j j j j j j j j"
exec scripts/screenshot.sh target/sentag.jar docs/links.png
