"""Benchmark input: text pages made of stories that carry no dateline, with gold to score them.

usage: python bench/story_pages.py STORIES.jsonl OUT_DIR [--per-page 5]

STORIES.jsonl holds one story a line with `title` and `article` (paragraphs parted by line
breaks), as `../shared/eval/summ_dev.jsonl` does; a digest's JSON (`digest build seeds
--format json`) gives its articles instead. Its stories are set `--per-page` to a page
in file order, as real_pages sets its stories (headline line, paragraphs indented with
full-width spaces, a blank line between stories), into OUT_DIR/pages, and OUT_DIR/gold.json
gets the gold `../shared/eval/score_digest.py` reads: each story's title and three phrases from
its text. A broadcaster's opening (`某某网消息（栏目名）：`) is left out: the pages hold what a
department's bulletin or a feature page holds, stories that open on their news, with no
dateline or byline to show where one ends. Score the pages, or their damaged copies, with
`bench/copies.py OUT_DIR/pages --gold OUT_DIR/gold.json`. The pages are made for measuring
only: keep them out of the project.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

BROADCAST_OPENING_RE = re.compile(r"^\S{2,8}消息\s*[（(][^（）()]{1,12}[）)]\s*[：:]\s*")
ANCHOR_LETTERS = 14
ANCHOR_PLACES = (0.05, 0.5, 0.88)  # where in the story's text its three phrases are taken
MIN_STORY_LETTERS = 150  # a shorter story gives no three phrases apart


def story(row: dict) -> tuple[str, list[str]] | None:
    """A story's headline and paragraphs, or None when it has no headline or too little text."""
    title = (row.get("title") or "").strip()
    paragraphs = [line.strip() for line in (row.get("article") or "").splitlines() if line.strip()]
    if paragraphs:
        paragraphs[0] = BROADCAST_OPENING_RE.sub("", paragraphs[0])
    if not title or sum(map(len, paragraphs)) < MIN_STORY_LETTERS:
        return None
    return title, paragraphs


def make_pages(rows: list[dict], out_dir: Path, per_page: int) -> int:
    """Write the pages and their gold; return the number of pages."""
    pages_dir = out_dir / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    stories = [found for found in map(story, rows) if found]
    gold = []
    for number, start in enumerate(range(0, len(stories) - 1, per_page), 1):
        page = stories[start:start + per_page]
        if len(page) < 2:
            break
        name = f"stories_{number:03d}.txt"
        printed = []
        for title, paragraphs in page:
            printed.append(title + "\n" + "\n".join("\u3000\u3000" + paragraph for paragraph in paragraphs))
            text = "".join(paragraphs)
            anchors = [text[int(len(text) * place):int(len(text) * place) + ANCHOR_LETTERS] for place in ANCHOR_PLACES]
            gold.append({"file": name, "title": title, "alt_titles": [], "anchors": anchors, "categories": ["?"]})
        (pages_dir / name).write_text("\n\n".join(printed) + "\n", encoding="utf-8")
    (out_dir / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return len({entry["file"] for entry in gold})


def read_stories(path: Path) -> list[dict]:
    """The stories of a JSONL file (`title`, `article`), or of a digest's JSON (`digest build
    --format json`: its articles' `title` and `text`), so that pages of a folder the tool cuts
    right (the seeds) can be set without datelines too."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [{"title": article["title"], "article": article["text"]} for article in json.loads(text)["articles"]]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--per-page", type=int, default=5)
    args = parser.parse_args()
    rows = read_stories(args.stories)
    pages = make_pages(rows, args.out_dir, args.per_page)
    print(f"{pages} pages in {args.out_dir / 'pages'}, gold in {args.out_dir / 'gold.json'}")


if __name__ == "__main__":
    main()
