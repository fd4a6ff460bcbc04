#!/usr/bin/env bash
# Makes docs/adjudication.png for the README: the real window under Xvfb, adjudicating as gold (Ctrl+Shift+G) over
# the first seed article, which ana and ben tagged through the CLI (agreeing mostly, disagreeing on four sentences)
# and gold has partly decided; D puts the cursor on a disagreement. The status bar shows what gold still lacks.
# Needs target/sentag.jar (mvn -DskipTests package) and the packages named in scripts/screenshot.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -f target/sentag.jar ]] || mvn -B -q -DskipTests package

export SENTAG_SCREENSHOT_SETUP="$(cat <<'SETUP'
java -jar "$SENTAG_JAR" --db "$SENTAG_DB" import ../shared/seeds/000_ecdcd8510cd06f5c.txt >/dev/null
both="1 2 claim|1 3 claim|1 4 background|1 5 claim|1 7 claim|1 8 claim|1 9 claim|1 10 background|1 11 response|1 13 response|1 14 response|1 15 response|1 16 background|1 17 response"
tag() { java -jar "$SENTAG_JAR" --db "$SENTAG_DB" --annotator "$1" tag --stdin >/dev/null; }
{ tr '|' '\n' <<< "$both"; printf '%s\n' "1 18 claim" "1 19 response" "1 20 background" "1 21 claim"; } | tag ana
{ tr '|' '\n' <<< "$both"; printf '%s\n' "1 18 response" "1 19 claim" "1 20 claim" "1 21 background"; } | tag ben
printf '%s\n' "1 2 claim" "1 3 claim" "1 18 claim" | tag gold
SETUP
)"
# The first key after the focus is often lost under Xvfb without a window manager: Escape is harmless.
export SENTAG_SCREENSHOT_KEYS="sleep:2 Escape Escape ctrl+shift+g sleep:4 d sleep:2"
exec scripts/screenshot.sh target/sentag.jar docs/adjudication.png
