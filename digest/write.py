"""Write the output set: every format to a temporary file first, then all swapped in together.

A reader of the output folder sees the previous digest or the new one, never a mix: the
temporary files are written and synced while the old outputs stand, and the renames that
swap them in run with SIGINT and SIGTERM held back, so an interruption lands before or after
them. Temporary files that a killed earlier run left behind are removed.
"""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path

from .errors import DigestError

TEMP_SUFFIX = ".tmp"


def _file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under the usual 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def check_output_folder(out_dir: Path) -> None:
    """Fail before any work when the output folder cannot be created or written."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir):
            pass
    except OSError as exc:
        raise DigestError(f"cannot write into {out_dir}: {exc.strerror or exc}") from None


def _write_temporary(path: Path, content: str | bytes) -> Path:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes a private file (0600); outputs get the umask's mode like any other file.
        os.chmod(temporary, _file_mode())
    except BaseException:
        _remove(Path(temporary))
        raise
    return Path(temporary)


def write_atomic(path: Path, content: str | bytes) -> Path:
    """Write one file (text as UTF-8) so that readers see the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _write_temporary(path, content)
    try:
        os.replace(temporary, path)
    finally:
        _remove(temporary)
    return path


@contextlib.contextmanager
def _signals_held():
    """Hold SIGINT and SIGTERM back over the block; yield the list of those that came in it.

    In the main thread a handler that only records them stands in over the block: the kernel
    delivers a signal to any thread that does not block it (a progress bar's refresh thread),
    and Python then runs its handler in the main thread wherever that is, mid-swap, or inside a
    finalizer, which drops the exception the handler raises. Elsewhere (Python handles signals
    in the main thread only) they are masked in the calling thread, where the platform allows it."""
    held = [signal.SIGINT, signal.SIGTERM]
    arrived: list[int] = []
    if threading.current_thread() is threading.main_thread():
        previous = {signum: signal.signal(signum, lambda signum, frame: arrived.append(signum)) for signum in held}
        try:
            yield arrived
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        for signum in dict.fromkeys(arrived):
            _deliver(signum, previous[signum])
    elif hasattr(signal, "pthread_sigmask"):
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, held)
        try:
            yield arrived
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    else:
        yield arrived


def _deliver(signum: int, handler) -> None:
    """What a signal held back would have done: call its handler (Ctrl-C's raises
    KeyboardInterrupt), or the platform's default (SIGTERM ends the process)."""
    if callable(handler):
        handler(signum, None)
    elif handler == signal.SIG_DFL:
        signal.raise_signal(signum)


def remove_stale_temporaries(out_dir: Path, stem_prefix: str = "digest-") -> list[Path]:
    """Temporary files of our outputs left by an earlier run that was killed (SIGKILL, power loss)."""
    stale = sorted(out_dir.glob(f".{stem_prefix}*{TEMP_SUFFIX}"))
    for path in stale:
        _remove(path)
    return stale


def write_outputs(rendered: dict[str, str | bytes], out_dir: Path, stem: str) -> list[Path]:
    """Write each rendered format as `stem.FORMAT` into `out_dir`, all or none; returns the paths in order."""
    staged: list[tuple[Path, Path]] = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(out_dir)
        for fmt, content in rendered.items():
            path = out_dir / f"{stem}.{fmt}"
            staged.append((_write_temporary(path, content), path))
        try:
            with _signals_held():
                for temporary, path in staged:
                    os.replace(temporary, path)
        except KeyboardInterrupt:
            # The signal held back during the swap arrives as it ends: the new set is in place.
            raise InterruptedAfterWrite([path for _, path in staged]) from None
        return [path for _, path in staged]
    except OSError as exc:
        raise DigestError(f"cannot write into {out_dir}: {exc.strerror or exc}; "
                          "the previous outputs are unchanged") from None
    finally:
        for temporary, _ in staged:
            _remove(temporary)


class InterruptedAfterWrite(KeyboardInterrupt):
    """Ctrl-C or SIGTERM arrived while the outputs were swapped in: they were all written."""

    def __init__(self, paths: list[Path]):
        super().__init__("interrupted after the outputs were written")
        self.paths = paths


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
