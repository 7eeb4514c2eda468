"""What `qogam run` shows on the terminal, and the full log it keeps under the data home.

By default the terminal gets one line per stage (from the `qogam` logger: see defs/common.py)
and a progress bar for extraction and dbt; everything else — dbt's per-node log, Dagster's
event log, library warnings — goes to ``$QOGAM_HOME/logs/run-<timestamp>.log``. With ``-v`` the
terminal gets everything as well.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

BAR_WIDTH = 24


class Tee:
    """A text stream writing to two streams (the terminal and the log file, with -v)."""

    def __init__(self, first: IO[str], second: IO[str]):
        self.first, self.second = first, second

    def write(self, text: str) -> int:
        self.first.write(text)
        return self.second.write(text)

    def flush(self) -> None:
        self.first.flush()
        self.second.flush()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return self.second.fileno()


def progress_bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    filled = width if total <= 0 else min(width, width * done // total)
    return "[" + "#" * filled + "." * (width - filled) + "]"


class StageHandler(logging.Handler):
    """Renders `qogam` progress records: a line per message, a redrawn bar for progress records.

    A progress record carries ``stage``, ``done``, ``total`` and ``unit``. On a terminal the bar is
    redrawn in place; elsewhere (a pipe, a file) only the finished bar is written, as one line, or,
    with ``every_step`` (-v), every step as a line.
    """

    def __init__(self, stream: IO[str], every_step: bool = False):
        super().__init__()
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.every_step = every_step
        self.open_bar = False

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stage = getattr(record, "stage", None)
            if stage is None:
                self._finish_bar()
                self.stream.write(f"{record.getMessage()}\n")
            else:
                self._bar(stage, record.done, record.total, record.unit)
            self.stream.flush()
        except Exception:  # a display problem must never stop a run
            self.handleError(record)

    def _bar(self, stage: str, done: int, total: int, unit: str) -> None:
        text = f"{stage:<11} {progress_bar(done, total)} {done}/{total} {unit}"
        finished = done >= total
        if self.tty:
            self.stream.write("\r" + text + ("\n" if finished else ""))
            self.open_bar = not finished
        elif finished or self.every_step:
            self.stream.write(text + "\n")

    def _finish_bar(self) -> None:
        if self.open_bar:
            self.stream.write("\n")
            self.open_bar = False


def finished_progress_only(record: logging.LogRecord) -> bool:
    """For the log file: a progress record only when its stage is done (the run's log has the rest)."""
    return getattr(record, "stage", None) is None or record.done >= record.total


class RunConsole:
    """The terminal and the log file of one `qogam run`."""

    def __init__(self, logs_dir: Path, verbose: bool):
        self.verbose = verbose
        self.terminal, self.stdout = sys.stderr, sys.stdout
        logs_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = logs_dir / f"run-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.log"
        self.log_file = open(self.log_path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 (open for the run)
        self._configure_logging()

    def _configure_logging(self) -> None:
        file_handler = logging.StreamHandler(self.log_file)
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        file_handler.addFilter(finished_progress_only)
        root = logging.getLogger()
        root.handlers[:] = [file_handler]
        root.setLevel(logging.INFO)
        qogam = logging.getLogger("qogam")
        qogam.handlers[:] = [StageHandler(self.terminal, every_step=self.verbose)]
        qogam.setLevel(logging.INFO)
        qogam.propagate = True  # and into the log file, through the root logger

    def line(self, text: str) -> None:
        """A progress line for the terminal's standard error (and the log)."""
        logging.getLogger("qogam").info(text)

    def result(self, text: str) -> None:
        """A line of the run's result, on standard output (and in the log)."""
        self.stdout.write(text + "\n")
        self.stdout.flush()
        self.log_file.write(text + "\n")

    @contextlib.contextmanager
    def capture(self) -> Iterator[None]:
        """Send standard output and error (dbt's log, Dagster's console log, warnings) to the log
        file; with -v, to the terminal as well."""
        out = Tee(sys.stdout, self.log_file) if self.verbose else self.log_file
        err = Tee(sys.stderr, self.log_file) if self.verbose else self.log_file
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            logging.captureWarnings(True)
            try:
                yield
            finally:
                logging.captureWarnings(False)
                self.log_file.flush()

    def close(self) -> None:
        self.log_file.close()
