"""Dagster entry point: merges the per-stage definitions."""

import dagster as dg

from .defs import extraction, ingest, publish, quality, transform
from .defs.jobs import qogam_pipeline

defs = dg.Definitions.merge(
    ingest.defs,
    extraction.defs,
    transform.defs,
    quality.defs,
    publish.defs,
    # One DuckDB writer at a time: steps run in one process, one after another.
    dg.Definitions(jobs=[qogam_pipeline], executor=dg.in_process_executor),
)
