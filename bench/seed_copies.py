"""Benchmark: the seed pages re-set line by line, as a PDF viewer's copy gives them, cut and scored.

usage: python bench/seed_copies.py SEEDS_DIR [--gold GOLD.json] [--widths 12,16] [--keep DIR]

`--widths` takes any widths (default 12, 13, 16, 18, 20).

The seed pages carry their own mess (headlines after bodies, captions, repeats), so they are
not re-set from their text: each page's stories as the tool cuts them (kicker, title,
subtitle, paragraphs) are printed again every line `width` letters (wrapped by letter count),
with no blank lines and no indents, headlines before or after the bodies. With `--gold`
(`../shared/eval/seeds_gold.json`), each copy is built with `digest build --format json` and
its figures are printed one line per copy. This measures how the reading of column-wrapped
copies holds up on the seeds' kinds of story where the tool reads the seed pages right; the
copies are made for measuring only, in a temporary folder unless `--keep` names one.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.copies import run  # noqa: E402
from digest.read import read_source  # noqa: E402
from digest.segment import split_articles  # noqa: E402

WIDTHS = {str(width): width for width in (12, 13, 16, 18, 20)}  # the default; `--widths` takes any


def line_by_line(source: Path, width: int, headlines_after: bool) -> str:
    """A seed page's stories, every line `width` letters, no blank lines."""
    lines: list[str] = []
    for article in split_articles(read_source(source)):
        heads = [head for head in (article.kicker, article.title) if head]
        if article.subtitle and article.subtitle != article.kicker:
            heads.append("——" + article.subtitle)
        text = [paragraph[i:i + width] for paragraph in article.paragraphs for i in range(0, len(paragraph), width)]
        lines.extend([*text, *heads] if headlines_after else [*heads, *text])
    return "\n".join(lines) + "\n"


def make_copies(seeds: Path, out: Path, widths: list[str]) -> dict[str, Path]:
    made = {}
    for width in widths:
        for headlines_after in (True, False):
            name = f"line_by_line_{width}_{'after' if headlines_after else 'before'}"
            folder = out / name
            folder.mkdir(parents=True, exist_ok=True)
            for source in sorted(seeds.glob("*.txt")):
                (folder / source.name).write_text(line_by_line(source, int(width), headlines_after), encoding="utf-8")
            made[name] = folder
    return made


def main() -> None:
    run(__doc__, WIDTHS, "widths", make_copies)


if __name__ == "__main__":
    main()
