"""Helpers shared by the Dagster wiring: progress reporting and Markdown previews."""

import logging

import dagster as dg
import pandas as pd

progress_log = logging.getLogger("qogam")


def report(context, message: str) -> None:
    """Log to the Dagster run and to the `qogam` logger (which the CLI prints, one line per stage)."""
    if context is not None:
        context.log.info(message)
    progress_log.info(message)


_logged_tenths: dict[tuple[str, str], int] = {}


def progress(context, stage: str, done: int, total: int, unit: str) -> None:
    """Progress of a long stage: a progress bar in `qogam run`, and a debug line in the run's log
    each time a new tenth of the way is reached (each line is an event the instance stores: one
    per dbt node was ~230 a run)."""
    tenth = 10 if done >= total else done * 10 // max(total, 1)
    if context is not None:
        key = (context.run.run_id, stage)
        if _logged_tenths.get(key, -1) < tenth:
            _logged_tenths[key] = tenth
            context.log.debug(f"{stage}: {done}/{total} {unit}")
        if tenth == 10:
            _logged_tenths.pop(key, None)  # the stage is done: forget it
    progress_log.info(
        f"{stage}: {done}/{total} {unit}", extra={"stage": stage, "done": done, "total": total, "unit": unit}
    )


def preview(frame: pd.DataFrame, rows: int = 10, width: int = 80) -> dg.MetadataValue:
    shown = frame.head(rows).copy()
    for col in shown.columns:
        if shown[col].dtype == object:
            shown[col] = shown[col].map(
                lambda v: v if not isinstance(v, str) or len(v) <= width else v[: width - 1] + "…"
            )
    return dg.MetadataValue.md(shown.to_markdown(index=False) if not shown.empty else "_(no rows)_")
