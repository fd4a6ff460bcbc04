#!/usr/bin/env bash
# Makes docs/agreement.png for the README: the real window under Xvfb with View → Agreement… open (Ctrl+G),
# over the two seed articles (../shared/seeds) tagged through the CLI by three annotators who disagree
# here and there, and a "gold" annotator whom the view leaves out by default.
# Needs target/sentag.jar (mvn -DskipTests package) and the packages named in scripts/screenshot.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -f target/sentag.jar ]] || mvn -B -q -DskipTests package

export SENTAG_SCREENSHOT_SETUP="$(cat <<'SETUP'
java -jar "$SENTAG_JAR" --db "$SENTAG_DB" import ../shared/seeds/000_ecdcd8510cd06f5c.txt ../shared/seeds/003_99f98a11d0393293.txt >/dev/null
# ana: the reference reading; ben and cy differ here and there, cy skips the end of the first article,
# gold (adjudicated, left out by default) covers the second article.
doc1="1 background|2 claim|3 claim|4 background|5 claim|8 claim|9 claim|10 background|11 response|13 response|14 response|15 response|16 background|17 response|18 response|19 response|20 background|21 claim|22 claim|23 claim|24 claim|25 claim|26 background|27 background|28 background|29 background|30 background|31 claim|32 background|33 background|34 response"
doc2="0 claim|1 response|2 background|3 background|4 background|5 response|6 response|7 response|8 response|9 response|10 background|11 background|12 background|13 background|14 background|15 background|16 background|17 background|18 background|19 background|20 background|21 background|22 background|23 background|24 background"
# lines DOC "IDX LABEL|..." [OVERRIDES "IDX LABEL|..."] [SKIP "IDX IDX ..."]: tag lines for one annotator
lines() {
  local doc="$1" base="$2" over="${3:-}" skip=" ${4:-} "
  declare -A label
  IFS='|' read -r -a items <<< "$base"; for it in "${items[@]}"; do label[${it% *}]=${it#* }; done
  if [[ -n "$over" ]]; then IFS='|' read -r -a items <<< "$over"; for it in "${items[@]}"; do label[${it% *}]=${it#* }; done; fi
  for i in $(printf '%s\n' "${!label[@]}" | sort -n); do
    [[ "$skip" == *" $i "* ]] || echo "$doc $i ${label[$i]}"
  done
}
tag() { java -jar "$SENTAG_JAR" --db "$SENTAG_DB" --annotator "$1" tag --stdin >/dev/null; }
{ lines 1 "$doc1"; lines 2 "$doc2"; } | tag ana
{ lines 1 "$doc1" "4 claim|11 claim|21 response|26 claim|31 background" "1"
  lines 2 "$doc2" "2 claim|8 background|20 claim"; } | tag ben
{ lines 1 "$doc1" "4 claim|18 claim|22 response|30 claim|34 background" "26 27 28 29 30 31 32 33 34"
  lines 2 "$doc2" "3 claim|7 background|19 claim|9 claim"; } | tag cy
lines 2 "$doc2" | tag gold
SETUP
)"
# The first key after the focus is often lost under Xvfb without a window manager: Escape is harmless.
export SENTAG_SCREENSHOT_KEYS="sleep:2 Escape Escape ctrl+g sleep:3"
exec scripts/screenshot.sh target/sentag.jar docs/agreement.png
