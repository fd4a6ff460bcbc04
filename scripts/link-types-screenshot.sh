#!/usr/bin/env bash
# Makes docs/link-types.png for the README: the "Link types" part of Edit → Codebook…, with seed article 000
# imported and a second link type added and used through the CLI, the dialog opened by its real key
# (Ctrl+Shift+K) under Xvfb, then cropped to that part of the dialog (which sits at a fixed place on the
# 1400x900 screen).
# Needs target/sentag.jar (mvn -DskipTests package) and the packages named in scripts/screenshot.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -f target/sentag.jar ]] || mvn -B -q -DskipTests package

export SENTAG_SCREENSHOT_SETUP='
s() { java -jar "$SENTAG_JAR" --db "$SENTAG_DB" "$@"; }
s import ../shared/seeds/000_ecdcd8510cd06f5c.txt >/dev/null
s relations describe responds_to "A Response answering the Claim it links to." >/dev/null
s relations add supports --key s --color "#009E73" --description "Gives evidence for the claim it links to." >/dev/null
s link 1 13 3 >/dev/null
s link 1 15 3 --type supports >/dev/null
'
export SENTAG_SCREENSHOT_KEYS="sleep:4 ctrl+shift+k sleep:3"
export SENTAG_SCREENSHOT_CAPTURE=root
full="$(mktemp --suffix=.png)"
trap 'rm -f "$full"' EXIT
scripts/screenshot.sh target/sentag.jar "$full"
convert "$full" -crop 822x190+286+460 +repage docs/link-types.png
echo "wrote docs/link-types.png"
