#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints PromoterLab's training-step throughput beside the official Python LegNet's, case by case
# in one run: full optimized LegNet, forward + backward + optimizer, every hardware thread.
# Each case runs in its own process. Takes about ten minutes on a 2-core machine.
#
# Usage: bench/compare_training_with_official.sh BUILD_DIR LEGNET_CHECKOUT
#   BUILD_DIR        a Release build of this project (holds bench/training_bench)
#   LEGNET_CHECKOUT  a checkout of github.com/autosome-ru/LegNet kept outside this project
# Needs Debian's python3-torch for the official side.
set -euo pipefail
build=$1
legnet=$2
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3
threads=$(nproc)
for case in "256 adamw" "1024 adamw" "1024 lion"; do
    set -- $case
    "$python" "$here/official_legnet_bench.py" --legnet-repo "$legnet" --train-case "$1" "$threads" --optimizer "$2"
    "$build/bench/training_bench" --case "$1" "$threads" --optimizer "$2"
done
