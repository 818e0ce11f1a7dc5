"""Benchmark: one very large input file, of three kinds, through `digest build`.

usage: python bench/big_file.py [--mb 20] [--kinds page,line,doubled]
Kinds: `page` (a plain page of many articles made of the seeds' sentences), `line` (the same
text as one line without breaks), `doubled` (every line fake-bold doubled, as PDF copies are).
Each is built in a fresh process with --max-file-mb above its size; prints seconds, peak
memory (RSS) and both per MB of input. Target (issue 15): at most 10 s per MB and 20x the
input size in memory.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sentences() -> list[str]:
    from digest.read import read_source
    from digest.segment import split_articles
    from digest.sentences import split_sentences

    pool = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for article in split_articles(read_source(path)):
            pool.extend(s for s in split_sentences(article.body) if len(s) > 12)
    return pool


def make(kind: str, megabytes: float, folder: Path) -> Path:
    rng = random.Random(15)
    pool = sentences()
    parts, size, number = [], 0, 0
    while size < megabytes * 1e6:
        number += 1
        body = [rng.choice(pool) for _ in range(rng.randint(8, 16))]
        title = body[0][:14].rstrip("，。；：") + f" 其{number}"
        paragraphs = ["".join(body[i:i + 3]) for i in range(0, len(body), 3)]
        paragraphs[0] = "本报讯（记者 李明）" + paragraphs[0]  # each story opens with its dateline
        if kind == "doubled":
            title = "".join(ch * 2 for ch in title)
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n\n"
        parts.append(text)
        size += len(text.encode("utf-8"))
    text = "".join(parts)
    if kind == "line":
        text = text.replace("\n", "")
    path = folder / f"{kind}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--kinds", default="page,line,doubled")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for kind in args.kinds.split(","):
            path = make(kind, args.mb, folder)
            megabytes = path.stat().st_size / 1e6
            script = ("import resource, subprocess, sys; "
                      "r = subprocess.run(sys.argv[1:], capture_output=True); "
                      "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode, "
                      "r.stderr.decode()[-300:].replace(chr(10), ' '))")
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-c", script, sys.executable, "-m", "digest", "build", str(path), "--out",
                 str(folder / "out"), "--format", "json", "--max-file-mb", str(int(megabytes) + 5)],
                capture_output=True, text=True, cwd=ROOT)
            seconds = time.perf_counter() - started
            peak_kb, code, tail = result.stdout.split(" ", 2)
            peak_mb = int(peak_kb) / 1024
            print(f"{kind:8s} {megabytes:6.1f} MB  {seconds:7.1f} s ({seconds / megabytes:5.2f} s/MB)  "
                  f"peak {peak_mb:7.0f} MB ({peak_mb / megabytes:5.1f}x)  exit {code} {tail.strip()[:120]}")


if __name__ == "__main__":
    main()
