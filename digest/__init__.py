"""digest: turn a week of Chinese news articles into a themed digest."""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import ConfigError, DigestError, InputError  # noqa: E402
from .summarize import summarize  # noqa: E402

__all__ = ["summarize", "DigestError", "ConfigError", "InputError", "__version__"]
