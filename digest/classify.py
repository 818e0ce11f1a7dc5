"""Themes: load the taxonomy and classify articles by weighted, specificity-discounted terms."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from . import words
from .errors import ConfigError
from .models import Article, Category, Classification

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

# Where a term stands says how much it tells about the article.
TITLE_WEIGHT = 3.0
SUBTITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
BODY_WEIGHT = 1.0
LEAD_CHARS = 200
MIN_SCORE = 6.0  # below this no theme is clear, and the article goes to the fallback
MAX_WEIGHT = 10.0


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple[Category, ...]

    @property
    def fallback(self) -> Category:
        return next(category for category in self.categories if category.fallback)

    def get(self, slug: str) -> Category:
        return next(category for category in self.categories if category.slug == slug)


def default_taxonomy_text() -> str:
    return resources.files("digest").joinpath("data/taxonomy.toml").read_text(encoding="utf-8")


def taxonomy_text(path: Path | None = None) -> str:
    """The TOML text of the active taxonomy: the user's file, or the built-in one."""
    return default_taxonomy_text() if path is None else path.read_text(encoding="utf-8-sig")


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The built-in taxonomy, or the user's TOML file, validated with every problem reported."""
    if path is None:
        return parse_taxonomy(default_taxonomy_text(), "built-in taxonomy")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [f"cannot read the taxonomy ({getattr(exc, 'strerror', None) or exc})"]) from None
    return parse_taxonomy(text, str(path))


def parse_taxonomy(text: str, origin: str) -> Taxonomy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(origin, [f"not valid TOML ({exc})"]) from None
    problems: list[str] = []
    entries = data.get("category")
    unknown_top = sorted(set(data) - {"category"})
    if unknown_top:
        problems.append("unknown top-level keys: " + ", ".join(unknown_top))
    if not isinstance(entries, list) or not entries:
        raise ConfigError(origin, problems + ["no [[category]] tables"])
    categories = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        where = f"category {number}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not a table")
            continue
        slug = entry.get("slug")
        if not isinstance(slug, str) or not slug.strip():
            problems.append(f"{where}: missing slug")
            slug = f"#{number}"
        else:
            where = f"category {slug!r}"
            if slug in seen:
                problems.append(f"{where}: duplicate slug")
            seen.add(slug)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: missing name")
            name = str(slug)
        unknown = sorted(set(entry) - {"slug", "name", "description", "terms", "fallback"})
        if unknown:
            problems.append(f"{where}: unknown keys {', '.join(unknown)}")
        fallback = entry.get("fallback", False)
        if not isinstance(fallback, bool):
            problems.append(f"{where}: fallback must be true or false")
            fallback = False
        terms = entry.get("terms", {})
        if not isinstance(terms, dict):
            problems.append(f"{where}: terms must be a table of term = weight")
            terms = {}
        if not terms and not fallback:
            problems.append(f"{where}: empty term list")
        clean_terms = {}
        for term, weight in terms.items():
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= MAX_WEIGHT:
                problems.append(f"{where}: term {term!r} has bad weight {weight!r} (a number above 0, at most {MAX_WEIGHT:g})")
                continue
            if not term.strip():
                problems.append(f"{where}: empty term")
                continue
            clean_terms[term.strip()] = float(weight)
        categories.append(Category(slug=str(slug), name=str(name), description=str(entry.get("description", "")),
                                   terms=clean_terms, fallback=fallback))
    fallbacks = [category.slug for category in categories if category.fallback]
    if not fallbacks:
        problems.append("no fallback category (one category needs fallback = true)")
    elif len(fallbacks) > 1:
        problems.append("more than one fallback category: " + ", ".join(fallbacks))
    if problems:
        raise ConfigError(origin, problems)
    return Taxonomy(tuple(categories))


def specificity(term: str) -> float:
    """How much a term says: common words (企业, 经济) count about half, rare or compound terms fully."""
    idf = words.general_idf().get(term)
    if idf is None:  # a rare word or a compound the table does not hold: fully specific
        return 1.25
    return min(1.25, max(0.35, idf / 8.0))


@dataclass(frozen=True)
class TermIndex:
    """Every taxonomy term once, with the categories it points to: one pass over an article's
    words finds them all, instead of one search per term per category.

    A term the tokenizer knows is counted as a whole word (so `自治` is not found in
    `自治区`); a compound it would split (`产教融合`) is counted as a substring.
    """

    words: dict[str, tuple[tuple[int, float], ...]]  # term -> (category index, weight x specificity)
    compounds: dict[str, tuple[tuple[int, float], ...]]


_INDEXES: dict[int, tuple[Taxonomy, TermIndex]] = {}


def term_index(taxonomy: Taxonomy) -> TermIndex:
    cached = _INDEXES.get(id(taxonomy))
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    entries: dict[str, list[tuple[int, float]]] = {}
    for number, category in enumerate(taxonomy.categories):
        if category.fallback:
            continue
        for term, weight in category.terms.items():
            entries.setdefault(term, []).append((number, weight * specificity(term)))
    tokenizer = words.tokenizer()
    whole = {term: tuple(found) for term, found in entries.items() if len(term) == 1 or tokenizer.has_word(term)}
    compounds = {term: tuple(found) for term, found in entries.items() if term not in whole}
    index = TermIndex(whole, compounds)
    _INDEXES[id(taxonomy)] = (taxonomy, index)
    return index


def classify(article: Article, taxonomy: Taxonomy) -> Classification:
    """The theme whose terms weigh most in the article; the fallback when none is clear."""
    body = article.body
    lead, rest = body[:LEAD_CHARS], body[LEAD_CHARS:]
    parts = [(article.title, TITLE_WEIGHT), (article.subtitle or "", SUBTITLE_WEIGHT), (lead, LEAD_WEIGHT),
             (rest, BODY_WEIGHT)]
    index = term_index(taxonomy)
    evidence: dict[tuple[int, str], float] = {}
    strength: dict[tuple[int, str], float] = {}
    for text, position_weight in parts:
        if not text:
            continue
        found = [(term, count) for term, count in Counter(words.cut_chunks(text)).items() if term in index.words]
        found += [(term, text.count(term)) for term in index.compounds if term in text]
        for term, count in found:
            for number, weighted in index.words.get(term) or index.compounds[term]:
                key = (number, term)
                evidence[key] = evidence.get(key, 0.0) + position_weight * math.log1p(count)
                strength[key] = weighted
    best: Classification | None = None
    for number, category in enumerate(taxonomy.categories):
        if category.fallback:
            continue
        contributions = {term: strength[(number, term)] * evidence[(number, term)]
                         for term in category.terms if evidence.get((number, term))}
        score = sum(contributions.values())
        if best is None or score > best.score:
            top = sorted(contributions, key=lambda term: (-contributions[term], term))[:5]
            best = Classification(category.slug, round(score, 3), top)
    if best is None or best.score < MIN_SCORE:
        return Classification(taxonomy.fallback.slug, round(best.score if best else 0.0, 3), best.terms if best else [])
    return best
