"""Write output files atomically: a temporary file in the same folder, then a rename."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import DigestError


def _file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under the usual 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, content: str | bytes) -> Path:
    """Write `content` (text as UTF-8) to `path` so that readers see the old file or the new one, never a part.

    The temporary file of `mkstemp` is private (0600); it gets the umask's mode before the
    rename, so a shared folder or a web server can read the digest as it reads other files.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _file_mode())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return path


def write_outputs(rendered: dict[str, str | bytes], out_dir: Path, stem: str) -> list[Path]:
    """Write each rendered format as `stem.FORMAT` into `out_dir`; returns the paths in order."""
    try:
        return [write_atomic(out_dir / f"{stem}.{fmt}", text) for fmt, text in rendered.items()]
    except OSError as exc:
        raise DigestError(f"cannot write into {out_dir}: {exc.strerror or exc}") from None
