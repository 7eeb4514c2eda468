"""Publication: the marts, copied to a separate DuckDB file and Parquet, swapped in atomically."""

import dagster as dg

from ...settings import get_settings
from ...warehouse.publish import publish
from ..common import report
from ..transform.assets import mart_asset_keys
from ..transform.project import mart_model_names


@dg.asset(
    deps=mart_asset_keys(),
    group_name="publish",
    kinds={"duckdb", "parquet"},
    description="published/qogam.duckdb (+ Parquet) for BI tools: built beside the old file and renamed over it "
    "only after every upstream blocking check (dbt tests, GX suites) passed in this run. The tables are the "
    "models of dbt's marts folder (from the manifest).",
)
def published_marts(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = get_settings()
    extra = (("raw", "documents"),) if settings.publish_raw_text else ()
    publication = publish(
        settings.warehouse_path, settings.published_path, settings.parquet_dir, mart_model_names(), extra_tables=extra
    )
    report(context, f"published {len(publication.tables)} tables to {publication.path} (version {publication.version})")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(publication.path)),
            "parquet_dir": dg.MetadataValue.path(str(publication.parquet_dir)),
            "publication_version": publication.version,
            "tables": dg.MetadataValue.json(publication.tables),
            "dagster/row_count": sum(publication.tables.values()),
        }
    )
