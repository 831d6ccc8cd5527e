#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages PromoterLab needs, configures, builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPROMOTERLAB_GUI=ON
cmake --build build --parallel "$(nproc)"
ctest --test-dir build --output-on-failure
