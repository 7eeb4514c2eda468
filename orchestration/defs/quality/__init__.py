import dagster as dg

from .checks import gx_extraction_metrics, gx_fct_metric_mentions, gx_raw_documents

defs = dg.Definitions(asset_checks=[gx_raw_documents, gx_extraction_metrics, gx_fct_metric_mentions])
