"""dbt on the project (or a copy of it) as a test runs it: qogam's dbt command, with its own target
folder (tests run side by side), starting from the project's last parse like Dagster's runs do."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from orchestration.defs.transform.project import dbt_project
from orchestration.settings import DBT_PROJECT_DIR

QOGAM_DBT = str(Path(sys.executable).parent / "qogam-dbt")
PARTIAL_PARSE = Path(dbt_project.project_dir) / dbt_project.target_path / "partial_parse.msgpack"


def run_dbt(*args: str, target: Path, project: Path = DBT_PROJECT_DIR, home: Path | None = None):
    """`qogam-dbt ARGS` on project with target as its target folder; QOGAM_HOME=home when given."""
    target.mkdir(parents=True, exist_ok=True)
    if PARTIAL_PARSE.exists() and not (target / PARTIAL_PARSE.name).exists():
        shutil.copy(PARTIAL_PARSE, target / PARTIAL_PARSE.name)
    env = {**os.environ, **({"QOGAM_HOME": str(home)} if home else {})}
    return subprocess.run(
        [QOGAM_DBT, *args, "--project-dir", str(project), "--profiles-dir", str(project), "--target-path", str(target)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
