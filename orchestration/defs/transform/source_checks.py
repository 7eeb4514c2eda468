"""dbt tests on sources (raw.documents, extraction.documents) as blocking checks on those assets.

The sources are Dagster assets upstream of dbt (landing, extraction). Their tests cannot run in
the dbt build step: a blocking check on raw/documents must pass before extraction starts, and
the dbt build runs after extraction. So each tested source gets its own check step, running
`dbt test` on that source's tests right after the asset is materialized; the dbt build excludes
them (SOURCE_TESTS_EXCLUDED). Specs come from the translator, as for every other dbt test
(blocking when the test's severity is error).
"""

import json

import dagster as dg
from dagster_dbt import DbtCliResource

from ...settings import export_for_subprocesses
from .project import dbt_project, translator

SOURCE_TESTS_EXCLUDED = "source:*"


def _manifest() -> dict:
    return json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))


def _tests_by_source(manifest: dict) -> dict[str, list[str]]:
    return {
        source_id: sorted(child for child in manifest["child_map"].get(source_id, []) if child.startswith("test."))
        for source_id in sorted(manifest["sources"])
    }


def _check_results(invocation, names: dict[str, dg.AssetCheckSpec]):
    results = {r["unique_id"]: r for r in invocation.get_artifact("run_results.json")["results"]}
    for unique_id, spec in names.items():
        result = results.get(unique_id, {"status": "not run", "failures": None, "message": "dbt did not run it"})
        yield dg.AssetCheckResult(
            asset_key=spec.asset_key,
            check_name=spec.name,
            passed=result["status"] == "pass",
            severity=dg.AssetCheckSeverity.ERROR if spec.blocking else dg.AssetCheckSeverity.WARN,
            metadata={"status": result["status"], "failures": result.get("failures") or 0, "unique_id": unique_id},
            description=result.get("message") or None,
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
    def _checks(context: dg.AssetCheckExecutionContext, dbt: DbtCliResource):
        export_for_subprocesses()
        names = [manifest["nodes"][t]["name"] for t in specs]
        invocation = dbt.cli(
            ["test", "--select", " ".join(names)],
            raise_on_error=False,
            manifest=manifest,
            dagster_dbt_translator=translator,
        ).wait()
        yield from _check_results(invocation, specs)

    return _checks


def build_source_test_checks() -> list[dg.AssetChecksDefinition]:
    manifest = _manifest()
    return [
        source_test_checks(source_id, tests, manifest)
        for source_id, tests in _tests_by_source(manifest).items()
        if tests
    ]
