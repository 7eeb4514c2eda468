"""Great Expectations suites as blocking asset checks: a failure stops publication."""

import dagster as dg

from ...quality.suites import SuiteResult, load_suite_spec, run_suite
from ...settings import get_settings
from ...warehouse.db import connect


def _check_result(result: SuiteResult) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=result.success,
        severity=dg.AssetCheckSeverity.ERROR,
        description=result.summary(),
        metadata={
            "suite": result.suite,
            "rows_validated": result.rows,
            "expectations_evaluated": result.evaluated,
            "failures": dg.MetadataValue.json(
                [
                    {
                        "expectation": f.expectation,
                        "column": f.column,
                        "unexpected_count": f.unexpected_count,
                        "documents": f.offending_ids[:20],
                    }
                    for f in result.failures
                ]
            ),
        },
    )


def gx_check(suite_name: str) -> dg.AssetChecksDefinition:
    """One blocking asset check per suite in expectations/, on the asset named in its meta."""
    spec = load_suite_spec(suite_name)

    @dg.asset_check(
        name=f"gx_{suite_name}",
        asset=dg.AssetKey(spec["meta"]["guards"]),
        blocking=True,
        description=f"Great Expectations suite expectations/{suite_name}.json: {spec['meta']['description']}",
    )
    def _check() -> dg.AssetCheckResult:
        try:
            with connect(get_settings().warehouse_path, read_only=True) as con:
                return _check_result(run_suite(con, suite_name))
        except Exception as exc:  # a suite that cannot run is a failed check, not a crashed step
            return dg.AssetCheckResult(
                passed=False,
                severity=dg.AssetCheckSeverity.ERROR,
                description=f"GX suite '{suite_name}' could not run: {exc}",
            )

    return _check


gx_raw_documents = gx_check("raw_documents")
gx_extraction_metrics = gx_check("extraction_metrics")
gx_fct_metric_mentions = gx_check("fct_metric_mentions")
