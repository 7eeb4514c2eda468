"""Load a GX 1.x suite from ``expectations/<name>.json`` and validate a DataFrame with it.

GX 1.x has no working DuckDB datasource, so the suite's own query (in its ``meta``) is run
against the warehouse and the resulting DataFrame is validated in an ephemeral context.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from ..settings import EXPECTATIONS_DIR

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass
class Failure:
    expectation: str
    column: str | None
    unexpected_count: int
    offending_ids: list[str] = field(default_factory=list)

    def describe(self) -> str:
        ids = ", ".join(self.offending_ids[:5]) + (" …" if len(self.offending_ids) > 5 else "")
        where = f" on column '{self.column}'" if self.column else ""
        return f"{self.expectation}{where}: {self.unexpected_count} unexpected" + (
            f" (documents: {ids})" if ids else ""
        )


@dataclass
class SuiteResult:
    suite: str
    success: bool
    evaluated: int
    failures: list[Failure]
    rows: int

    def summary(self) -> str:
        if self.success:
            return f"GX suite '{self.suite}': {self.evaluated} expectations passed on {self.rows} rows"
        return f"GX suite '{self.suite}' failed: " + "; ".join(f.describe() for f in self.failures)


def load_suite_spec(name: str, directory: Path = EXPECTATIONS_DIR) -> dict:
    path = directory / f"{name}.json"
    if not path.exists():
        raise FileNotFoundError(f"no expectation suite {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def _context():
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    try:
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    except Exception:  # older/newer GX without the setting: bars are cosmetic
        pass
    return ctx


def validate_frame(spec: dict, frame: pd.DataFrame) -> SuiteResult:
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    suite = gx.ExpectationSuite(
        name=spec["name"],
        expectations=[
            ExpectationConfiguration(type=e["type"], kwargs=e["kwargs"]).to_domain_obj() for e in spec["expectations"]
        ],
    )
    ctx = _context()
    asset = ctx.data_sources.add_pandas("qogam").add_dataframe_asset(spec["name"])
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": frame})
    id_col = spec.get("meta", {}).get("row_id_column")
    result_format = {"result_format": "COMPLETE"}
    if id_col and id_col in frame.columns:
        result_format["unexpected_index_column_names"] = [id_col]
    result = batch.validate(suite, result_format=result_format)
    failures = []
    for res in result.results:
        if res.success:
            continue
        ids = []
        for item in res.result.get("unexpected_index_list") or []:
            if isinstance(item, dict) and id_col in item:
                ids.append(str(item[id_col]))
        failures.append(
            Failure(
                expectation=res.expectation_config.type,
                column=res.expectation_config.kwargs.get("column"),
                unexpected_count=int(res.result.get("unexpected_count") or 0),
                offending_ids=sorted(set(ids)),
            )
        )
    return SuiteResult(spec["name"], bool(result.success), len(result.results), failures, len(frame))


def run_suite(con: duckdb.DuckDBPyConnection, name: str) -> SuiteResult:
    """Run the suite's query on the warehouse and validate the result."""
    spec = load_suite_spec(name)
    frame = con.execute(spec["meta"]["query"]).df()
    return validate_frame(spec, frame)
