#!/usr/bin/env bash
# Install a built .deb on a stock Debian system (a fresh debootstrap of SUITE: nothing but
# the base system and what apt pulls in for the package's Depends), then check there that
# every bundled binary's libraries resolve (ldd) and that the installed program starts
# (--smoke, offscreen, as an ordinary user).
#
#   sudo packaging/linux/stock-test.sh dist/APPID_VERSION_amd64.deb bullseye
#
# Needs root and Debian's archive; the pristine base system is kept (outside the source
# tree, beside packaging/build.py's build roots) and copied
# for each run, so a run never sees what an earlier one installed.
set -euo pipefail
deb=$(realpath "${1:?usage: stock-test.sh PACKAGE.deb SUITE}")
suite=${2:-bullseye}
here=$(cd "$(dirname "$0")/../.." && pwd)
roots=${APPROVAL_WINDOW_BUILDROOTS:-/var/tmp/approval-window-buildroots}
pristine=$roots/stock-$suite.pristine
root=$roots/stock-$suite
pkg=$(dpkg-deb -f "$deb" Package)

if [ ! -x "$pristine/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  debootstrap --variant=minbase "$suite" "$pristine" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >/dev/null
fi
for m in proc; do mountpoint -q "$root/$m" && umount "$root/$m"; done 2>/dev/null || true
rm -rf "$root" && cp -a "$pristine" "$root"
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null
files=/opt/apps/$pkg/files

echo "== glibc of $suite: $(in_root ldd --version | head -1)"
bad=0
while IFS= read -r -d '' f; do
  if head -c4 "$root$f" | grep -q $'\x7fELF'; then
    missing=$(in_root env LD_LIBRARY_PATH="$files/_internal" ldd "$f" 2>&1 | grep -E "not found|version .GLIBC.* not found" || true)
    if [ -n "$missing" ]; then echo "== ${f#$files/}:"; echo "$missing"; bad=1; fi
  fi
done < <(cd "$root" && find ".$files" -type f -name "*.so*" -printf "$files/%P\0" -o -type f -perm -u+x -printf "$files/%P\0")
plugin=$(cd "$root" && find ".$files" -name libibusplatforminputcontextplugin.so -printf "$files/%P")
[ -n "$plugin" ] || { echo "no ibus input-method plugin in the bundle"; bad=1; }
echo "== ibus plugin: $plugin"
in_root env LD_LIBRARY_PATH="$files/_internal" ldd "$plugin" | grep -E "Qt6|xkbcommon|dbus|not found"
in_root runuser -u nobody -- env -i HOME=/tmp PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$files/approval-window-cli" --smoke || bad=1
[ "$bad" -eq 0 ] && echo "stock-test.sh: $pkg installs and starts on a stock $suite" || { echo "stock-test.sh: FAILED on $suite"; exit 1; }
