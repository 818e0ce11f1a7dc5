"""The pipeline: read -> split into articles -> summarize -> classify -> digest -> render -> write."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, NamedTuple

from . import jumps, words
from .classify import Taxonomy, classify, load_taxonomy
from .dedup import Fingerprint, VersionIndex, fingerprint, merge_versions
from .dedup import prepare as prepare_dedup
from .edits import Edits, apply_edits, load_edits
from .errors import InputError, NothingToBuild
from .models import Article, CategorySection, Digest, DigestArticle, Excluded, Skipped
from .read import display_name, find_inputs, read_source
from .render import render
from .segment import split_articles
from .settings import Settings, outlet_for, week_bounds
from .summarize import summarize
from .write import write_outputs


@dataclass(frozen=True)
class BuildContext:
    """What every file needs besides its path; set once per process (workers get it at start)."""

    settings: Settings
    taxonomy: Taxonomy
    stopwords: frozenset[str]
    # With --jobs, the main process fingerprints the articles while it waits for the workers,
    # so that only it loads the MinHash library (0.3 s of imports) and the workers do less.
    fingerprint_here: bool = True


_CONTEXT: BuildContext | None = None


def _start_process(context: BuildContext) -> None:
    """Install the build context in this process and load the user dictionary once."""
    global _CONTEXT
    _CONTEXT = context
    if context.settings.user_dict:
        words.load_user_dict(Path(context.settings.user_dict))


class FileResult(NamedTuple):
    """What one input file gave: its articles, or why it was skipped; and what had to be repaired."""

    articles: list[DigestArticle]
    skipped: Skipped | None = None
    note: str | None = None
    fingerprints: list[Fingerprint] | None = None  # one for each article, when versions are merged


def process_file(entry: tuple[Path, str]) -> FileResult:
    """One input file (its path and the name the digest shows) to its summarized and classified articles."""
    context = _CONTEXT
    settings = context.settings
    path, name = entry
    try:
        source = read_source(path, int(settings.max_file_mb * 1024 * 1024))
        outlet = source.source_name or outlet_for(path, settings.sources)
        articles = split_articles(replace(source, path=name, source_name=outlet))
    except InputError as exc:
        return FileResult([], Skipped(name, exc.reason))
    note = f"{name}: {source.note}" if source.note else None
    if not articles:
        return FileResult([], Skipped(name, "no article text found"), note)
    results = [digest_article(article, context) for article in articles]
    fingerprints = [fingerprint(article.body) for article in articles] if settings.dedup and context.fingerprint_here else None
    return FileResult(results, None, note, fingerprints)


def digest_article(article: Article, context: BuildContext) -> DigestArticle:
    """One article summarized and classified."""
    settings = context.settings
    summary = summarize(article.body, title=article.title, sentences=settings.sentences,
                        max_chars=settings.max_chars, ratio=settings.ratio, keywords=settings.keywords,
                        engine=settings.engine, stopwords=context.stopwords)
    return DigestArticle(article=article, summary=summary, category=classify(article, context.taxonomy))


def join_continued(items: list[DigestArticle], context: BuildContext, indexed: dict[int, int]) -> list[DigestArticle]:
    """A story run on to another page, joined with the part it goes on in there (`jumps`) and
    summarized whole; the joined story keeps the first part's place (and index in `indexed`)."""
    chains = jumps.continuations([item.article for item in items])
    if not chains:
        return items
    joined: dict[int, DigestArticle] = {}
    for chain in chains:
        article = functools.reduce(jumps.join, (items[index].article for index in chain))
        joined[chain[0]] = digest_article(article, context)
        indexed[id(joined[chain[0]])] = indexed[id(items[chain[0]])]
    parts = {index for chain in chains for index in chain[1:]}
    return [joined.get(index, item) for index, item in enumerate(items) if index not in parts]


def _unjoined(article: Article) -> str:
    """What the terminal says of a story whose other part (on the page its mark names) was not among the inputs."""
    ways = [(way, page) for way, page in (("runs on to", article.runs_to), ("goes on from", article.runs_from)) if page]
    parts = " and ".join(f"{way} {'page ' + page if page != '?' else 'another page'}" for way, page in ways)
    return f"{article.source}: 「{article.title}」 {parts}, which none of the inputs holds: only the part read is summarized"


