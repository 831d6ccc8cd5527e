#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints PromoterLab's prediction throughput beside the official Python LegNet's, case by case
# in one run, so that both see the same machine state. Each case runs in its own process.
#
# Usage: bench/compare_with_official.sh BUILD_DIR LEGNET_CHECKOUT
#   BUILD_DIR        a Release build of this project (holds bench/prediction_bench)
#   LEGNET_CHECKOUT  a checkout of github.com/autosome-ru/LegNet kept outside this project
# Needs Debian's python3-torch for the official side.
set -euo pipefail
build=$1
legnet=$2
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3
for threads in 1 "$(nproc)"; do
    for batch in 1 64 256; do
        "$python" "$here/official_legnet_bench.py" --legnet-repo "$legnet" --case "$batch" "$threads"
        "$build/bench/prediction_bench" --case "$batch" "$threads"
    done
done
"$build/bench/prediction_bench" --bfloat16 "$here/../tests/data/parity/optimized_small.pth"
