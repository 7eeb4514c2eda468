"""`qogam run` as a user runs it: two at once on one data home, output a person can read, and the
runs recorded in the data home's Dagster instance (the one `make ui` shows)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from dagster import DagsterInstance, DagsterRunStatus, RunsFilter

from orchestration.definitions import defs
from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT, SAMPLE_CORPUS_DIR

from ..test_run_lock import hold
from .pipeline import table_rows

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent
MAX_LINES = 40


def qogam_run(home: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "QOGAM_HOME": str(home)}
    return subprocess.Popen(
        [str(BIN / "qogam"), "run", "--workers", "1", *args],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """Two `qogam run` started together on the sample corpus: (home, [combined output of each])."""
    home = tmp_path_factory.mktemp("cli") / "home"
    (home / "landing").mkdir(parents=True)
    for f in sorted(SAMPLE_CORPUS_DIR.glob("*.txt")):
        shutil.copy(f, home / "landing" / f.name)
    procs = [qogam_run(home), qogam_run(home)]
    outputs = [p.communicate(timeout=900)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], "\n\n".join(o[-3000:] for o in outputs)
    return home, outputs


def test_the_second_run_waits_with_one_line_then_adds_nothing(two_runs):
    _, outputs = two_runs
    waited = [o for o in outputs if "waiting for the run lock" in o]
    assert len(waited) == 1
    assert sum("waiting for the run lock" in line for line in waited[0].splitlines()) == 1
    first = next(o for o in outputs if o is not waited[0])
    assert "documents added:    5 by this run, 5 in total" in first
    assert "documents added:    0 by this run, 5 in total" in waited[0]


def test_marts_after_two_runs_are_those_of_one_run(two_runs):
    home, _ = two_runs
    versions = sorted((home / "published").glob("qogam-*.duckdb"))  # names sort by publication time
    assert len(versions) == 2  # each run published once, one after the other
    first, second = (table_rows(v) for v in versions)
    assert first == second and first["dim_documents"]
    assert (home / "published" / "qogam.duckdb").resolve() == versions[-1]


def test_output_is_short_and_names_the_full_log(two_runs):
    home, outputs = two_runs
    for out in outputs:
        lines = out.split("\n")
        assert len(lines) <= MAX_LINES, out
        assert "Warning" not in out and "Traceback" not in out
        log = Path(next(line.split(":", 1)[1].strip() for line in lines if line.startswith("full log:")))
        text = log.read_text(encoding="utf-8")
        assert log.parent == home / "logs" and "Running dbt command" in text
        assert "Unable to do partial parsing" not in text  # a new data home parses from the project's last parse
    assert any("dbt " in line and "nodes" in line for line in outputs[0].split("\n"))


def test_runs_are_recorded_in_the_data_home_instance(two_runs):
    home, _ = two_runs
    graph = defs.get_repository_def().asset_graph
    assets = {key for key in graph.get_all_asset_keys() if graph.get(key).is_materializable}
    checks = graph.asset_check_keys
    with DagsterInstance.from_config(str(home / "dagster")) as instance:
        runs = instance.get_runs(RunsFilter(job_name="qogam_pipeline"))
        assert len(runs) == 2 and all(r.status == DagsterRunStatus.SUCCESS for r in runs)
        for run in runs:
            events = [r.event_log_entry.dagster_event for r in instance.get_records_for_run(run.run_id).records]
            events = [e for e in events if e is not None]
            materialized = {e.asset_key for e in events if e.is_step_materialization}
            evaluated = {
                e.asset_check_evaluation_data.asset_check_key
                for e in events
                if e.event_type_value == "ASSET_CHECK_EVALUATION"
            }
            assert materialized == assets
            assert evaluated == set(checks)
            # the run's dbt target folder (compiled SQL of every node) is gone once the build succeeded
            assert not list((DBT_PROJECT_DIR / "target").glob(f"qogam_dbt_assets-{run.run_id[:7]}-*"))


def test_no_wait_exits_nonzero_with_one_line_and_starts_nothing(two_runs):
    home, _ = two_runs
    before = sorted(p.name for p in (home / "published").iterdir())
    holder = hold(home / ".run.lock", 60)
    try:
        proc = qogam_run(home, "--no-wait")
        out = proc.communicate(timeout=120)[0]
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 75
    assert out.strip().count("\n") == 0 and f"pid {holder.pid}" in out and "--no-wait" in out
    assert sorted(p.name for p in (home / "published").iterdir()) == before
    with DagsterInstance.from_config(str(home / "dagster")) as instance:
        assert len(instance.get_runs(RunsFilter(job_name="qogam_pipeline"))) == 2
