"""Incremental dbt builds give the same marts as a full refresh (new documents, changed seeds); dbt docs work."""

import json
import shutil
from pathlib import Path

import pytest

from orchestration.extract.gazetteer import REORGANISATIONS_PATH
from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT, get_settings
from orchestration.warehouse.db import connect
from orchestration.warehouse.extraction_tables import extract_pending
from orchestration.warehouse.landing import land_folder, quarantine

from ..dbt_cli import run_dbt
from .documents import write_articles
from .pipeline import table_rows

pytestmark = pytest.mark.slow


def mart_rows(warehouse: Path) -> dict[str, list]:
    return table_rows(warehouse, "marts")


def test_incremental_build_equals_full_refresh(sample_home, tmp_path):
    # Two new documents on top of the five built: near copies of two of them, so events and figures
    # already in the marts gain sources across builds.
    write_articles(sample_home / "landing", 2, start=1)
    with connect(sample_home / "warehouse.duckdb") as con:  # the pipeline's first two steps
        land_folder(con, sample_home / "landing", max_bytes=get_settings().max_file_bytes)
        extract_pending(con, workers=1)
    # Models only (the dbt tests are the pipeline's; only the marts are compared here): an incremental
    # build inserts the two new documents, then a full refresh rebuilds everything.
    models_only = ("build", "--exclude-resource-type", "test", "unit_test")
    built = run_dbt(*models_only, target=tmp_path / "target")
    assert built.returncode == 0, built.stdout[-3000:]
    incremental = mart_rows(sample_home / "warehouse.duckdb")
    assert len(incremental["dim_documents"]) == 7

    full = run_dbt(*models_only, "--full-refresh", target=tmp_path / "target")
    assert full.returncode == 0, full.stdout[-3000:]
    assert mart_rows(sample_home / "warehouse.duckdb") == incremental


def test_dbt_docs_generate(sample_home, tmp_path):
    target = tmp_path / "target"
    out = run_dbt("docs", "generate", target=target)
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


def copy_dbt_project(root: Path) -> Path:
    """The dbt project and the seeds it reads from the extraction package, copied under root."""
    project = root / "dbt_project"
    shutil.copytree(DBT_PROJECT_DIR, project, ignore=shutil.ignore_patterns("target", "logs"))
    shutil.copytree(
        REORGANISATIONS_PATH.parent,
        root / REORGANISATIONS_PATH.parent.relative_to(PROJECT_ROOT),
        ignore=shutil.ignore_patterns("*.model"),
    )
    return project


def test_incremental_build_after_a_seed_change_equals_full_refresh(sample_home, tmp_path):
    project = copy_dbt_project(tmp_path / "repo")
    seed = project.parent / REORGANISATIONS_PATH.relative_to(PROJECT_ROOT)

    def build(*flags: str) -> dict[str, list]:
        out = run_dbt(
            "build", "--exclude-resource-type", "test", "unit_test", *flags, target=tmp_path / "target", project=project
        )
        assert out.returncode == 0, out.stdout[-3000:]
        return mart_rows(sample_home / "warehouse.duckdb")

    # A document quarantined since the last build leaves the incremental marts (filtered once, in the
    # raw.pipeline_documents view that staging reads).
    with connect(sample_home / "warehouse.duckdb") as con:
        [(gone,)] = con.execute(
            "select document_id from marts.fct_metric_mentions where region_code = 'KZ-71' "
            "intersect select document_id from marts.bdg_document_regions limit 1"
        ).fetchall()
        assert quarantine(con, gone, "test")
    after_quarantine = build("--select", "fct_metric_mentions", "bdg_document_regions")
    for name in ("fct_metric_mentions", "bdg_document_regions"):
        assert after_quarantine[name] and not any(gone in row for row in after_quarantine[name])

    # A made-up reorganisation that reaches dated rows of the sample corpus: Almaty "created" from
    # Almaty Region in 2030, so a figure placed in Almaty before then now dates from the region.
    seed.write_text(seed.read_text(encoding="utf-8") + "KZ-75,KZ-19,2030-01-01,test only\n", encoding="utf-8")
    incremental = build()  # no --full-refresh: the incremental models see their logic changed
    rows = incremental["fct_metric_mentions"]
    assert rows and any("KZ-75" in row and "KZ-19" in row for row in rows)
    assert build("--full-refresh") == incremental
