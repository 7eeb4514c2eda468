"""One pipeline run at a time per data home: an exclusive file lock (``$QOGAM_HOME/.run.lock``).

Every run takes it before its first step, however it was started (``qogam run``, the UI, the
sensor), so a second run waits its turn instead of failing on DuckDB's single-writer lock half
way through. The lock is ``flock`` on an open file: the kernel releases it when the holder exits,
even on SIGKILL, so a crashed run never leaves a stale lock. The holder writes who it is into
the file, so a waiting run can say what it waits for.

Re-entrant within a process: ``qogam run`` takes the lock before starting Dagster, and the run's
executor (same process) takes it again without waiting for itself.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


class RunLockBusy(RuntimeError):
    """Raised (without waiting) when another process holds the run lock."""


@dataclass
class _Held:
    fd: int
    depth: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def describe_holder(path: Path) -> str:
    """One line about the process holding the lock, from what it wrote into the lock file."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info:
        return f"another pipeline run holds {path}"
    return (
        f"{info.get('what', 'a pipeline run')} (pid {info.get('pid', '?')}, "
        f"started {info.get('started', '?')}) holds {path}"
    )


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _write_holder(fd: int, what: str) -> None:
    info = {"pid": os.getpid(), "what": what, "started": datetime.now().strftime("%Y-%m-%d %H:%M:%S")}
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(info).encode(), 0)


def _acquire(path: Path, what: str, wait: bool, on_wait: Callable[[str], None] | None) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            line = describe_holder(path)
            if not wait:
                raise RunLockBusy(line)
            if on_wait:
                on_wait(f"waiting for the run lock: {line}")
            fcntl.flock(fd, fcntl.LOCK_EX)
        _write_holder(fd, what)
        return fd
    except BaseException:
        os.close(fd)
        raise


@contextmanager
def run_lock(path: Path, what: str, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the data home's run lock for the duration of the block.

    ``wait=False`` raises RunLockBusy (with the holder's description) instead of waiting;
    ``on_wait`` receives one line saying what is being waited for, before waiting.
    """
    key = str(path.resolve())
    with _guard:
        held = _held.get(key)
        if held:
            held.depth += 1
    if not held:
        fd = _acquire(path, what, wait, on_wait)
        with _guard:
            held = _held[key] = _Held(fd, 1)
    try:
        yield
    finally:
        with _guard:
            held.depth -= 1
            release = held.depth == 0
            if release:
                del _held[key]
        if release:
            os.ftruncate(held.fd, 0)
            os.close(held.fd)  # closing the descriptor releases the flock
