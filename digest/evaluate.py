"""Score summaries against references: character-level ROUGE-1/2/L F1, the usual measure for Chinese."""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from .clean import letters
from .errors import ConfigError
from .summarize import summarize


def rouge_n(candidate: str, reference: str, n: int) -> float:
    a, b = letters(candidate), letters(reference)
    grams_a = Counter(a[i:i + n] for i in range(len(a) - n + 1))
    grams_b = Counter(b[i:i + n] for i in range(len(b) - n + 1))
    overlap = sum((grams_a & grams_b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(grams_a.values()), overlap / sum(grams_b.values())
    return 2 * precision * recall / (precision + recall)


def rouge_l(candidate: str, reference: str) -> float:
    a, b = letters(candidate), letters(reference)
    if not a or not b:
        return 0.0
    previous = [0] * (len(b) + 1)
    for char in a:
        current = [0]
        for j, other in enumerate(b):
            current.append(previous[j] + 1 if char == other else max(previous[j + 1], current[j]))
        previous = current
    lcs = previous[-1]
    if not lcs:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


def read_pairs(path: Path) -> list[dict]:
    """JSON lines with `article` and `summary` (and optionally `title`); every bad line is reported."""
    rows, problems = [], []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [f"cannot read the file ({getattr(exc, 'strerror', None) or exc})"]) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not JSON ({exc.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("article"), str) or not isinstance(row.get("summary"), str):
            problems.append(f"line {number}: needs string fields 'article' and 'summary'")
            continue
        rows.append(row)
    if problems:
        raise ConfigError(str(path), problems[:20] + ([f"… and {len(problems) - 20} more"] if len(problems) > 20 else []))
    if not rows:
        raise ConfigError(str(path), ["no pairs in the file"])
    return rows


def evaluate_pairs(rows: list[dict], max_chars: int, engines: list[str]) -> dict[str, dict[str, float]]:
    """Mean ROUGE F1 of each engine's summaries at `max_chars`, and its speed (keywords included)."""
    report = {}
    for engine in engines:
        summarize("荣昌区召开基层党建工作会议，部署全年党建工作任务。", engine=engine)  # load tables before timing
        started = time.perf_counter()
        summaries = [summarize(row["article"], title=row.get("title"), max_chars=max_chars, sentences=None,
                               engine=engine).text for row in rows]
        elapsed = time.perf_counter() - started
        totals = Counter()
        for summary, row in zip(summaries, rows):
            totals["R1"] += rouge_n(summary, row["summary"], 1)
            totals["R2"] += rouge_n(summary, row["summary"], 2)
            totals["RL"] += rouge_l(summary, row["summary"])
        report[engine] = {key: value / len(rows) for key, value in totals.items()}
        report[engine].setdefault("R1", 0.0)
        report[engine].setdefault("R2", 0.0)
        report[engine].setdefault("RL", 0.0)
        report[engine]["stories_per_second"] = len(rows) / elapsed if elapsed else float("inf")
    return report
