import dagster as dg

from .assets import qogam_dbt_assets
from .project import dbt_resource
from .source_checks import build_source_test_checks

defs = dg.Definitions(
    assets=[qogam_dbt_assets], asset_checks=build_source_test_checks(), resources={"dbt": dbt_resource()}
)
