"""dbt build (seeds, models and tests) as Dagster assets and blocking asset checks."""


import json

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from ...settings import export_for_subprocesses
from .project import dbt_project, translator


@dbt_assets(manifest=dbt_project.manifest_path, dagster_dbt_translator=translator)
def qogam_dbt_assets(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    export_for_subprocesses()  # dbt reads QOGAM_HOME from profiles.yml
    yield from dbt.cli(["build"], context=context).stream()


def mart_model_names() -> list[str]:
    """Models under models/marts, read from the manifest (never by special-casing names)."""
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    return sorted(
        node["name"] for node in manifest["nodes"].values()
        if node["resource_type"] == "model" and len(node["fqn"]) > 2 and node["fqn"][1] == "marts"
    )


def mart_asset_keys() -> list[dg.AssetKey]:
    return [translator.get_asset_key(_node(name)) for name in mart_model_names()]


def _node(name: str) -> dict:
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    return next(n for n in manifest["nodes"].values() if n["resource_type"] == "model" and n["name"] == name)
