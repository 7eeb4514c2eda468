"""`qogam ui` (what `make ui` runs): `dagster dev` on the data home's instance, stopped cleanly.

`dagster dev` starts a webserver, a daemon and code servers. It runs here in its own process
group; SIGINT (Ctrl+C), SIGTERM or SIGHUP to this process is passed on to it as SIGINT, its
graceful shutdown, and whatever is still running after a grace period is killed with the whole
group, so no webserver, daemon or code server outlives `make ui`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from .instance import prepare_dagster_home
from .settings import PROJECT_ROOT, dagster_env, export_for_subprocesses
from .warning_filters import pythonwarnings

GRACE_SECONDS = 20.0


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class DevServer:
    """`dagster dev` in its own process group, stopped on the first stop signal."""

    def __init__(self, cmd: list[str], env: dict[str, str]):
        self.cmd, self.env = cmd, env
        self.child: subprocess.Popen | None = None
        self.stop_requested: float | None = None

    def stop(self, _signum=None, _frame=None) -> None:
        if self.stop_requested is None:
            self.stop_requested = time.monotonic()
        if self.child is not None and self.child.poll() is None:
            try:
                os.killpg(self.child.pid, signal.SIGINT)
            except ProcessLookupError:
                pass

    def run(self) -> int:
        # Handlers set here also give the child default SIGINT handling after exec, even when this
        # process was started with SIGINT ignored (in the background).
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, self.stop)
        self.child = subprocess.Popen(self.cmd, cwd=PROJECT_ROOT, env=self.env, start_new_session=True)
        try:
            while True:
                try:
                    code = self.child.wait(timeout=1.0)
                    break
                except subprocess.TimeoutExpired:
                    if self.stop_requested is not None and time.monotonic() - self.stop_requested > GRACE_SECONDS:
                        _kill_group(self.child.pid)
        finally:
            _kill_group(self.child.pid)  # code servers and anything else left in the group
        return 0 if self.stop_requested is not None else code


def serve(host: str, port: int) -> int:
    settings = export_for_subprocesses()
    settings.ensure_dirs()
    prepare_dagster_home(settings)
    bin_dir = Path(sys.executable).parent
    env = dagster_env(settings)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"  # dbt from this environment
    env["PYTHONWARNINGS"] = pythonwarnings()
    cmd = [str(bin_dir / "dagster"), "dev", "-w", str(PROJECT_ROOT / "workspace.yaml"), "-h", host, "-p", str(port)]
    print(f"Dagster UI on http://{host}:{port} (instance {settings.dagster_home}); Ctrl+C stops it", file=sys.stderr)
    return DevServer(cmd, env).run()
