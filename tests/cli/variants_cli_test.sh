#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives `promoterlab-cli variants` like a user: sequence pairs, rows against named sequences,
# and the bad variants the issue lists; each must end with a clear message and an ordinary exit code.
# Usage: variants_cli_test.sh CLI DATA_DIR
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
model=$data/models/tiny_optimized.pth
drift=$data/variants/complex_medium_drift_head40.tsv
source "$(dirname "$0")/expect.sh"

# Pairs with measured values: the summary has all and one line per substitution count.
drift_columns=(--ref-column original_seq --alt-column seq --measured-ref evol_measured --measured-alt original_measured)
expect "pairs print the overall agreement" 0 "^all	40	" \
    "$cli" variants --model "$model" --input "$drift" "${drift_columns[@]}" --output "$work/effects.csv"
for group in 1 2 3; do
    checks=$((checks + 1))
    count=$(awk -F'\t' -v n="$group" 'NR > 1 && $3 == n' "$drift" | wc -l)
    if ! grep -q "^$group	$count	" "$work/out"; then echo "FAIL: no summary line for $group substitutions ($count variants)"; failures=$((failures + 1)); fi
done
checks=$((checks + 1))
if [ "$(wc -l <"$work/effects.csv")" -ne 41 ] || ! head -n 1 "$work/effects.csv" | grep -q '^name,reference,alternative,substitutions,predicted_reference,predicted_alternative,predicted_delta,measured_reference,measured_alternative,measured_delta$'; then
    echo "FAIL: the per-variant table has the wrong shape"; failures=$((failures + 1))
fi
# The predicted delta is the difference of the two predictions the table shows, for every row.
checks=$((checks + 1))
if ! awk -F, 'NR > 1 { d = $6 - $5 - $7; if (d > 1e-9 || d < -1e-9) bad = 1 } END { exit bad }' "$work/effects.csv"; then
    echo "FAIL: predicted_delta is not predicted_alternative - predicted_reference"; failures=$((failures + 1))
fi
expect "the measured delta column is read with --measured" 0 "^all	40	" \
    "$cli" variants --model "$model" --input "$drift" --ref-column original_seq --alt-column seq --measured delta_measured
expect "without measured values the variants are predicted and the missing columns named" 0 "no measured deltas" \
    "$cli" variants --model "$model" --input "$drift" --ref-column original_seq --alt-column seq

# Rows against named sequences, with every kind of bad row the issue lists.
first=$(awk -F'\t' 'NR == 2 { print $2 }' "$drift")
printf '>start\n%s\n' "$first" >"$work/sequences.fa"
base18=${first:17:1}
other18=$([ "$base18" = A ] && echo C || echo A)
{
    printf 'sequence,position,ref,alt\n'
    printf 'start,18,%s,G\n' "$base18"
    printf 'start,18,%s,G\n' "$other18"
    printf 'start,500,A,G\n'
    printf 'start,18,%s,Z\n' "$base18"
    printf 'missing,1,A,G\n'
} >"$work/rows.csv"
expect "a ref base that does not match names the line and the base there" 0 "rows.csv line 3: start: position 18 is $base18, not $other18" \
    "$cli" variants --model "$model" --input "$work/rows.csv" --sequences "$work/sequences.fa" --output "$work/rows_out.csv"
for pattern in "line 4: start: position 500 is out of range" "line 5: .*'Z' at position 1 is not a nucleotide" \
    "line 6: missing: no sequence of that name" "skipped 4 variants"; do
    checks=$((checks + 1))
    if ! grep -qE -- "$pattern" "$work/err"; then echo "FAIL: no '$pattern' among the rejections"; failures=$((failures + 1)); fi
done
checks=$((checks + 1))
if [ "$(wc -l <"$work/rows_out.csv")" -ne 2 ] || ! grep -q "^start:18$base18>G," "$work/rows_out.csv"; then
    echo "FAIL: the good row was not scored"; failures=$((failures + 1))
fi

# Pairs of different lengths are indels, and a file of nothing but bad pairs fails.
printf 'ref,alt\nACGTACGT,ACGTACG\nACGT,ACGT\n' >"$work/bad_pairs.csv"
expect "pairs of different lengths are refused as indels" 2 "line 2: variant1: the reference has 8 bases and the alternative 7: an indel" \
    "$cli" variants --model "$model" --input "$work/bad_pairs.csv"
expect "no scorable variant is an error" 2 "no variant could be scored" \
    "$cli" variants --model "$model" --input "$work/bad_pairs.csv"

# Usage mistakes and missing columns.
expect "--help on variants" 0 "Usage: promoterlab-cli variants" "$cli" variants --help
expect "a missing input" 1 "--input is required" "$cli" variants --model "$model"
expect "two models are refused" 1 "exactly one --model" \
    "$cli" variants --model "$model" --model "$model" --input "$drift"
expect "a table without reference and alternative columns names its columns" 2 "no column for the reference sequence.*'original_seq'" \
    "$cli" variants --model "$model" --input "$drift"
expect "a named column that does not exist" 2 "no column named 'delta' for the measured delta" \
    "$cli" variants --model "$model" --input "$drift" --ref-column original_seq --alt-column seq --measured delta

finish
