#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test: makes the .deb with CPack in a build folder, installs it with apt into a
# fresh Debian 12 root made by debootstrap (only the dependencies the package declares, no
# recommended packages), then runs both programs there: promoterlab-cli predicts the shipped
# examples with the shipped model, and must print what the build's own CLI prints; promoterlab
# answers --version. Needs root, debootstrap and the Debian mirror.
#
#     tools/test-debian-package.sh BUILD_DIR [ROOT_DIR]
#
# ROOT_DIR (default: a new folder under /var/tmp) is removed at the end unless KEEP_ROOT=1.
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR [ROOT_DIR]}" && pwd)
root=${2:-$(mktemp -d /var/tmp/promoterlab-debian-root.XXXXXX)}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

cleanup() {
    mountpoint -q "$root/proc" && umount "$root/proc"
    [ "${KEEP_ROOT:-0}" = 1 ] || rm -rf "$root"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/promoterlab_*.deb | head -n 1)
echo "package: $deb"
dpkg-deb --field "$deb" Depends

debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -n 20 "$root.debootstrap.log" >&2; fail "debootstrap did not make a Debian 12 root"; }
rm -f "$root.debootstrap.log"
# A fresh installation gets its updates and security fixes, as the build machine did.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://security.debian.org/debian-security bookworm-security main
EOF
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >/dev/null

for file in /usr/bin/promoterlab /usr/bin/promoterlab-cli /usr/share/promoterlab/models/default.plm \
    /usr/share/promoterlab/examples/yeast_native_promoters.csv \
    /usr/share/applications/org.promoterlab.PromoterLab.desktop \
    /usr/share/metainfo/org.promoterlab.PromoterLab.metainfo.xml \
    /usr/share/mime/packages/org.promoterlab.PromoterLab.xml \
    /usr/share/icons/hicolor/scalable/apps/org.promoterlab.PromoterLab.svg \
    /usr/share/man/man1/promoterlab.1 /usr/share/man/man1/promoterlab-cli.1; do
    [ -e "$root$file" ] || fail "the package did not install $file"
done

examples=/usr/share/promoterlab/examples/yeast_native_promoters.csv
in_root promoterlab-cli predict --model default --input "$examples" --threads 1 >"$root/tmp/installed.csv" ||
    fail "promoterlab-cli predict failed in the Debian 12 root"
rows=$(($(wc -l <"$root/tmp/installed.csv") - 1))
[ "$rows" = 24 ] || fail "expected 24 predictions of the examples, got $rows"
"$build/app/promoterlab-cli" predict --model default --input "$root$examples" --threads 1 >"$root/tmp/built.csv"
cmp -s "$root/tmp/installed.csv" "$root/tmp/built.csv" ||
    fail "the installed CLI predicts differently from the build's: $(diff "$root/tmp/installed.csv" "$root/tmp/built.csv" | head -n 4)"
echo "promoterlab-cli predict: 24 examples, same output as the build's CLI"
head -n 3 "$root/tmp/installed.csv" | cut -c 1-160

version=$(in_root env QT_QPA_PLATFORM=offscreen promoterlab --version) || fail "promoterlab --version failed"
echo "promoterlab --version: $version"
expected=$(dpkg-deb --field "$deb" Version)
[ "$version" = "PromoterLab $expected" ] || fail "expected 'PromoterLab $expected'"
echo "PASS: the package installs on Debian 12 and both programs run"
