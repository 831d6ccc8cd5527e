#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages PromoterLab needs, builds it and opens the bundled example
# promoters (real yeast promoters, held out from training) with the bundled default model: in
# the desktop application when there is a display, else with the command-line tool, which
# prints name, measured and predicted expression and writes every column to
# build/example_predictions.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPROMOTERLAB_GUI=ON
examples=resources/examples/yeast_native_promoters.csv
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    cmake --build build --parallel "$(nproc)" --target promoterlab
    exec build/app/promoterlab --model default "$examples"
fi
cmake --build build --parallel "$(nproc)" --target promoterlab-cli
build/app/promoterlab-cli predict --model default --input "$examples" --output build/example_predictions.csv
echo
echo "name                 measured  predicted"
cut -d, -f1,3,4 build/example_predictions.csv | tail -n +2 |
    awk -F, '{ printf "%-20s %8.2f %10.2f\n", $1, $2, $3 }'
echo
echo "all columns (bin probabilities, per-strand expression): build/example_predictions.csv"
echo "(no display found: on a desktop this command opens the application instead)"
