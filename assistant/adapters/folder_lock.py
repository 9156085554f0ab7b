"""Several processes, one data folder: who holds the embedded index, and who may write to it.

- Every process that opens the index holds a shared lock on `<folder>.holders` for as long as it uses it.
- Ingest and rebuild take the exclusive `<folder>.write` lock, so writers go one at a time and a reader that
  would build a missing index waits for the writer instead of building it twice.
- A folder is set aside (renamed, never removed) only by a process that can take the holders lock exclusively,
  that is, when no other process has the index open.

Shared locks use fcntl (Linux, macOS). Where it is missing (Windows) the write lock alone decides.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout

from assistant.errors import ConfigError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


class Holder:
    """A shared hold on a folder: other processes can see it is in use. Release with close()."""

    def __init__(self, folder: Path):
        self.path = Path(f"{folder}.holders")
        self._fd: int | None = None

    def acquire(self) -> "Holder":
        if fcntl is not None and self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        return self

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None

    @contextmanager
    def alone(self) -> Iterator[bool]:
        """Yields True while no other process holds the folder (this process's own hold is set down meanwhile)."""
        if fcntl is None:
            yield True
            return
        had = self._fd is not None
        self.close()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                yield False
                return
            yield True
        finally:
            os.close(fd)
            if had:
                self.acquire()


@contextmanager
def writing(folder: Path, timeout_s: float = 900.0) -> Iterator[None]:
    """The exclusive write lock on a folder: one ingest or rebuild at a time, across processes."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(f"{folder}.write")
    try:
        lock.acquire(timeout=timeout_s)
    except Timeout:
        raise ConfigError(f"Another necessity process has been updating the knowledge index for over "
                          f"{int(timeout_s)} s; nothing was changed. Try again when it has finished.") from None
    try:
        yield
    finally:
        lock.release()


def set_aside(folder: Path) -> Path:
    """Rename a folder that cannot be opened to `<name>.unreadable-<time>` beside it; it is never deleted."""
    target = folder.with_name(f"{folder.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    folder.rename(target)
    return target
