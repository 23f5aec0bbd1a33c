#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""scripts/dask-batch on a real Dask cluster on this machine: a scheduler and two workers on
127.0.0.1 (ephemeral ports), a generated archive in 4 shards; one worker is killed (SIGKILL)
while it runs a shard. The shard runs again on the other worker, and the merged lines, matrix
and clusters equal the single-machine run's byte for byte. Exit 77 (skipped) without Dask.

  dask_batch_test.py CLI ARCHIVE_GEN SCRIPT WORKDIR
"""
import os
import shutil
import signal
import subprocess
import sys
import time

SKIP = 77


def wait_for(predicate, timeout, what):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {what}")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    cli, archive_gen, script, work = sys.argv[1:5]
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("python3-distributed is not installed: skipped")
        return SKIP
    dask = shutil.which("dask")
    if not dask:
        print("the dask command is not installed: skipped")
        return SKIP
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    archive = os.path.join(work, "archive")
    subprocess.run([archive_gen, archive, "--seed", "7", "--stories", "10", "--copies", "2", "6",
                    "--unrelated", "40"], check=True)
    out = lambda name: os.path.join(work, name)
    batch = ["--batch", archive]
    single = subprocess.run([cli] + batch + ["--output", out("one.jsonl"), "--matrix", out("one-m.csv"),
                             "--clusters", out("one-c.csv"), "--jobs", "1"])
    if single.returncode not in (0, 1):
        raise SystemExit("the single-machine run failed")

    procs = {}
    env = dict(os.environ, DASK_DISTRIBUTED__WORKER__DAEMON="False")
    sched_file = out("scheduler.json")
    try:
        procs["scheduler"] = subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", sched_file], stdout=subprocess.DEVNULL, stderr=open(out("scheduler.log"), "w"), env=env)
        wait_for(lambda: os.path.exists(sched_file) and os.path.getsize(sched_file) > 0, 60, "the scheduler")
        for name in ("w1", "w2"):
            procs[name] = subprocess.Popen(
                [dask, "worker", "--scheduler-file", sched_file, "--host", "127.0.0.1", "--nthreads", "1",
                 "--no-nanny", "--no-dashboard", "--name", name],
                stdout=subprocess.DEVNULL, stderr=open(out(f"{name}.log"), "w"), env=env)
        shards = os.path.join(work, "shards")
        run = subprocess.Popen([sys.executable, script, "--scheduler-file", sched_file, "--shards", "4",
                                "--work", shards, "--cli", cli, "--jobs", "1", "--output", out("all.jsonl"),
                                "--matrix", out("all-m.csv"), "--clusters", out("all-c.csv"), "--"] + batch,
                               stderr=subprocess.PIPE)
        # Kill the worker that runs a shard once that shard has written lines.
        pids = {procs[n].pid: n for n in ("w1", "w2")}
        victim = None

        def shard_under_way():
            nonlocal victim
            if not os.path.isdir(shards):
                return False
            for name in os.listdir(shards):
                if not name.endswith(".running"):
                    continue
                try:
                    pid = int(read(os.path.join(shards, name)).strip() or 0)
                except (OSError, ValueError):
                    continue
                attempts = [a for a in os.listdir(shards)
                            if a.startswith(name[:-len(".running")] + ".jsonl.attempt-") and not a.endswith(".json")]
                if pid in pids and any(os.path.getsize(os.path.join(shards, a)) > 0 for a in attempts):
                    victim = (pids[pid], name)
                    return True
            return False

        wait_for(shard_under_way, 120, "a shard under way")
        procs[victim[0]].send_signal(signal.SIGKILL)
        procs[victim[0]].wait()
        print(f"killed worker {victim[0]} while it ran {victim[1][:-len('.running')]}")
        _, err = run.communicate(timeout=300)
        sys.stderr.write(err.decode(errors="replace"))
        if run.returncode != single.returncode:
            raise SystemExit(f"dask-batch exited {run.returncode}, the single run {single.returncode}")
        survivor = "w2" if victim[0] == "w1" else "w1"
        if f"on worker process {procs[survivor].pid}".encode() not in err:
            raise SystemExit("no shard ran on the surviving worker")
        for a, b in (("all.jsonl", "one.jsonl"), ("all-m.csv", "one-m.csv"), ("all-c.csv", "one-c.csv")):
            if read(out(a)) != read(out(b)):
                raise SystemExit(f"{a} differs from the single-machine {b}")
        leftovers = [n for n in os.listdir(shards) if ".attempt-" in n]
        if leftovers:
            raise SystemExit(f"attempt files left behind: {leftovers}")
        lines = read(out("one.jsonl")).count(b"\n")
        print(f"merged output of 4 shards over Dask equals the single run ({lines} lines) "
              f"after a worker was killed")
        return 0
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()


if __name__ == "__main__":
    sys.exit(main())
