"""Benchmark: where a build's time goes, stage by stage, against rjieba over the same text.

usage: python bench/stages.py [--articles 2000] [--per-file 20]
The corpus is bench/build_large.py's (sentences of the seed pages, shuffled with a fixed
seed). One process, `--jobs 1`: each stage of `digest.build` is timed where the build calls
it (read, split into articles, summaries and keywords, themes, fingerprints for merging
versions), then each output format is rendered on its own, and the floor is measured in the
same run: `rjieba.cut` over the same text (best of three), and `rjieba.tag`, the
part-of-speech tagging that keywords need. Every figure is also printed as a multiple of
the floor; the start-up (imports, dictionary and IDF table) is timed in a fresh process.
"""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_large import generate  # noqa: E402

STAGES = {"read_source": "read the files", "split_articles": "split into articles",
          "summarize": "summaries and keywords", "classify": "themes", "fingerprint": "fingerprints (versions)"}


def floor_seconds(texts: list[str]) -> dict[str, float]:
    import rjieba

    tokenizer = rjieba.Jieba()
    tokenizer.cut("预热")
    best = {}
    for name in ("cut", "tag"):
        method = getattr(tokenizer, name)
        times = []
        for _ in range(3):
            started = time.perf_counter()
            for text in texts:
                method(text)
            times.append(time.perf_counter() - started)
        best[name] = min(times)
    return best


def startup_seconds() -> float:
    """Importing the pipeline and loading the dictionary and IDF table, in a fresh process (best of three)."""
    code = ("import time;t=time.perf_counter();import digest.build as b;b.warm_up(True);"
            "print(time.perf_counter()-t)")
    return min(float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                                    check=True).stdout.strip()) for _ in range(3))


def timed_build(inputs: Path, out: Path) -> tuple[dict[str, float], float, object]:
    """The build's own run with each stage function wrapped by a timer."""
    from digest import build as pipeline
    from digest.settings import build_settings

    spent: dict[str, float] = defaultdict(float)

    def timer(name, function):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
        return run

    originals = {name: getattr(pipeline, name) for name in STAGES}
    for name, function in originals.items():
        setattr(pipeline, name, timer(name, function))
    try:
        settings = build_settings({"inputs": [str(inputs)], "out": str(out), "week": "2025-W14", "jobs": 1})
        pipeline.warm_up(settings.dedup)
        started = time.perf_counter()
        digest = pipeline.build_digest(settings, dt.datetime(2025, 4, 7, 9, 0))
        whole = time.perf_counter() - started
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    return dict(spent), whole, digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--per-file", type=int, default=20)
    args = parser.parse_args()
    from digest.render import render

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "in"
        folder.mkdir()
        size = generate(folder, args.articles, args.per_file)
        texts = [path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())]
        floor = floor_seconds(texts)
        startup = startup_seconds()
        spent, whole, digest = timed_build(folder, Path(temporary) / "out")
        rendering = {}
        for fmt in ("md", "html", "json"):
            started = time.perf_counter()
            render(digest, fmt, None, None)
            rendering[fmt] = time.perf_counter() - started

    cut = floor["cut"]
    print(f"{args.articles} articles, {size / 1e6:.1f} MB; the floor, rjieba.cut over the same text: {cut:.2f} s")
    print(f"  {'rjieba.tag (part-of-speech tags, which keywords need)':55} {floor['tag']:6.2f} s {floor['tag'] / cut:6.1f}x")
    print(f"  {'start-up: imports, dictionary, IDF table (fresh process)':55} {startup:6.2f} s {startup / cut:6.1f}x")
    for name, label in STAGES.items():
        print(f"  {label:55} {spent.get(name, 0.0):6.2f} s {spent.get(name, 0.0) / cut:6.1f}x")
    rest = whole - sum(spent.values())
    print(f"  {'the rest of the build (week, merging versions, grouping)':55} {rest:6.2f} s {rest / cut:6.1f}x")
    for fmt, seconds in rendering.items():
        print(f"  {'render ' + fmt:55} {seconds:6.2f} s {seconds / cut:6.1f}x")
    total = startup + whole + sum(rendering.values())
    print(f"  {'total':55} {total:6.2f} s {total / cut:6.1f}x")


if __name__ == "__main__":
    main()
