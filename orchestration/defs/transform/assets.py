"""dbt build (seeds, models and tests) as Dagster assets and blocking asset checks."""


import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from ...settings import export_for_subprocesses
from .project import dbt_project, mart_nodes, translator


@dbt_assets(manifest=dbt_project.manifest_path, dagster_dbt_translator=translator)
def qogam_dbt_assets(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    export_for_subprocesses()  # dbt reads QOGAM_HOME from profiles.yml
    yield from dbt.cli(["build"], context=context).stream()


def mart_asset_keys() -> list[dg.AssetKey]:
    return [translator.get_asset_key(node) for node in mart_nodes()]
