#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives promoterlab-cli like a user: good input, and every kind of bad input the
# foundation issue lists; each must end with a clear message and an ordinary exit code.
# Usage: predict_cli_test.sh CLI DATA_DIR
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
model=$data/models/tiny_optimized.pth
source "$(dirname "$0")/expect.sh"

# Good input: a FASTA with CRLF line ends, lower case and an N.
printf '>first promoter\r\nTGCATTTTTTTCACATCaatggcaggagtgagtcttattacctagggtcagagcaatattagattaccggaccagatttaagtgctggttcagctctGGTTACGGCTGTT\r\n>second\r\nTGCATTTTTTTCACATCGTTAAATTTATCTCAAATACAATCTCCCAGGGTCCATTCGAGCTTGCCTCGCCGTTTTCAAGGGGGCAGAGGNATGAGTTGGTTACGGCTGTT\r\n' >"$work/good.fa"
expect "predict writes a header and one row per sequence" 0 "predicted: 2" \
    "$cli" predict --model "$model" --input "$work/good.fa" --output "$work/good.csv"
checks=$((checks + 1))
if [ "$(wc -l <"$work/good.csv")" -ne 3 ] || ! head -n 1 "$work/good.csv" | grep -q '^name,sequence,measured,expression,expression_forward,expression_reverse,p_bin_0,'; then
    echo "FAIL: predict output has the wrong shape"; failures=$((failures + 1))
fi
expect "--model default predicts with the shipped model" 0 "^first," \
    "$cli" predict --model default --input "$work/good.fa"
expect "predict writes to standard output without --output" 0 "^first," \
    "$cli" predict --model "$model" --input "$work/good.fa"

# An ensemble of two models: their spread and each model's expression are added.
expect "predict with two models writes the ensemble columns" 0 "ensemble_spread,expression_model_1,expression_model_2" \
    "$cli" predict --model "$model" --model "$data/parity/optimized_small.pth" --input "$work/good.fa"

# Evaluation against measured values (the DREAM demo slice has them).
expect "evaluate prints Pearson, Spearman and MSE" 0 "Pearson" \
    "$cli" evaluate --model "$model" --data "$data/io/dream_demo_head50.tsv" --predictions "$work/eval.csv"
checks=$((checks + 1))
if [ "$(wc -l <"$work/eval.csv")" -ne 51 ]; then echo "FAIL: evaluate --predictions has the wrong row count"; failures=$((failures + 1)); fi
expect "evaluate without measured values says so" 2 "no sequence with a measured value" \
    "$cli" evaluate --model "$model" --data "$work/good.fa"

# The same sequences gzip-compressed, as two concatenated members (bgzip style).
head -n 2 "$work/good.fa" | gzip >"$work/good.fa.gz"
tail -n 2 "$work/good.fa" | gzip >>"$work/good.fa.gz"
expect "predict reads multi-member gzip" 0 "predicted: 2" \
    "$cli" predict --model "$model" --input "$work/good.fa.gz" --output "$work/gz.csv"

# Bad sequence files.
: >"$work/empty.fa"
expect "an empty file is named" 2 "empty.fa.*empty" "$cli" predict --model "$model" --input "$work/empty.fa"
printf '>a\n>b\n>c\n' >"$work/headers.fa"
expect "a file of only headers predicts nothing and says why" 2 "headers.fa line 1" \
    "$cli" predict --model "$model" --input "$work/headers.fa"
head -c 4096 /dev/urandom >"$work/junk.bin"
printf '\0\0\0' >>"$work/junk.bin"
expect "binary junk is refused" 2 "junk.bin" "$cli" predict --model "$model" --input "$work/junk.bin"
# Random inserts compress poorly, so cutting the file really cuts the stream.
head -c 240000 /dev/urandom | od -An -v -tu1 -w80 | awk '{ s = ""; for (i = 1; i <= NF; i++) s = s substr("ACGT", $i % 4 + 1, 1); print s }' | gzip >"$work/full.txt.gz"
head -c 20000 "$work/full.txt.gz" >"$work/truncated.txt.gz"
expect "a truncated gzip is reported" 2 "truncated.txt.gz.*(truncated|corrupt)" \
    "$cli" predict --model "$model" --input "$work/truncated.txt.gz" --output "$work/truncated.csv"
head -c 1048576 /dev/zero | tr '\0' 'A' >"$work/long.txt"
echo >>"$work/long.txt"
expect "a 1 MB sequence is skipped with its length" 2 "1048576 nt long" \
    "$cli" predict --model "$model" --input "$work/long.txt"
printf 'ACGUACGU\nACG1ACGT\nACG ACGT\nTGCATTTTTTTCACATCAATGGCAGG\n' >"$work/odd.txt"
expect "U, digits and spaces are skipped with reasons, good lines predicted" 0 "RNA" \
    "$cli" predict --model "$model" --input "$work/odd.txt" --output "$work/odd.csv"
checks=$((checks + 1))
if [ "$(wc -l <"$work/odd.csv")" -ne 2 ]; then echo "FAIL: the good line of odd.txt was not predicted"; failures=$((failures + 1)); fi

# Bad model files.
: >"$work/zero.pth"
expect "a zero-byte model file" 2 "zero.pth.*empty" "$cli" info --model "$work/zero.pth"
expect "a state_dict with a tensor missing" 2 "missing main.1.0.fn.block.3.weight" \
    "$cli" info --model "$data/models/tiny_missing_tensor.pth"
expect "a state_dict of the other architecture is recognised" 0 "legnet-dream2022" \
    "$cli" info --model "$data/models/tiny_dream2022.pth"
expect "a model file that is not a model" 2 "junk.bin" "$cli" info --model "$work/junk.bin"

# Usage mistakes.
expect "--help on predict" 0 "Usage: promoterlab-cli predict" "$cli" predict --help
expect "--help on info" 0 "Usage: promoterlab-cli info" "$cli" info --help
expect "a missing required option" 1 "--model is required" "$cli" predict --input "$work/good.fa"
expect "a bad number" 1 "--batch-size must be a whole number" \
    "$cli" predict --model "$model" --input "$work/good.fa" --batch-size 0
expect "an unknown command" 1 "unknown command" "$cli" frobnicate
expect "CUDA where there is none is explained" 2 "CUDA|cuda" \
    "$cli" predict --model "$model" --input "$work/good.fa" --device cuda:7

finish
