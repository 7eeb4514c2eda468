"""Extraction: raw.documents -> extraction.* tables, incrementally by extractor version."""

import os

import dagster as dg

from ...extract import extractor_version
from ...settings import get_settings
from ...warehouse.db import EXTRACTION_TABLES, connect, ensure_schema
from ...warehouse.extraction_tables import extract_pending
from ..common import preview, progress, report


class ExtractionConfig(dg.Config):
    workers: int = 0
    """Extraction processes; 0 means one per CPU core."""
    batch_size: int = 200


EXTRACTION_KEYS = {t: dg.AssetKey(["extraction", t]) for t in ("documents", *EXTRACTION_TABLES)}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            key,
            deps=[dg.AssetKey(["raw", "documents"])],
            group_name="extraction",
            kinds={"python", "duckdb"},
            description=f"extraction.{table}: the contract's {table} for every landed document, with spans "
            "and extractor_version.",
        )
        for table, key in EXTRACTION_KEYS.items()
    ],
    description="Run the extractor on documents the current extractor version has not read yet.",
)
def extracted_facts(context: dg.AssetExecutionContext, config: ExtractionConfig):
    settings = get_settings()
    workers = config.workers or (os.cpu_count() or 1)
    with connect(settings.warehouse_path) as con:
        ensure_schema(con)
        stats = extract_pending(
            con,
            batch_size=config.batch_size,
            workers=workers,
            progress=lambda done, total: progress(context, "extraction", done, total, "documents"),
        )
        totals = {
            t: con.execute(f"select count(*) from extraction.{t}").fetchall()[0][0]
            for t in ("documents", *EXTRACTION_TABLES)
        }
        metrics_preview = con.execute(
            "select document_id, metric_value, unit, subject, qualifier, region_code, evidence_text "
            "from extraction.metrics order by document_id, item_index limit 10"
        ).df()
    report(
        context,
        f"extraction: {stats.extracted} documents read by {stats.version}; "
        + ", ".join(f"{k}={v}" for k, v in totals.items()),
    )
    for table, key in EXTRACTION_KEYS.items():
        metadata = {"extractor_version": extractor_version(), "dagster/row_count": totals[table]}
        if table == "documents":
            metadata["documents_extracted_this_run"] = stats.extracted
        if table == "metrics":
            metadata["preview"] = preview(metrics_preview)
        yield dg.MaterializeResult(asset_key=key, metadata=metadata)
