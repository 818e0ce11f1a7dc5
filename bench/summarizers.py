"""Benchmark: our TextRank engine against textrank4zh, Lead for reference, in one process.

usage: python bench/summarizers.py [PAIRS.jsonl] [--max-chars 80] [--limit N]
PAIRS.jsonl defaults to ../shared/eval/summ_dev.jsonl. Prints ROUGE-1/2/L F1 (character level)
split by `summary_type` (lead_verbatim or not) when the file has it, stories per second
(tokenizing and keywords included), and the throughput ratio to textrank4zh.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.evaluate import rouge_l, rouge_n  # noqa: E402
from digest.summarize import summarize  # noqa: E402

WARM_UP = "荣昌区召开基层党建工作会议，部署全年党建工作任务。"
DEFAULT_PAIRS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "summ_dev.jsonl"


def run(engine: str, rows: list[dict], max_chars: int) -> tuple[list[str], float]:
    summarize(WARM_UP, engine=engine)  # load dictionaries and tables outside the timing
    started = time.perf_counter()
    texts = [summarize(row["article"], title=row.get("title"), max_chars=max_chars, engine=engine).text for row in rows]
    return texts, time.perf_counter() - started


def scores(texts: list[str], rows: list[dict]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for text, row in zip(texts, rows):
        figures = (rouge_n(text, row["summary"], 1), rouge_n(text, row["summary"], 2), rouge_l(text, row["summary"]))
        kind = row.get("summary_type")
        groups["all"].append(figures)
        if kind:
            groups["lead_verbatim" if kind == "lead_verbatim" else "not_lead"].append(figures)
    return {name: {"n": len(v), "R1": sum(x[0] for x in v) / len(v), "R2": sum(x[1] for x in v) / len(v),
                   "RL": sum(x[2] for x in v) / len(v)} for name, v in groups.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--max-chars", type=int, default=80)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N stories")
    parser.add_argument("--engines", default="textrank4zh,textrank,lead")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        rows = rows[:args.limit]
    print(f"{len(rows)} stories from {args.pairs}, max {args.max_chars} characters")
    speed = {}
    for engine in args.engines.split(","):
        texts, elapsed = run(engine, rows, args.max_chars)
        speed[engine] = len(rows) / elapsed
        figures = scores(texts, rows)
        parts = "  ".join(f"{name}({v['n']}) R1 {v['R1']:.4f} R2 {v['R2']:.4f} RL {v['RL']:.4f}"
                          for name, v in figures.items())
        print(f"{engine:12s} {elapsed:7.2f} s {speed[engine]:8.1f} stories/s  {parts}")
    if "textrank4zh" in speed and "textrank" in speed:
        print(f"throughput ratio textrank / textrank4zh: {speed['textrank'] / speed['textrank4zh']:.1f}x")


if __name__ == "__main__":
    main()
