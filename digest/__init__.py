"""digest: turn a week of Chinese news articles into a themed digest."""
from __future__ import annotations

import os as _os

# Our matrices are small (sentences of one article): BLAS threads only add overhead, and
# with --jobs they oversubscribe the cores (measured: 2 processes ran 4x slower).
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_variable, "1")

__version__ = "0.1.0"

from .errors import ConfigError, DigestError, InputError  # noqa: E402
from .summarize import summarize  # noqa: E402

__all__ = ["summarize", "DigestError", "ConfigError", "InputError", "__version__"]
