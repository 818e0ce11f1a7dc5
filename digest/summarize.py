"""Summaries and keywords: the TextRank engine, textrank4zh, Lead, and length control.

Length flags combine as limits that all hold: at most `sentences` sentences, at most
`max_chars` characters, and, with `ratio`, at most that share of the article's
characters. A sentence is only taken whole; when not even the best sentence fits, it is
cut at a clause mark (，；：) and ends with `……`, so `max_chars` is never exceeded.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, NamedTuple

import numpy as np

from . import words
from .clean import ends_sentence
from .errors import ConfigError
from .models import Summary
from .rank import cooccurrence_graph, pagerank, similarity_graph, tfidf_matrix
from .sentences import (
    EDITOR_NOTE_RE,
    LETTER_OR_DIGIT_RE,
    PairTracker,
    balanced_units,
    is_fragment,
    is_quotation,
    open_ended_units,
    paragraph_sentences,
    split_clauses,
    split_sentences,
    strip_dateline,
    summary_material,
    without_glued_captions,
)

ELLIPSIS = "……"
MIN_SUMMARY_CHARS = 20  # the least a --ratio budget gives
MIN_CLAUSE_LETTERS = 8  # a clause shorter than this is an opening phrase (`9月5日，`), not a statement
MAX_RANKED_SENTENCES = 300  # longer texts rank their first 300 sentences: news puts the point early
MAX_KEYWORD_CANDIDATES = 400
KEYWORD_UNKNOWN_IDF = words.RARE_IDF  # words missing from jieba's IDF table are rare, hence specific
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
            # A share of a short article can be a handful of characters: never less than one clause's room.
            limits.append(max(MIN_SUMMARY_CHARS, int(text_length * self.ratio)))
        return min(limits) if limits else None


@dataclass(frozen=True)
class KeywordOptions:
    count: int = 5
    stopwords: frozenset[str] | None = None


def _content_words(tagged: list[tuple[str, str]], stopwords: frozenset[str]) -> list[str]:
    """Words that carry content: no punctuation, no stopwords."""
    search = LETTER_OR_DIGIT_RE.search
    return [word for word, _ in tagged if word not in stopwords and search(word)]


class _Verdicts(NamedTuple):
    """The keyword verdicts already reached on words, for one stopword list (news reuses its vocabulary).

    A verdict depends on the tag only through its kind, noun-like (`noun`) or untagged (`x`):
    the words of each kind have one table, which `by_tag` gives for each tag met so far (None
    for a tag whose words are never candidates), so a word is looked up by itself."""

    stopwords: frozenset[str]
    by_tag: dict[str, dict[str, bool] | None]
    by_kind: dict[str, dict[str, bool]]


_VERDICTS: dict[int, _Verdicts] = {}


def _keyword_verdicts(stopwords: frozenset[str]) -> _Verdicts:
    known = _VERDICTS.get(id(stopwords))
    if known is None or known.stopwords is not stopwords:
        known = _VERDICTS[id(stopwords)] = _Verdicts(stopwords, {}, {"noun": {}, "x": {}})
    return known


def _tag_kind(tag: str) -> str:
    return "x" if tag == "x" else "noun" if tag.startswith(KEYWORD_TAGS) else ""


def _length(text: str) -> int:
    return len(text)


def clause_cut(sentence: str, budget: int) -> str:
    """The longest run of whole clauses that fits `budget` with a closing `……`.

    Clauses end at `，；：` outside quotations, brackets and titles (《》), so a cut never
    leaves one open. When not even the first clause fits, the cut falls between two words,
    never inside a number or an open quotation, bracket or title.
    """
    room = budget - len(ELLIPSIS)
    if room <= 0:
        return ELLIPSIS[:max(budget, 0)]
    text = ""
    for clause in split_clauses(sentence, outside_pairs=True):
        if len(text) + len(clause) > room:
            break
        text += clause
    if not _says_something(text):
        # Only an opening phrase fits (`9月5日，`): whole words say more than that.
        text = max(text, _word_cut(sentence, room), key=len)
    return text.rstrip("，；：,;: 、") + ELLIPSIS


def first_clause_room(sentence: str) -> int:
    """The characters that the sentence's first real clause takes, with the closing `……`."""
    text = ""
    for clause in split_clauses(sentence, outside_pairs=True):
        text += clause
        if _says_something(text):
            break
    return len(text.rstrip("，；：,;: 、")) + len(ELLIPSIS)


