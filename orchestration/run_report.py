"""The summary `qogam run` prints after a run: what this run added, checks, the publication."""

from __future__ import annotations

MAX_LISTED = 5  # rejections / failed checks named on the terminal; the rest are in the log and the UI


def _materialization_value(result, node: str, key: str):
    for mat in result.asset_materializations_for_node(node):
        if key in mat.metadata:
            return mat.metadata[key].value
    return None


def summary(result, settings) -> list[str]:
    from .warehouse.db import connect
    from .warehouse.publish import read_publication

    added = _materialization_value(result, "raw_landing", "documents_new")
    rejected_now = _materialization_value(result, "raw_landing", "rejections_this_run")
    with connect(settings.warehouse_path, read_only=True) as con:
        q = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        documents, rejections = q("select count(*) from raw.documents"), q("select count(*) from raw.rejections")
        lines = [
            f"documents added:    {added if added is not None else 'none (landing did not run)'} "
            f"by this run, {documents} in total",
            f"files rejected:     {rejected_now or 0} by this run, {rejections} in total",
        ]
        rows = con.execute(
            f"select source_file, reason from raw.rejections order by rejected_at desc, source_file limit {MAX_LISTED}"
        ).fetchall()
        lines += [f"  - {f}: {reason}" for f, reason in rows]
        facts = ", ".join(
            f"{t}={q(f'select count(*) from extraction.{t}')}"
            for t in ("regions", "organisations", "persons", "events", "metrics")
        )
        lines.append(f"facts extracted:    {facts}")
    lines += _check_lines(result)
    pub = read_publication(settings.published_path)
    if pub:
        lines.append(
            f"published:          {settings.published_path} (version {pub['version']}, {len(pub['tables'])} tables)"
        )
        lines.append(f"parquet:            {settings.parquet_dir}")
    else:
        lines.append("published:          nothing yet")
    return lines


def _check_lines(result) -> list[str]:
    checks = result.get_asset_check_evaluations()
    failed = [c for c in checks if not c.passed]
    lines = [f"checks passed:      {len(checks) - len(failed)}/{len(checks)}"]
    for c in failed[:MAX_LISTED]:
        lines.append(
            f"  FAILED {c.asset_key.to_user_string()}:{c.check_name}" + (f" — {c.description}" if c.description else "")
        )
    if len(failed) > MAX_LISTED:
        lines.append(f"  … and {len(failed) - MAX_LISTED} more failed checks (see the log or the UI)")
    return lines


def failure_lines(result, published_unchanged: bool) -> list[str]:
    lines = []
    for event in result.get_step_failure_events():
        err = event.step_failure_data.error
        while err is not None and err.cause is not None and "Error occurred while executing" in err.message:
            err = err.cause  # the user code's own error, not Dagster's wrapper
        lines.append(f"step {event.step_key} failed: {err.message.strip() if err else 'unknown error'}")
    if published_unchanged:
        lines.append("publication unchanged: the previous published file is still in place")
    return lines
