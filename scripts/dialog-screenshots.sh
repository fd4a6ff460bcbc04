#!/usr/bin/env bash
# Makes docs/dialogs/*.png: the main window, its View menu (with the actions' icons) and each dialog (export,
# agreement, codebook, preferences, shortcuts, File → Open team library, and the damaged-library dialog) in the light and the dark theme, with scripts/screenshot.sh on a partly tagged library.
# The theme is set through a preferences file in a scratch data folder (XDG_DATA_HOME), never the user's.
# Needs target/sentag.jar and the tools scripts/screenshot.sh names (SENTAG_SCREENSHOT_DISPLAY picks its X display
# where screenshot.sh has that option). SENTAG_THEMES="dark" makes one theme only, SENTAG_SHOTS="export agreement"
# only those shots.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -f target/sentag.jar ]] || mvn -B -q -DskipTests package
out=docs/dialogs
mkdir -p "$out"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/sentag-dialogs.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

setup='
java -jar "$SENTAG_JAR" --db "$SENTAG_DB" import ../shared/seeds/000_ecdcd8510cd06f5c.txt ../shared/seeds/003_99f98a11d0393293.txt >/dev/null
printf "%s\n" "1 2 claim" "1 3 claim" "1 4 background" "1 5 claim" "1 7 response" "2 0 claim" "2 1 response" \
  | java -jar "$SENTAG_JAR" --db "$SENTAG_DB" tag --stdin >/dev/null
printf "%s\n" "1 2 claim" "1 3 response" "1 4 background" "1 5 claim" "1 7 response" \
  | java -jar "$SENTAG_JAR" --db "$SENTAG_DB" --annotator ben tag --stdin >/dev/null 2>&1 || true
'
damaged='
java -jar "$SENTAG_JAR" --db "$SENTAG_DB" import ../shared/seeds/000_ecdcd8510cd06f5c.txt >/dev/null
java -jar "$SENTAG_JAR" --db "$SENTAG_DB" backup >/dev/null
truncate -s 20000 "$SENTAG_DB"
'
shot() { # shot THEME NAME KEYS [SETUP]
  local theme="$1" name="$2" keys="$3" set="${4:-$setup}"
  [[ -z "${SENTAG_SHOTS:-}" || " $SENTAG_SHOTS " == *" $name "* ]] || return 0
  rm -rf "$scratch/home"; mkdir -p "$scratch/home/sentag"
  printf 'theme=%s\n' "$theme" > "$scratch/home/sentag/preferences.properties"
  XDG_DATA_HOME="$scratch/home" SENTAG_SCREENSHOT_SETUP="$set" SENTAG_SCREENSHOT_KEYS="$keys" \
    SENTAG_SCREENSHOT_CAPTURE=root SENTAG_SCREENSHOT_WAIT=3 SENTAG_SCREENSHOT_TITLE="${SENTAG_DIALOG_TITLE:-Sentag}" \
    scripts/screenshot.sh target/sentag.jar "$out/$name-$theme.png"
}
for theme in ${SENTAG_THEMES:-light dark}; do
  shot "$theme" window "sleep:3 j j j j"
  shot "$theme" export "sleep:3 ctrl+e sleep:3"
  shot "$theme" agreement "sleep:5 ctrl+g sleep:6"
  shot "$theme" menu "sleep:3 alt Right Right Down sleep:2"
  shot "$theme" codebook "sleep:4 ctrl+shift+k sleep:3"
  shot "$theme" preferences "sleep:3 ctrl+comma sleep:2"
  shot "$theme" shortcuts "sleep:3 question sleep:4"
  shot "$theme" team-library "sleep:3 alt Down Down Down Return sleep:2"
  SENTAG_DIALOG_TITLE="damaged|Sentag|open" shot "$theme" damaged "sleep:4" "$damaged"
done
ls -la "$out"
