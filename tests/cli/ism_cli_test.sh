#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives `promoterlab-cli ism` like a user: the long table of maps is checked against independent
# predictions of every mutant by `promoterlab-cli predict`, with the flanks, as an estimate, and
# with bad input.
# Usage: ism_cli_test.sh CLI DATA_DIR
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
model=$data/models/tiny_optimized.pth
source "$(dirname "$0")/expect.sh"

# The reads without their first 17 nt, the adapter: a read that starts with it continues the
# model's flank there, so a mutated adapter would move the whole read in the model's input and
# the mutant rebuilt below would not be the one the map substitutes.
awk -F'\t' 'NR > 1 && NR <= 3 { printf ">s%d\n%s\n", NR - 1, substr($2, 18) }' "$data/parity/sequences.tsv" >"$work/two.fa"
# Three mutants a base, four for an ambiguity code (every base differs from it).
ambiguous=$(grep -v '^>' "$work/two.fa" | tr -d 'ACGT\n' | wc -c)
rows=$((3 * $(grep -v '^>' "$work/two.fa" | tr -d '\n' | wc -c) + ambiguous))

expect "two sequences give one row per substitution" 0 "wrote 2 maps" \
    "$cli" ism --model "$model" --input "$work/two.fa" --output "$work/maps.csv"
checks=$((checks + 1))
if [ "$(head -n 1 "$work/maps.csv")" != "sequence,position,ref,alt,delta,prediction" ] \
    || [ "$(($(wc -l <"$work/maps.csv") - 1))" -ne "$rows" ]; then
    echo "FAIL: the map table has the wrong header or $(($(wc -l <"$work/maps.csv") - 1)) rows instead of $rows"
    failures=$((failures + 1))
fi

# Every mutant rebuilt here from its row and predicted from scratch: prediction − reference = delta.
awk -F, 'FNR == NR { if (/^>/) name = substr($0, 2); else seq[name] = $0; next }
         FNR > 1 { s = seq[$1]; printf ">%s:%d%s\n%s%s%s\n", $1, $2, $4, substr(s, 1, $2 - 1), $4, substr(s, $2 + 1) }' \
    "$work/two.fa" "$work/maps.csv" >"$work/mutants.fa"
"$cli" predict --model "$model" --input "$work/mutants.fa" --output "$work/mutants.csv" 2>/dev/null
"$cli" predict --model "$model" --input "$work/two.fa" --output "$work/references.csv" 2>/dev/null
checks=$((checks + 1))
if ! awk -F, 'FILENAME ~ /references/ { if (FNR > 1) reference[$1] = $4; next }
              FILENAME ~ /mutants/ { if (FNR > 1) predicted[FNR - 1] = $4; next }
              FNR > 1 { n++; d = predicted[n] - reference[$1] - $5; if (d > 1e-5 || d < -1e-5) bad++
                        p = $6 - predicted[n]; if (p > 1e-5 || p < -1e-5) bad++ }
              END { exit !(n > 0 && bad == 0) }' \
    "$work/references.csv" "$work/mutants.csv" "$work/maps.csv"; then
    echo "FAIL: deltas or predictions differ from independent predictions of the mutants"
    failures=$((failures + 1))
fi

expect "--flanks covers the model's whole 150-nt input, flank positions at 0 and below" 0 "wrote 2 maps" \
    "$cli" ism --model "$model" --input "$work/two.fa" --output "$work/flanks.csv" --flanks
checks=$((checks + 1))
if [ "$(($(wc -l <"$work/flanks.csv") - 1))" -ne $((900 + ambiguous)) ] || ! awk -F, 'NR > 1 && $2 <= 0 { found = 1 } END { exit !found }' "$work/flanks.csv"; then
    echo "FAIL: the map with flanks does not have 900 rows with flank positions"
    failures=$((failures + 1))
fi

expect "--estimate writes the same table from gradients" 0 "wrote 2 maps" \
    "$cli" ism --model "$model" --input "$work/two.fa" --output "$work/estimate.csv" --estimate
checks=$((checks + 1))
if [ "$(wc -l <"$work/estimate.csv")" -ne "$(wc -l <"$work/maps.csv")" ]; then
    echo "FAIL: the estimate has another number of rows than the map"
    failures=$((failures + 1))
fi

printf '>good\nACGTACGTACGTACGTACGT\n>bad\nACGTXACGT\n' >"$work/mixed.fa"
expect "a sequence the model cannot read is listed with its line and the others mapped" 0 "mixed.fa line 4: 'bad'" \
    "$cli" ism --model "$model" --input "$work/mixed.fa" --output "$work/mixed.csv"
printf '>bad\nACGTXACGT\n' >"$work/bad.fa"
expect "no readable sequence is an error naming the file" 2 "bad.fa: no sequence the model can read" \
    "$cli" ism --model "$model" --input "$work/bad.fa" --output "$work/bad.csv"
expect "the output is required" 1 "--output is required" \
    "$cli" ism --model "$model" --input "$work/two.fa"
expect "an output folder that does not exist is named" 2 "$work/missing/maps.csv" \
    "$cli" ism --model "$model" --input "$work/two.fa" --output "$work/missing/maps.csv"

finish
