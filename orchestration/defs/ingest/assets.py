"""Landing: files in the landing folder -> raw.documents / raw.rejections."""

from pathlib import Path

import dagster as dg
import pandas as pd

from ...settings import get_settings
from ...warehouse.db import connect, ensure_schema
from ...warehouse.landing import land_folder
from ..common import preview, report


class LandingConfig(dg.Config):
    landing_dir: str | None = None
    """Folder to land from; defaults to $QOGAM_HOME/landing."""
    settle_seconds: float = 0.0
    """Files modified more recently than this are left for the next run (still being written)."""


RAW_DOCUMENTS = dg.AssetKey(["raw", "documents"])
RAW_REJECTIONS = dg.AssetKey(["raw", "rejections"])


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            RAW_DOCUMENTS,
            group_name="ingest",
            kinds={"python", "duckdb"},
            description="Every landed text, decoded and keyed by the SHA-256 of its normalised text.",
        ),
        dg.AssetSpec(
            RAW_REJECTIONS,
            group_name="ingest",
            kinds={"python", "duckdb"},
            description="Files (or JSONL lines) that could not be documents, with the reason.",
        ),
    ],
    description="Land the landing folder into raw.documents and raw.rejections (never modifying a file).",
)
def raw_landing(context: dg.AssetExecutionContext, config: LandingConfig):
    settings = get_settings()
    settings.ensure_dirs()
    landing_dir = Path(config.landing_dir).resolve() if config.landing_dir else settings.landing_dir
    if not landing_dir.is_dir():
        raise dg.Failure(f"landing folder {landing_dir} does not exist")
    with connect(settings.warehouse_path) as con:
        ensure_schema(con)
        stats = land_folder(
            con,
            landing_dir,
            settings.max_file_bytes,
            settle_seconds=config.settle_seconds,
            progress=lambda msg: report(context, msg),
        )
        total = con.execute("select count(*) from raw.documents").fetchall()[0][0]
        rejected_total = con.execute("select count(*) from raw.rejections").fetchall()[0][0]
        docs_preview = con.execute(
            "select document_id, source_file, encoding, byte_size, length(raw_text) as text_length "
            "from raw.documents order by landed_at desc limit 10"
        ).df()
        rejections = con.execute(
            "select source_file, reason, byte_size from raw.rejections order by rejected_at desc limit 50"
        ).df()
    report(
        context,
        f"landing: {stats.files_read} files read, {stats.files_skipped} unchanged, "
        f"{stats.documents_new} new documents, {stats.documents_duplicate} duplicates, "
        f"{len(stats.rejected)} rejected, {len(stats.deferred)} deferred",
    )
    yield dg.MaterializeResult(
        asset_key=RAW_DOCUMENTS,
        metadata={
            "landing_dir": str(landing_dir),
            "files_read": stats.files_read,
            "files_unchanged": stats.files_skipped,
            "documents_new": stats.documents_new,
            "documents_duplicate": stats.documents_duplicate,
            "documents_total": total,
            "deferred_files": dg.MetadataValue.json(stats.deferred),
            "dagster/row_count": total,
            "preview": preview(docs_preview),
        },
    )
    yield dg.MaterializeResult(
        asset_key=RAW_REJECTIONS,
        metadata={
            "rejections_this_run": len(stats.rejected),
            "dagster/row_count": rejected_total,
            "rejected_files": preview(
                rejections if not rejections.empty else pd.DataFrame(columns=["source_file", "reason"]), rows=50
            ),
        },
    )
