"""The pipeline job: every asset (landing → extraction → dbt → checks → publish)."""

import dagster as dg

qogam_pipeline = dg.define_asset_job(
    "qogam_pipeline",
    selection=dg.AssetSelection.all(),
    description="Land new files, extract, build the dbt models, run every blocking check, publish.",
)
