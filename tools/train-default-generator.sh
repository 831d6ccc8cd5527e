#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Trains the generator PromoterLab is to ship beside its default predictor
# (resources/models/default-generator.plm): a reduced LegNet-Generator on the inserts of the
# de Boer et al. 2020 Native80 library (MIT), on the CPU. Each insert is labelled with the default
# predictor's expression rather than the measured one: the designs are scored by that predictor,
# and with measured labels a CPU-sized run learned to copy its input but not to follow the target
# (target vs predicted Pearson -0.02, against 0.38 with the predictor's labels; adding 200,000
# random inserts labelled the same way gave 0.28).
#
# Usage: tools/train-default-generator.sh BUILD_DIR DATA_DIR [WORK_DIR]
#   BUILD_DIR  a Release build of this project (holds app/promoterlab-cli)
#   DATA_DIR   the shared data folder (deboer2020/)
#   WORK_DIR   where the prepared data, checkpoint and log go (default: BUILD_DIR/default-generator)
# A stopped run continues from its last epoch when started again (--resume). About 15 minutes on
# the 2-core development machine when nothing else runs (3,000 steps of 256 inserts), plus a
# minute to label the 70,924 inserts.
set -euo pipefail
build=$(realpath "$1")
data=$(realpath "$2")
work=${3:-$build/default-generator}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"

# Native80 reads are 120 nt: "AAC" + the 110-nt construct + "TCTTAAT"; the CLI strips the
# construct's adapters to the 80-nt insert.
zcat "$data/deboer2020/native80.tsv.gz" |
    awk -F'\t' 'NR == 1 { print "seq\tEL.combined"; next } { print substr($1, 4, 110) "\t" $6 }' \
        > "$work/native80_110nt.tsv"
"$build/app/promoterlab-cli" predict --input "$work/native80_110nt.tsv" --model default --threads 2 \
    --batch-size 512 --output "$work/native80_predicted.csv"
awk -F, 'NR == 1 { print "seq\texpression"; next } { print $2 "\t" $4 }' "$work/native80_predicted.csv" \
    > "$work/labelled.tsv"

"$build/app/promoterlab-cli" train-generator --data "$work/labelled.tsv" --valid-fold 0 \
    --config "$here/default-generator/config.json" --out "$work/default-generator.plm" --resume \
    --metrics-log "$work/metrics.jsonl" --threads 2 \
    --name "PromoterLab default generator (compact LegNet-Generator, Native80)" \
    --description "Designs 80-nt yeast promoter inserts toward a target expression (0-17 bins) by cold diffusion" \
    --note "tools/train-default-generator.sh: de Boer et al. 2020 Native80 inserts labelled by the default predictor, fold 0 validation"