def floored_budget(length: Length, budget: int | None, opening_sentence: str | None) -> int | None:
    """A --ratio budget never leaves less than the opening sentence's first clause (max-chars stays a hard limit)."""
    if budget is None or not length.ratio or not opening_sentence:
        return budget
    floor = first_clause_room(opening_sentence)
    if length.max_chars:
        floor = min(floor, length.max_chars)
    return max(budget, floor)


def _word_cut(sentence: str, room: int) -> str:
    """The longest opening of whole words, outside any open pair, that fits `room`."""
    text, best = "", ""
    tracker = PairTracker()
    for token in words.cut(sentence[:room + 1]):  # only the opening can be kept
        if len(text) + len(token) > room:
            break
        text += token
        if tracker.feed(token) and not (text[-1:].isdigit() or text[-1:] in ".．"):
            best = text
    return best


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
    return 1.0 / (1.0 + positions)


def rank_textrank(sentences: list[str], title: str | None, stopwords: frozenset[str],
                  tagged: list[list[tuple[str, str]]] | None = None,
                  title_tagged: list[tuple[str, str]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """TextRank centrality of sentences (max 1), personalized by position and by similarity to the title."""
    if tagged is None:
        tagged = [words.tag(sentence) for sentence in sentences]
    if title and title_tagged is None:
        title_tagged = words.tag(title)
    tokens = [_content_words(pairs, stopwords) for pairs in tagged]
    title_tokens = [_content_words(title_tagged, stopwords)] if title else []
    vectors, extra = tfidf_matrix(tokens, title_tokens)
    prior = position_prior(len(sentences))
    if extra:
        prior = prior * (1.0 + 2.0 * np.clip(vectors @ extra[0], 0.0, None))
    centrality = pagerank(similarity_graph(vectors), prior)
    return (centrality / centrality.max() if centrality.max() > 0 else centrality), vectors


# How a summary is chosen among candidates that open at one of the first sentences.
OPENING_WINDOW = 4
TITLE_WEIGHT = 1.0
CENTRALITY_WEIGHT = 0.3
LATER_START_PENALTY = 0.2
VOICE_START_PENALTY = 0.25
UNANCHORED_START_PENALTY = 0.2

# A sentence that names no one, nowhere and no time or figure (`一只木桶能盛多少水，…`, `安全是发展的
# 前提`) is a feature's hook or a general truth; the news starts where the story names who, where or when.
_NAME_TAGS = ("nr", "ns", "nt")
_FIGURE_OR_DATE_RE = re.compile(r"\d|[一二三四五六七八九十百千万两]+[号日月年]|今天|昨天|前天|当地时间")


def names_something(tagged: list[tuple[str, str]], sentence: str) -> bool:
    """Whether the sentence names a person, place or organization, or gives a figure or a date."""
    return any(tag.startswith(_NAME_TAGS) for _, tag in tagged) or bool(_FIGURE_OR_DATE_RE.search(sentence))


# Openings that point back to the sentence before (a pronoun, a connective).
_ANAPHOR_OPENING_RE = re.compile(r"^(?:他|她|它|此外|对此|这|该|其中|而且|但是?|因此|所以|不过|另外|与此同时|同时|随后"
                                 r"|(?:会|会议|活动|仪式)(?:上|中|前|后)，|现场，)")  # `会上，…`: the meeting told before


def _is_voice(sentence: str) -> bool:
    """A bare quotation (`“……”`) or a question."""
    text = sentence.strip()
    return (text.startswith("“") and text.rstrip("。！？!?…").endswith("”")) or text.endswith(("？", "?"))


def _bigrams(text: str) -> set[str]:
    folded = _NOT_LETTER_RE.sub("", text)
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


def _says_something(text: str) -> bool:
    """Whether `text` holds a clause's worth of letters, more than an opening phrase (`9月5日，`)."""
    return len(_NOT_LETTER_RE.sub("", text)) >= MIN_CLAUSE_LETTERS


_NOT_LETTER_RE = re.compile(r"[\W_]+")


def fill_from(start: int, sentences: list[str], vectors: np.ndarray | None, length: Length, budget: int | None,
              skip: frozenset[int] = frozenset()) -> list[int]:
    """Sentences in document order from `start` while they fit; near-duplicates of chosen ones
    and the sentences in `skip` are skipped."""
    most = length.sentences or len(sentences)
    chosen: list[int] = []
    used = 0
    for index in range(start, len(sentences)):
        if len(chosen) >= most:
            break
        if index in skip:
            continue
        if vectors is not None and any(float(vectors[index] @ vectors[other]) > REDUNDANCY for other in chosen):
            continue
        size = len(sentences[index])
        if budget is not None and used + size > budget:
            break  # a later, less central sentence that happens to fit costs more precision than it adds
        chosen.append(index)
        used += size
    return chosen


def choose_summary(sentences: list[str], centrality: np.ndarray, vectors: np.ndarray | None, title: str | None,
                   length: Length, text_length: int, opening: int = 0, skip: frozenset[int] = frozenset(),
                   unanchored: frozenset[int] = frozenset()) -> list[str]:
    """The best summary among those opening at one of the first sentences.

    Each candidate opens at sentence i (i < OPENING_WINDOW) and fills the budget in
    document order. Candidates are scored by how much of the title they cover, the
    TextRank centrality of their opening sentence, and a penalty for opening later:
    news leads usually win, but a feature that opens with an anecdote or a quote
    starts where the article's point is, and so does one whose opening sentence names
    nothing (`unanchored`: a hook or a general truth). The sentences in `skip` (a fragment
    and what follows it in its paragraph, a unit the source leaves open, the headline printed
    again) neither open nor join a summary, unless every opening is one.
    """
    if not sentences:
        return []
    budget = floored_budget(length, length.budget(text_length), sentences[min(opening, len(sentences) - 1)])
    title_grams = _bigrams(title) if title else set()
    best: tuple[bool, float, list[str], int] | None = None
    window = range(opening, min(opening + OPENING_WINDOW, len(sentences)))
    for start in [start for start in window if start not in skip] or window:
        chosen = [sentences[i] for i in fill_from(start, sentences, vectors, length, budget, skip)]
        if not chosen:
            # The opening sentence alone is over the budget: cut it after a clause. Where every
            # sentence is skipped (a text that is its headline printed again), one that fits is taken whole.
            fits = budget is None or len(sentences[start]) <= budget
            chosen = [sentences[start] if fits else clause_cut(sentences[start], budget)]
        letters_only = _NOT_LETTER_RE.sub("", "".join(chosen))  # read once for the title's grams and the clause test
        # A title's few grams are looked up in the candidate: no set of the candidate's own.
        coverage = sum(gram in letters_only for gram in title_grams) / len(title_grams) if title_grams else 0.0
        value = TITLE_WEIGHT * coverage + CENTRALITY_WEIGHT * float(centrality[start]) - LATER_START_PENALTY * (start - opening)
        if _is_voice(sentences[start]):
            value -= VOICE_START_PENALTY  # a quotation or a question opens a summary only when nothing plainer fits
        elif start > opening and _ANAPHOR_OPENING_RE.match(sentences[start]):
            value -= VOICE_START_PENALTY  # `他强调，…`, `这是…`: who or what it means is in the sentence before
        if start in unanchored:
            value -= UNANCHORED_START_PENALTY
        # A cut that keeps no clause of its own (`记者……` before a long quotation) says nothing:
        # any other opening that says something is better.
        says_something = len(letters_only) >= MIN_CLAUSE_LETTERS
        if best is None or (says_something, value) > (best[0], best[1] + 1e-9):
            best = (says_something, value, chosen, start)
    chosen, start = best[2], best[3]
    if budget is not None and (length.sentences or 2) >= 2 and start > opening and start - 1 not in skip \
            and _ANAPHOR_OPENING_RE.match(sentences[start]) and len(sentences[start - 1]) < budget:
        # `他强调，…` won on the headline's words, but who `他` is stands in the sentence before:
        # that sentence opens the summary, and the one that points back follows it, cut to fit.
        cut = clause_cut(sentences[start], budget - len(sentences[start - 1]))
        if _says_something(cut):
            return [sentences[start - 1], cut]
    return chosen


# Only true asides in brackets go (`（以下简称“区教委”）`, `（右二）`, `（记者 李明 摄）`): brackets that
# are part of a name or period (`规划（2021-2025年）`, `各县（市、区）`, `（试行）`, `（扩大）`) stay.
_PARENTHETICAL_RE = re.compile(
    r"[（(](?:以下简称|下称|简称|下同|见图|如图|图\s*[一二三四五六七八九十\d]*|资料图|供图|[左右]\s*[一二三四五六七八九十\d]+|"
    r"前排|后排|中间|记者|通讯员|实习生)[^（）()]{0,16}[）)]")
_LOW_INFORMATION_OPENING_RE = re.compile(
    r"^(?:(?:据了解|据悉|据介绍|记者[^，。：]{0,30}(?:了解到|获悉|看到)|据[^，。]{0,12}(?:介绍|消息|报道)"
    r"|与此同时|此外|另外|同时|随后|目前|近日|日前|当天|今天|昨天"
    r"|\d{1,2}[日号](?:上午|下午|中午|晚上?|晚间|早上?|凌晨)?)，"
    r"|记者[^，。：]{0,30}(?:了解到|获悉)：)")  # `记者从省人社厅获悉：…`: what follows the colon is the news


def trim_sentence(sentence: str) -> str:
    """Drop low-information parts: short asides in brackets `(24号)`, openers such as `据了解，`,
    and the dateline of a brief in a column of briefs (`本报讯（记者 唐敏）近日，…`)."""
    trimmed = strip_dateline(sentence)
    if "（" in trimmed or "(" in trimmed:  # an aside needs a bracket: most sentences have none to search
        trimmed = _PARENTHETICAL_RE.sub("", trimmed)
    trimmed = _LOW_INFORMATION_OPENING_RE.sub("", trimmed)
    return trimmed if LETTER_OR_DIGIT_RE.search(trimmed) else sentence


def keywords_textrank(text: str, count: int, stopwords: frozenset[str], title: str | None = None,
                      tagged: list[list[tuple[str, str]]] | None = None,
                      title_tagged: list[tuple[str, str]] | None = None) -> list[str]:
    """Keywords by TextRank over a co-occurrence graph of nouns and noun-like words."""
    if count <= 0:
        return []
    if tagged is None:
        tagged = [words.tag(sentence) for sentence in split_sentences(text)]
    candidates: list[list[str]] = []
    known = _keyword_verdicts(stopwords)
    by_tag = known.by_tag
    for pairs in tagged:
        kept = []
        for position, pair in enumerate(pairs):
            word, tag = pair
            if len(word) < 2:  # a third of all tokens, told apart faster than looked up
                continue
            verdicts = by_tag.get(tag, by_tag)  # one lookup for the tag: by_tag itself stands for a new tag
            if verdicts is by_tag:
                verdicts = by_tag[tag] = known.by_kind.get(_tag_kind(tag))
            if verdicts is None:
                continue
            verdict = verdicts.get(word)
            if verdict is None:
                verdict = verdicts[word] = _keyword_candidate(word, tag, stopwords)
            if not verdict:
                continue
            first = word[0]  # a cut-off place suffix or the rest of an amount opens the word
            if not (position and (first in words.PLACE_SUFFIXES and _suffix_cut_off(pairs[position - 1], pair)
                                  or first in AMOUNT_RESTS and _amount_part(pairs[position - 1]))):
                kept.append(word)
        if kept:
            candidates.append(kept)
    if title:
        title_tagged = words.tag(title) if title_tagged is None else title_tagged
        kept = [word for word, tag in title_tagged if _keyword_candidate(word, tag, stopwords)]
        if kept:
            candidates.append(kept)
    frequency = Counter(word for sentence in candidates for word in sentence)
    if not frequency:
        return []
    if len(frequency) > MAX_KEYWORD_CANDIDATES:  # a long text: its most frequent words only
        allowed = {word for word, _ in sorted(frequency.items(), key=lambda pair: -pair[1])[:MAX_KEYWORD_CANDIDATES]}
        candidates = [[word for word in sentence if word in allowed] for sentence in candidates]
    vocabulary, graph = cooccurrence_graph(candidates)
    scores = pagerank(graph)
    title_words = {word for word, _ in title_tagged} if title else set()
    # TextRank finds what the article keeps coming back to; general-text IDF keeps words that
    # every story uses (中心, 建设, 重点) from outranking the specific ones.
    idf = np.fromiter(map(_general_idf, vocabulary), dtype=float, count=len(vocabulary))
    specific = np.sqrt(idf / KEYWORD_UNKNOWN_IDF)
    weights = scores * specific * np.array([1.5 if word in title_words else 1.0 for word in vocabulary])
    ranked = [vocabulary[index] for index in np.argsort(-weights, kind="stable")]  # ties in order of first use
    printed = f"{title}\n{text}" if title else text
    # A word joins one it always stands beside only where both occur twice or more.
    neighbours = {word: found for word in ranked[:COLLOCATE_CANDIDATES] if (found := printed.count(word)) >= 2}
    chosen: list[str] = []
    for word in ranked:
        word = joined_phrase(whole_word(word, printed), neighbours, printed)
        # A keyword inside a longer chosen keyword (`党建` in `党建引领`) adds nothing.
        if any(word in other or other in word for other in chosen):
            continue
        chosen.append(word)
        if len(chosen) == count:
            break
    return chosen


COLLOCATE_CANDIDATES = 12  # the best-ranked words a keyword may be joined with


def joined_phrase(word: str, neighbours: dict[str, int], text: str) -> str:
    """The keyword joined with the best-ranked candidates (`neighbours`, with their number of
    occurrences) it stands right beside at most of the occurrences of both (`跨境` + `电商`,
    `党群` + `服务中心`): a term the tokenizer cut up. A phrase that is itself always part of a
    longer one (`淬炼办学` in `淬炼办学治校基本功`) is no term: the word stays."""
    phrase = word
    while (longer := _joined_once(phrase, neighbours, text)) is not None:
        phrase = longer
    return word if phrase != word and _always_inside_longer(phrase, text) else phrase


@functools.lru_cache(maxsize=64)  # a keyword's occurrences are wanted again to join it with a neighbour
def _occurrences(word: str, text: str) -> tuple[int, ...]:
    starts = []
    start = text.find(word)
    while start >= 0:  # str.find: a pattern compiled for each word would cost more than the search
        starts.append(start)
        start = text.find(word, start + len(word))
    return tuple(starts)


def _joined_once(word: str, neighbours: dict[str, int], text: str) -> str | None:
    # str.count in C for each phrase the word could make with a neighbour: no slicing around each occurrence.
    if not neighbours:
        return None
    starts = _occurrences(word, text)
    count = len(starts)
    if count < 2:
        return None
    after = {text[start + len(word):start + len(word) + 1] for start in starts}
    before = {text[start - 1:start] for start in starts}
    for other, occurrences in neighbours.items():
        # Only a neighbour whose edge letter stands beside the word somewhere can make a phrase with it.
        joins_after, joins_before = other[0] in after, other[-1] in before
        if not (joins_after or joins_before) or other in word or word in other \
                or len(word) + len(other) > MAX_KEYWORD_LETTERS:
            continue
        for phrase, beside in ((word + other, joins_after), (other + word, joins_before)):
            if not beside:
                continue
            together = text.count(phrase)
            if together >= 2 and 2 * together >= count and 2 * together >= occurrences:
                return phrase
    return None


def _always_inside_longer(phrase: str, text: str) -> bool:
    """Whether the same letter stands right after (or right before) every occurrence."""
    starts = _occurrences(phrase, text)
    after = {text[start + len(phrase):start + len(phrase) + 1] for start in starts}
    before = {text[start - 1:start] if start else "" for start in starts}
    return any(len(letters) == 1 and _HAN_RE.match(next(iter(letters))) for letters in (after, before))


@functools.lru_cache(maxsize=None)  # looked up once a word: the table is large, the words news uses are few
def _general_idf(word: str) -> float:
    return min(words.general_idf().get(word, KEYWORD_UNKNOWN_IDF), KEYWORD_UNKNOWN_IDF)


def _keyword_candidate(word: str, tag: str, stopwords: frozenset[str]) -> bool:
    if len(word) < 2 or not (tag.startswith(KEYWORD_TAGS) or tag == "x") or word in stopwords:
        return False
    word = word.strip()
    if len(word) < 2 or _NOT_KEYWORD_RE.match(word):
        return False
    if tag == "x":  # untagged: only words a user dictionary made known
        return words.tokenizer().has_word(word) and any("\u4e00" <= ch <= "\u9fff" for ch in word)
    if word[0] in CLASSIFIERS and not words.tokenizer().has_word(word):
        return False  # `10个村` cut as `10` + `个村`: a measure word and its noun, no keyword
    return True


CLASSIFIERS = set("个名位项座家所只条件种批户次台辆")


def _suffix_cut_off(before: tuple[str, str], pair: tuple[str, str]) -> bool:
    """A name that opens on the suffix of the place named right before it: the tokenizer cut the
    suffix off that place together with the first letter of the next (`江州` + `区青` + `山镇` for
    `江州区青山镇`, `青山` + `镇坪` + `漆村` for `青山镇坪漆村`), no keyword. A common word that so
    opens (`江州` + `市场`, `区委`) is one."""
    return before[1].startswith("ns") and pair[1].startswith(("nr", "ns"))


AMOUNT_RESTS = "余多"  # the letters the rest of an amount opens on (`200余人`, `1000多人`)


def _amount_part(before: tuple[str, str]) -> bool:
    """Whether a word that opens on `余` or `多` (`余人`, `多人`) follows a number (`200余人`): the
    tokenizer reads the rest of the amount as a noun, no keyword."""
    return before[1] == "m"


MAX_KEYWORD_LETTERS = 8
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# A letter the tokenizer takes as a word of these kinds (`的`, `在`, `次`, `下`) is no part of a name.
_FUNCTION_TAGS = ("p", "u", "c", "q", "m", "r", "d", "f", "y", "e", "o", "w", "x")
# The stray letter or the word beside it is read as part of a name (`郑`/ns, `凯尔`/nrt) or the
# letter as a suffix (`圆筒` + `型`/k); a plain word beside a keyword (`区` + `社会主义`) stays apart.
_NAME_PART_TAGS = ("nr", "ns", "k")
_NEIGHBOURHOOD = 6  # letters read on each side of an occurrence to see how the tokenizer cuts there
STRAY_VERDICTS = 3  # occurrences whose reading by the tokenizer decides (the letter beside each is the same)


def whole_word(word: str, text: str) -> str:
    """The keyword with the letters the tokenizer split off it: a name or term it does not
    know is cut into a word and a stray letter (`郑` + `建邦`, `坪` + `漆村`, `范` + `凯尔`).
    The keyword takes in a one-letter word of a name (or a suffix: `圆筒` + `型`) that stands
    beside every one of its two or more occurrences; a word of its own beside it stays apart
    (`区` + `社会主义`, `次` + `会议`, `的`)."""
    spans = [(start, start + len(word)) for start in _occurrences(word, text)]
    if len(spans) < 2:
        return word
    while spans[0][1] - spans[0][0] < MAX_KEYWORD_LETTERS:
        grown = _stray_letter_beside(spans, text)
        if grown is None:
            break
        spans = grown
    return text[spans[0][0]:spans[0][1]]


def _stray_letter_beside(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]] | None:
    """The spans grown by one stray letter on one side, the same at every span, or None.

    Where the tokenizer cuts the keyword out of its neighbourhood, the letter must be a word
    of one letter there, of a name or a suffix; where it cuts otherwise (`坪` + `漆` + `村里`),
    that occurrence has no say."""
    for side in (-1, 1):
        letters_beside = {text[start - 1] if start > 0 else "" for start, _ in spans} if side < 0 else \
            {text[end] if end < len(text) else "" for _, end in spans}
        letter = letters_beside.pop() if len(letters_beside) == 1 else ""
        if not _HAN_RE.match(letter) or letter in CLASSIFIERS:
            continue
        verdicts = []
        for start, end in spans:  # the letter is the same at every span: a few readings of it tell
            verdict = _stray_verdict(start, end, side, text)
            if verdict is not None:
                verdicts.append(verdict)
                if len(verdicts) == STRAY_VERDICTS or not verdict:
                    break
        if len(verdicts) >= min(2, len(spans)) and all(verdicts):  # two readings say so, where there are two
            return [(start - 1, end) if side < 0 else (start, end + 1) for start, end in spans]
    return None


def _stray_verdict(start: int, end: int, side: int, text: str) -> bool | None:
    """Whether the tokenizer cuts the letter beside text[start:end] off as a stray part of a
    name (None where it does not cut the keyword itself out there)."""
    left = max(0, start - _NEIGHBOURHOOD)
    starting, ending, offset = {}, {}, left
    for token, tag in words.tag(text[left:end + _NEIGHBOURHOOD]):
        starting[offset] = ending[offset + len(token)] = (token, tag)
        offset += len(token)
    if start not in starting or end not in ending:
        return None
    beside, edge = (ending.get(start), starting[start]) if side < 0 else (starting.get(end), ending[end])
    if beside is not None and len(beside[0]) > 1:
        return None  # the letter read with its other neighbour (`江州区坪漆村` as `区坪` + `漆村`): no say
    return beside is not None and not beside[1].startswith(_FUNCTION_TAGS) \
        and (beside[1].startswith(_NAME_PART_TAGS) or edge[1].startswith(_NAME_PART_TAGS))


# ---------------------------------------------------------------- engines


def _after_fragments(grouped: list[list[str]]) -> list[int]:
    """The places, counted across paragraphs, of each paragraph's first fragment and what follows it."""
    places: list[int] = []
    start = 0
    for group in grouped:
        first = next((index for index, sentence in enumerate(group) if is_fragment(sentence)), len(group))
        places.extend(range(start + first, start + len(group)))
        start += len(group)
    return places


class Document:
    """An article prepared once for every engine: its sentences, trimmed sentences and their tags."""

    def __init__(self, text: str, title: str | None):
        self.text = strip_dateline(text.strip())
        self.title = title
        # An editor's note (`【编者按】…`) is the paper's word on the story, not its news; a text
        # that is one paragraph under the note's label is summarized whole.
        grouped = paragraph_sentences(self.text)
        grouped = [group for group in grouped if not EDITOR_NOTE_RE.match(group[0])] or grouped
        # Captions and editor lines are not summary material, and a quotation that runs over
        # several sentences is taken whole or not at all (a summary never leaves a mark open).
        material = [balanced_units(without_glued_captions([kept for kept in map(summary_material, group) if kept]))
                    for group in grouped]
        material = [group for group in material if group]
        grouped = material or grouped
        # A paragraph that is one unit ending on no stop is a heading, a label or a line of a table
        # of contents (`一、乡村振兴的江州实践`, `稳字当头，夏粮生产再获丰收`), not what happened:
        # it opens or joins no summary, but its words name the subject, so it gives keywords.
        self.keyword_sentences = [sentence for group in grouped for sentence in group][:MAX_RANKED_SENTENCES]
        grouped = [group for group in grouped if len(group) > 1 or ends_sentence(group[0])] or grouped
        self.sentences = [sentence for group in grouped for sentence in group][:MAX_RANKED_SENTENCES]
        # A sentence whose opening the copy lost (`春笋般冒了出来，…`) and what follows it in its
        # paragraph (`可是，他…`, leaning on what was lost) are ranked and give keywords, but
        # open or join no summary.
        self.leaning: frozenset[int] = frozenset(_after_fragments(grouped))
        # A unit whose quotation or bracket the source never closes (`“下次我们还要带着孩子来！`), or
        # that closes one opened before it (a quotation a copy broke into paragraphs, with the units
        # inside it, or one whose opening the text's cut lost), would leave a summary with a mark
        # open: it is ranked but opens or joins no summary either.
        self.unclosed: frozenset[int] = frozenset(open_ended_units(self.sentences))
        # The headline printed again as the text's first words (`提升技能促就业，让…。`) tells nothing
        # the digest's title does not: it is ranked but opens or joins no summary.
        headline = _NOT_LETTER_RE.sub("", title or "")
        self.restated: frozenset[int] = frozenset(
            index for index, sentence in enumerate(self.sentences[:OPENING_WINDOW])
            if headline and _NOT_LETTER_RE.sub("", sentence) == headline)
        # Features often open with a voice (whole paragraphs of quotation); the story starts after.
        quoted, depth = 0, 0
        for group in grouped:
            paragraph = "".join(group)
            if depth == 0 and not paragraph.startswith("“"):
                break
            depth += paragraph.count("“") - paragraph.count("”")
            if depth == 0 and not is_quotation(paragraph) and not paragraph.rstrip("。！？!?…").endswith("”"):
                break  # the quotation closed inside this paragraph and the story goes on
            quoted += len(group)
            depth = max(depth, 0)
        self.opening = quoted if quoted < len(self.sentences) else 0
        self.trimmed = [trim_sentence(sentence) for sentence in self.sentences]
        self._tagged: list[list[tuple[str, str]]] | None = None
        self.title_tagged = words.tag(title) if title else []

    @property
    def tagged(self) -> list[list[tuple[str, str]]]:
        """Words and part-of-speech tags of the trimmed sentences, computed once."""
        if self._tagged is None:
            self._tagged = [words.tag(sentence) for sentence in self.trimmed]
        return self._tagged

    @property
    def keyword_tagged(self) -> list[list[tuple[str, str]]]:
        """The tags of the trimmed sentences that give keywords: the headings' too, in their place."""
        if len(self.keyword_sentences) == len(self.sentences):
            return self.tagged  # no heading set apart: the same sentences
        known = dict(zip(self.sentences, self.tagged))
        return [known.get(sentence) or words.tag(trim_sentence(sentence)) for sentence in self.keyword_sentences]


def engine_textrank(doc: Document, length: Length, stopwords: frozenset[str]) -> list[str]:
    """Our TextRank for news (see choose_summary)."""
    if not doc.trimmed:
        return []
    centrality, vectors = rank_textrank(doc.trimmed, doc.title, stopwords, doc.tagged, doc.title_tagged)
    window = range(doc.opening, min(doc.opening + OPENING_WINDOW, len(doc.trimmed)))
    # A date is read on the sentence as printed: trimming drops `13日，` from the summary, not from the news.
    unanchored = frozenset(index for index in window if not names_something(doc.tagged[index], doc.sentences[index]))
    return choose_summary(doc.trimmed, centrality, vectors, doc.title, length, sum(map(len, doc.trimmed)), doc.opening,
                          doc.leaning | doc.unclosed | doc.restated, unanchored)


def engine_lead(doc: Document, length: Length, stopwords: frozenset[str]) -> list[str]:
    """The opening sentences: the classic news baseline."""
    sentences = doc.sentences
    budget = floored_budget(length, length.budget(sum(map(len, sentences))), sentences[0] if sentences else None)
    chosen: list[str] = []
    used = 0
    for sentence in sentences:
        if (length.sentences and len(chosen) >= length.sentences) or (budget is not None and used + len(sentence) > budget):
            break
        chosen.append(sentence)
        used += len(sentence)
    if not chosen and sentences:
        return [clause_cut(sentences[0], budget)]
    return chosen


def engine_textrank4zh(doc: Document, length: Length, stopwords: frozenset[str]) -> list[str]:
    """textrank4zh's own sentence ranking, with our length limits applied to its order."""
    from .textrank4zh_adapter import rank_sentences

    sentences = doc.sentences
    if not sentences:
        return []
    ranked = rank_sentences("\n".join(sentences), len(sentences))
    position = {sentence: index for index, sentence in enumerate(sentences)}
    scores = np.zeros(len(sentences))
    for rank, sentence in enumerate(ranked):
        if sentence in position:
            scores[position[sentence]] = len(ranked) - rank
    return select(sentences, scores, None, length, sum(map(len, sentences)))


def keywords_textrank4zh(doc: Document, count: int, stopwords: frozenset[str]) -> list[str]:
    from .textrank4zh_adapter import keywords

    return keywords(doc.text, count) if count > 0 else []


def keywords_ours(doc: Document, count: int, stopwords: frozenset[str]) -> list[str]:
    return keywords_textrank(doc.text, count, stopwords, doc.title, doc.keyword_tagged, doc.title_tagged)


Engine = Callable[[Document, Length, frozenset], list[str]]
ENGINES: dict[str, tuple[Engine, Callable[[Document, int, frozenset], list[str]]]] = {
    "textrank": (engine_textrank, keywords_ours),
    "lead": (engine_lead, keywords_ours),
    "textrank4zh": (engine_textrank4zh, keywords_textrank4zh),
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
    doc = Document(text, title)
    rank, extract_keywords = ENGINES[engine]
    chosen = rank(doc, length, stop)
    if chosen and chosen[-1].endswith(("；", ";")):
        # The items of a list end on semicolons (`注册志愿者达到8.6万人；`): the summary ends on a stop.
        chosen = [*chosen[:-1], chosen[-1][:-1] + "。"]
    return Summary(text="".join(chosen), sentences=chosen, keywords=extract_keywords(doc, keywords, stop))
