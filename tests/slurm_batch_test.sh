#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/slurm-batch.sbatch's shard and merge logic, run as Slurm would run an array job of 3
# tasks (SLURM_ARRAY_TASK_ID / SLURM_ARRAY_TASK_COUNT set per task, tasks in parallel), with one
# task killed mid-shard and run again (what --requeue does): the merge equals the single run
# byte for byte. No slurmctld here: Slurm's scheduling itself is not exercised.
#   slurm_batch_test.sh CLI ARCHIVE_GEN SCRIPT WORKDIR
set -euo pipefail
cli="$1" gen="$2" script="$3" work="$4"
rm -rf "$work" && mkdir -p "$work"
"$gen" "$work/archive" --seed 5 --stories 10 --copies 2 6 --unrelated 60
"$cli" --batch "$work/archive" --output "$work/one.jsonl" \
    --matrix "$work/one-m.csv" --clusters "$work/one-c.csv" || [ $? -eq 1 ]
export STORYDIFF_CLI="$cli" SLURM_ARRAY_TASK_COUNT=3 SLURM_JOB_ID=42
task() { SLURM_ARRAY_TASK_ID="$1" SLURM_RESTART_COUNT="$2" "$script" shard "$work/shards" -- \
    --batch "$work/archive" --jobs 1; }
# Task 2's first attempt dies (its node went down) once it has written lines. Should it finish
# before the kill lands (a fast machine), it is cleared and tried again.
killed=0
for try in 1 2 3 4 5; do
    rm -rf "$work/shards"
    task 2 0 & victim=$!
    for _ in $(seq 1 1000); do
        if compgen -G "$work/shards/shard-2.jsonl.attempt-*" >/dev/null &&
            [ -s "$(ls "$work"/shards/shard-2.jsonl.attempt-* | head -1)" ]; then break; fi
        sleep 0.01
    done
    # The node goes down: the task's shell, the script and its storydiff-cli all die (the
    # storydiff-cli is a grandchild: killed by its attempt file's name, or it would finish
    # later and leave its attempt behind the merge's clean-up).
    pkill -KILL -P "$victim" || true
    kill -KILL "$victim" 2>/dev/null || true
    pkill -KILL -f -- "--output $work/shards/shard-2.jsonl.attempt-" || true
    wait "$victim" 2>/dev/null || true
    while pgrep -f -- "--output $work/shards/shard-2.jsonl.attempt-" >/dev/null; do sleep 0.05; done
    if [ ! -e "$work/shards/shard-2.jsonl.shard.json" ] && [ ! -e "$work/shards/shard-2.jsonl" ]; then
        killed=1
        break
    fi
done
[ "$killed" = 1 ] || { echo "task 2 always finished before it could be killed"; exit 1; }
task 1 0 & t1=$!
task 3 0 & t3=$!
task 2 1 # the requeued attempt
wait "$t1" "$t3"
"$script" merge "$work/shards" "$work/all" || [ $? -eq 1 ]
cmp "$work/all.jsonl" "$work/one.jsonl"
cmp "$work/all-matrix.csv" "$work/one-m.csv"
cmp "$work/all-clusters.csv" "$work/one-c.csv"
if compgen -G "$work/shards/*.attempt-*" >/dev/null; then echo "attempts left behind"; exit 1; fi
echo "3 array tasks (one killed mid-shard and requeued, try $try) merged equal the single run: $(wc -l <"$work/one.jsonl") lines"
