"""The one place where environment variables are read.

Every path the pipeline touches derives from ``QOGAM_HOME`` (default ``./data``):

    $QOGAM_HOME/
      landing/                 raw files dropped here (never modified)
      warehouse.duckdb         working database (raw, extraction and dbt schemas)
      published/qogam.duckdb   the marts BI tools read: a link to the current qogam-<version>.duckdb
      published/parquet/       the same marts as Parquet (a link to parquet-<version>/)
      dagster/                 the Dagster instance (DAGSTER_HOME) of `qogam run`, `make ui` and the sensor
      logs/                    one full log per `qogam run`
      .run.lock                held by the pipeline run in progress (one at a time)

Measuring data (KazNERD, factRuEval) is not part of a clone: its folders are settings
(QOGAM_KAZNERD_DIR, QOGAM_FACTRU_DIR; default ../shared/data/...), and so is the gold annotation of the
sample corpus (QOGAM_SEEDS_GOLD); they are read only by training and by bench/.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
SAMPLE_CORPUS_DIR = PROJECT_ROOT / "corpus" / "seeds"

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
SHARED_DATA_DIR = PROJECT_ROOT.parent / "shared" / "data"
SHARED_SEEDS_GOLD = PROJECT_ROOT.parent / "shared" / "spec" / "seeds.gold.jsonl"


@dataclass(frozen=True)
class Settings:
    home: Path
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    publish_raw_text: bool = False
    duckdb_memory_limit: str = "1GB"
    kaznerd_dir: Path = SHARED_DATA_DIR / "kaznerd"
    factru_dir: Path = SHARED_DATA_DIR / "factru"
    seeds_gold: Path = SHARED_SEEDS_GOLD

    @property
    def landing_dir(self) -> Path:
        return self.home / "landing"

    @property
    def warehouse_path(self) -> Path:
        return self.home / "warehouse.duckdb"

    @property
    def published_dir(self) -> Path:
        return self.home / "published"

    @property
    def published_path(self) -> Path:
        return self.published_dir / "qogam.duckdb"

    @property
    def parquet_dir(self) -> Path:
        return self.published_dir / "parquet"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def run_lock_path(self) -> Path:
        return self.home / ".run.lock"

    def ensure_dirs(self) -> None:
        for path in (self.home, self.landing_dir, self.published_dir, self.logs_dir):
            path.mkdir(parents=True, exist_ok=True)


def get_settings() -> Settings:
    """Read settings from the environment (called at use time, never cached)."""
    home = Path(os.environ.get("QOGAM_HOME", PROJECT_ROOT / "data")).expanduser().resolve()
    max_bytes = int(os.environ.get("QOGAM_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))
    publish_raw = os.environ.get("QOGAM_PUBLISH_RAW_TEXT", "0").lower() in {"1", "true", "yes"}
    memory = os.environ.get("QOGAM_DUCKDB_MEMORY_LIMIT", "1GB")
    kaznerd = Path(os.environ.get("QOGAM_KAZNERD_DIR", SHARED_DATA_DIR / "kaznerd")).expanduser()
    factru = Path(os.environ.get("QOGAM_FACTRU_DIR", SHARED_DATA_DIR / "factru")).expanduser()
    gold = Path(os.environ.get("QOGAM_SEEDS_GOLD", SHARED_SEEDS_GOLD)).expanduser()
    return Settings(
        home=home,
        max_file_bytes=max_bytes,
        publish_raw_text=publish_raw,
        duckdb_memory_limit=memory,
        kaznerd_dir=kaznerd,
        factru_dir=factru,
        seeds_gold=gold,
    )


def export_for_subprocesses() -> Settings:
    """Export the resolved data home so dbt (a subprocess, via profiles.yml) uses the same path."""
    settings = get_settings()
    os.environ["QOGAM_HOME"] = str(settings.home)
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    return settings


def dagster_env(settings: Settings) -> dict[str, str]:
    """The environment of a Dagster process (`dagster dev`) serving this data home's instance."""
    return {**os.environ, "QOGAM_HOME": str(settings.home), "DAGSTER_HOME": str(settings.dagster_home)}
