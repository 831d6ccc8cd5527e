#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives `promoterlab-cli design` like a user: guided, diffusion and polished designs under
# constraints, checked here with other tools (awk, grep) than the code that enforces them, and
# the bad input the issue lists; each must end with a clear message and an ordinary exit code.
# Usage: design_cli_test.sh CLI DATA_DIR
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"

# A tiny generator, trained for a few steps: its designs are poor, but real generator output.
printf '{"block_sizes": [16, 16, 16], "batch_size": 64, "steps_per_epoch": 5, "epochs": 1}\n' >"$work/tiny.json"
expect "a tiny generator trains" 0 "generator" \
    "$cli" train-generator --data "$data/generator/native80_2000.tsv.gz" --valid-fold 0 --config "$work/tiny.json" \
    --out "$work/generator.plm" --threads 1

cat >"$work/constraints.json" <<'JSON'
{"gc_min": 0.4, "gc_max": 0.6, "max_homopolymer": 5, "forbidden_motifs": ["BsaI", "GAATTC"]}
JSON

# check_designs CSV COUNT: every listed design honours the constraints, as awk and grep see them.
check_designs() {
    local csv=$1 count=$2
    checks=$((checks + 1))
    if ! head -n 1 "$csv" | grep -q '^name,sequence,insert,target,predicted,error,gc,nearest_distance$'; then
        echo "FAIL: $csv has the wrong header"; failures=$((failures + 1)); return
    fi
    checks=$((checks + 1))
    if [ "$(($(wc -l <"$csv") - 1))" -ne "$count" ]; then
        echo "FAIL: $csv lists $(($(wc -l <"$csv") - 1)) designs, not $count"; failures=$((failures + 1))
    fi
    checks=$((checks + 1))
    if ! awk -F, 'NR > 1 {
            insert = $3; n = length(insert); gc = gsub(/[GC]/, "", insert)
            if (n != 80 || gc / n < 0.4 - 1e-9 || gc / n > 0.6 + 1e-9) bad = 1
            if (index($2, "TGCATTTTTTTCACATC") != 1 || substr($2, 98) != "GGTTACGGCTGTT") bad = 1
            e = $4 - $5; if (e < 0) e = -e; if (e - $6 > 1e-6 || $6 - e > 1e-6) bad = 1
        } END { exit bad }' "$csv"; then
        echo "FAIL: $csv has a design outside the GC range, without its flanks, or a wrong error"; failures=$((failures + 1))
    fi
    checks=$((checks + 1))
    # BsaI GGTCTC (and its reverse complement GAGACC), EcoRI GAATTC (a palindrome); runs of 6.
    if cut -d, -f2 "$csv" | tail -n +2 | grep -qE 'GGTCTC|GAGACC|GAATTC' ||
        cut -d, -f3 "$csv" | tail -n +2 | grep -qE 'AAAAAA|CCCCCC|GGGGGG|TTTTTT'; then
        echo "FAIL: $csv has a forbidden site or a homopolymer over 5"; failures=$((failures + 1))
    fi
}

expect "guided designs over a range of targets" 0 "wrote [0-9]+ of 6 designs" \
    "$cli" design --method guided --targets 6:10:2 --count 2 --rounds 4 --constraints "$work/constraints.json" \
    --seed 5 --output "$work/guided.csv" --fasta "$work/guided.fa"
listed=$(($(wc -l <"$work/guided.csv") - 1))
check_designs "$work/guided.csv" "$listed"
checks=$((checks + 1))
if [ "$(grep -c '^>' "$work/guided.fa")" -ne "$listed" ] || [ "$listed" -lt 1 ]; then
    echo "FAIL: the FASTA does not hold the $listed designs of the CSV"; failures=$((failures + 1))
fi
expect "the same seed gives the same designs" 0 "wrote" \
    "$cli" design --method guided --targets 6:10:2 --count 2 --rounds 4 --constraints "$work/constraints.json" \
    --seed 5 --output "$work/again.csv" --fasta "$work/inserts.fa" --fasta-inserts-only
