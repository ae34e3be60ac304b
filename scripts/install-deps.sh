#!/usr/bin/env bash
# Installs every build, test and run dependency from Debian 12 packages. Idempotent: when all
# packages are present it changes nothing and does not even refresh the package lists.
# Works as root and as a user with sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev clang-format
  # libraries
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  libgl-dev libbotan-2-dev libusb-1.0-0-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  libbenchmark-dev
  # Qt's own strings (dialog buttons, the wizard's Back/Next) in the GUI's four languages
  qt6-translations-l10n
  # tests: a real X server for screenshots, OpenOCD for the ST-LINK server interop check
  xvfb xauth openocd
  # a CJK font, so the Japanese and Chinese screenshots are measured with real glyphs
  fonts-droid-fallback
  # packaging: building the .deb (dpkg-shlibdeps comes with build-essential) and checking it
  lintian desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
