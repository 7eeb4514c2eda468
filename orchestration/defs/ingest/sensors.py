"""Start a pipeline run when the landing folder changes."""

import dagster as dg

from ...settings import get_settings
from ...warehouse.landing import landing_fingerprint
from ..jobs import qogam_pipeline


@dg.sensor(
    job=qogam_pipeline,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Watches $QOGAM_HOME/landing; a new, changed or removed file starts qogam_pipeline.",
)
def landing_folder_sensor(context: dg.SensorEvaluationContext):
    fingerprint = landing_fingerprint(get_settings().landing_dir)
    if fingerprint == context.cursor:
        return dg.SkipReason("landing folder unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(
        run_key=fingerprint,
        run_config={"ops": {"raw_landing": {"config": {"settle_seconds": 5.0}}}},
    )
