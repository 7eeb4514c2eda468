import dagster as dg

from .assets import qogam_dbt_assets
from .project import dbt_resource

defs = dg.Definitions(assets=[qogam_dbt_assets], resources={"dbt": dbt_resource()})
