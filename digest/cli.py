"""The command line: parse flags, build settings, call one library function, map errors to exits."""
from __future__ import annotations

import json
import os
import sys
import warnings
from pathlib import Path
from typing import List, Optional

import typer

from .errors import DigestError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn a week of Chinese news articles into a themed digest (Markdown, HTML, JSON).")

EXIT_ERROR = 1
EXIT_STRICT = 3


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    typer.echo(f"digest: {message}", err=True)
    raise typer.Exit(code)


def _formats(values: Optional[List[str]]) -> Optional[List[str]]:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@app.command()
def build(
    inputs: Optional[List[Path]] = typer.Argument(None, help="Files and folders to read (default: seeds/)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output folder (default: out/)."),
    formats: Optional[List[str]] = typer.Option(None, "--format", "-f", help="md, html, json, docx, txt; repeat or comma-separate (default: md, html, json)."),
    week: Optional[str] = typer.Option(None, help="Keep articles dated in ISO week YYYY-Www, and undated ones (default: the week of the newest dated article)."),
    title: Optional[str] = typer.Option(None, help="Digest title (default: 要闻摘编)."),
    sentences: Optional[int] = typer.Option(None, help="At most N sentences per summary (default: 3)."),
    max_chars: Optional[int] = typer.Option(None, help="Hard limit of characters per summary (default: 120)."),
    ratio: Optional[float] = typer.Option(None, help="At most this share of the article's characters (0-1]."),
    keywords: Optional[int] = typer.Option(None, help="Keywords per article (default: 5)."),
    engine: Optional[str] = typer.Option(None, help="Summarizer: textrank (default), textrank4zh or lead."),
    categories: Optional[Path] = typer.Option(None, help="Taxonomy TOML replacing the built-in themes."),
    templates: Optional[Path] = typer.Option(None, help="Folder of templates overriding the built-in ones by name."),
    docx_template: Optional[Path] = typer.Option(None, help="Reference .docx whose page setup and styles the Word file takes."),
    user_dict: Optional[Path] = typer.Option(None, help="jieba user dictionary (word [freq] [tag] per line)."),
    stopwords: Optional[Path] = typer.Option(None, help="Extra stopwords, one per line."),
    max_file_mb: Optional[float] = typer.Option(None, help="Skip files larger than this (default: 20 MB)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Process files in N parallel processes (default: 1)."),
    strict: Optional[bool] = typer.Option(None, "--strict/--no-strict", help="Fail (exit 3, nothing written) when any input is skipped."),
    dedup: Optional[bool] = typer.Option(None, "--dedup/--no-dedup", help="Merge versions of one story from several inputs (default: on)."),
    edits: Optional[Path] = typer.Option(None, help="The editor's decisions (TOML; default: edits.toml beside digest.toml)."),
    config: Optional[Path] = typer.Option(None, help="Config file (default: ./digest.toml when present)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show details of errors."),
) -> None:
    """Build this week's digest from INPUTS into --out."""
    from .build import build_digest, write_digest
    from .settings import build_settings

    flags = dict(inputs=[str(p) for p in inputs] if inputs else None, out=str(out) if out else None,
                 formats=_formats(formats), week=week, title=title, sentences=sentences, max_chars=max_chars,
                 ratio=ratio, keywords=keywords, engine=engine, categories=_path(categories),
                 templates=_path(templates), docx_template=_path(docx_template), user_dict=_path(user_dict), stopwords=_path(stopwords),
                 max_file_mb=max_file_mb, jobs=jobs, strict=strict, dedup=dedup, edits=_path(edits))
    with _errors_to_exit(verbose):
        settings = build_settings(flags, config)
        import datetime as dt

        now = dt.datetime.now().astimezone().replace(microsecond=0)
        with _progress(settings) as progress:
            digest = build_digest(settings, now, progress)
        for item in digest.skipped:
            typer.echo(f"digest: skipped {item.path}: {item.reason}", err=True)
        for warning in digest.warnings:
            typer.echo(f"digest: warning: {warning}", err=True)
        if settings.strict and digest.skipped:
            _fail(f"{len(digest.skipped)} input(s) skipped and --strict is set; nothing written", EXIT_STRICT)
        paths = write_digest(digest, settings)
    for path in paths:
        typer.echo(str(path))
    counts = ", ".join(f"{s.category.name} {len(s.articles)}" for s in digest.sections if s.articles)
    merged = sum(len(item.duplicates) for item in digest.articles)
    typer.echo(f"{len(digest.articles)} articles: {counts}; {digest.week}; excluded {len(digest.excluded)} "
               f"(other weeks); merged {merged} duplicate(s); skipped {len(digest.skipped)}")


