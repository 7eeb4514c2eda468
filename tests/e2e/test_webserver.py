"""`make ui` (`qogam ui`): the Dagster UI on loopback lists every asset and check, and Ctrl+C stops
the webserver, the daemon and the code servers."""

import os
import signal
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
BIN = Path(sys.executable).parent

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


def descendants(pid: int) -> set[int]:
    """Every live process started (directly or not) by pid, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.add(pid)
    return out


def start_ui(home: Path, ignore_sigint: bool = False) -> tuple[subprocess.Popen, int]:
    """`qogam ui` as `make ui` runs it, in its own process group (as a terminal job is)."""
    port = free_port()
    env = {**os.environ, "QOGAM_HOME": str(home)}
    preexec = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignore_sigint else None
    proc = subprocess.Popen(
        [str(BIN / "qogam"), "ui", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=preexec,
    )
    return proc, port


def wait_for_graphql(proc: subprocess.Popen, port: int) -> dict:
    url, deadline = f"http://127.0.0.1:{port}/graphql", time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"qogam ui exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            data = requests.post(url, json={"query": QUERY}, timeout=5).json().get("data")
            if data and data.get("assetNodes"):
                return data
        except (requests.ConnectionError, requests.Timeout, ValueError):
            pass
        time.sleep(1)
    pytest.fail("webserver did not answer in time")


def assert_all_stop(proc: subprocess.Popen, tree: set[int], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while alive(tree | {proc.pid}) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = alive(tree | {proc.pid})
    for pid in left:  # do not leave them behind if the assertion fails
        os.kill(pid, signal.SIGKILL)
    assert not left, f"still running after {timeout} s: {sorted(left)}"


def test_ui_lists_every_asset_and_check_and_ctrl_c_stops_everything(home):
    proc, port = start_ui(home, ignore_sigint=True)  # the worst case: started from a shell in the background
    data = wait_for_graphql(proc, port)
    listed = {"/".join(n["assetKey"]["path"]) for n in data["assetNodes"]}
    listed_checks = {
        ("/".join(n["assetKey"]["path"]), c["name"])
        for n in data["assetNodes"]
        for c in (n.get("assetChecksOrError") or {}).get("checks", [])
    }
    graph = defs.get_repository_def().asset_graph
    assert {k.to_user_string() for k in graph.get_all_asset_keys()} <= listed
    assert {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys} <= listed_checks
    assert (home / "dagster" / "dagster.yaml").exists()  # the data home's instance, as `qogam run` uses
    tree = descendants(proc.pid)
    assert len(tree) >= 3  # dagster dev, its webserver and daemon (and code servers)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl+C in a terminal: SIGINT to the foreground process group
    assert_all_stop(proc, tree)
    assert proc.wait(timeout=10) == 0


def test_sigterm_to_the_ui_process_alone_stops_everything(home):
    """What make does when it is terminated: SIGTERM to its child only."""
    proc, port = start_ui(home)
    wait_for_graphql(proc, port)
    tree = descendants(proc.pid)
    proc.send_signal(signal.SIGTERM)
    assert_all_stop(proc, tree)
