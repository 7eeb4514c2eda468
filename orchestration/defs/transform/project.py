"""The dbt project as Dagster sees it: one asset per model/seed, one asset check per dbt test."""

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject
from dagster_dbt.compat import DBT_PYTHON_VERSION

from ...extract.gazetteer import DATA_DIR as SEED_DATA_DIR
from ...settings import DBT_PROJECT_DIR, export_for_subprocesses

export_for_subprocesses()

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)

# qogam's dbt command (dbt_command.py) installed next to this interpreter (the project's .venv), even
# when .venv/bin is not on PATH; dbt itself if that is missing.
_venv_dbt = Path(sys.executable).parent / "qogam-dbt"
DBT_EXECUTABLE = str(_venv_dbt) if _venv_dbt.exists() else (shutil.which("qogam-dbt") or shutil.which("dbt") or "dbt")


class QogamDbtCliResource(DbtCliResource):
    """dagster-dbt's resource without two costs per run (~3 s) that qogam has no use for.

    - `dbt --version` in a subprocess (1.8 s): the executable is qogam-dbt, this environment's
      dbt-core, whose version the installed package states.
    - A dbt adapter opened inside the Dagster process (1.2 s): dagster-dbt only uses it to fetch
      column metadata and row counts, which qogam's dbt assets do not ask for.
    """

    @cached_property
    def _cli_version(self):
        if Path(self.dbt_executable).name == "qogam-dbt" and DBT_PYTHON_VERSION is not None:
            return DBT_PYTHON_VERSION
        return super()._cli_version

    def _initialize_dbt_core_adapter(self, args):
        return None


def dbt_resource() -> DbtCliResource:
    return QogamDbtCliResource(
        project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=DBT_EXECUTABLE
    )


def _manifest_is_stale() -> bool:
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [
        DBT_PROJECT_DIR / "dbt_project.yml",
        DBT_PROJECT_DIR / "profiles.yml",
        Path(__file__).parents[2] / "dbt_command.py",
    ]
    for folder in ("models", "seeds", "macros", "tests"):
        sources.extend(p for p in (DBT_PROJECT_DIR / folder).rglob("*") if p.is_file())
    sources.extend(SEED_DATA_DIR.glob("*.csv"))  # seeds shipped with the extraction package
    return any(p.stat().st_mtime > built for p in sources)


def source_tests_sql_path() -> Path:
    """The compiled SQL of the tests on sources, by unique id (see source_checks.py)."""
    return Path(dbt_project.project_dir) / dbt_project.target_path / "source_tests_sql.json"


def compile_source_tests() -> None:
    """`dbt compile` of the tests on sources into source_tests_sql.json. Compiled against an empty
    throwaway data home, so it never opens (or waits for) the real warehouse: the SQL depends on
    the project only (relations are named "warehouse"."<schema>"."<table>" in every data home)."""
    with tempfile.TemporaryDirectory(prefix="qogam-dbt-compile-") as tmp:
        env = {**os.environ, "QOGAM_HOME": tmp, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
        cmd = [DBT_EXECUTABLE, "compile", "--select", "source:*", "--quiet", "--target-path", f"{tmp}/target"]
        cmd += ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
        subprocess.run(cmd, env=env, check=True, cwd=DBT_PROJECT_DIR, stdout=subprocess.DEVNULL)
        nodes = json.loads((Path(tmp) / "target" / "manifest.json").read_text(encoding="utf-8"))["nodes"]
    compiled = {
        uid: n["compiled_code"] for uid, n in nodes.items() if uid.startswith("test.") and n.get("compiled_code")
    }
    source_tests_sql_path().write_text(json.dumps(compiled, indent=1), encoding="utf-8")


def ensure_manifest() -> None:
    """A fresh clone has no manifest, and an edited project has a stale one: parse (offline, ~3 s),
    then compile the source tests (~3 s) when their SQL is missing or older than the manifest.

    Under an exclusive file lock: processes importing the definitions at the same time (test
    workers, the UI next to a CLI run) would otherwise parse together and one would read the
    manifest while another is still writing it. The first parses; the others wait, then see it fresh.
    """
    target = Path(dbt_project.project_dir) / dbt_project.target_path
    target.mkdir(parents=True, exist_ok=True)
    with open(target / ".manifest.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _manifest_is_stale():
            dbt_resource().cli(["parse", "--quiet"], target_path=dbt_project.target_path).wait()
        sql = source_tests_sql_path()
        if not sql.exists() or sql.stat().st_mtime < dbt_project.manifest_path.stat().st_mtime:
            compile_source_tests()


ensure_manifest()


def load_manifest() -> dict:
    """The parsed dbt manifest (made fresh by ensure_manifest at import)."""
    return json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))


def mart_nodes() -> list[dict]:
    """The marts: models under models/marts, read from the manifest. The one definition of "a mart"
    (the publication should copy exactly the tables of `mart_model_names()`)."""
    manifest = load_manifest()
    nodes = [
        n
        for n in manifest["nodes"].values()
        if n["resource_type"] == "model" and len(n["fqn"]) > 2 and n["fqn"][1] == "marts"
    ]
    return sorted(nodes, key=lambda n: n["name"])


def mart_model_names() -> list[str]:
    """Table names of the marts (a model's relation is named after it: no aliases in this project)."""
    return [n["alias"] or n["name"] for n in mart_nodes()]


class QogamDbtTranslator(DagsterDbtTranslator):
    """Groups follow the dbt folders (staging, intermediate, marts; seeds are 'reference')."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else super().get_group_name(dbt_resource_props)


translator = QogamDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))
