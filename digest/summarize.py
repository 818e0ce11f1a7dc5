"""Summaries and keywords: the TextRank engine, textrank4zh, Lead, and length control.

Length flags combine as limits that all hold: at most `sentences` sentences, at most
`max_chars` characters, and, with `ratio`, at most that share of the article's
characters. A sentence is only taken whole; when not even the best sentence fits, it is
cut at a clause mark (，；：) and ends with `……`, so `max_chars` is never exceeded.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

import numpy as np

from . import words
from .errors import ConfigError
from .models import Summary
from .rank import cooccurrence_graph, pagerank, similarity_graph, tfidf_matrix
from .sentences import split_clauses, split_sentences, strip_dateline

ELLIPSIS = "……"
MAX_RANKED_SENTENCES = 300  # longer texts rank their first 300 sentences: news puts the point early
MAX_KEYWORD_CANDIDATES = 400
REDUNDANCY = 0.6  # sentences this similar to a chosen one are never both in a summary
KEYWORD_TAGS = ("n", "nr", "ns", "nt", "nz", "nl", "ng", "vn", "an", "eng", "j", "l", "i")
_NOT_KEYWORD_RE = re.compile(r"^[\d\W_]+$|^\d+[\u4e00-\u9fff]?$|^第[一二三四五六七八九十\d]+")


@dataclass(frozen=True)
class Length:
    """The length limits of a summary."""

    sentences: int | None = 3
    max_chars: int | None = 120
    ratio: float | None = None

    def budget(self, text_length: int) -> int | None:
        limits = [limit for limit in (self.max_chars,) if limit]
        if self.ratio:
            limits.append(max(1, int(text_length * self.ratio)))
        return min(limits) if limits else None


@dataclass(frozen=True)
class KeywordOptions:
    count: int = 5
    stopwords: frozenset[str] | None = None


def _content_tokens(sentence: str, stopwords: frozenset[str]) -> list[str]:
    return [token for token in words.cut(sentence)
            if token.strip() and words.is_word_token(token) and token not in stopwords]


def _length(text: str) -> int:
    return len(text)


def clause_cut(sentence: str, budget: int) -> str:
    """The longest run of whole clauses that fits `budget` with a closing `……`."""
    room = budget - len(ELLIPSIS)
    if room <= 0:
        return ELLIPSIS[:max(budget, 0)]
    text = ""
    for clause in split_clauses(sentence):
        if len(text) + len(clause) > room:
            break
        text += clause
    if not text:
        text = sentence[:room]
    return text.rstrip("，；：,;: ") + ELLIPSIS


def select(sentences: list[str], scores: np.ndarray, vectors: np.ndarray | None, length: Length,
           text_length: int) -> list[str]:
    """Best sentences that fit the limits, never two near-duplicates, returned in document order."""
    if not sentences:
        return []
    budget = length.budget(text_length)
    most = length.sentences or len(sentences)
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    used = 0
    for index in order:
        if len(chosen) >= most:
            break
        size = _length(sentences[index])
        if budget is not None and used + size > budget:
            continue
        if vectors is not None and any(float(vectors[index] @ vectors[other]) > REDUNDANCY for other in chosen):
            continue
        chosen.append(index)
        used += size
    if not chosen:
        best = order[0]
        return [clause_cut(sentences[best], budget)] if budget is not None else [sentences[best]]
    return [sentences[i] for i in sorted(chosen)]


def position_prior(count: int) -> np.ndarray:
    """News puts its point first: the prior falls with the sentence's position."""
    positions = np.arange(count, dtype=float)
    return 1.0 / (1.0 + positions) ** 1.2


