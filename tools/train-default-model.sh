#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reproduces the model PromoterLab ships with (resources/models/default.plm): a compact LegNet
# trained on the de Boer et al. 2020 Native80 library (MIT), with every insert of the shared test
# sets left out, then scored on those held-out sets (tools/default-model/held_out_report.py).
#
# Usage: tools/train-default-model.sh BUILD_DIR DATA_DIR [WORK_DIR]
#   BUILD_DIR  a Release build of this project (holds app/promoterlab-cli)
#   DATA_DIR   the shared data folder (deboer2020/, vaishnav2022/, legnet2023/)
#   WORK_DIR   where the prepared data, checkpoint, log and report go (default: BUILD_DIR/default-model)
# A stopped run continues from its last epoch when started again (--resume).
set -euo pipefail
build=$(realpath "$1")
data=$(realpath "$2")
work=${3:-$build/default-model}
here=$(cd "$(dirname "$0")" && pwd)
cli=$build/app/promoterlab-cli
mkdir -p "$work"

# Native80 reads are 120 nt: "AAC" + the 110-nt DREAM-style construct + "TCTTAAT". Keep the
# construct and the replicate-combined expression.
zcat "$data/deboer2020/native80.tsv.gz" |
    awk -F'\t' 'NR == 1 { print "seq\tEL.combined"; next } { print substr($1, 4, 110) "\t" $6 }' \
        > "$work/native80_110nt.tsv"

# The drift pairs hold two sequences a row (descendant and ancestor): list both.
for medium in complex defined; do
    zcat "$data/legnet2023/${medium}_medium_drift.tsv.gz" | awk -F'\t' 'NR > 1 { print $1; print $2 }'
done > "$work/legnet2023_drift_sequences.txt"

excludes=(--exclude "$data/deboer2020/hq_test_glucose.tsv.gz" --exclude "$work/legnet2023_drift_sequences.txt")
for file in "$data"/vaishnav2022/*.csv.gz; do
    excludes+=(--exclude "$file")
done

"$cli" train --data "$work/native80_110nt.tsv" --valid-fold 0 --deduplicate "${excludes[@]}" \
    --config "$here/default-model/config.json" --out "$work/default.plm" --resume \
    --metrics-log "$work/metrics.jsonl" --name "PromoterLab default (compact LegNet, Native80)" \
    --description "Yeast promoter expression (0-17 bins, glucose/YPD) of 110-nt reporter reads; compact LegNet trained on the de Boer et al. 2020 Native80 library" \
    --note "tools/train-default-model.sh: de Boer et al. 2020 Native80 (EL.combined, 110-nt reads), test-set inserts excluded"

/usr/bin/python3 "$here/default-model/held_out_report.py" --cli "$cli" --model "$work/default.plm" \
    --data "$data" --work "$work" | tee "$work/held_out_report.md"