@app.command()
def split(
    files: List[Path] = typer.Argument(..., help="Files to cut into articles."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show details of errors."),
) -> None:
    """Show how each file is cut into articles: title, subtitle, byline, size, start and end."""
    from .errors import InputError
    from .read import read_source
    from .segment import split_articles

    report = []
    failed = 0
    with _errors_to_exit(verbose):
        for path in files:
            try:
                articles = split_articles(read_source(path))
            except InputError as exc:
                typer.echo(f"digest: skipped {exc.path}: {exc.reason}", err=True)
                failed += 1
                continue
            report.append({"file": str(path), "articles": [
                {"id": a.id, "title": a.title, "subtitle": a.subtitle, "kicker": a.kicker, "byline": a.byline,
                 "date": a.date, "page": a.page, "chars": len(a.text), "start": a.text[:20], "end": a.text[-20:]} for a in articles]})
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for entry in report:
            typer.echo(f"{entry['file']}: {len(entry['articles'])} articles")
            for number, a in enumerate(entry["articles"], 1):
                typer.echo(f"  {number:2d}. {a['title']}  [{a['id']}]")
                if a["subtitle"]:
                    typer.echo(f"      副题 {a['subtitle']}")
                if a["byline"]:
                    typer.echo(f"      署名 {a['byline']}")
                if a["date"] or a["page"]:
                    where = [a["date"] or "", f"第{a['page']}版" if a["page"] else ""]
                    typer.echo(f"      日期 {' '.join(part for part in where if part)}")
                typer.echo(f"      {a['chars']} 字 | {a['start']} … {a['end']}")
    if failed and not report:
        raise typer.Exit(EXIT_ERROR)


@app.command("categories")
def show_categories(
    categories: Optional[Path] = typer.Option(None, help="Taxonomy TOML to check and show instead of the built-in one."),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Print the active taxonomy: slug, name, description and the strongest terms."""
    from .classify import load_taxonomy

    with _errors_to_exit(verbose):
        taxonomy = load_taxonomy(categories)
    for category in taxonomy.categories:
        marker = " (fallback)" if category.fallback else ""
        typer.echo(f"{category.slug}\t{category.name}{marker}\t{category.description}")
        if category.terms:
            top = sorted(category.terms.items(), key=lambda pair: (-pair[1], pair[0]))[:12]
            typer.echo("\t" + "、".join(f"{term}×{weight:g}" for term, weight in top))


@app.command("eval")
def evaluate(
    pairs: Path = typer.Argument(..., help="JSON lines of {\"article\": ..., \"summary\": ...} (\"title\" optional)."),
    max_chars: int = typer.Option(80, help="Summary budget in characters."),
    engine: str = typer.Option("textrank", help="Engine to score against Lead."),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Score an engine and Lead with character ROUGE-1/2/L on reference summaries."""
    from .evaluate import evaluate_pairs, read_pairs

    with _errors_to_exit(verbose):
        rows = read_pairs(pairs)
        report = evaluate_pairs(rows, max_chars=max_chars, engines=[engine, "lead"] if engine != "lead" else ["lead"])
    typer.echo(f"{len(rows)} stories, max {max_chars} characters")
    for name, figures in report.items():
        typer.echo(f"{name:12s} R1 {figures['R1']:.4f}  R2 {figures['R2']:.4f}  RL {figures['RL']:.4f}  "
                   f"{figures['stories_per_second']:.1f} stories/s")


@app.command()
def preview(
    path: Path = typer.Argument(Path("out"), help="Digest folder to serve (default: out/)."),
    port: int = typer.Option(0, help="Port on 127.0.0.1 (default: a free port)."),
    open_browser: bool = typer.Option(True, "--open/--no-open", help="Open the newest digest in the default browser."),
    watch: bool = typer.Option(False, "--watch", help="Rebuild when an input changes; the open page reloads itself."),
    config: Optional[Path] = typer.Option(None, help="Config file for --watch rebuilds (default: ./digest.toml)."),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Serve the digest folder on 127.0.0.1 and open the newest digest; Ctrl-C stops."""
    from .preview import Watcher, serve

    with _errors_to_exit(verbose):
        watcher = None
        if watch:
            from .build import build as build_and_write
            from .settings import build_settings

            settings = build_settings({"out": str(path)}, config)
            watched = [Path(p) for p in settings.inputs] + ([Path(settings.edits)] if settings.edits else [])
            watcher = Watcher(watched, lambda: build_and_write(settings))
        serve(path, port=port, open_browser=open_browser, watcher=watcher, announce=typer.echo)


def _path(value: Optional[Path]) -> Optional[str]:
    return str(value) if value is not None else None


class _errors_to_exit:
    """Turn the library's errors into one clean line and exit 1 (details with --verbose)."""

    def __init__(self, verbose: bool):
        self.verbose = verbose

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        if error is None or not isinstance(error, (DigestError, KeyboardInterrupt)):
            return False
        if isinstance(error, KeyboardInterrupt):
            typer.echo("digest: interrupted; no output was changed", err=True)
            raise typer.Exit(130)
        from .errors import ConfigError

        if isinstance(error, ConfigError):
            typer.echo(f"digest: {error.source}: {len(error.problems)} problem(s)", err=True)
            for problem in error.problems:
                typer.echo(f"  - {problem}", err=True)
        else:
            typer.echo(f"digest: {error}", err=True)
        if self.verbose:
            import traceback

            traceback.print_exception(kind, error, trace, file=sys.stderr)
        raise typer.Exit(EXIT_ERROR)


class _progress:
    """A rich progress bar on a terminal when there are many files; silent otherwise."""

    MIN_FILES = 20

    def __init__(self, settings):
        self.settings = settings
        self.bar = None
        self.task = None

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        return self.update

    def update(self, done: int, total: int) -> None:
        if total < self.MIN_FILES:
            return
        if self.bar is None:
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.bar.start()
            self.task = self.bar.add_task("reading", total=total)
        self.bar.update(self.task, completed=done)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False


def main() -> None:
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=SyntaxWarning)
    os.environ.setdefault("PYTHONWARNINGS", "ignore::DeprecationWarning")
    app(prog_name="digest")


if __name__ == "__main__":
    main()