def rank_textrank(sentences: list[str], title: str | None, stopwords: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """TextRank scores of sentences, personalized by position and by similarity to the title."""
    tokens = [_content_tokens(sentence, stopwords) for sentence in sentences]
    title_tokens = [_content_tokens(title, stopwords)] if title else []
    vectors, extra = tfidf_matrix(tokens, title_tokens)
    graph = similarity_graph(vectors)
    prior = position_prior(len(sentences))
    if extra:
        prior = prior * (1.0 + 2.0 * np.clip(vectors @ extra[0], 0.0, None))
    centrality = pagerank(graph, prior)
    centrality = centrality / centrality.max() if centrality.max() > 0 else centrality
    scores = 0.5 * centrality + prior / prior.max()
    # Very short sentences (a quoted fragment, `这样温暖的一幕…`) carry little information.
    sizes = np.array([len(s) for s in sentences], dtype=float)
    scores = scores * np.clip(sizes / 20.0, 0.3, 1.0)
    return scores, vectors


def keywords_textrank(text: str, count: int, stopwords: frozenset[str], title: str | None = None) -> list[str]:
    """Keywords by TextRank over a co-occurrence graph of nouns and noun-like words."""
    if count <= 0:
        return []
    candidates: list[list[str]] = []
    for sentence in split_sentences(text):
        kept = [word for word, tag in words.tag(sentence) if _keyword_candidate(word, tag, stopwords)]
        if kept:
            candidates.append(kept)
    if title:
        kept = [word for word, tag in words.tag(title) if _keyword_candidate(word, tag, stopwords)]
        if kept:
            candidates.append(kept)
    frequency = Counter(word for sentence in candidates for word in sentence)
    if not frequency:
        return []
    allowed = {word for word, _ in sorted(frequency.items(), key=lambda pair: -pair[1])[:MAX_KEYWORD_CANDIDATES]}
    candidates = [[word for word in sentence if word in allowed] for sentence in candidates]
    vocabulary, graph = cooccurrence_graph(candidates)
    scores = pagerank(graph)
    first_seen = {word: index for index, word in enumerate(vocabulary)}
    title_words = set(words.cut(title)) if title else set()
    ranked = sorted(vocabulary, key=lambda word: (-(scores[first_seen[word]] * (1.5 if word in title_words else 1.0)),
                                                  first_seen[word]))
    chosen: list[str] = []
    for word in ranked:
        # A keyword inside a longer chosen keyword (`党建` in `党建引领`) adds nothing.
        if any(word in other or other in word for other in chosen):
            continue
        chosen.append(word)
        if len(chosen) == count:
            break
    return chosen


def _keyword_candidate(word: str, tag: str, stopwords: frozenset[str]) -> bool:
    word = word.strip()
    if len(word) < 2 or word in stopwords or _NOT_KEYWORD_RE.match(word):
        return False
    if not tag.startswith(KEYWORD_TAGS) and tag != "x":
        return False
    if tag == "x":  # untagged: only words a user dictionary made known
        return words.tokenizer().has_word(word) and any("\u4e00" <= ch <= "\u9fff" for ch in word)
    return True


# ---------------------------------------------------------------- engines


def engine_textrank(text: str, title: str | None, length: Length, stopwords: frozenset[str]) -> list[str]:
    sentences = split_sentences(text)[:MAX_RANKED_SENTENCES]
    if not sentences:
        return []
    scores, vectors = rank_textrank(sentences, title, stopwords)
    return select(sentences, scores, vectors, length, sum(map(len, sentences)))


def engine_lead(text: str, title: str | None, length: Length, stopwords: frozenset[str]) -> list[str]:
    """The opening sentences: the classic news baseline."""
    sentences = split_sentences(text)[:MAX_RANKED_SENTENCES]
    scores = -np.arange(len(sentences), dtype=float)
    budget = length.budget(sum(map(len, sentences)))
    chosen: list[str] = []
    used = 0
    for sentence in sentences:
        if (length.sentences and len(chosen) >= length.sentences) or (budget is not None and used + len(sentence) > budget):
            break
        chosen.append(sentence)
        used += len(sentence)
    if not chosen and sentences:
        return select(sentences, scores, None, length, used)
    return chosen


def engine_textrank4zh(text: str, title: str | None, length: Length, stopwords: frozenset[str]) -> list[str]:
    """textrank4zh's own sentence ranking, with our sentence limits applied to its order."""
    from .textrank4zh_adapter import rank_sentences

    sentences = split_sentences(text)[:MAX_RANKED_SENTENCES]
    if not sentences:
        return []
    ranked = rank_sentences("\n".join(sentences), len(sentences))
    position = {sentence: index for index, sentence in enumerate(sentences)}
    scores = np.zeros(len(sentences))
    for rank, sentence in enumerate(ranked):
        if sentence in position:
            scores[position[sentence]] = len(ranked) - rank
    return select(sentences, scores, None, length, sum(map(len, sentences)))


Engine = Callable[[str, "str | None", Length, frozenset], list[str]]
ENGINES: dict[str, Engine] = {
    "textrank": engine_textrank,
    "lead": engine_lead,
    "textrank4zh": engine_textrank4zh,
}


def summarize(text: str, title: str | None = None, sentences: int | None = None, max_chars: int | None = None,
              keywords: int = 5, engine: str = "textrank", ratio: float | None = None,
              stopwords: frozenset[str] | None = None) -> Summary:
    """Summarize one article: the summary text, its sentences and keywords.

    Without any length flag the summary is at most 3 sentences and 120 characters.
    """
    if engine not in ENGINES:
        raise ConfigError("engine", [f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}"])
    if sentences is None and max_chars is None and ratio is None:
        length = Length()
    else:
        length = Length(sentences=sentences, max_chars=max_chars, ratio=ratio)
    stop = stopwords if stopwords is not None else words.builtin_stopwords()
    text = strip_dateline(text.strip())
    chosen = ENGINES[engine](text, title, length, stop)
    return Summary(text="".join(chosen), sentences=chosen,
                   keywords=keywords_textrank(text, keywords, stop, title))
