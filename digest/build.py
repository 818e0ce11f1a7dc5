"""The pipeline: read -> split into articles -> summarize -> classify -> digest -> render -> write."""
from __future__ import annotations

import datetime as dt
import hashlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import words
from .classify import Taxonomy, classify, load_taxonomy
from .errors import InputError, NothingToBuild
from .models import CategorySection, Digest, DigestArticle, Skipped
from .read import find_inputs, read_source
from .render import render
from .segment import split_articles
from .settings import Settings, week_bounds
from .summarize import summarize
from .write import write_outputs


@dataclass(frozen=True)
class FileJob:
    """What a worker needs to turn one file into digest articles; picklable for --jobs."""

    path: Path
    settings: Settings
    taxonomy: Taxonomy
    stopwords: frozenset[str]


def process_file(job: FileJob) -> list[DigestArticle] | Skipped:
    """One input file to its summarized and classified articles, or the reason it was skipped."""
    settings = job.settings
    _prepare_worker(settings)
    try:
        source = read_source(job.path, int(settings.max_file_mb * 1024 * 1024))
        articles = split_articles(source)
    except InputError as exc:
        return Skipped(exc.path, exc.reason)
    if not articles:
        return Skipped(str(job.path), "no article text found")
    results = []
    for article in articles:
        summary = summarize(article.body, title=article.title, sentences=settings.sentences,
                            max_chars=settings.max_chars, ratio=settings.ratio, keywords=settings.keywords,
                            engine=settings.engine, stopwords=job.stopwords)
        results.append(DigestArticle(article=article, summary=summary, category=classify(article, job.taxonomy)))
    return results


_PREPARED: set[str] = set()


def _prepare_worker(settings: Settings) -> None:
    """Load the user dictionary once per process (workers of --jobs start without it)."""
    if settings.user_dict and settings.user_dict not in _PREPARED:
        words.load_user_dict(Path(settings.user_dict))
        _PREPARED.add(settings.user_dict)


def build_digest(settings: Settings, now: dt.datetime, progress: Callable[[int, int], None] | None = None) -> Digest:
    """Build the digest of the inputs named in `settings`; `now` is the generation time."""
    taxonomy = load_taxonomy(Path(settings.categories) if settings.categories else None)
    stopwords = words.load_stopwords(Path(settings.stopwords) if settings.stopwords else None)
    _prepare_worker(settings)
    files, skipped = find_inputs([Path(p) for p in settings.inputs])
    jobs = [FileJob(path, settings, taxonomy, stopwords) for path in files]
    results: list[list[DigestArticle] | Skipped] = []
    if settings.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
            for result in pool.map(process_file, jobs, chunksize=max(1, len(jobs) // (settings.jobs * 8))):
                results.append(result)
                if progress:
                    progress(len(results), len(jobs))
    else:
        for job in jobs:
            results.append(process_file(job))
            if progress:
                progress(len(results), len(jobs))
    items: list[DigestArticle] = []
    for result in results:
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            items.extend(result)
    if not items:
        raise NothingToBuild("no article could be read from the inputs"
                             + (": " + "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5]) if skipped else ""))
    items = _unique_ids(items)
    week, start, end = week_bounds(settings.week, now.date())
    return Digest(title=settings.title, week=week, start=start, end=end, generated=now,
                  settings=settings.to_json() | {"week": week}, sections=group_by_category(items, taxonomy),
                  skipped=skipped)


def _unique_ids(items: list[DigestArticle]) -> list[DigestArticle]:
    """Article ids come from file names; two inputs with the same name get a path hash suffix."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    for item in items:
        seen[item.article.id] = seen.get(item.article.id, 0) + 1
    result = []
    for item in items:
        if seen[item.article.id] > 1:
            suffix = hashlib.sha1(item.article.source.encode("utf-8")).hexdigest()[:6]
            item = replace(item, article=replace(item.article, id=f"{item.article.id}-{suffix}"))
        result.append(item)
    return result


def group_by_category(items: list[DigestArticle], taxonomy: Taxonomy) -> list[CategorySection]:
    """Sections in taxonomy order; inside each, the most representative article (highest score) first."""
    order = {id(item): index for index, item in enumerate(items)}
    sections = []
    for category in taxonomy.categories:
        members = [item for item in items if item.category.slug == category.slug]
        members.sort(key=lambda item: (-item.category.score, order[id(item)]))
        sections.append(CategorySection(category=category, articles=members))
    return sections


def digest_stem(digest: Digest) -> str:
    return f"digest-{digest.week}"


def write_digest(digest: Digest, settings: Settings) -> list[Path]:
    """Render every requested format, then write them all (each atomically)."""
    templates = Path(settings.templates) if settings.templates else None
    rendered = {fmt: render(digest, fmt, templates) for fmt in settings.formats}
    return write_outputs(rendered, Path(settings.out), digest_stem(digest))


def build(settings: Settings, now: dt.datetime | None = None,
          progress: Callable[[int, int], None] | None = None) -> tuple[Digest, list[Path]]:
    """Build and write the digest: the one call behind `digest build`."""
    now = now or dt.datetime.now().astimezone().replace(microsecond=0)
    digest = build_digest(settings, now, progress)
    return digest, write_digest(digest, settings)
