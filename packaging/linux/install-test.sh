#!/usr/bin/env bash
# Install a built .deb as county IT would and start the installed program, offscreen,
# as an ordinary user (never root): what CI runs after packaging/build.py.
#
#   packaging/linux/install-test.sh dist/APPID_VERSION_amd64.deb
#
# Then checks the installed bundle with tests/packaging (input-method plugin present and
# its libraries resolved by ldd against the bundle and this system), and removes the
# package again, checking that removal leaves no file of it behind.
set -euo pipefail
deb=$(realpath "${1:?usage: install-test.sh PACKAGE.deb}")
here=$(cd "$(dirname "$0")/../.." && pwd)
pkg=$(dpkg-deb -f "$deb" Package)
files=/opt/apps/$pkg/files

[ "$(id -u)" -eq 0 ] || { echo "install-test.sh: needs root to install the package" >&2; exit 2; }
# apt resolves the declared Depends from the archive, as it would on a county laptop.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg -s "$pkg" | grep -q "Status: install ok installed"
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$pkg" >/dev/null 2>&1 || true' EXIT

# As an ordinary user with a home of its own: the program needs no root and no setup step.
user_home=$(mktemp -d)
chown nobody "$user_home"
start=$EPOCHREALTIME
runuser -u nobody -- env -i HOME="$user_home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$files/approval-window-cli" --smoke
end=$EPOCHREALTIME
awk -v a="$start" -v b="$end" 'BEGIN { printf "installed program: smoke run %.1f s\n", b - a }'
rm -rf "$user_home"

status=0
APPROVAL_WINDOW_BUNDLE="$files" "$here/.venv/bin/python" -m pytest -q -p no:cacheprovider "$here/tests/packaging" || status=1

# Removed whatever the checks found: a failed run leaves no package behind either.
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$pkg" >/dev/null
[ "$status" -eq 0 ] || { echo "install-test.sh: the installed bundle failed its checks" >&2; exit 1; }
if [ -e "/opt/apps/$pkg" ]; then
  echo "install-test.sh: /opt/apps/$pkg is still there after removing the package" >&2
  exit 1
fi
echo "install-test.sh: $pkg installed, started as an ordinary user, checked and removed"
