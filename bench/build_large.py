"""Benchmark: build a digest from 2,000 generated articles (about 4 MB) with --jobs 1 and --jobs 2.

usage: python bench/build_large.py [--articles 2000] [--per-file 20] [--sizes 10000,50000]
Articles are made of sentences of the seed pages, shuffled with a fixed seed, written as
Markdown pages of --per-file articles. Prints articles per second and peak memory (RSS of
the build and its worker processes) for each --jobs value, checks both give the same bytes
and what two processes of plain arithmetic get on this machine (the most --jobs 2 can give),
then builds each of --sizes with --jobs 1 (memory should grow linearly), and times startup.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def generate(folder: Path, articles: int, per_file: int) -> int:
    from digest.read import read_source
    from digest.segment import split_articles
    from digest.sentences import split_sentences

    pool = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for article in split_articles(read_source(path)):
            pool.extend(s for s in split_sentences(article.body) if len(s) > 12)
    rng = random.Random(20250407)
    size = 0
    for number in range(0, articles, per_file):
        parts = []
        for index in range(number, min(number + per_file, articles)):
            body = [rng.choice(pool) for _ in range(rng.randint(8, 16))]
            title = body[0][:18].rstrip("，。；：")
            paragraphs = ["".join(body[i:i + 3]) for i in range(0, len(body), 3)]
            parts.append(f"## {title}（{index + 1}）\n\n" + "\n\n".join(paragraphs) + "\n")
        text = "\n".join(parts)
        size += len(text.encode("utf-8"))
        (folder / f"page{number // per_file:04d}.md").write_text(text, encoding="utf-8")
    return size


def tokenizer_seconds(folder: Path) -> float:
    """rjieba.cut over every input file's text, in a fresh process like the build (best of three)."""
    code = ("import sys,time,rjieba,pathlib;j=rjieba.Jieba();j.cut('预热');"
            f"texts=[p.read_text(encoding='utf-8') for p in sorted(pathlib.Path({str(folder)!r}).iterdir())];"
            "best=min((lambda t:[j.cut(x) for x in texts] and time.perf_counter()-t)(time.perf_counter()) for _ in range(3));"
            "print(best)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def _spin(_: int) -> float:
    started = time.perf_counter()
    total = 0
    for number in range(6_000_000):
        total += number * number % 7
    return time.perf_counter() - started


def parallel_ceiling() -> float:
    """What two processes get here on pure Python arithmetic (best of three): the most that
    --jobs 2 can give on this machine, whose two cores may be shared or hyperthreads."""
    from concurrent.futures import ProcessPoolExecutor

    alone, both = [], []
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_spin, [0, 0]))  # start both workers
        for _ in range(3):
            started = time.perf_counter()
            pool.submit(_spin, 0).result()
            alone.append(time.perf_counter() - started)
            started = time.perf_counter()
            list(pool.map(_spin, [0, 1]))
            both.append(time.perf_counter() - started)
    return 2 * min(alone) / min(both)


def run_build(inputs: Path, out: Path, jobs: int) -> dict:
    """Run one build in a fresh process; report its time and peak memory."""
    code = (
        "import json,resource,sys,time,datetime as dt;"
        "from digest.build import build;from digest.settings import build_settings;"
        f"s=build_settings({{'inputs':[{str(inputs)!r}],'out':{str(out)!r},'week':'2025-W14','jobs':{jobs}}});"
        "t=time.perf_counter();d,_=build(s,now=dt.datetime(2025,4,7,9,0));e=time.perf_counter()-t;"
        "m=max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
        "print(json.dumps({'articles':len(d.articles),'seconds':e,'peak_mb':m/1024}))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def startup_seconds(folder: Path) -> tuple[float, float]:
    """`digest --help`, and a build of one small file, each in a fresh process (best of three)."""
    one = folder / "one"
    one.mkdir()
    (one / "page.md").write_text(next(iter(sorted((folder / "in").iterdir()))).read_text(encoding="utf-8")[:3000],
                                 encoding="utf-8")
    runs = {"help": [sys.executable, "-m", "digest", "--help"],
            "one": [sys.executable, "-m", "digest", "build", str(one), "--out", str(folder / "one-out"), "--format", "md"]}
    best = {}
    for name, command in runs.items():
        times = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
            times.append(time.perf_counter() - started)
        best[name] = min(times)
    return best["help"], best["one"]


def measure(temporary: Path, articles: int, per_file: int, jobs_list: tuple[int, ...]) -> None:
    folder = temporary / f"in-{articles}"
    folder.mkdir()
    size = generate(folder, articles, per_file)
    print(f"{articles} articles in {len(list(folder.iterdir()))} files, {size / 1e6:.1f} MB")
    floor = tokenizer_seconds(folder)
    print(f"  rjieba.cut over the same text (the floor for any pipeline that segments every word): {floor:.2f} s")
    outputs = {}
    seconds = {}
    for jobs in jobs_list:
        out = temporary / f"out-{articles}-{jobs}"
        figures = run_build(folder, out, jobs)
        seconds[jobs] = figures["seconds"]
        outputs[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
        print(f"  --jobs {jobs}: {figures['articles']} articles in {figures['seconds']:.1f} s, "
              f"{figures['articles'] / figures['seconds']:.0f} articles/s, {size / figures['seconds'] / 1e3:.0f} kB/s, "
              f"{figures['seconds'] / floor:.1f}x rjieba, peak memory {figures['peak_mb']:.0f} MB")
    if len(outputs) > 1:
        first, *rest = outputs
        same = all(outputs[first][name].replace(f'"out-{articles}-{first}"'.encode(), b"")
                   == outputs[other][name].replace(f'"out-{articles}-{other}"'.encode(), b"")
                   for other in rest for name in outputs[first] if not name.endswith(".json"))
        print(f"  same Markdown and HTML for --jobs {', '.join(map(str, outputs))}:", same)
        print("  speed-up over --jobs 1: " + ", ".join(
            f"--jobs {jobs} {seconds[first] / seconds[jobs]:.2f}x" for jobs in rest)
              + f" (two processes of pure arithmetic here: {parallel_ceiling():.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--per-file", type=int, default=20)
    parser.add_argument("--sizes", default="", help="more corpus sizes built with --jobs 1 only, e.g. 10000,50000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        measure(root, args.articles, args.per_file, (1, 2))
        for articles in [int(size) for size in args.sizes.split(",") if size.strip()]:
            if articles != args.articles:  # that size was measured above
                measure(root, articles, args.per_file, (1,))
        (root / "in").mkdir()
        generate(root / "in", 20, 20)
        help_seconds, one_seconds = startup_seconds(root)
        print(f"startup: digest --help {help_seconds:.2f} s, a one-file build {one_seconds:.2f} s (fresh processes)")


if __name__ == "__main__":
    main()
