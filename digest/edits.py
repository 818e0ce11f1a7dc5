"""The editor's decisions, kept in a TOML file so that a rebuild never loses them.

    issue = "第12期"                  # shown with the period under the digest's title
    note = "本期聚焦……"               # 编者按, shown under the title

    [articles."004_区报-1a2b3c"]       # the id that `digest split` and the HTML show
    category = "rural-revitalization" # move it to another category (a slug of the taxonomy)
    pin = true                        # put it first in its category
    drop = true                       # leave it out of the digest
    title = "……"                      # replace its title
    summary = "……"                    # replace its summary

Ids come from the file's name and the article's title, so they survive rebuilds. Ids and
categories that do not exist are reported as warnings, never silently ignored.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ConfigError
from .models import Classification, DigestArticle, Summary
from .settings import read_toml

_ARTICLE_KEYS = {"category": str, "pin": bool, "drop": bool, "title": str, "summary": str}


@dataclass(frozen=True)
class ArticleEdit:
    category: str | None = None
    pin: bool = False
    drop: bool = False
    title: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Edits:
    issue: str | None = None
    note: str | None = None
    articles: dict[str, ArticleEdit] = field(default_factory=dict)


def load_edits(path: Path) -> Edits:
    """Read and check an edits file; every problem is named in one ConfigError."""
    data = read_toml(path, "edits")
    problems = []
    for key in data:
        if key not in ("issue", "note", "articles"):
            problems.append(f"unknown key {key!r} (expected issue, note, [articles.ID])")
    for key in ("issue", "note"):
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            problems.append(f"{key}: expected a non-empty string")
    articles: dict[str, ArticleEdit] = {}
    table = data.get("articles", {})
    if not isinstance(table, dict):
        problems.append("articles: expected tables [articles.ID]")
        table = {}
    for article_id, values in table.items():
        if not isinstance(values, dict):
            problems.append(f"articles.{article_id}: expected a table")
            continue
        for key, value in values.items():
            expected = _ARTICLE_KEYS.get(key)
            if expected is None:
                problems.append(f"articles.{article_id}.{key}: unknown key (expected {', '.join(_ARTICLE_KEYS)})")
            elif not isinstance(value, expected) or (expected is str and not value.strip()):
                problems.append(f"articles.{article_id}.{key}: expected {'true or false' if expected is bool else 'a non-empty string'}")
        articles[article_id] = ArticleEdit(**{k: v for k, v in values.items() if k in _ARTICLE_KEYS})
    if problems:
        raise ConfigError(str(path), problems)
    return Edits(issue=data.get("issue"), note=data.get("note"), articles=articles)


def apply_edits(items: list[DigestArticle], edits: Edits, slugs: set[str]) -> tuple[list[DigestArticle], list[str], set[str]]:
    """The articles with the editor's changes, warnings for what could not apply, and the pinned ids."""
    warnings = []
    known = {item.article.id for item in items}
    for article_id in edits.articles:
        if article_id not in known:
            warnings.append(f"edits: no article has the id {article_id!r} (see `digest split` or the HTML for ids)")
    result = []
    pinned = set()
    for item in items:
        edit = edits.articles.get(item.article.id)
        if edit is None:
            result.append(item)
            continue
        if edit.drop:
            continue
        if edit.title:
            item = replace(item, article=replace(item.article, title=edit.title.strip()))
        if edit.summary:
            item = replace(item, summary=Summary(text=edit.summary.strip(), sentences=[edit.summary.strip()],
                                                 keywords=item.summary.keywords))
        if edit.category:
            if edit.category in slugs:
                item = replace(item, category=Classification(edit.category, item.category.score, item.category.terms))
            else:
                warnings.append(f"edits: {item.article.id}: no category {edit.category!r} (see `digest categories`)")
        if edit.pin:
            pinned.add(item.article.id)
        result.append(item)
    return result, warnings, pinned
