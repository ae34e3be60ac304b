#!/usr/bin/env bash
# The .deb as a user gets it: build it with CPack from this build folder, unpack it into a
# scratch root (what dpkg -i would put under /), and run both executables from there with no
# hint of the source tree, so they must find the catalog and the lab's scenarios in the
# installed layout. Then the package's metadata checks: lintian (every remaining tag is
# justified in packaging/debian/lintian-overrides), the desktop entry, AppStream, man pages.
#
#   test_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "--- $*"; }

step "cpack"
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$scratch"/out/rescue-workbench_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack made no rescue-workbench_*.deb (see $scratch/out)"
echo "package: $(basename "$deb")"

step "contents"
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/rescue usr/bin/rescue-workbench \
         usr/share/rescue-workbench/devices/parts.json \
         usr/share/rescue-workbench/scenarios/h7s78-closed-nrst-unwired.json \
         usr/lib/udev/rules.d/70-rescue-workbench.rules \
         usr/share/applications/rescue-workbench.desktop \
         usr/share/metainfo/rescue-workbench.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/rescue-workbench.svg \
         usr/share/icons/hicolor/48x48/apps/rescue-workbench.png \
         usr/share/man/man1/rescue.1.gz usr/share/man/man1/rescue-workbench.1.gz \
         usr/share/doc/rescue-workbench/copyright; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done
grep -q 'TAG+="uaccess"' "$root/usr/lib/udev/rules.d/70-rescue-workbench.rules" ||
  fail "the udev rules do not give the seat's user access (TAG+=\"uaccess\")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libbotan-2 libusb-1.0-0 qt6-qpa-plugins; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends does not name $lib"
done

# Run from the installed paths only: no RESCUE_RESOURCE_DIR and a scratch home. The source tree
# is still on disk (the build tree's fallback), so the checks below assert that the programs
# read the installed resources, not merely that they found some.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
unset RESCUE_RESOURCE_DIR
step "rescue --version"
version=$("$root/usr/bin/rescue" --version) || fail "rescue --version failed"
echo "$version"
[[ "$version" == "rescue $(dpkg-deb -f "$deb" Version)"* ]] || fail "rescue --version does not match the package version"

step "rescue lab list (resources from the installed layout)"
"$root/usr/bin/rescue" --json lab list >"$scratch/lab.json" || fail "rescue lab list failed"
grep -q '"h7s78-closed-nrst-unwired"' "$scratch/lab.json" || fail "rescue lab list does not list the shipped boards"
grep -q "$root/usr/share/rescue-workbench/scenarios" "$scratch/lab.json" ||
  fail "rescue lab list did not read the installed scenarios: $(head -c 400 "$scratch/lab.json")"

step "rescue-workbench --self-test (offscreen)"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/rescue-workbench" --self-test >"$scratch/self-test.txt" 2>&1 ||
  { cat "$scratch/self-test.txt"; fail "rescue-workbench --self-test failed from the installed paths"; }
cat "$scratch/self-test.txt"
grep -qx "resources: $root/usr/share/rescue-workbench" "$scratch/self-test.txt" ||
  fail "rescue-workbench did not use the installed resources"

step "rescue-workbench --lang (the translations travel inside the installed program)"
# On a German desktop an unknown --lang is refused (exit 2), in German, rather than quietly
# replaced by the desktop's language.
status=0
LANGUAGE=de QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/rescue-workbench" --lang xx --self-test \
  >"$scratch/lang.txt" 2>&1 || status=$?
cat "$scratch/lang.txt"
[ "$status" -eq 2 ] || fail "rescue-workbench --lang xx exited $status, not 2"
grep -q "keine Übersetzung für xx" "$scratch/lang.txt" || fail "the installed rescue-workbench did not speak German"

step "desktop entry"
desktop-file-validate "$root/usr/share/applications/rescue-workbench.desktop" || fail "desktop-file-validate"

step "AppStream"
# One warning stays: the id is "rescue-workbench", not reverse-DNS, because the project has no
# domain of its own yet; any other finding fails.
appstreamcli validate --no-net "$root/usr/share/metainfo/rescue-workbench.metainfo.xml" >"$scratch/as.txt" 2>&1 || true
cat "$scratch/as.txt"
if grep -E '^[EW]:' "$scratch/as.txt" | grep -v 'cid-desktopapp-is-not-rdns' | grep -q .; then
  fail "appstreamcli found problems"
fi

step "man pages"
for page in rescue rescue-workbench; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "man --warnings on $page.1: $warnings"
done
# Every subcommand `rescue --help` lists is described in rescue(1).
zcat "$root/usr/share/man/man1/rescue.1.gz" >"$scratch/rescue.1"
for sub in $("$root/usr/bin/rescue" --help | sed -n '/^Subcommands:/,/^Exit codes:/p' | grep -oE '^  [a-z][a-z-]* ' | tr -d ' '); do
  grep -q "^\.B $sub\b\|^\.B $sub " "$scratch/rescue.1" || fail "rescue(1) does not describe the subcommand '$sub'"
done

step "lintian"
if command -v lintian >/dev/null; then
  # --fail-on warning: an error or a warning that is not overridden (with its reason) fails.
  lintian --fail-on error,warning --suppress-tags-from-file /dev/null "$deb" || fail "lintian (see above)"
else
  echo "SKIP lintian: not installed (scripts/install-deps.sh installs it)"
fi
echo "PASS: the package installs and runs from its installed paths"
