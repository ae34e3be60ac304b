#!/usr/bin/env bash
# Renders the application icon's PNG sizes from resources/icons/rescue-workbench.svg. Run by
# hand after changing the SVG (needs ImageMagick); the PNGs are kept in git so that building
# the package needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/../.."
for size in 16 22 24 32 48 64 128 256 512; do
  out=packaging/icons/hicolor/${size}x${size}/apps/rescue-workbench.png
  mkdir -p "$(dirname "$out")"
  convert -background none -density $((size * 72 / 64 * 2)) resources/icons/rescue-workbench.svg \
    -resize ${size}x${size} -depth 8 "PNG32:$out"
done
