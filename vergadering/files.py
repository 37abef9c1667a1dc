"""Files with client data, created never readable by everyone on the machine.

A new file is 0660 (owner and group: a team folder's group must still be able to use
it) or, for the per-user data folder, 0600 (``private``). It is created with that mode
and set to it exactly afterwards: the umask can only narrow a mode, so a strict umask
(077) would otherwise take the team's group away, and a loose one never widens it. An
existing file keeps its mode: it is never made readable by more people than before.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

SHARED_MODE = 0o660
PRIVATE_MODE = 0o600


def new_file_mode(private: bool) -> int:
    return PRIVATE_MODE if private else SHARED_MODE


def create_new(path: str | os.PathLike[str], *, private: bool) -> None:
    """Create an empty file with the mode for ``private``; FileExistsError when it is
    already there (it is then left as it is)."""
    os.close(_open_new(Path(path), private))


def ensure(path: str | os.PathLike[str], *, private: bool) -> None:
    """Make sure ``path`` exists before another writer (Qt) truncates it: a new one with
    the mode for ``private``, an existing one untouched. Raises OSError."""
    with contextlib.suppress(FileExistsError):
        create_new(path, private=private)
    os.close(os.open(path, os.O_WRONLY | os.O_APPEND))  # fails here if not writable


@contextlib.contextmanager
def open_binary(path: str | os.PathLike[str], *, private: bool) -> Iterator[IO[bytes]]:
    """``path`` opened for writing from the start (truncated); raises OSError."""
    target = Path(path)
    try:
        fd = _open_new(target, private)
    except FileExistsError:
        fd = os.open(target, os.O_WRONLY | os.O_TRUNC)
    with os.fdopen(fd, "wb") as file:
        yield file


def write_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool) -> None:
    with open_binary(path, private=private) as file:
        file.write(data)


def write_text(path: str | os.PathLike[str], text: str, *, encoding: str,
               private: bool) -> None:
    """Write ``text`` as it is (no newline translation); raises OSError."""
    write_bytes(path, text.encode(encoding), private=private)


def _open_new(path: Path, private: bool) -> int:
    wanted = new_file_mode(private)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, wanted)
    try:
        os.fchmod(fd, wanted)
    except OSError:
        os.close(fd)
        raise
    return fd
