#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints how well designs hit their targets (Pearson and Spearman of target vs predicted, mean
# absolute error by target range, mean pairwise Hamming distance) and how long they took, for
# diffusion alone, guided search alone and diffusion + polish, all scored by the same predictor.
#
# Usage: bench/design_quality.sh BUILD_DIR [GENERATOR] [COUNT_PER_TARGET] [THREADS]
#   GENERATOR         a LegNet-Generator bundle (default: the bundled one)
#   COUNT_PER_TARGET  designs for each target 4, 5, …, 16 (default 77: 1,001 designs)
# The guided search runs simulated annealing, 10 rounds of 32 substitutions a design, so that
# the CPU run stays within minutes; the paper's figure for diffusion is Pearson 0.839, Spearman 0.843.
set -euo pipefail
build=$1
generator=${2:-default}
count=${3:-77}
threads=${4:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=$build/app/promoterlab-cli
common=(--targets 4:16:1 --count "$count" --seed 1 --threads "$threads")
search=(--search annealing --rounds 10 --mutants 32)

run() {
    local title=$1
    shift
    echo "== $title"
    local start=$SECONDS
    "$cli" design "${common[@]}" "$@" --output "$work/designs.csv" 2>&1 | grep -v "design progress"
    echo "   $((SECONDS - start)) s"
}

run "diffusion (100 steps, shift 30)" --generator "$generator" --method diffusion
run "guided search alone" --method guided "${search[@]}"
run "diffusion + polish" --generator "$generator" --method diffusion+polish "${search[@]}"
