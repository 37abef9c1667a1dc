"""The app's log and what happens on an unexpected error.

Client data is health data, so nothing about clients may reach a log: the log file gets
the kind of error and where in the code it happened (file, line, function) — never the
error's message or any value, which could hold a client reference or a koers. The file
lives in the per-user data folder, readable by its owner only.

An unexpected error in a window does not close the app: the user sees a short Dutch
message (what was saved is saved; the input is still there) and the app goes on.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from .i18n import tr

LOG_NAME = "vergadering.log"
MAX_BYTES = 512 * 1024  # one old file is kept beside it


def describe_exception(kind: type[BaseException], tb: TracebackType | None) -> str:
    """``ValueError`` and the frames it passed through, without message or values."""
    frames = traceback.extract_tb(tb)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join([f"{kind.__module__}.{kind.__qualname__}", *lines])


class _NoMessages(logging.Formatter):
    """A record's own text (ours never hold client data) but for an exception only its
    kind and frames."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def,override]  # noqa: N802
        kind, _value, tb = ei
        return describe_exception(kind, tb) if kind is not None else ""


def open_log(folder: Path) -> Path:
    """Send the app's log records (warnings and up) to ``folder``/vergadering.log."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)  # the per-user folder: the owner's only
    path = folder / LOG_NAME
    if path.exists() and path.stat().st_size > MAX_BYTES:
        os.replace(path, path.with_suffix(".log.1"))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)  # also when it was made before by something else
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(_NoMessages("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return path


def handle_exception(kind: type[BaseException], value: BaseException,
                     tb: TracebackType | None) -> None:
    """sys.excepthook: log the kind and the frames, tell the user, carry on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    logging.getLogger("vergadering").error("Onverwachte fout:\n%s",
                                           describe_exception(kind, tb))
    if QApplication.instance() is not None:
        show_unexpected_error()


def show_unexpected_error() -> None:
    """A short message; tests replace it."""
    QMessageBox.warning(
        QApplication.activeWindow(), tr("Er ging iets mis"),
        tr("Er ging iets onverwachts mis. Wat al was opgeslagen, is bewaard, en wat u "
           "typte staat er nog. Probeer het opnieuw; gebeurt het weer, meld het dan en "
           "noem wat u deed (het logbestand bevat geen cliëntgegevens)."))


def install(folder: Path) -> Path:
    path = open_log(folder)
    sys.excepthook = handle_exception
    return path
