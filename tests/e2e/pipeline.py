"""Run the whole Dagster graph in-process into the QOGAM_HOME the test set."""

import shutil
from pathlib import Path

import duckdb
from dagster import DagsterInstance

from orchestration.definitions import defs


def run_pipeline(landing: str | None = None, settle_seconds: float = 0.0):
    run_config = {
        "ops": {
            "raw_landing": {"config": {"landing_dir": landing, "settle_seconds": settle_seconds}},
            "extracted_facts": {"config": {"workers": 1}},
        }
    }
    return defs.resolve_job_def("qogam_pipeline").execute_in_process(
        run_config=run_config, instance=DagsterInstance.ephemeral(), raise_on_error=False
    )


def copy_home(built: Path, path: Path) -> Path:
    """A private copy of a built data home (warehouse, publication, landing) at path."""
    shutil.copytree(built, path, symlinks=True)
    (path / ".built").unlink(missing_ok=True)
    return path


def table_rows(path, schema: str = "main") -> dict[str, list[tuple]]:
    """Every table of a schema (default: a published file's) with its rows in a stable order."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema = ? "
                "and table_name <> '_publication' order by 1",
                [schema],
            ).fetchall()
        ]
        return {n: sorted(con.execute(f'select * from "{schema}"."{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def published_tables(path) -> dict[str, list[tuple]]:
    return table_rows(path)
