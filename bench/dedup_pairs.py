"""Benchmark: merging versions of one story (digest.dedup), pairwise precision and recall.

usage: python bench/dedup_pairs.py [STORIES.jsonl] [--stories 60] [--seed 7]
Reads real news stories (default: ../shared/eval/summ_dev.jsonl, used for measuring only;
nothing is copied into the project). For --stories of them it makes one to three more
versions as another outlet would: a dateline added, a paragraph or one to two sentences cut,
half-width punctuation. All stories and versions are compared at once; a pair is right when
both texts are versions of one story. Prints pairs, precision, recall and the time taken.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATELINES = ["本报讯（记者 李明）", "新华社北京电 ", "本报讯 ", "（通讯员 王芳）", ""]


def make_version(text: str, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) >= 3 and rng.random() < 0.5:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    else:
        sentences = [s for s in re.split(r"(?<=[。！？])", "\n".join(paragraphs)) if s]
        for _ in range(min(rng.randint(1, 2), max(0, len(sentences) - 2))):
            del sentences[rng.randrange(1, len(sentences))]
        paragraphs = "".join(sentences).split("\n")
    version = rng.choice(DATELINES) + "\n".join(paragraphs)
    if rng.random() < 0.5:
        version = version.replace("，", ",").replace("：", ":").replace("；", ";")
    return version


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("stories", nargs="?", default=str(ROOT.parent / "shared/eval/summ_dev.jsonl"))
    parser.add_argument("--stories", dest="count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    from digest.dedup import duplicate_groups

    rows = [json.loads(line) for line in Path(args.stories).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [row["article"] for row in rows if len(row.get("article", "")) >= 200]
    rng = random.Random(args.seed)
    story_of = list(range(len(texts)))
    for story in rng.sample(range(len(texts)), args.count):
        for _ in range(rng.randint(1, 3)):
            texts.append(make_version(texts[story], rng))
            story_of.append(story)
    started = time.perf_counter()
    groups = duplicate_groups(texts)
    elapsed = time.perf_counter() - started
    predicted = {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}
    by_story: dict[int, list[int]] = {}
    for index, story in enumerate(story_of):
        by_story.setdefault(story, []).append(index)
    gold = {pair for members in by_story.values() for pair in itertools.combinations(members, 2)}
    right = len(predicted & gold)
    print(f"texts {len(texts)}  stories with versions {args.count}  gold pairs {len(gold)}  predicted {len(predicted)}")
    print(f"precision {right / len(predicted) if predicted else 1.0:.3f}  recall {right / len(gold):.3f}  "
          f"time {elapsed:.2f} s")


if __name__ == "__main__":
    main()
