"""Incremental dbt builds give the same marts as a full refresh; dbt docs generate works."""

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.settings import DBT_PROJECT_DIR, SAMPLE_CORPUS_DIR

from .pipeline import run_pipeline

pytestmark = pytest.mark.slow
DBT = str(Path(sys.executable).parent / "dbt")


def mart_rows(warehouse: Path) -> dict[str, list]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        return {n: sorted(con.execute(f'select * from marts."{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def dbt(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([DBT, *args, "--profiles-dir", str(DBT_PROJECT_DIR)], cwd=DBT_PROJECT_DIR,
                          capture_output=True, text=True, timeout=600)


def test_incremental_build_equals_full_refresh(home):
    files = sorted(SAMPLE_CORPUS_DIR.glob("*.txt"))
    for f in files[:3]:
        shutil.copy(f, home / "landing" / f.name)
    assert run_pipeline().success
    for f in files[3:]:
        shutil.copy(f, home / "landing" / f.name)
    assert run_pipeline().success  # incremental: only the two new documents are inserted
    incremental = mart_rows(home / "warehouse.duckdb")
    assert len(incremental["dim_documents"]) == 5

    full = dbt("build", "--full-refresh")
    assert full.returncode == 0, full.stdout[-3000:]
    assert mart_rows(home / "warehouse.duckdb") == incremental


def test_dbt_docs_generate(home, sample_landing):
    assert run_pipeline().success
    out = dbt("docs", "generate")
    assert out.returncode == 0, out.stdout[-3000:]
    assert (DBT_PROJECT_DIR / "target" / "catalog.json").exists()
