#!/usr/bin/env bash
# Builds the installable app from target/sentag.jar (run by `mvn -Pdist -DskipTests package`, after the jar):
#   target/dist/Sentag/          a self-contained app image made by jpackage: its own Java runtime (jlink, only the
#                                modules the jar needs), the icons, bin/Sentag (no arguments: the window; with
#                                arguments: the command line) and a class-data archive (AppCDS) so it starts fast;
#   target/dist/sentag_*.deb     the same as a Debian package, when dpkg-deb and fakeroot are installed.
# Needs a JDK 17 (jlink, jpackage). Nothing outside target/ is written.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$jdk/bin/jlink"; jpackage="$jdk/bin/jpackage"
for tool in "$jlink" "$jpackage"; do
  [[ -x "$tool" ]] || { echo "app-image.sh: error: $tool not found; a full JDK 17 is needed" >&2; exit 2; }
done
jar=target/sentag.jar
[[ -f "$jar" ]] || { echo "app-image.sh: error: $jar not found (mvn -DskipTests package first)" >&2; exit 2; }
version="${SENTAG_VERSION:-0.1.0}"
work=target/dist-work
rm -rf target/dist "$work"
mkdir -p "$work/input" target/dist
cp "$jar" "$work/input/"

# What `jdeps --print-module-deps target/sentag.jar` reports, plus java.logging (System.Logger's backend),
# jdk.charsets (imports in windows-1252 and other legacy encodings) and jdk.localedata.
modules=java.base,java.desktop,java.logging,java.management,java.sql,jdk.jfr,jdk.unsupported,jdk.charsets,jdk.localedata
echo "app-image.sh: jlink runtime ($modules)"
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$work/runtime"

echo "app-image.sh: jpackage app image"
# $APPDIR is expanded by the launcher to the image's lib/app folder, wherever the image is.
"$jpackage" --type app-image --name Sentag --app-version "$version" --vendor "Sentag" \
  --description "Tag the sentences of news articles as Claim, Response or Background" \
  --input "$work/input" --main-jar sentag.jar --main-class dev.sentag.Launcher \
  --runtime-image "$work/runtime" --icon icons/sentag-256.png --dest target/dist \
  --java-options '-XX:SharedArchiveFile=$APPDIR/sentag.jsa' --java-options '-Xshare:auto' \
  --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off'
# (A moved image cannot use its archive, as CDS in Java 17 checks the jar's path; it then starts without it,
# and the two -Xlog options keep that from printing a warning on every start.)
image=target/dist/Sentag

# The class-data archive: one training run of the image's own JVM writes the classes it loaded
# (-XX:ArchiveClassesAtExit). With a display it is a real start of the window (first frame, then quit); without
# one, the command line (--version, docs on a scratch library) is what it learns.
echo "app-image.sh: class-data archive"
train="$work/train"; mkdir -p "$train/home"
java_image="$image/lib/runtime/bin/java"
# The class path as the launcher gives it: absolute.
cds=(-XX:ArchiveClassesAtExit="$root/$image/lib/app/sentag.jsa" -Djava.io.tmpdir="$train" -cp "$root/$image/lib/app/sentag.jar")
# No display but Xvfb installed (a build server): train on a window start on a virtual display all the same. An
# archive learnt from the command line alone misses JavaFX's classes, and the window then started about 1.5x slower
# than from the plain jar (2,925 vs 1,908 ms here, against 1,974 ms with the window-trained archive).
xvfb_pid=""
if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb >/dev/null 2>&1; then
  for n in $(seq 180 199); do
    [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
    for _ in $(seq 1 50); do [[ -e "/tmp/.X11-unix/X$n" ]] && break; sleep 0.1; done
    if [[ -e "/tmp/.X11-unix/X$n" ]]; then export DISPLAY=":$n"; break; fi
    kill "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
  done
fi
trap '[[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
if [[ -n "${DISPLAY:-}" ]]; then
  XDG_DATA_HOME="$train/home" timeout 120 "$java_image" "${cds[@]}" -Dsentag.probe=first-frame \
    dev.sentag.Launcher --db "$train/train.db" >"$train/out.log" 2>&1 \
    || { echo "app-image.sh: error: the training start failed:" >&2; tail -20 "$train/out.log" >&2; exit 1; }
  echo "app-image.sh: trained on a start of the window on display $DISPLAY"
  if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""; unset DISPLAY; fi
else
  XDG_DATA_HOME="$train/home" "$java_image" "${cds[@]}" dev.sentag.Launcher --db "$train/train.db" docs \
    >"$train/out.log" 2>&1 || { echo "app-image.sh: error: the training run failed:" >&2; cat "$train/out.log" >&2; exit 1; }
  echo "app-image.sh: no DISPLAY and no Xvfb: trained on the command line only (set DISPLAY for a window start)"
fi
[[ -s "$image/lib/app/sentag.jsa" ]] || { echo "app-image.sh: error: the JVM wrote no class-data archive" >&2; exit 1; }

# The launcher itself, as a user runs it: the version, and a library listed through the command line.
smoke="$work/smoke"; mkdir -p "$smoke/home"
got="$(XDG_DATA_HOME="$smoke/home" "$image/bin/Sentag" --version 2>"$smoke/err")" \
  || { echo "app-image.sh: error: bin/Sentag --version failed:" >&2; cat "$smoke/err" >&2; exit 1; }
[[ "$got" == "Sentag $version" ]] || { echo "app-image.sh: error: bin/Sentag --version said '$got'" >&2; exit 1; }
XDG_DATA_HOME="$smoke/home" "$image/bin/Sentag" --db "$smoke/smoke.db" import ../shared/seeds/000_ecdcd8510cd06f5c.txt \
  >/dev/null 2>"$smoke/err" || true  # the seeds are optional; an empty library lists nothing
XDG_DATA_HOME="$smoke/home" "$image/bin/Sentag" --db "$smoke/smoke.db" docs >"$smoke/docs" 2>"$smoke/err" \
  || { echo "app-image.sh: error: bin/Sentag --db FILE docs failed:" >&2; cat "$smoke/err" >&2; exit 1; }
XDG_DATA_HOME="$smoke/home" "$image/bin/Sentag" --db "$smoke/smoke.db" no-such-command >/dev/null 2>&1 && rc=0 || rc=$?
[[ "$rc" == 2 ]] || { echo "app-image.sh: error: a bad command gave exit code $rc, not 2" >&2; exit 1; }
echo "app-image.sh: bin/Sentag answers --version ($got), docs ($(wc -l <"$smoke/docs") articles) and exit code 2"

if [[ "${SENTAG_DEB:-true}" == false ]]; then
  echo "app-image.sh: no .deb (asked not to)"
elif command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
  echo "app-image.sh: Debian package"
  "$jpackage" --type deb --app-image "$image" --name Sentag --app-version "$version" --vendor "Sentag" \
    --description "Tag the sentences of news articles as Claim, Response or Background" \
    --linux-package-name sentag --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Science --icon icons/sentag-256.png \
    --resource-dir packaging/linux \
    --dest target/dist
else
  echo "app-image.sh: no .deb: dpkg-deb and fakeroot are needed for it (apt-get install dpkg-dev fakeroot)"
fi
du -sh "$image" | sed 's/^/app-image.sh: app image /'
ls target/dist/*.deb 2>/dev/null | sed 's/^/app-image.sh: /' || true
