"""dbt build (seeds, models and tests) as Dagster assets and blocking asset checks."""

import shutil

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from ...settings import export_for_subprocesses
from ..common import progress, report
from .project import dbt_project, mart_nodes, translator
from .source_checks import SOURCE_TESTS_EXCLUDED

NODE_RESULTS = (dg.Output, dg.AssetMaterialization, dg.AssetCheckResult, dg.AssetObservation)


@dbt_assets(manifest=dbt_project.manifest_path, dagster_dbt_translator=translator, exclude=SOURCE_TESTS_EXCLUDED)
def qogam_dbt_assets(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """`dbt build` in a target folder of its own (dagster-dbt's, one per run). The folder (compiled
    SQL of every node, ~10 MB) is removed when the build succeeds and kept when it fails, for
    diagnosis; the results themselves are in the run's events. dbt writes no JSON artifacts
    (`--no-write-json`): Dagster reads the results from dbt's structured log."""
    export_for_subprocesses()  # dbt reads QOGAM_HOME from profiles.yml
    total = len(context.selected_asset_keys) + len(context.selected_asset_check_keys)
    built = tests = failed = 0
    invocation = dbt.cli(["build", "--no-write-json"], context=context)
    for event in invocation.stream():
        if isinstance(event, NODE_RESULTS):
            is_test = isinstance(event, dg.AssetCheckResult)
            built, tests = built + (not is_test), tests + is_test
            failed += is_test and not event.passed
            progress(context, "dbt", built + tests, total, "nodes")
        yield event
    report(context, f"dbt: {built} models and seeds built, {tests} tests run, {failed} failed")
    shutil.rmtree(invocation.target_path, ignore_errors=True)


def mart_asset_keys() -> list[dg.AssetKey]:
    return [translator.get_asset_key(node) for node in mart_nodes()]
