#!/usr/bin/env bash
# Build root for the Linux bundle: an older Debian release in a chroot, with CPython 3.11
# built there from Debian's own source package, so that libpython and the libraries the
# bundle carries need no newer glibc than that release's.
#
#   sudo packaging/linux/buildroot.sh /var/tmp/approval-window-buildroots/root-bullseye bullseye
#
# (packaging/build.py --buildroot bullseye runs it with that folder.)
#
# Needs root (debootstrap, chroot) and Debian's package archive. Idempotent: each step
# is skipped when its result is already there.
set -euo pipefail
root=${1:?usage: buildroot.sh DIR SUITE}
suite=${2:-bullseye}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
here=$(cd "$(dirname "$0")/../.." && pwd)

if [ ! -x "$root/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  debootstrap --variant=minbase "$suite" "$root" "$mirror"
fi

# pip trusts the system certificate store, not only its own copy of the public CAs.
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  PIP_CERT=/etc/ssl/certs/ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"; }
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Certificate authorities this machine trusts beyond Debian's (a company proxy's, say).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  refresh_cas=1
fi

# Build tools, CPython's build dependencies, and the libraries Qt's xcb platform needs
# at run time (the smoke check starts the bundle inside the root).
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  build-essential binutils file ca-certificates xz-utils dpkg-dev \
  libssl-dev libffi-dev zlib1g-dev libsqlite3-dev libbz2-dev liblzma-dev uuid-dev libexpat1-dev \
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 \
  libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
  libxcb-xkb1 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxcb-xinerama0 \
  libxcb-render0 libxcb-glx0 libxcb-util1 libice6 libsm6 libopengl0 libcups2 libgssapi-krb5-2 libatomic1 \
  libzstd1 libsqlite3-0 fonts-wqy-zenhei >/dev/null
[ -z "${refresh_cas:-}" ] || in_root update-ca-certificates >/dev/null

py=/opt/python3.11
# Keep libpython and its modules at glibc 2.28 (UOS 20) although this release has 2.31:
# glibc 2.29 gave exp, exp2, log, log2 and pow new symbol versions, and 2.30 added
# sem_clockwait. Link the 2.2.5 versions of the former (the same functions, still in
# every glibc) and tell configure the latter is absent (Python then uses sem_timedwait).
cat > "$root/usr/local/include/glibc-2.28.h" <<'H'
#ifndef GLIBC_228_H
#define GLIBC_228_H
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
#endif
H
if [ ! -e "$root$py/.glibc-2.28" ]; then
  # CPython 3.11 is not in this release: take the source of bookworm's python3.11
  # package (checked against its signed Sources index by apt) and build it here.
  echo "deb-src $mirror bookworm main" > "$root/etc/apt/sources.list.d/bookworm-src.list"
  in_root apt-get update -qq
  in_root sh -c 'mkdir -p /src && cd /src && apt-get source --download-only -qq python3.11'
  in_root sh -c "cd /src && rm -rf Python-3.11* && tar xf python3.11_*.orig.tar.* && cd Python-3.11* &&
    ./configure -q --prefix=$py --enable-shared --with-ensurepip=install LDFLAGS=-Wl,-rpath,$py/lib \
      CFLAGS=\"-include /usr/local/include/glibc-2.28.h\" ac_cv_func_sem_clockwait=no &&
    make -s -j\$(nproc) && make -s install && touch $py/.glibc-2.28" >/dev/null
fi
if [ ! -x "$root/venv/bin/python" ]; then
  in_root $py/bin/python3.11 -m venv /venv
fi
# The project's own pins (PySide6 6.9: manylinux_2_28 wheels), and PyInstaller.
rm -rf "$root/src/approval-window" && mkdir -p "$root/src/approval-window"
(cd "$here" && git ls-files -z | xargs -0 cp --parents -t "$root/src/approval-window")
in_root /venv/bin/pip install -q --upgrade pip >/dev/null
in_root /venv/bin/pip install -q "/src/approval-window[packaging]"
echo "$root ready: $(in_root /venv/bin/python -c 'import platform,PySide6;print(platform.python_version(), "PySide6", PySide6.__version__)')"
