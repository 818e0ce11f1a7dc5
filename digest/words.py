"""Words: Chinese tokenization and part-of-speech tags, stopwords and user dictionaries.

jieba is the reference tokenizer. rjieba, its Rust port with the same dictionary, is used
when installed because it is an order of magnitude faster; tests check that both give the
same words on real text. `DIGEST_TOKENIZER=jieba` forces the reference.
"""
from __future__ import annotations

import functools
import logging
import math
import os
import re
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .clean import has_cjk, replace_surrogates
from .errors import ConfigError

_TOKEN_CHAR_RE = re.compile(r"\w", re.UNICODE)
# The letters that end a place's name by its kind (`江州区`, `青山镇`, `桃花村`).
PLACE_SUFFIXES = "省市区县镇乡村"


class JiebaTokenizer:
    name = "jieba"

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        # jieba prints its prefix-dictionary log lines on stderr unless told otherwise.
        jieba.setLogLevel(logging.WARNING)
        logging.getLogger("jieba").setLevel(logging.WARNING)
        self._jieba = jieba
        self._posseg = jieba.posseg
        jieba.initialize()

    def cut(self, text: str) -> list[str]:
        return list(self._jieba.cut(text))

    def tag(self, text: str) -> list[tuple[str, str]]:
        return [(pair.word, pair.flag) for pair in self._posseg.cut(text)]

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self._jieba.add_word(word, freq=freq, tag=tag)

    def has_word(self, word: str) -> bool:
        return bool(self._jieba.dt.FREQ.get(word))


class RjiebaTokenizer:
    name = "rjieba"

    def __init__(self) -> None:
        import rjieba

        self._impl = rjieba.Jieba()

    def cut(self, text: str) -> list[str]:
        try:
            return self._impl.cut(text)
        except UnicodeEncodeError:  # a lone surrogate cannot cross into Rust
            return self._impl.cut(replace_surrogates(text))

    def tag(self, text: str) -> list[tuple[str, str]]:
        try:
            return self._impl.tag(text)
        except UnicodeEncodeError:
            return self._impl.tag(replace_surrogates(text))

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self._impl.add_word(word, freq, tag)

    def has_word(self, word: str) -> bool:
        return self._impl.has_word(word)


TOKENIZERS = {"rjieba": RjiebaTokenizer, "jieba": JiebaTokenizer}


@functools.lru_cache(maxsize=None)
def tokenizer(name: str | None = None):
    """The shared tokenizer: rjieba when available, else jieba (or the one named)."""
    wanted = name or os.environ.get("DIGEST_TOKENIZER") or "rjieba"
    if wanted not in TOKENIZERS:
        raise ConfigError("tokenizer", [f"unknown tokenizer {wanted!r}; choose one of {', '.join(TOKENIZERS)}"])
    try:
        return TOKENIZERS[wanted]()
    except ImportError:
        return JiebaTokenizer()


def cut(text: str) -> list[str]:
    return tokenizer().cut(text)


_CHUNK_END_RE = re.compile(r"(?<=[。！？!?\n])")
CHUNK_CHARS = 4000


def cut_chunks(text: str) -> Iterator[str]:
    """The tokens of a text of any length, cut a few thousand characters at a time at sentence
    ends, so that a whole 20 MB page is never one list of millions of tokens."""
    if len(text) <= CHUNK_CHARS:
        yield from cut(text)
        return
    chunk: list[str] = []
    size = 0
    for piece in _CHUNK_END_RE.split(text):
        while len(piece) > CHUNK_CHARS:  # one endless sentence: cut it anywhere, a word may split
            yield from cut("".join(chunk) + piece[:CHUNK_CHARS])
            chunk, size, piece = [], 0, piece[CHUNK_CHARS:]
        if size + len(piece) > CHUNK_CHARS and chunk:
            yield from cut("".join(chunk))
            chunk, size = [], 0
        chunk.append(piece)
        size += len(piece)
    if chunk:
        yield from cut("".join(chunk))


def tag(text: str) -> list[tuple[str, str]]:
    return tokenizer().tag(text)


def is_word_token(token: str) -> bool:
    return bool(_TOKEN_CHAR_RE.search(token))


def word_across(left: str, right: str, span: int = 4) -> tuple[str, int] | None:
    """The token that spans the join of `left` and `right`, with how many of its letters are
    `right`'s, when the join falls inside a token (of the last and first `span` letters)."""
    a, b = left[-span:], right[:span]
    if not a or not b:
        return None
    position = 0
    for token in cut(a + b):
        end = position + len(token)
        if position < len(a) < end:
            return token, end - len(a)
        position = end
    return None


def crosses_boundary(left: str, right: str, span: int = 4) -> bool:
    """True when a word spans the join of `left` and `right` (so the break fell inside a word).

    Used to tell a hard line wrap (`…书写产` + `业兴…`) from a line that really ends.
    """
    across = word_across(left, right, span)
    return across is not None and is_word_token(across[0]) and len(across[0].strip()) > 1


def crosses_dictionary_word(left: str, right: str, span: int = 4) -> bool:
    """Like `crosses_boundary`, for a word of the dictionary only: the tokenizer's guess at an
    unknown word joins letters of two phrases by chance (`…复工复产` + `新冠…` gives `复产新冠`)."""
    across = word_across(left, right, span)
    return across is not None and len(across[0].strip()) > 1 and tokenizer().has_word(across[0])


