"""Write output files atomically: a temporary file in the same folder, then a rename."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import DigestError


def write_atomic(path: Path, text: str) -> Path:
    """Write `text` to `path` so that readers see the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return path


def write_outputs(rendered: dict[str, str], out_dir: Path, stem: str) -> list[Path]:
    """Write each rendered format as `stem.FORMAT` into `out_dir`; returns the paths in order."""
    try:
        return [write_atomic(out_dir / f"{stem}.{fmt}", text) for fmt, text in rendered.items()]
    except OSError as exc:
        raise DigestError(f"cannot write into {out_dir}: {exc.strerror or exc}") from None
