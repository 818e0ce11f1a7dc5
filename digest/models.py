"""The values that flow between pipeline stages: Source -> Article -> SummarizedArticle -> Digest."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Excluded:
    """An article left out of the digest (dated outside the asked week), and why."""

    source: str
    title: str
    date: str | None
    reason: str


@dataclass(frozen=True)
class Source:
    """One input file, decoded to text.

    `text` is line-oriented, with Markdown `#` headings where the reader knows them.
    `single_article` is set by readers whose format holds one article per file (web
    pages), so that headings inside are sections, not new articles.
    """

    path: str
    text: str
    encoding: str = "utf-8"
    title: str | None = None
    single_article: bool = False
    date: str | None = None  # ISO date the page was printed or published, where the source says
    page: str | None = None  # the page number (版次) of a newspaper page
    date_source: str | None = None  # where the date was found (one of `dates.DATE_SOURCES`)
    source_name: str | None = None  # the outlet: 区融媒体中心, 人民日报 (front matter, 来源 line, site name)
    author: str | None = None  # the author named in the metadata (front matter, web page)
    editors: tuple[str, ...] = ()  # names the page prints as its editors (责任编辑：…): a signature of one is no byline
    note: str | None = None  # what the reader had to repair (bad bytes replaced), said on the terminal


@dataclass(frozen=True)
class Article:
    """One article cut out of a source page, cleaned."""

    id: str
    source: str
    title: str
    subtitle: str | None
    kicker: str | None
    byline: str | None
    paragraphs: tuple[str, ...]
    headings: tuple[int, ...] = ()  # indices of paragraphs that are section headings
    notes: tuple[int, ...] = ()  # indices of source notes such as 原载《人民日报》
    position: int = 0  # index of the article within its source
    date: str | None = None  # ISO date of the source (see `dates`)
    page: str | None = None  # the page number (版次) where printed
    date_source: str | None = None
    source_name: str | None = None
    # Pages the story runs on to and from (`（下转第3版）`, `（上接第1版）`); "?" where the page can't be told.
    runs_to: str | None = None
    runs_from: str | None = None

    @property
    def text(self) -> str:
        """The cleaned full text, section headings included, one paragraph a line."""
        return "\n".join(self.paragraphs)

    @property
    def body(self) -> str:
        """The paragraphs without section headings, blank-line separated: what is summarized."""
        skip = set(self.headings) | set(self.notes)
        return "\n\n".join(p for i, p in enumerate(self.paragraphs) if i not in skip)


@dataclass(frozen=True)
class Summary:
    """What a summarizer returns: the summary text, its sentences and the keywords."""

    text: str
    sentences: list[str]
    keywords: list[str]


@dataclass(frozen=True)
class Category:
    """One theme of the taxonomy."""

    slug: str
    name: str
    description: str
    terms: dict[str, float]
    fallback: bool = False


@dataclass(frozen=True)
class Classification:
    slug: str
    score: float
    terms: list[str]


@dataclass(frozen=True)
class Duplicate:
    """Another version of a story (another outlet's, or a second copy) merged into one entry."""

    source: str
    title: str
    name: str  # the outlet, or the file name when the outlet is not known


@dataclass(frozen=True)
class DigestArticle:
    """An article with everything the digest shows about it."""

    article: Article
    summary: Summary
    category: Classification
    duplicates: tuple[Duplicate, ...] = ()


@dataclass(frozen=True)
class CategorySection:
    category: Category
    articles: list[DigestArticle]


@dataclass(frozen=True)
class Digest:
    title: str
    week: str
    start: dt.date
    end: dt.date
    generated: dt.datetime
    settings: dict
    sections: list[CategorySection]
    skipped: list[Skipped] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    issue: str | None = None  # 第12期, from the editor's edits file
    note: str | None = None  # 编者按
    warnings: list[str] = field(default_factory=list)  # edits that could not apply

    @property
    def articles(self) -> list[DigestArticle]:
        return [item for section in self.sections for item in section.articles]
