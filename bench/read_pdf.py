"""Time reading one-page e-paper PDFs (four and three articles) and a two-page one, on one core.

    .venv/bin/python bench/read_pdf.py [PDF ...]

Prints, for each PDF, the median of 7 reads (PDF parsing, layout and cutting into
articles) after one warm-up read, and the number of articles and of dated articles.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.read import read_source  # noqa: E402
from digest.segment import split_articles  # noqa: E402

DEFAULT = [ROOT / "tests" / "pdf_pages" / name for name in ("district_page3.pdf", "education_pages.pdf", "grid_page.pdf")]


def main(paths: list[Path]) -> None:
    for path in paths:
        split_articles(read_source(path))  # warm-up: imports and the tokenizer's dictionary
        times = []
        for _ in range(7):
            start = time.perf_counter()
            articles = split_articles(read_source(path))
            times.append(time.perf_counter() - start)
        dated = sum(1 for a in articles if a.date)
        print(f"{path.name}: {statistics.median(times) * 1000:.0f} ms median of 7, "
              f"{len(articles)} articles, {dated} dated")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULT)
