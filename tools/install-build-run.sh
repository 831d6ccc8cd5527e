#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages PromoterLab needs, builds it and predicts the bundled example
# promoters (real yeast promoters, held out from training) with the bundled default model.
# Writes the full predictions to build/example_predictions.csv and prints name, measured and
# predicted expression.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPROMOTERLAB_GUI=OFF
cmake --build build --parallel "$(nproc)" --target promoterlab-cli
build/app/promoterlab-cli predict --model default --input resources/examples/yeast_native_promoters.csv \
    --output build/example_predictions.csv
echo
echo "name                 measured  predicted"
cut -d, -f1,3,4 build/example_predictions.csv | tail -n +2 |
    awk -F, '{ printf "%-20s %8.2f %10.2f\n", $1, $2, $3 }'
echo
echo "all columns (bin probabilities, per-strand expression): build/example_predictions.csv"
