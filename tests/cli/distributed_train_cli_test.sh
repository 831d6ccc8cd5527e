#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Data-parallel `promoterlab-cli train` over loopback: 2 processes with batch 8 end with the model
# 1 process trains with batch 16; ranks started as torchrun starts them; a rank killed mid-run
# stops the other with a clear message and the group resumes; missing peers and backends.
# Usage: distributed_train_cli_test.sh CLI DATA_DIR
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
source "$(dirname "$0")/expect.sh"
reads=$data/training/dream_demo_600.tsv
head -n 200 "$reads" >"$work/sample.tsv"

config() {  # config BATCH STEPS EPOCHS
    echo "{\"block_sizes\": [16, 8, 8], \"kernel_size\": 3, \"batch_size\": $1, \"steps_per_epoch\": $2,
           \"epochs\": $3, \"optimizer\": \"adamw\", \"learning_rate\": 0.005, \"weight_decay\": 0.01, \"threads\": 1}"
}
config 8 4 2 >"$work/b8.json"
config 16 4 2 >"$work/b16.json"

# The largest difference between two models' predicted expressions of the sample.
largest_difference() {
    "$cli" predict --model "$1" --input "$work/sample.tsv" --threads 1 --output "$work/p1.csv" 2>/dev/null
    "$cli" predict --model "$2" --input "$work/sample.tsv" --threads 1 --output "$work/p2.csv" 2>/dev/null
    paste -d, "$work/p1.csv" "$work/p2.csv" | awk -F, -v columns="$(head -n 1 "$work/p1.csv" | awk -F, '{ print NF }')" '
        NR > 1 { d = $4 - $(columns + 4); if (d < 0) d = -d; if (d > largest) largest = d }
        END { printf "%.8f\n", largest }'
}

expect "two processes train together and write one bundle" 0 "started 2 processes on 127.0.0.1" \
    "$cli" train --nproc 2 --data "$reads" --valid-fold 0 --config "$work/b8.json" --out "$work/two.plm" \
    --metrics-log "$work/two.jsonl"
checks=$((checks + 1))
if [ "$(wc -l <"$work/two.jsonl")" -ne 2 ] || [ "$(grep -c '^epoch 2/2' "$work/err")" -ne 1 ]; then
    echo "FAIL: rank 0 alone should log each epoch once"; failures=$((failures + 1))
fi
expect "the bundle records the group" 0 '"global_batch_size": 16' "$cli" info --model "$work/two.plm"
grep -q '"world_size": 2' "$work/out" || { echo "FAIL: world_size is not 2"; failures=$((failures + 1)); }

expect "one process with the doubled batch" 0 "wrote" \
    "$cli" train --data "$reads" --valid-fold 0 --config "$work/b16.json" --out "$work/one.plm"
expect "one process with the single batch" 0 "wrote" \
    "$cli" train --data "$reads" --valid-fold 0 --config "$work/b8.json" --out "$work/small.plm"
same=$(largest_difference "$work/two.plm" "$work/one.plm")
other=$(largest_difference "$work/two.plm" "$work/small.plm")
checks=$((checks + 2))
awk -v d="$same" 'BEGIN { exit !(d < 1e-4) }' ||
    { echo "FAIL: 2 x batch 8 and 1 x batch 16 predict differently (largest difference $same)"; failures=$((failures + 1)); }
awk -v d="$other" 'BEGIN { exit !(d > 1e-3) }' ||
    { echo "FAIL: 2 x batch 8 should differ from 1 x batch 8 (largest difference $other)"; failures=$((failures + 1)); }

# Ranks started by hand as torchrun would; rank 1 is killed once epoch 1 is written.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
        echo $((20000 + RANDOM % 20000))
}
port=$(free_port)
config 8 300 3 >"$work/long.json"
rank() {  # rank R: one process of the group, in the background
    RANK=$1 LOCAL_RANK=$1 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=$port OMP_NUM_THREADS=1 \
        "$cli" train --data "$reads" --config "$work/long.json" --out "$work/long.plm" --group-timeout 30 \
        --metrics-log "$work/long.jsonl" >"$work/rank$1.out" 2>"$work/rank$1.err" &
}
rank 0
rank0=$!
rank 1
rank1=$!
for _ in $(seq 1200); do  # up to 2 minutes for the first epoch
    [ -s "$work/long.jsonl" ] && break
    kill -0 $rank0 2>/dev/null || break
    sleep 0.1
done
checks=$((checks + 1))
if [ ! -s "$work/long.jsonl" ]; then
    echo "FAIL: the group did not finish its first epoch"; failures=$((failures + 1)); cat "$work/rank0.err" | head
fi
{ kill -9 $rank1; wait $rank1; } 2>/dev/null
started=$SECONDS
wait $rank0
status=$?
checks=$((checks + 1))
if [ "$status" -eq 0 ] || ! grep -q "another process of the group stopped.*resume the whole group" "$work/rank0.err"; then
    echo "FAIL: rank 0 should stop with a message when rank 1 dies (status $status)"; failures=$((failures + 1))
    sed 's/^/   | /' "$work/rank0.err" | tail -n 4
fi
checks=$((checks + 1))
[ $((SECONDS - started)) -le 40 ] || { echo "FAIL: rank 0 took $((SECONDS - started)) s to stop"; failures=$((failures + 1)); }
expect "the group resumes from the checkpoint of epoch 1" 0 "resumed after epoch 1" \
    "$cli" train --nproc 2 --data "$reads" --config "$work/long.json" --out "$work/long.plm" --resume

port=$(free_port)
expect "a rank alone gives up after the timeout, naming the rendezvous" 2 "rendezvous timed out" \
    env RANK=0 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=$port \
    "$cli" train --data "$reads" --config "$work/b8.json" --out "$work/alone.plm" --group-timeout 2
expect "NCCL on a build without it is refused by name" 2 "nccl" \
    env RANK=0 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=$port \
    "$cli" train --data "$reads" --config "$work/b8.json" --out "$work/nccl.plm" --backend nccl --group-timeout 2
expect "--nproc under a launcher is refused" 1 "WORLD_SIZE is already set" \
    env WORLD_SIZE=2 RANK=0 "$cli" train --nproc 2 --data "$reads" --config "$work/b8.json" --out "$work/x.plm"
finish
