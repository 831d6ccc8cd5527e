#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages PromoterLab needs, configures, builds and runs every test, then
# the packaging test: the .deb installed into a fresh Debian 12 root (as root: debootstrap, chroot).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPROMOTERLAB_GUI=ON
cmake --build build --parallel "$(nproc)"
ctest --test-dir build --output-on-failure
SUDO=$(command -v sudo || true)
[ "$(id -u)" -eq 0 ] && SUDO=
$SUDO tools/test-debian-package.sh build
