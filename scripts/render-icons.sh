#!/usr/bin/env bash
# Regenerate the Sentag icon PNGs from icons/sentag.svg.
# Writes icons/sentag-{16,24,32,48,64,128,256,512}.png and copies the
# 16..256 sizes to src/main/resources/dev/sentag/icons/ (window icons).
# Idempotent: re-running overwrites the same files with the same output.
# Needs rsvg-convert: apt-get install -y --no-install-recommends librsvg2-bin
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "error: rsvg-convert not found." >&2
  echo "install it with: apt-get install -y --no-install-recommends librsvg2-bin" >&2
  exit 1
fi

res=src/main/resources/dev/sentag/icons
mkdir -p icons "$res"

for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" -f png -o "icons/sentag-$s.png" icons/sentag.svg
done
for s in 16 32 48 64 128 256; do
  cp "icons/sentag-$s.png" "$res/sentag-$s.png"
done
echo "rendered icons/sentag-*.png and copied window icons to $res/"
