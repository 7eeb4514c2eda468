import os
import shutil
from pathlib import Path

import pytest
from filelock import FileLock

from orchestration.settings import SAMPLE_CORPUS_DIR

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
os.environ.setdefault("DAGSTER_TELEMETRY_DISABLED", "1")


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh QOGAM_HOME with an empty landing folder."""
    path = tmp_path / "home"
    (path / "landing").mkdir(parents=True)
    monkeypatch.setenv("QOGAM_HOME", str(path))
    return path


@pytest.fixture
def sample_landing(home) -> Path:
    landing = home / "landing"
    for f in sorted(SAMPLE_CORPUS_DIR.glob("*.txt")):
        shutil.copy(f, landing / f.name)
    return landing


def _session_dir(tmp_path_factory) -> Path:
    """This test session's temporary folder, shared by every pytest-xdist worker of the session."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def built_home(tmp_path_factory) -> Path:
    """A data home where the pipeline ran once on the five bundled documents and published.

    Built once per session (once across xdist workers, under a file lock). Read it, never write
    it: open its DuckDB files read-only; tests that run anything on it take `sample_home`.
    """
    from .e2e.pipeline import run_pipeline

    path = _session_dir(tmp_path_factory) / "built-home"
    with FileLock(str(path) + ".lock"):
        if not (path / ".built").exists():
            shutil.rmtree(path, ignore_errors=True)
            (path / "landing").mkdir(parents=True)
            for f in sorted(SAMPLE_CORPUS_DIR.glob("*.txt")):
                shutil.copy(f, path / "landing" / f.name)
            with pytest.MonkeyPatch.context() as mp:
                mp.setenv("QOGAM_HOME", str(path))
                result = run_pipeline()
            assert result.success, "the sample corpus did not build"
            (path / ".built").write_text("ok\n", encoding="utf-8")
    return path


@pytest.fixture
def sample_home(built_home, tmp_path, monkeypatch) -> Path:
    """A private copy of `built_home` (warehouse, publication, landing) set as QOGAM_HOME."""
    from .e2e.pipeline import copy_home

    path = copy_home(built_home, tmp_path / "home")
    monkeypatch.setenv("QOGAM_HOME", str(path))
    return path


def pytest_collection_modifyitems(items):
    """Under pytest-xdist (`make test`: two workers, `--dist loadgroup`), the long tests first and the
    short ones last, so that neither worker is left with a long test while the other idles:
    one test on the shared sample warehouse (its worker builds it), then the slow tests that do not
    need it (the other worker runs them meanwhile), then the slow tests on the built warehouse (ready
    by then), then everything else."""

    def rank(item) -> int:
        shared = "built_home" in getattr(item, "fixturenames", ())
        slow = item.get_closest_marker("slow") is not None
        return 2 if shared else (1 if slow else 3)

    ranks = {id(item): rank(item) for item in items}
    first_shared = next((item for item in items if ranks[id(item)] == 2), None)
    if first_shared is not None:
        ranks[id(first_shared)] = 0
    items.sort(key=lambda item: ranks[id(item)])  # stable: collection order within a rank
