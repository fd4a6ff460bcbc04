#!/usr/bin/env bash
# Take a screenshot of the real Sentag window under a virtual X server.
#
# Usage: scripts/screenshot.sh [JAR] [OUT.png] [-- APP_ARGS...]
#   JAR      runnable jar            (default: target/sentag.jar)
#   OUT.png  where to write the PNG  (default: docs/screenshot.png)
#   anything after the first two arguments is passed to the app.
#   Given paths are relative to the current directory, defaults to the project
#   root. Needs Xvfb, xdotool, xdpyinfo and ImageMagick's import:
#   apt-get install -y --no-install-recommends xvfb libgtk-3-0 imagemagick \
#     xdotool x11-utils fonts-dejavu-core fonts-noto-core
#
# Environment:
#   SENTAG_SCREENSHOT_SETUP     optional shell command run (bash -c) before the
#                               app starts, in the project root, with SENTAG_DB,
#                               SENTAG_JAR and SENTAG_SCREENSHOT_TMP exported,
#                               e.g. to import and tag articles with the CLI:
#                               'java -jar "$SENTAG_JAR" import samples/a.txt'
#   SENTAG_SCREENSHOT_KEYS      optional space-separated xdotool key names sent
#                               to the window after it appears, e.g.
#                               "Down Down 1 ctrl+s"; a token "sleep:SECONDS"
#                               pauses instead of pressing a key.
#   SENTAG_SCREENSHOT_KEY_DELAY pause between keys in seconds (default 0.4)
#   SENTAG_SCREENSHOT_WAIT      seconds to let the window render before the
#                               capture (default 2)
#   SENTAG_SCREENSHOT_TIMEOUT   seconds to wait for the window (default 60)
#   SENTAG_SCREENSHOT_TITLE     window-name regex to wait for (default Sentag)
#   SENTAG_SCREENSHOT_CAPTURE   window (default): the screen cropped to the app
#                               window, popups over it included; root: the
#                               whole 1400x900 screen
#   SENTAG_SCREENSHOT_SIZE      screen size (default 1400x900)
#   SENTAG_SCREENSHOT_JAVA_OPTS JVM options (default: -Dprism.order=sw, the
#                               software renderer, as Xvfb has no GPU)
#   JAVA                        java launcher (default: $JAVA_HOME/bin/java or java)
#
# The app gets a fresh database: SENTAG_DB points to a file in a temporary
# directory that is removed afterwards. The app and Xvfb are stopped on exit.
set -euo pipefail

