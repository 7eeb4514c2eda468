"""`make ui` starts the Dagster webserver on loopback; its GraphQL API lists every asset and check."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from orchestration.definitions import defs
from orchestration.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow

QUERY = """
{
  assetNodes {
    assetKey { path }
    assetChecksOrError { ... on AssetChecks { checks { name } } }
  }
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_webserver_lists_every_asset_and_check(home, tmp_path):
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "dagster"), "QOGAM_HOME": str(home)}
    Path(env["DAGSTER_HOME"]).mkdir()
    exe = Path(sys.executable).parent / "dagster-webserver"
    proc = subprocess.Popen(
        [str(exe), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}/graphql"
        deadline, data = time.monotonic() + 120, None
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"webserver exited: {proc.stderr.read().decode()[-2000:]}")
            try:
                resp = requests.post(url, json={"query": QUERY}, timeout=5)
                data = resp.json().get("data")
                if data and data.get("assetNodes"):
                    break
            except (requests.ConnectionError, requests.Timeout, ValueError):
                pass
            time.sleep(1)
        assert data and data["assetNodes"], "webserver did not answer in time"
        listed = {"/".join(n["assetKey"]["path"]) for n in data["assetNodes"]}
        listed_checks = {
            ("/".join(n["assetKey"]["path"]), c["name"])
            for n in data["assetNodes"]
            for c in (n.get("assetChecksOrError") or {}).get("checks", [])
        }
        graph = defs.get_repository_def().asset_graph
        expected = {k.to_user_string() for k in graph.get_all_asset_keys()}
        expected_checks = {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys}
        assert expected <= listed
        assert expected_checks <= listed_checks
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