def warm_up(dedup: bool = False) -> None:
    """Load the tokenizer's dictionary and the IDF table (and the MinHash library) now rather
    than in the first file: workers forked afterwards share them instead of loading their own."""
    from .classify import specificity

    words.cut("预热")
    specificity("预热")
    if dedup:
        prepare_dedup()


def build_digest(settings: Settings, now: dt.datetime, progress: Callable[[int, int], None] | None = None) -> Digest:
    """Build the digest of the inputs named in `settings`; `now` is the generation time."""
    taxonomy = load_taxonomy(Path(settings.categories) if settings.categories else None)
    stopwords = words.load_stopwords(Path(settings.stopwords) if settings.stopwords else None)
    context = BuildContext(settings, taxonomy, stopwords)
    _start_process(context)
    given = [Path(p) for p in settings.inputs]
    files, skipped = find_inputs(given, exclude=Path(settings.out))
    skipped = [Skipped(display_name(Path(item.path), given), item.reason) for item in skipped]
    entries = [(path, display_name(path, given)) for path in files]
    results: list[FileResult] = []
    notes: list[str] = []
    jobs = min(settings.jobs, os.cpu_count() or 1)
    if jobs < settings.jobs:
        notes.append(f"--jobs {settings.jobs} is more than the {jobs} core(s) of this machine; using {jobs}")
    parallel = jobs > 1 and len(files) > 1
    warm_up(settings.dedup and not parallel)  # workers forked after this share the loaded dictionaries
    versions: VersionIndex | None = None

    def take(result: FileResult) -> None:
        # Versions of one story are looked for as each file comes in: with --jobs, while the
        # workers go on with the next files.
        if settings.dedup:
            for current in result.fingerprints or map(fingerprint, (item.article.body for item in result.articles)):
                versions.add(current)
        results.append(result)
        if progress:
            progress(len(results), len(files))

    if parallel:
        workers = replace(context, fingerprint_here=False)
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_process, initargs=(workers,)) as pool:
            versions = VersionIndex() if settings.dedup else None  # its imports run while the workers start
            # map keeps input order, so the digest is the same bytes as with one process.
            for result in pool.map(process_file, entries, chunksize=max(1, len(files) // (jobs * 8))):
                take(result)
    else:
        versions = VersionIndex() if settings.dedup else None
        for entry in entries:
            take(process_file(entry))
    items: list[DigestArticle] = []
    for result in results:
        items.extend(result.articles)
        if result.skipped:
            skipped.append(result.skipped)
        if result.note:
            notes.append(result.note)
    if not items:
        raise NothingToBuild("no article could be read from the inputs"
                             + (": " + "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5]) if skipped else ""))
    items = _unique_ids(items)
    indexed = {id(item): index for index, item in enumerate(items)}  # articles were indexed in this order
    items = join_continued(items, context, indexed)
    notes.extend(_unjoined(item.article) for item in items if item.article.runs_to or item.article.runs_from)
    week, start, end = week_bounds(settings.week, default_week_day(items, now.date()))
    excluded: list[Excluded] = []
    if settings.week:  # without --week every article is kept; the digest is labelled with the newest one's week
        items, excluded = select_week(items, start, end, week)
    if settings.dedup:
        items = merge_versions(items, versions.groups([indexed[id(item)] for item in items]))
    edits = load_edits(Path(settings.edits)) if settings.edits else Edits()
    items, warnings, pinned = apply_edits(items, edits, {category.slug for category in taxonomy.categories})
    if not settings.week:
        # Said on the terminal, as the digest's heading names one week: last week's leftovers in
        # the folder are kept unless --week is given. Counted as the digest lists them, versions
        # of one story merged.
        _, outside = select_week(items, start, end, week)
        if outside:
            notes.append(f"{len(outside)} article(s) dated before {week} are kept, as no --week was given "
                         f"(--week {week} lists them under excluded instead)")
    return Digest(title=settings.title, week=week, start=start, end=end, generated=now,
                  settings=settings.to_json() | {"week": week}, sections=group_by_category(items, taxonomy, pinned),
                  skipped=skipped, excluded=excluded, issue=edits.issue, note=edits.note, warnings=notes + warnings)


def default_week_day(items: list[DigestArticle], today: dt.date) -> dt.date:
    """A day of the digest's week when none is asked: that of the newest dated article, else today."""
    dates = [item.article.date for item in items if item.article.date]
    return dt.date.fromisoformat(max(dates)) if dates else today


def select_week(items: list[DigestArticle], start: dt.date, end: dt.date,
                week: str) -> tuple[list[DigestArticle], list[Excluded]]:
    """Keep the articles dated Monday to Sunday of the week, and the undated ones; list the others."""
    kept, excluded = [], []
    for item in items:
        date = item.article.date
        if date is None or start.isoformat() <= date <= end.isoformat():
            kept.append(item)
        else:
            excluded.append(Excluded(item.article.source, item.article.title, date, f"dated {date}, outside {week}"))
    if not kept:
        raise NothingToBuild(f"no article is dated in {week} ({start.isoformat()} to {end.isoformat()}); "
                             f"{len(excluded)} dated article(s) fall outside it")
    return kept, excluded


def _unique_ids(items: list[DigestArticle]) -> list[DigestArticle]:
    """Article ids come from file names; two inputs with the same name get a path hash suffix."""
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


def group_by_category(items: list[DigestArticle], taxonomy: Taxonomy,
                      pinned: frozenset[str] | set[str] = frozenset()) -> list[CategorySection]:
    """Sections in taxonomy order; inside each, the pinned articles, then the most representative
    (highest score), ties by date (newest first), then input order."""
    order = {id(item): index for index, item in enumerate(items)}

    def rank(item: DigestArticle) -> tuple:
        date = dt.date.fromisoformat(item.article.date).toordinal() if item.article.date else 0
        return (item.article.id not in pinned, -item.category.score, -date, order[id(item)])

    sections = []
    for category in taxonomy.categories:
        members = [item for item in items if item.category.slug == category.slug]
        members.sort(key=rank)
        sections.append(CategorySection(category=category, articles=members))
    return sections


def digest_stem(digest: Digest) -> str:
    return f"digest-{digest.week}"


def write_digest(digest: Digest, settings: Settings) -> list[Path]:
    """Render every requested format, then write them all or none (`write.write_outputs`)."""
    templates = Path(settings.templates) if settings.templates else None
    docx_template = Path(settings.docx_template) if settings.docx_template else None
    jobs = min(settings.jobs, os.cpu_count() or 1)
    rendered = render_formats(digest, settings.formats, templates, docx_template, jobs)
    return write_outputs(rendered, Path(settings.out), digest_stem(digest))


# How long each format takes to render, relative to each other (measured on bench/build_large.py).
RENDER_COST = {"docx": 5.0, "html": 3.0, "md": 1.0, "txt": 1.0, "json": 0.5}
_RENDER_JOB: tuple | None = None  # what a forked render process renders from (inherited, not pickled)


def render_formats(digest: Digest, formats: tuple[str, ...] | list[str], templates: Path | None,
                   docx_template: Path | None, jobs: int = 1) -> dict[str, str | bytes]:
    """Every format of the digest, in the order asked. With more than one core, the costliest
    format renders in a forked process while this one renders the others: the same bytes."""
    global _RENDER_JOB
    if jobs < 2 or len(formats) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return {fmt: render(digest, fmt, templates, docx_template) for fmt in formats}
    costliest = max(formats, key=lambda fmt: RENDER_COST.get(fmt, 1.0))
    _RENDER_JOB = (digest, templates, docx_template)
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_render_inherited, costliest)
            rendered = {fmt: render(digest, fmt, templates, docx_template) for fmt in formats if fmt != costliest}
            try:
                rendered[costliest] = future.result()
            except Exception:  # an error (a broken template) is raised here, as without the fork
                rendered[costliest] = render(digest, costliest, templates, docx_template)
    finally:
        _RENDER_JOB = None
    return {fmt: rendered[fmt] for fmt in formats}


def _render_inherited(fmt: str) -> str | bytes:
    digest, templates, docx_template = _RENDER_JOB
    return render(digest, fmt, templates, docx_template)


def build(settings: Settings, now: dt.datetime | None = None,
          progress: Callable[[int, int], None] | None = None) -> tuple[Digest, list[Path]]:
    """Build and write the digest: the one call behind `digest build`."""
    now = now or dt.datetime.now().astimezone().replace(microsecond=0)
    digest = build_digest(settings, now, progress)
    return digest, write_digest(digest, settings)
