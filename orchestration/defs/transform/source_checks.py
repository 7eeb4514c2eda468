"""dbt tests on sources (raw.documents, extraction.documents) as blocking checks on those assets.

The sources are Dagster assets upstream of dbt (landing, extraction). Their tests cannot run in
the dbt build step: a blocking check on raw/documents must pass before extraction starts, and
the dbt build runs after extraction. So each tested source gets its own check step right after
the asset is materialized; the dbt build excludes them (SOURCE_TESTS_EXCLUDED).

The check step runs dbt's own compiled SQL of each test (compiled once per project version,
project.compile_source_tests) directly in DuckDB, wrapped and judged as dbt's `test` command
does (fail_calc, warn_if, error_if, limit, severity): milliseconds instead of a dbt process
start-up (~8 s) per step. Specs come from the translator, as for every other dbt test
(blocking when the test's severity is error).
"""

import json

import dagster as dg

from ...settings import get_settings
from ...warehouse.db import connect
from .project import dbt_project, load_manifest, source_tests_sql_path, translator

SOURCE_TESTS_EXCLUDED = "source:*"


def _tests_by_source(manifest: dict) -> dict[str, list[str]]:
    return {
        source_id: sorted(child for child in manifest["child_map"].get(source_id, []) if child.startswith("test."))
        for source_id in sorted(manifest["sources"])
    }


def dbt_test_query(compiled_sql: str, config: dict) -> str:
    """dbt's test query (the adapter's default get_test_sql) around a test's compiled SQL."""
    fail_calc = config.get("fail_calc") or "count(*)"
    limit = f"\nlimit {config['limit']}" if config.get("limit") is not None else ""
    return (
        f"select {fail_calc} as failures, {fail_calc} {config.get('warn_if') or '!= 0'} as should_warn, "
        f"{fail_calc} {config.get('error_if') or '!= 0'} as should_error "
        f"from (\n{compiled_sql}{limit}\n) dbt_internal_test"
    )


def dbt_test_status(should_warn: bool, should_error: bool, severity: str) -> str:
    """pass, warn or fail, as dbt judges a test's row (an error-severity test fails on error_if)."""
    if severity.lower() == "error" and should_error:
        return "fail"
    return "warn" if should_warn else "pass"


def run_dbt_test(con, unique_id: str, node: dict, compiled: dict[str, str]) -> dict:
    """One test's result: status (pass, warn, fail, error), failures, message."""
    if unique_id not in compiled:
        return {"status": "error", "failures": 0, "message": f"no compiled SQL in {source_tests_sql_path().name}"}
    try:
        failures, warn, error = con.execute(dbt_test_query(compiled[unique_id], node["config"])).fetchone()
    except Exception as exc:  # a test that cannot run is a failed check, not a crashed step
        return {"status": "error", "failures": 0, "message": f"{node['name']} could not run: {exc}"}
    status = dbt_test_status(bool(warn), bool(error), node["config"].get("severity") or "error")
    message = None if status == "pass" else f"Got {failures} result(s), configured to {status} if != 0"
    return {"status": status, "failures": failures or 0, "message": message}


def _check_result(spec: dg.AssetCheckSpec, unique_id: str, result: dict) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        asset_key=spec.asset_key,
        check_name=spec.name,
        passed=result["status"] == "pass",
        severity=dg.AssetCheckSeverity.ERROR if spec.blocking else dg.AssetCheckSeverity.WARN,
        metadata={"status": result["status"], "failures": result["failures"], "unique_id": unique_id},
        description=result["message"],
    )


def source_test_checks(source_id: str, test_ids: list[str], manifest: dict) -> dg.AssetChecksDefinition:
    source = manifest["sources"][source_id]
    asset = dg.AssetSpec(translator.get_asset_key(source))
    specs = {
        t: translator.get_asset_check_spec(asset_spec=asset, manifest=manifest, unique_id=t, project=dbt_project)
        for t in test_ids
    }

    @dg.multi_asset_check(
        specs=list(specs.values()),
        name=f"dbt_source_tests_{source['source_name']}_{source['name']}",
        description=f"dbt tests on source {source['source_name']}.{source['name']}",
    )
    def _checks(context: dg.AssetCheckExecutionContext):
        compiled = json.loads(source_tests_sql_path().read_text(encoding="utf-8"))
        with connect(get_settings().warehouse_path, read_only=True) as con:
            results = {t: run_dbt_test(con, t, manifest["nodes"][t], compiled) for t in specs}
        for unique_id, spec in specs.items():
            yield _check_result(spec, unique_id, results[unique_id])

    return _checks


def build_source_test_checks() -> list[dg.AssetChecksDefinition]:
    manifest = load_manifest()
    return [
        source_test_checks(source_id, tests, manifest)
        for source_id, tests in _tests_by_source(manifest).items()
        if tests
    ]