apt_line='apt-get install -y --no-install-recommends xvfb libgtk-3-0 imagemagick xdotool x11-utils fonts-dejavu-core fonts-noto-core'

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Paths given as arguments are relative to the caller's directory; the
# defaults are relative to the project root, where everything then runs.
abs() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
jar="$root/target/sentag.jar"; [[ -n "${1:-}" ]] && jar="$(abs "$1")"
out="$root/docs/screenshot.png"; [[ -n "${2:-}" ]] && out="$(abs "$2")"
cd "$root"
shift $(( $# < 2 ? $# : 2 ))
[[ "${1:-}" == "--" ]] && shift
app_args=("$@")

keys="${SENTAG_SCREENSHOT_KEYS:-}"
key_delay="${SENTAG_SCREENSHOT_KEY_DELAY:-0.4}"
render_wait="${SENTAG_SCREENSHOT_WAIT:-2}"
timeout="${SENTAG_SCREENSHOT_TIMEOUT:-60}"
title="${SENTAG_SCREENSHOT_TITLE:-Sentag}"
capture="${SENTAG_SCREENSHOT_CAPTURE:-window}"
size="${SENTAG_SCREENSHOT_SIZE:-1400x900}"
read -r -a java_opts <<< "${SENTAG_SCREENSHOT_JAVA_OPTS:--Dprism.order=sw}"
if [[ -n "${JAVA:-}" ]]; then java="$JAVA"
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java="$JAVA_HOME/bin/java"
else java=java; fi

die() { echo "screenshot.sh: error: $*" >&2; exit 1; }

# --- prerequisites -----------------------------------------------------------
missing=()
command -v Xvfb    >/dev/null 2>&1 || missing+=("Xvfb (package xvfb)")
command -v xdotool >/dev/null 2>&1 || missing+=("xdotool (package xdotool)")
command -v xdpyinfo >/dev/null 2>&1 || missing+=("xdpyinfo (package x11-utils)")
if ! command -v import >/dev/null 2>&1 || ! import -version 2>/dev/null | grep -q ImageMagick; then
  missing+=("import (package imagemagick)")
fi
if (( ${#missing[@]} )); then
  {
    echo "screenshot.sh: error: missing tools: ${missing[*]}"
    echo "install them (as root, Debian) with:"
    echo "  apt-get update && $apt_line"
  } >&2
  exit 1
fi
command -v "$java" >/dev/null 2>&1 || die "java not found ('$java'); install a JDK 17 or set JAVA/JAVA_HOME"
[[ -f "$jar" ]] || die "jar not found: $jar (build it first, e.g. mvn -q package)"
[[ "$capture" == window || "$capture" == root ]] || die "SENTAG_SCREENSHOT_CAPTURE must be 'window' or 'root'"
[[ "$size" =~ ^[0-9]+x[0-9]+$ ]] || die "SENTAG_SCREENSHOT_SIZE must look like 1400x900"

# --- cleanup -----------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/sentag-shot.XXXXXX")"
xvfb_pid=""
app_pid=""

stop_pid() { # stop_pid PID: TERM, wait up to 5 s, then KILL
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  stop_pid "$app_pid"
  stop_pid "$xvfb_pid"
  if (( rc != 0 )) && [[ -s "$tmp/app.log" ]]; then
    echo "--- last lines of the app's output ---" >&2
    tail -n 40 "$tmp/app.log" >&2
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- virtual X server on a free display (from :97 up) ------------------------
display=""
for n in $(seq 97 140); do
  [[ -e "/tmp/.X$n-lock" || -e "/tmp/.X11-unix/X$n" ]] && continue
  Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 100); do   # up to 10 s for the server to accept clients
    kill -0 "$xvfb_pid" 2>/dev/null || break
    if DISPLAY=":$n" xdpyinfo >/dev/null 2>&1; then display=":$n"; break; fi
    sleep 0.1
  done
  [[ -n "$display" ]] && break
  stop_pid "$xvfb_pid"; xvfb_pid=""   # lost a race for this display: next one
done
[[ -n "$display" ]] || { cat "$tmp/xvfb.log" >&2 || true; die "could not start Xvfb on any display :97-:140"; }
echo "screenshot.sh: Xvfb on $display (${size}x24)"

export DISPLAY="$display"
export GDK_BACKEND=x11 NO_AT_BRIDGE=1 LIBGL_ALWAYS_SOFTWARE=1
unset WAYLAND_DISPLAY
export SENTAG_DB="$tmp/sentag.db"
export SENTAG_JAR="$jar"
export SENTAG_SCREENSHOT_TMP="$tmp"

# --- optional setup (e.g. import and tag articles with the CLI) --------------
if [[ -n "${SENTAG_SCREENSHOT_SETUP:-}" ]]; then
  echo "screenshot.sh: setup: $SENTAG_SCREENSHOT_SETUP"
  bash -c "$SENTAG_SCREENSHOT_SETUP" || die "setup command failed"
fi

# --- the app -----------------------------------------------------------------
"$java" "${java_opts[@]}" -jar "$jar" ${app_args[@]+"${app_args[@]}"} >"$tmp/app.log" 2>&1 &
app_pid=$!

# Wait for a visible window whose name matches; take the largest one.
wid=""
deadline=$(( SECONDS + timeout ))
while (( SECONDS < deadline )); do
  kill -0 "$app_pid" 2>/dev/null || die "the app exited before showing a window named '$title'"
  best=0
  for w in $(xdotool search --onlyvisible --name "$title" 2>/dev/null || true); do
    WIDTH=0; HEIGHT=0
    eval "$(xdotool getwindowgeometry --shell "$w" 2>/dev/null | grep -E '^(WIDTH|HEIGHT)=')" || continue
    if (( WIDTH * HEIGHT > best )); then best=$(( WIDTH * HEIGHT )); wid="$w"; fi
  done
  (( best > 1 )) && break
  wid=""
  sleep 0.25
done
[[ -n "$wid" ]] || die "no window named '$title' appeared within ${timeout}s"
echo "screenshot.sh: window $wid ($(xdotool getwindowname "$wid"))"

# --- keys ----------------------------------------------------------------------
if [[ -n "$keys" ]]; then
  sleep 1   # let the first frame and focus handling settle
  # No window manager under Xvfb: give the window the input focus directly.
  xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" || true
  for k in $keys; do
    kill -0 "$app_pid" 2>/dev/null || die "the app exited while keys were sent"
    if [[ "$k" == sleep:* ]]; then sleep "${k#sleep:}"; continue; fi
    echo "screenshot.sh: key $k"
    xdotool key --clearmodifiers "$k" || die "xdotool could not send key '$k'"
    sleep "$key_delay"
  done
fi

# --- capture ------------------------------------------------------------------
sleep "$render_wait"
kill -0 "$app_pid" 2>/dev/null || die "the app exited before the capture"
mkdir -p "$(dirname "$out")"
if [[ "$capture" == root ]]; then
  import -window root "$tmp/shot.png"
else
  # Crop the screen to the app window (no WM, so no decorations), keeping
  # popups/menus drawn over it; clamp to the screen.
  X=0; Y=0; WIDTH=0; HEIGHT=0
  eval "$(xdotool getwindowgeometry --shell "$wid" | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
  sw="${size%x*}"; sh="${size#*x}"
  (( X < 0 )) && { WIDTH=$(( WIDTH + X )); X=0; }
  (( Y < 0 )) && { HEIGHT=$(( HEIGHT + Y )); Y=0; }
  (( X + WIDTH  > sw )) && WIDTH=$(( sw - X ))
  (( Y + HEIGHT > sh )) && HEIGHT=$(( sh - Y ))
  (( WIDTH > 0 && HEIGHT > 0 )) || die "window $wid is off screen"
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$tmp/shot.png"
fi
mv -f "$tmp/shot.png" "$out"
echo "screenshot.sh: wrote $out ($(identify -format '%wx%h' "$out" 2>/dev/null || echo '?'))"
