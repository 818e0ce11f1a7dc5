"""Benchmark: made-up pages set at random as grids and flows of boxes, printed across sheets by Chromium.

usage: python bench/random_pages.py [--seeds 0:80] [--modes grid,flow] [--keep DIR] [--jobs 2]

Each seed gives a page (`tests/pdf_pages/made_up_stories.py`): four to seven made-up stories,
each with or without its kicker and subtitle, its first paragraphs and, on some pages, a photo
over a caption; set as a CSS grid of boxes or as boxes flowing down columns, on A5 sheets in two
columns or A4 in two or three, and printed by headless Chromium, so that boxes, headlines,
photos and paragraphs break across sheets and columns wherever the page falls. Each PDF is cut
by `digest` and each story checked: found by its title, its text its paragraphs as set, its
kicker and subtitle as set, and no article that is no story's. Prints, per mode, the stories
cut right, and each page with what went wrong. The stories are the tests' made-up ones; where a
page's cut goes wrong, keep it (`--keep`) and add it to `tests/pdf_pages/printed/`.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.read import read_source  # noqa: E402
from digest.segment import split_articles  # noqa: E402
from tests.pdf_pages.made_up_stories import check_page, page  # noqa: E402
from tests.pdf_pages.make_pdfs import print_pdf  # noqa: E402


def run(seeds: range, flow: bool, out_dir: Path, jobs: int) -> tuple[int, int, list[str]]:
    """Print the seeds' pages into `out_dir`, cut them; stories right, stories, and what went wrong."""
    facts = {}
    for seed in seeds:
        html, facts[seed] = page(seed, flow)
        (out_dir / f"page_{seed}.html").write_text(html, encoding="utf-8")
        (out_dir / f"page_{seed}.json").write_text(
            json.dumps(facts[seed], ensure_ascii=False, indent=1), encoding="utf-8")
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda seed: print_pdf(out_dir / f"page_{seed}.html", out_dir / f"page_{seed}.pdf"), seeds))
    right, total, report = 0, 0, []
    for seed in seeds:
        pdf = out_dir / f"page_{seed}.pdf"
        problems = check_page(split_articles(read_source(pdf)), facts[seed])
        wrong = {title for title, _ in problems} & {story["title"] for story in facts[seed]}
        total += len(facts[seed])
        right += len(facts[seed]) - len(wrong)
        if problems:
            report.append(f"  {pdf.name}: " + "; ".join(f"{title}: {what}" for title, what in problems))
    return right, total, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0:80", help="FIRST:LAST, LAST not included")
    parser.add_argument("--modes", default="grid,flow")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    first, last = (int(part) for part in args.seeds.split(":"))
    with tempfile.TemporaryDirectory() as scratch:
        for mode in args.modes.split(","):
            out_dir = (args.keep or Path(scratch)) / mode
            out_dir.mkdir(parents=True, exist_ok=True)
            right, total, report = run(range(first, last), mode == "flow", out_dir, args.jobs)
            print(f"{mode:5} seeds {first}:{last}  stories cut right {right} of {total} ({right / total:.3f})")
            for line in report:
                print(line)


if __name__ == "__main__":
    main()
