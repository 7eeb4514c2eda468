"""The gazetteer and the reorganisations table ship with the package: found without the dbt project."""

import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib
from importlib.resources import files

from orchestration.extract.gazetteer import GAZETTEER_PATH, REORGANISATIONS_PATH
from orchestration.settings import PROJECT_ROOT

PROBE = """
import orchestration.extract.gazetteer as g
from datetime import date
[r] = g.find_regions("В Семее открыли центр.", on=date(2020, 1, 1))
print(g.__file__, g.GAZETTEER_PATH, r.region_code, r.region_code_at_date, sep="\\n")
"""


def test_data_files_are_package_data():
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["orchestration.extract"]
    package_dir = files("orchestration.extract")
    for path in (GAZETTEER_PATH, REORGANISATIONS_PATH):
        relative = path.relative_to(str(package_dir))
        assert any(fnmatch.fnmatch(str(relative), p) for p in patterns), relative
        assert "dbt_project" not in str(path)


def test_an_installed_copy_of_the_package_finds_its_gazetteer(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(
        PROJECT_ROOT / "orchestration", site / "orchestration", ignore=shutil.ignore_patterns("__pycache__")
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    module, gazetteer, code, at_date = out.stdout.split()
    assert module.startswith(str(site)) and gazetteer.startswith(str(site))
    assert (code, at_date) == ("KZ-10", "KZ-63")
