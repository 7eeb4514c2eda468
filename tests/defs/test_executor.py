"""Runs started by Dagster (UI, sensor) take the data home's run lock in the job's executor."""

import threading
import time

import dagster as dg
import pytest

from orchestration.definitions import defs
from orchestration.defs.executor import in_process_run_lock_executor

from ..test_run_lock import hold


@dg.op
def write_something() -> int:
    return 1


@dg.job(executor_def=in_process_run_lock_executor)
def tiny_job():
    write_something()


def test_the_pipeline_job_runs_under_the_run_lock_executor():
    assert defs.resolve_job_def("qogam_pipeline").executor_def is in_process_run_lock_executor


def release_when_logged(instance, holder, message: str, timeout: float = 60) -> threading.Thread:
    """A thread that ends the lock holder as soon as a run's log says `message` (or after timeout)."""

    def watch():
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            runs = instance.get_runs()
            if runs and any(message in (e.message or "") for e in instance.all_logs(runs[0].run_id)):
                break
            time.sleep(0.1)
        holder.kill()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


@pytest.mark.slow
def test_a_dagster_run_waits_for_the_lock_and_says_for_whom(home):
    holder = hold(home / ".run.lock", 60)
    with dg.instance_for_test() as instance:
        watcher = release_when_logged(instance, holder, "waiting for the run lock")
        try:
            result = dg.execute_job(dg.reconstructable(tiny_job), instance=instance)
        finally:
            holder.kill()
            watcher.join(timeout=60)
        assert result.success
        messages = [e.message for e in instance.all_logs(result.run_id) if e.message]
    holder.wait(timeout=30)
    waiting = [m for m in messages if "waiting for the run lock" in m]
    assert len(waiting) == 1 and f"pid {holder.pid}" in waiting[0]


def test_a_dagster_run_without_a_holder_does_not_wait(home):
    with dg.instance_for_test() as instance:
        result = dg.execute_job(dg.reconstructable(tiny_job), instance=instance)
        assert result.success
        assert not [e for e in instance.all_logs(result.run_id) if "waiting for the run lock" in (e.message or "")]