# A phrase never ends on a word that waits for what follows: a preposition (`自`, `对`), a
# conjunction (`并`), the particle of an adverbial (`地`, `得`) or an adverb that stands before
# its verb (`将`, `已`). `的` can close a headline (`好日子是干出来的`).
_WAITING_TAGS = ("p", "c", "uv", "ud")
_WAITING_ADVERBS = frozenset("将要已正还也都就才再又")
_WAITING_WORDS = frozenset(("截至", "截止", "直至", "直到"))  # prepositions of time the tagger reads as verbs


def ends_mid_phrase(text: str) -> bool:
    """True when `text` stops on a word that needs the next one (`…十条措施自`, `…加强对`, `…截至`)."""
    tail = text.rstrip()[-6:]
    if not tail or not _TOKEN_CHAR_RE.search(tail[-1]):
        return False
    word, flag = tag(tail)[-1]
    return flag in _WAITING_TAGS or word in _WAITING_ADVERBS or word in _WAITING_WORDS


@functools.lru_cache(maxsize=None)
def general_idf() -> dict[str, float]:
    """jieba's IDF table of general Chinese text: low for words found everywhere (发展 3.6, 党建 10.1).

    Only words below RARE_IDF are kept: rarer ones are treated as unknown words are (rare,
    hence specific), and leaving them out halves the table's memory.
    """
    table = {}
    values: dict[str, float] = {}  # the table repeats a few thousand distinct values: parse each once
    text = resources.files("jieba").joinpath("analyse/idf.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        word, _, raw = line.strip().rpartition(" ")
        if not word:
            continue
        value = values.get(raw)
        if value is None:
            try:
                value = values[raw] = float(raw)
            except ValueError:
                continue
        if value < RARE_IDF:
            table[word] = value
    return table


RARE_IDF = 12.0


@functools.lru_cache(maxsize=None)
def builtin_stopwords() -> frozenset[str]:
    text = resources.files("digest").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def read_word_file(path: Path, what: str) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = path.read_text(encoding="gb18030")
        except UnicodeDecodeError:
            raise ConfigError(str(path), [f"{what} is not UTF-8 or GB18030 text"]) from None
    except OSError as exc:
        raise ConfigError(str(path), [f"cannot read the {what} ({exc.strerror or exc})"]) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def load_stopwords(path: Path | None) -> frozenset[str]:
    """The built-in stopwords, plus the user's file (one word a line) when given."""
    words = builtin_stopwords()
    if path is not None:
        words = words | frozenset(read_word_file(path, "stopword file"))
    return words


def load_user_dict(path: Path) -> list[str]:
    """Add a jieba-format user dictionary (`word [freq] [tag]` a line) and return its words."""
    added = []
    problems = []
    tk = tokenizer()
    for number, line in enumerate(read_word_file(path, "user dictionary"), 1):
        parts = line.split()
        word, freq, tag_ = parts[0], None, None
        for part in parts[1:]:
            if part.isdigit():
                freq = int(part)
            elif re.fullmatch(r"[a-zA-Z]+", part):
                tag_ = part
            else:
                problems.append(f"line {number}: {part!r} is neither a frequency nor a tag")
        # Without a frequency jieba may still split the word; a high one makes it stick.
        tk.add_word(word, freq if freq is not None else 100000, tag_ or "nz")
        added.append(word)
    if problems:
        raise ConfigError(str(path), problems)
    return added


def content_words(text: str) -> Iterator[str]:
    stop = builtin_stopwords()
    return (w for w in cut_chunks(text) if len(w) >= 2 and has_cjk(w) and w not in stop)


def word_bag(text: str, idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(content_words(text))
    return {word: (1 + math.log(count)) * idf.get(word, 1.0) for word, count in counts.items()}


def word_kinship(one: str, other: str) -> float:
    """How much two texts share their content words: the cosine of their word counts."""
    return cosine(word_bag(one, {}), word_bag(other, {}))


def kin_to(text: str, own: str, others: list[str]) -> bool:
    """Whether `text` goes with `own` by its words: they are `own`'s (a cosine of KINSHIP at
    least) far more than any of `others`' (KINSHIP_MARGIN times). Where it shares no word with
    any of `others`, its rarer words weigh more: each word counts by its rarity in general text
    (`general_idf`), so that a paragraph naming its story's subject twice in words of its own
    (`划分网格三百个，配备专职网格员…`) goes with the story, and one sharing a common word or
    two by chance (`确保`, `安全`; a sign-off's `日电` with a dateline) does not."""
    bag, own_bag = word_bag(text, {}), word_bag(own, {})  # each text is cut into words once
    kinship = cosine(bag, own_bag)
    kinships = [cosine(bag, word_bag(other, {})) for other in others]
    if kinship < KINSHIP:
        return bool(others) and not any(kinships) and kinship > 0 \
            and cosine(_weighted_by_rarity(bag), _weighted_by_rarity(own_bag)) >= KINSHIP
    return all(kinship >= KINSHIP_MARGIN * other for other in kinships)


def _weighted_by_rarity(bag: dict[str, float]) -> dict[str, float]:
    """A word bag with each word weighted by its rarity in general text (`general_idf`)."""
    idf = general_idf()
    return {word: weight * idf.get(word, RARE_IDF) for word, weight in bag.items()}


KINSHIP = 0.1  # a text shares a good part of its own story's words; another story's opening, next to none
KINSHIP_MARGIN = 2.0  # and twice as many as with any other text it could go with


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(value * b.get(word, 0.0) for word, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0