checks=$((checks + 1))
if ! cmp -s "$work/guided.csv" "$work/again.csv"; then echo "FAIL: a seed did not reproduce the designs"; failures=$((failures + 1)); fi
checks=$((checks + 1))
if grep -v '^>' "$work/inserts.fa" | awk 'length($0) != 80 { bad = 1 } END { exit !bad }'; then
    echo "FAIL: --fasta-inserts-only wrote more than the inserts"; failures=$((failures + 1))
fi

expect "diffusion with a generator" 0 "wrote [0-9]+ of 4 designs" \
    "$cli" design --generator "$work/generator.plm" --target 8 --count 4 --steps 5 \
    --constraints "$work/constraints.json" --output "$work/diffusion.csv"
check_designs "$work/diffusion.csv" "$(($(wc -l <"$work/diffusion.csv") - 1))"
expect "diffusion polished by guided search" 0 "wrote [0-9]+ of 2 designs" \
    "$cli" design --generator "$work/generator.plm" --method diffusion+polish --target 12 --count 2 --steps 3 \
    --rounds 2 --constraints "$work/constraints.json" --output "$work/polished.csv"
check_designs "$work/polished.csv" "$(($(wc -l <"$work/polished.csv") - 1))"
expect "the shipped generator and predictor by the name default" 0 "wrote [0-9]+ of 3 designs" \
    "$cli" design --generator default --predictor default --method diffusion --target 10 --count 3 --steps 10 \
    --constraints "$work/constraints.json" --output "$work/shipped.csv" --threads 1
check_designs "$work/shipped.csv" "$(($(wc -l <"$work/shipped.csv") - 1))"

# The bad input of the issue.
expect "an unreachable target is designed toward, with a warning" 0 "target 40 is outside what the predictor can output" \
    "$cli" design --method guided --target 40 --rounds 1 --output "$work/high.csv"
expect "a negative target too" 0 "target -5 is outside" \
    "$cli" design --method guided --target -5 --rounds 1 --output "$work/low.csv"
printf '{"gc_min": 0.9, "gc_max": 1.0, "forbidden_motifs": ["S"]}\n' >"$work/contradictory.json"
expect "contradictory constraints are refused with the file named" 2 "contradictory.json" \
    "$cli" design --method guided --target 8 --constraints "$work/contradictory.json" --output "$work/none.csv"
printf '{"forbidden_motifs": ["%s"]}\n' "$(printf 'ACGT%.0s' $(seq 60))" >"$work/long_motif.json"
expect "a forbidden motif longer than the construct is refused" 2 "long_motif.json" \
    "$cli" design --method guided --target 8 --constraints "$work/long_motif.json" --output "$work/none.csv"
expect "a predictor that cannot take the generator's construct is named" 2 "regressor.pt|20" \
    "$cli" design --generator "$work/generator.plm" --predictor "$data/torchscript/regressor.pt" --target 8 \
    --steps 2 --output "$work/none.csv"
expect "a generator is not a predictor" 2 "legnet-generator" \
    "$cli" design --method guided --predictor "$work/generator.plm" --target 8 --output "$work/none.csv"
expect "an unknown method" 2 "diffusion, guided or diffusion\\+polish" \
    "$cli" design --method evolution --target 8 --output "$work/none.csv"
expect "a target and a range at once" 1 "either --target or --targets" \
    "$cli" design --target 8 --targets 4:16:1 --output "$work/none.csv"
expect "a bad range" 1 "FROM:TO:STEP" "$cli" design --targets 16:4:1 --output "$work/none.csv"
# Ctrl-C in a 10,000-design run stops it within a batch.
expect "an interrupted 10,000-design run stops" 130 "cancelled" \
    timeout --preserve-status -s INT 5 "$cli" design --method guided --target 8 --count 10000 --output "$work/big.csv"

finish
