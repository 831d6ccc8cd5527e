#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives `promoterlab-cli train-generator` like a user on 2,000 Native80 reads: a small run with its
# log and provenance, bare inserts, Ctrl-C and resume, and bad rows and options, each ending with
# a clear message and an ordinary exit code.
# Usage: train_generator_cli_test.sh CLI DATA_DIR
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"
# 110-nt DREAM-style reads (TGCATTTTTTTCACATC + insert + GGTTACGGCTGTT) with EL.combined, some NA.
zcat "$data/generator/native80_2000.tsv.gz" >"$work/reads.tsv"
reads=$work/reads.tsv

tiny='"block_sizes": [16, 8, 8], "kernel_size": 3, "batch_size": 32, "steps_per_epoch": 3, "threads": 1'
echo "{$tiny, \"epochs\": 2}" >"$work/tiny.json"

expect "a small run trains, reports accuracy by corruption level and writes the bundle" 0 \
    "epoch 2/2 .*valid loss .*accuracy by substitutions: 0-30 [0-9.]+ 31-100 [0-9.]+ 101-200 [0-9.]+ 201-300" \
    "$cli" train-generator --data "$reads" --valid-fold 0 --config "$work/tiny.json" --out "$work/gen.plm" \
    --metrics-log "$work/metrics.jsonl" --note "cli test"
grep -q "rejected: 44" "$work/err" || { echo "FAIL: the rows without a value are not counted"; failures=$((failures + 1)); }
grep -qE "reads.tsv line [0-9]+: no measured value" "$work/err" \
    || { echo "FAIL: a row without a value is not named by its line"; failures=$((failures + 1)); }
checks=$((checks + 2))
if [ "$(grep -c '"accuracy_by_level":' "$work/metrics.jsonl")" -ne 2 ]; then
    echo "FAIL: the metrics log does not hold one JSON line per epoch"; failures=$((failures + 1))
fi
checks=$((checks + 1))
expect "the bundle is a legnet-generator whose provenance names the data by content hash" 0 \
    "\"sha256\": \"$(sha256sum "$reads" | cut -d' ' -f1)\"" \
    "$cli" info --model "$work/gen.plm"
grep -q '"architecture": "legnet-generator"' "$work/out" \
    || { echo "FAIL: the bundle is not a legnet-generator"; failures=$((failures + 1)); }
grep -q '"max_substitutions": 300' "$work/out" \
    || { echo "FAIL: the bundle does not record its corruption"; failures=$((failures + 1)); }
checks=$((checks + 2))

expect "resuming a finished run trains no more and rewrites the bundle" 0 "resumed after epoch 2" \
    "$cli" train-generator --data "$reads" --valid-fold 0 --config "$work/tiny.json" --out "$work/gen.plm" --resume

# Bare 80-nt inserts are read as they are; a validation file replaces the fold.
awk -F'\t' 'NR > 1 && $2 != "NA" { print substr($1, 18, 80) "\t" $2 }' "$reads" | head -n 300 >"$work/inserts.tsv"
expect "bare 80-nt inserts train with a validation file" 0 "training inserts: 300, validation inserts: 300" \
    "$cli" train-generator --data "$work/inserts.tsv" --valid "$work/inserts.tsv" --config "$work/tiny.json" \
    --out "$work/inserts.plm"

# Ctrl-C stops a long run within a batch, keeps the checkpoint of the last epoch, and --resume continues.
echo '{"block_sizes": [16, 8, 8], "kernel_size": 3, "batch_size": 32, "steps_per_epoch": 600, "epochs": 3,
       "threads": 1}' >"$work/long.json"
"$cli" train-generator --data "$work/inserts.tsv" --config "$work/long.json" --out "$work/long.plm" \
    >"$work/long.out" 2>"$work/long.err" &
run=$!
for _ in $(seq 600); do
    grep -q "epoch 1/3" "$work/long.err" && break
    sleep 0.1
done
kill -INT "$run"
wait "$run"
status=$?
checks=$((checks + 1))
if [ "$status" -ne 130 ] || ! grep -q "cancelled" "$work/long.err" || [ ! -f "$work/long.plm.checkpoint" ] \
    || [ -f "$work/long.plm" ]; then
    echo "FAIL: Ctrl-C did not cancel cleanly (status $status)"; sed 's/^/   | /' "$work/long.err" | tail -n 4
    failures=$((failures + 1))
fi
expect "--resume continues after the last finished epoch" 0 "resumed after epoch 1" \
    "$cli" train-generator --data "$work/inserts.tsv" --config "$work/long.json" --out "$work/long.plm" --resume
echo '{"block_sizes": [16, 8, 8], "kernel_size": 3, "batch_size": 32, "steps_per_epoch": 600, "epochs": 3,
       "threads": 1, "max_substitutions": 100}' >"$work/other.json"
expect "resuming with another configuration is refused" 2 "another configuration" \
    "$cli" train-generator --data "$work/inserts.tsv" --config "$work/other.json" --out "$work/long.plm" --resume

# Rows of other lengths or with other adapters are rejected with file, line and reason.
{ head -n 20 "$reads"
  printf '%s\t5.0\n' "$(sed -n 21p "$reads" | cut -c1-95)"
  printf 'AAAAAAAAAAAAAAAAA%s\t5.0\n' "$(sed -n 22p "$reads" | cut -c18-110)"
  printf '%s\t5.0\n' "$(sed -n 23p "$reads" | cut -c18-97 | sed 's/^./N/')"
  sed -n '24,60p' "$reads"; } >"$work/bad_rows.tsv"
expect "a 95-nt row is rejected with its line" 0 "bad_rows.tsv line 21: 95 nt; expected an 80-nt insert or a 110-nt read" \
    "$cli" train-generator --data "$work/bad_rows.tsv" --config "$work/tiny.json" --out "$work/bad.plm"
grep -q "bad_rows.tsv line 22: .*adapters differ" "$work/err" \
    || { echo "FAIL: a read with other adapters is not named"; failures=$((failures + 1)); }
grep -q "bad_rows.tsv line 23: 'N' at insert position 1" "$work/err" \
    || { echo "FAIL: an insert with N is not named"; failures=$((failures + 1)); }
checks=$((checks + 2))

printf 'seq\texpression\nACGT\t3\n' >"$work/short.tsv"
expect "a file without a usable insert fails with the reason" 2 "no usable training insert" \
    "$cli" train-generator --data "$work/short.tsv" --config "$work/tiny.json" --out "$work/short.plm"
echo '{"max_substitution": 3}' >"$work/typo.json"
expect "an unknown configuration key is named" 2 "typo.json: unknown key 'max_substitution'" \
    "$cli" train-generator --data "$reads" --config "$work/typo.json" --out "$work/x.plm"
expect "--valid and --valid-fold together are refused" 1 "give --valid or --valid-fold, not both" \
    "$cli" train-generator --data "$reads" --valid "$reads" --valid-fold 1 --out "$work/x.plm"
expect "a missing output folder fails before training" 2 "/nonexistent-folder/g.plm.checkpoint: cannot be written" \
    "$cli" train-generator --data "$reads" --config "$work/tiny.json" --out /nonexistent-folder/g.plm

finish
