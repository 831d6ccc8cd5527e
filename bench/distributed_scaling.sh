#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the training throughput of `promoterlab-cli train` as 1 process and as a data-parallel
# group of 2 processes over loopback (Gloo), side by side in one run: the same compact LegNet and
# the same global batch, so only the parallelism differs; then 2 processes with a doubled global
# batch. Sequences/s counts the global batch.
#
# Usage: bench/distributed_scaling.sh BUILD_DIR DATA_DIR [STEPS]
#   DATA_DIR  the shared data folder (dream2022/demo_train.tsv is trained on)
#   STEPS     training steps per case (default 60)
set -euo pipefail
cli=$1/app/promoterlab-cli
reads=$2/dream2022/demo_train.tsv
steps=${3:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cores=$(nproc)

run() {  # run LABEL PROCESSES BATCH_PER_PROCESS THREADS_PER_PROCESS
    local label=$1 processes=$2 batch=$3 threads=$4
    echo "{\"block_sizes\": [64, 32, 32, 32, 16, 16, 16], \"batch_size\": $batch, \"steps_per_epoch\": $steps,
           \"epochs\": 1, \"optimizer\": \"adamw\", \"learning_rate\": 0.005, \"weight_decay\": 0.01,
           \"threads\": $threads}" >"$work/config.json"
    rm -f "$work/metrics.jsonl" "$work/model.plm" "$work/model.plm.checkpoint"
    local group=()
    [ "$processes" -gt 1 ] && group=(--nproc "$processes")
    local start=$SECONDS
    "$cli" train "${group[@]}" --data "$reads" --config "$work/config.json" --out "$work/model.plm" \
        --metrics-log "$work/metrics.jsonl" >/dev/null 2>"$work/log" || { cat "$work/log"; exit 1; }
    local rate
    rate=$(sed -E 's/.*"sequences_per_second":([0-9.]+).*/\1/' "$work/metrics.jsonl")
    printf '%-46s processes=%d batch=%d/process threads=%d/process  %8.0f seq/s  (%d s)\n' \
        "$label" "$processes" "$batch" "$threads" "$rate" $((SECONDS - start))
}

echo "compact LegNet [64,32,32,32,16,16,16], $steps steps, $cores cores"
run "1 process, global batch 256" 1 256 "$cores"
run "2 processes (gloo), global batch 256" 2 128 $((cores / 2 > 0 ? cores / 2 : 1))
run "1 process, global batch 512" 1 512 "$cores"
run "2 processes (gloo), global batch 512" 2 256 $((cores / 2 > 0 ? cores / 2 : 1))
