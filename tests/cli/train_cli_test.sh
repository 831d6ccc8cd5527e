#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives `promoterlab-cli train` and `evaluate` like a user: a small run with its log and
# provenance, a multi-label run, and the bad input the training issue lists; each must end with
# a clear message and an ordinary exit code.
# Usage: train_cli_test.sh CLI DATA_DIR
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"
reads=$data/training/dream_demo_600.tsv

tiny='"block_sizes": [16, 8, 8], "kernel_size": 3, "batch_size": 16, "steps_per_epoch": 3,
      "optimizer": "adamw", "learning_rate": 0.005, "weight_decay": 0.01, "threads": 1'
echo "{$tiny, \"epochs\": 2}" >"$work/tiny.json"

expect "a small run trains, validates and writes the bundle" 0 "epoch 2/2 .*valid loss .*Pearson" \
    "$cli" train --data "$reads" --valid-fold 0 --config "$work/tiny.json" --out "$work/model.plm" \
    --metrics-log "$work/metrics.jsonl" --note "cli test"
checks=$((checks + 1))
if [ "$(grep -c '"pearson":' "$work/metrics.jsonl")" -ne 2 ]; then
    echo "FAIL: the metrics log does not hold one JSON line per epoch"; failures=$((failures + 1))
fi
expect "the bundle's provenance names the data by content hash" 0 \
    "\"sha256\": \"$(sha256sum "$reads" | cut -d' ' -f1)\"" \
    "$cli" info --model "$work/model.plm"
expect "evaluate scores the trained model" 0 "Spearman" \
    "$cli" evaluate --model "$work/model.plm" --data "$reads" --threads 1

# Bad values past the rows that show the layout: NaN and text are rejected with their lines.
{ head -n 60 "$reads"; printf '%s\tNaN\n' "$(sed -n 61p "$reads" | cut -f1)"
  printf '%s\thigh\n' "$(sed -n 62p "$reads" | cut -f1)"; sed -n '63,200p' "$reads"; } >"$work/bad_values.tsv"
expect "a NaN value is rejected with its line" 0 "line 61: no measured value" \
    "$cli" train --data "$work/bad_values.tsv" --config "$work/tiny.json" --out "$work/bad.plm"
grep -q "line 62: .*'high'" "$work/err" || { echo "FAIL: the text value is not named"; failures=$((failures + 1)); }

head -n 1 "$reads" >"$work/one_row.tsv"
expect "one row with a validation fold it does not fall in" 2 "validation fold 0 has no rows" \
    "$cli" train --data "$work/one_row.tsv" --valid-fold 0 --config "$work/tiny.json" --out "$work/one.plm"
expect "one row alone trains with a warning" 0 "warning: only 1 training row" \
    "$cli" train --data "$work/one_row.tsv" --config "$work/tiny.json" --out "$work/one.plm"
{ printf 'sequence\tvalue\tfold\n'; head -n 40 "$reads" | awk -F'\t' '{ print $1 "\t" $2 "\t" NR % 2 }'; } \
    >"$work/folds.tsv"
expect "an empty validation fold names the folds there are" 2 "fold 7 has no rows.*0 \(20 rows\), 1 \(20 rows\)" \
    "$cli" train --data "$work/folds.tsv" --fold-column --valid-fold 7 --config "$work/tiny.json" --out "$work/f.plm"

echo '{"learning_rat": 0.1}' >"$work/typo.json"
expect "an unknown configuration key is named" 2 "typo.json: unknown key 'learning_rat'" \
    "$cli" train --data "$reads" --config "$work/typo.json" --out "$work/x.plm"
echo '{"learning_rate": -0.001}' >"$work/negative.json"
expect "a negative learning rate is refused" 2 "negative.json: learning_rate must be positive" \
    "$cli" train --data "$reads" --config "$work/negative.json" --out "$work/x.plm"
echo "{$tiny, \"epochs\": 2, \"architecture\": \"legnet-dream2022\"}" >"$work/dream.json"
expect "resuming from a checkpoint of another architecture is refused" 2 "another configuration" \
    "$cli" train --data "$reads" --valid-fold 0 --config "$work/dream.json" --out "$work/model.plm" --resume

mkdir "$work/read_only"
chmod a-w "$work/read_only"
if [ -w "$work/read_only" ]; then   # root writes anywhere: use a folder no one can create files in
    read_only=/proc/promoterlab-test
else
    read_only=$work/read_only
fi
expect "a read-only output folder fails before training" 2 "$read_only/model.plm.checkpoint: cannot be written" \
    "$cli" train --data "$reads" --config "$work/tiny.json" --out "$read_only/model.plm"

expect "a full disk under the metrics log is reported" 2 "/dev/full: the metrics log could not be written" \
    "$cli" train --data "$reads" --config "$work/tiny.json" --out "$work/full.plm" --metrics-log /dev/full

# Multi-label: one 0/1 column per class, named by the configuration's classes.
awk -F'\t' 'BEGIN { print "sequence\tbright\tdim" } { print $1 "\t" ($2 > 13) "\t" ($2 < 9.5) }' "$reads" \
    >"$work/classes.tsv"
echo "{$tiny, \"epochs\": 1, \"task\": \"multilabel\", \"classes\": [\"bright\", \"dim\"]}" >"$work/multilabel.json"
expect "a multi-label classifier trains on its class columns" 0 "AUROC" \
    "$cli" train --data "$work/classes.tsv" --valid-fold 0 --config "$work/multilabel.json" --out "$work/classes.plm"
expect "evaluate scores each class and their mean" 0 "AUROC bright.*" \
    "$cli" evaluate --model "$work/classes.plm" --data "$work/classes.tsv" --threads 1
grep -q "mean AUROC" "$work/out" || { echo "FAIL: no mean AUROC"; failures=$((failures + 1)); }

finish
