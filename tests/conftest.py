import datetime as dt
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXED_NOW = dt.datetime(2025, 4, 7, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def page(tmp_path):
    """Write a small page into a temporary file and return its path."""

    def write(text: str, name: str = "page.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


def wait_for(url: str, seconds: float = 20) -> None:
    """Wait until a local server answers at `url`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} never answered")
