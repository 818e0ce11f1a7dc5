import datetime as dt
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
