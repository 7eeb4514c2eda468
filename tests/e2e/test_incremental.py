"""Incremental dbt builds give the same marts as a full refresh; dbt docs generate works."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.settings import DBT_PROJECT_DIR, SAMPLE_CORPUS_DIR

from .pipeline import run_pipeline, table_rows

pytestmark = pytest.mark.slow
DBT = str(Path(sys.executable).parent / "dbt")


def mart_rows(warehouse: Path) -> dict[str, list]:
    return table_rows(warehouse, "marts")


def dbt(*args: str, target: Path) -> subprocess.CompletedProcess:
    """dbt on the project, with its own target folder (tests may run in parallel)."""
    return subprocess.run(
        [DBT, *args, "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(target)],
        cwd=DBT_PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_incremental_build_equals_full_refresh(home, tmp_path):
    files = sorted(SAMPLE_CORPUS_DIR.glob("*.txt"))
    for f in files[:3]:
        shutil.copy(f, home / "landing" / f.name)
    assert run_pipeline().success
    for f in files[3:]:
        shutil.copy(f, home / "landing" / f.name)
    assert run_pipeline().success  # incremental: only the two new documents are inserted
    incremental = mart_rows(home / "warehouse.duckdb")
    assert len(incremental["dim_documents"]) == 5

    full = dbt("build", "--full-refresh", target=tmp_path / "target")
    assert full.returncode == 0, full.stdout[-3000:]
    assert mart_rows(home / "warehouse.duckdb") == incremental


def test_dbt_docs_generate(sample_home, tmp_path):
    target = tmp_path / "target"
    out = dbt("docs", "generate", target=target)
    assert out.returncode == 0, out.stdout[-3000:]
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    undocumented = []
    for key, node in manifest["nodes"].items():
        if node["resource_type"] != "model":
            continue
        if not node["description"].strip():
            undocumented.append(node["name"])
        built = {c.lower() for c in catalog["nodes"][key]["columns"]}
        documented = {c.lower() for c, col in node["columns"].items() if col["description"].strip()}
        undocumented += [f"{node['name']}.{c}" for c in sorted(built - documented)]
    assert undocumented == [], "every model and column needs a description"
