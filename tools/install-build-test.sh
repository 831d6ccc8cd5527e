#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages PromoterLab needs, configures, builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=$(command -v sudo || true)
[ "$(id -u)" -eq 0 ] && SUDO=
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    cmake g++ make libtorch-dev libsqlite3-dev zlib1g-dev nlohmann-json3-dev catch2
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPROMOTERLAB_GUI=OFF
cmake --build build --parallel "$(nproc)"
ctest --test-dir build --output-on-failure
