"""Dagster entry point: merges the per-stage definitions."""

import dagster as dg

from .defs import extraction, ingest, publish, quality, transform
from .defs.executor import in_process_run_lock_executor
from .defs.jobs import qogam_pipeline

defs = dg.Definitions.merge(
    ingest.defs,
    extraction.defs,
    transform.defs,
    quality.defs,
    publish.defs,
    # One DuckDB writer at a time: steps run in one process, one after another, under the run lock.
    dg.Definitions(jobs=[qogam_pipeline], executor=in_process_run_lock_executor),
)
