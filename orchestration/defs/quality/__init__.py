import dagster as dg

from .checks import gx_fct_metric_mentions, gx_raw_documents

defs = dg.Definitions(asset_checks=[gx_raw_documents, gx_fct_metric_mentions])
