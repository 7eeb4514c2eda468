"""The Dagster definitions load, and the asset graph matches the reviewed snapshot."""

import json
import os
from pathlib import Path

import dagster as dg

from orchestration.definitions import defs
from orchestration.defs.quality.checks import gx_extraction_metrics, gx_fct_metric_mentions, gx_raw_documents
from orchestration.defs.transform.project import dbt_project, translator

SNAPSHOT = Path(__file__).with_name("asset_graph.snapshot.txt")


def graph_lines() -> list[str]:
    repo = defs.get_repository_def()
    assets = sorted(k.to_user_string() for k in repo.asset_graph.get_all_asset_keys())
    checks = sorted(f"{c.asset_key.to_user_string()}:{c.name}" for c in repo.asset_graph.asset_check_keys)
    return [f"asset {a}" for a in assets] + [f"check {c}" for c in checks]


def test_definitions_load():
    repo = defs.get_repository_def()
    assert repo.get_job("qogam_pipeline") is not None
    assert [s.name for s in repo.sensor_defs] == ["landing_folder_sensor"]
    keys = repo.asset_graph.get_all_asset_keys()
    for key in (["raw", "documents"], ["extraction", "metrics"], ["marts", "fct_metrics"], ["published_marts"]):
        assert dg.AssetKey(key) in keys


def test_publication_waits_for_every_mart_and_blocking_checks():
    repo = defs.get_repository_def()
    graph = repo.asset_graph
    upstream = graph.get(dg.AssetKey("published_marts")).parent_keys
    marts = {k for k in graph.get_all_asset_keys() if k.path[0] == "marts"}
    assert marts and marts <= upstream
    gx = {c.name for c in graph.asset_check_keys if c.name.startswith("gx_")}
    assert gx == {"gx_raw_documents", "gx_extraction_metrics", "gx_fct_metric_mentions"}
    for checks_def in (gx_raw_documents, gx_extraction_metrics, gx_fct_metric_mentions):
        assert all(spec.blocking for spec in checks_def.check_specs)


def test_asset_graph_snapshot():
    lines = graph_lines()
    if os.environ.get("QOGAM_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert SNAPSHOT.exists(), f"{SNAPSHOT.name} is missing: review the graph and run with QOGAM_UPDATE_SNAPSHOTS=1"
    expected = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    assert lines == expected, "asset graph changed: review and run with QOGAM_UPDATE_SNAPSHOTS=1"


def test_every_dbt_test_is_a_blocking_check_on_the_asset_it_tests():
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    graph = defs.get_repository_def().asset_graph
    checks = {key.name: key for key in graph.asset_check_keys if not key.name.startswith("gx_")}
    tests = {n["name"]: n for n in manifest["nodes"].values() if n["resource_type"] == "test"}
    assert set(tests) == set(checks)
    for name, node in tests.items():
        deps = node["depends_on"]["nodes"]
        attached_by_meta = node["config"]["meta"].get("dagster", {}).get("ref", {}).get("name")
        target = node.get("attached_node") or (deps[0] if len(deps) == 1 else attached_by_meta)
        if target.startswith("source."):
            source = manifest["sources"][target]
            expected = dg.AssetKey([source["source_name"], source["name"]])
        else:
            model = next(n for n in manifest["nodes"].values() if n["unique_id"] == target or n["name"] == target)
            expected = translator.get_asset_key(model)
        assert checks[name].asset_key == expected, name
    specs = [spec for a in defs.assets for spec in getattr(a, "check_specs", [])]
    specs += [spec for c in defs.asset_checks for spec in c.check_specs]
    assert all(spec.blocking for spec in specs if spec.name in tests)
    assert {spec.name for spec in specs} >= set(tests)
