"""The Dagster instance of a data home: ``$QOGAM_HOME/dagster`` (one per data home).

`qogam run`, `make ui` (`qogam ui`) and the sensor's runs all use it, so the UI shows every
run with its materializations and check results, however it was started.
"""

from __future__ import annotations

from pathlib import Path

from .settings import Settings

INSTANCE_TEMPLATE = Path(__file__).resolve().with_name("dagster.yaml")


def prepare_dagster_home(settings: Settings) -> Path:
    """Create the instance folder and its dagster.yaml (kept equal to the project's template)."""
    home = settings.dagster_home
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    template = INSTANCE_TEMPLATE.read_text(encoding="utf-8")
    if not target.exists() or target.read_text(encoding="utf-8") != template:
        target.write_text(template, encoding="utf-8")
    return home


def dagster_instance(settings: Settings):
    """The persistent DagsterInstance of this data home (created on first use)."""
    from dagster import DagsterInstance

    return DagsterInstance.from_config(str(prepare_dagster_home(settings)))
