"""The executor of every pipeline run started by Dagster (UI, sensor): in-process, under the run lock.

Steps run one after another in one process (DuckDB has one writer), and the whole plan runs
while holding the data home's run lock, so a run started from the UI while `qogam run` works
waits its turn (saying for whom in the run's log) instead of failing half way. `qogam run`
executes in-process and takes the same lock itself before starting.
"""

import contextlib
from collections.abc import Iterator

import dagster as dg
from dagster._core.events import EngineEventData

from ..run_lock import RunLockBusy, run_lock
from ..settings import get_settings


class RunLockExecutor(dg.Executor):
    """Delegates to Dagster's in-process executor inside the data home's run lock."""

    def __init__(self, inner: dg.Executor):
        self._inner = inner

    @property
    def retries(self):
        return self._inner.retries

    @property
    def step_dependency_config(self):
        return self._inner.step_dependency_config

    def execute(self, plan_context, execution_plan) -> Iterator[dg.DagsterEvent]:
        path, holder = get_settings().run_lock_path, f"Dagster run {plan_context.run_id}"
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(run_lock(path, holder, wait=False))
            except RunLockBusy as busy:  # say in the run's log what it waits for, then wait
                yield dg.DagsterEvent.engine_event(plan_context, f"waiting for the run lock: {busy}", EngineEventData())
                stack.enter_context(run_lock(path, holder))
            yield from self._inner.execute(plan_context, execution_plan)


@dg.executor(name="in_process_run_lock", config_schema=dg.in_process_executor.config_schema)
def in_process_run_lock_executor(init_context: dg.InitExecutorContext) -> dg.Executor:
    return RunLockExecutor(dg.in_process_executor.executor_creation_fn(init_context))
