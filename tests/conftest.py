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
    path = tmp_path / "home"
    shutil.copytree(built_home, path, symlinks=True)
    (path / ".built").unlink()
    monkeypatch.setenv("QOGAM_HOME", str(path))
    return path


def pytest_collection_modifyitems(items):
    """Under pytest-xdist: one test on the shared sample warehouse first (its worker builds it while
    the other runs independent tests), the rest of them last (the warehouse is ready by then)."""
    shared = [item for item in items if "built_home" in getattr(item, "fixturenames", ())]
    rank = {id(item): (-1 if i == 0 else 1) for i, item in enumerate(shared)}
    items.sort(key=lambda item: rank.get(id(item), 0))
