import os
import shutil
from pathlib import Path

import pytest

from orchestration.settings import PROJECT_ROOT, SAMPLE_CORPUS_DIR

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
