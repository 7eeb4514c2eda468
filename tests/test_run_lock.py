"""The data home's run lock: one pipeline run at a time, whoever starts it."""

import subprocess
import sys
import time

import pytest

from orchestration.run_lock import RunLockBusy, describe_holder, run_lock

HOLDER = """
import sys, time
from pathlib import Path
from orchestration.run_lock import run_lock
with run_lock(Path(sys.argv[1]), "test holder"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold(path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_no_wait_fails_at_once_naming_the_holder(tmp_path):
    lock = tmp_path / ".run.lock"
    holder = hold(lock, 30)
    try:
        with (
            pytest.raises(RunLockBusy, match=rf"test holder \(pid {holder.pid}, started .*\) holds"),
            run_lock(lock, "second", wait=False),
        ):
            pytest.fail("entered a lock another process holds")
    finally:
        holder.kill()
        holder.wait()


def test_waits_with_one_line_then_runs_after_the_holder(tmp_path):
    lock = tmp_path / ".run.lock"
    holder = hold(lock, 2)
    lines = []
    started = time.monotonic()
    with run_lock(lock, "second", on_wait=lines.append):
        waited = time.monotonic() - started
        assert holder.wait(timeout=30) == 0
        assert "second" in describe_holder(lock)
    assert waited > 1 and len(lines) == 1 and f"pid {holder.pid}" in lines[0]


def test_released_when_the_holder_is_killed(tmp_path):
    lock = tmp_path / ".run.lock"
    holder = hold(lock, 60)
    holder.kill()
    holder.wait()
    with run_lock(lock, "after a crash", wait=False):
        pass


def test_reentrant_in_one_process_and_free_afterwards(tmp_path):
    lock = tmp_path / ".run.lock"
    with run_lock(lock, "outer", wait=False), run_lock(lock, "inner (the run's executor)", wait=False):
        assert "outer" in describe_holder(lock)
    probe = subprocess.run([sys.executable, "-c", HOLDER, str(lock), "0"], capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0 and probe.stdout.strip() == "held"
