#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the time of one full mutagenesis map (a 150-nt input, 902 inputs with strand averaging)
# by the official Python LegNet beside PromoterLab's, in one run, so that both see the same
# machine state. Each side runs in its own process.
#
# Usage: bench/compare_mutagenesis_with_official.sh BUILD_DIR LEGNET_CHECKOUT [TRAINED_MODEL]
#   BUILD_DIR        a Release build of this project (holds bench/mutagenesis_bench)
#   LEGNET_CHECKOUT  a checkout of github.com/autosome-ru/LegNet kept outside this project
#   TRAINED_MODEL    a trained model to measure bfloat16's error on (default: the bundled one)
# Needs Debian's python3-torch for the official side.
set -euo pipefail
build=$1
legnet=$2
here=$(cd "$(dirname "$0")" && pwd)
trained=${3:-$here/../resources/models/default.plm}
/usr/bin/python3 "$here/official_legnet_bench.py" --legnet-repo "$legnet" --ism
"$build/bench/mutagenesis_bench" --bfloat16-error "$trained"
/usr/bin/python3 "$here/official_legnet_bench.py" --legnet-repo "$legnet" --ism
