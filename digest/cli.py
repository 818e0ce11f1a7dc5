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

# Help is shown exactly as written (no rich markup, which would swallow `[词频] [词性]`); -h works as --help.
app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  help="把一周的新闻稿件编成按主题分类的要闻摘编（Markdown、HTML、JSON、Word、纯文本）。")

EXIT_ERROR = 1
EXIT_STRICT = 3


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("news-digest-zh")
        except PackageNotFoundError:
            from . import __version__ as number
        typer.echo(f"digest {number}")
        raise typer.Exit()


@app.callback()
def options(
    version: bool = typer.Option(False, "--version", "-V", help="显示版本并退出。", is_eager=True, callback=_show_version),
) -> None:
    """把一周的新闻稿件编成按主题分类的要闻摘编（Markdown、HTML、JSON、Word、纯文本）。"""


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    typer.echo(f"digest: {message}", err=True)
    raise typer.Exit(code)


def _formats(values: Optional[List[str]]) -> Optional[List[str]]:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@app.command()
def build(
    inputs: Optional[List[Path]] = typer.Argument(None, help="要读取的文件和文件夹（默认 seeds/）。"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="输出文件夹（默认 out/）。"),
    formats: Optional[List[str]] = typer.Option(None, "--format", "-f", help="输出格式 md、html、json、docx、txt，可重复或用逗号分隔（默认 md,html,json）。"),
    week: Optional[str] = typer.Option(None, help="只收入该 ISO 周（YYYY-Www）内的稿件和未注明日期的稿件（默认：最新稿件所在的周，全部收入）。"),
    title: Optional[str] = typer.Option(None, help="摘编标题（默认 要闻摘编）。"),
    sentences: Optional[int] = typer.Option(None, help="每篇摘要最多 N 句（默认 3）。"),
    max_chars: Optional[int] = typer.Option(None, help="每篇摘要最多字数（默认 120）。"),
    ratio: Optional[float] = typer.Option(None, help="摘要最多占原文字数的比例 (0-1]。"),
    keywords: Optional[int] = typer.Option(None, help="每篇关键词个数（默认 5）。"),
    engine: Optional[str] = typer.Option(None, help="摘要方法：textrank（默认）、textrank4zh 或 lead。"),
    categories: Optional[Path] = typer.Option(None, help="主题分类 TOML 文件，替换内置分类（见 digest categories --toml）。"),
    templates: Optional[Path] = typer.Option(None, help="模板文件夹，同名模板优先于内置模板。"),
    docx_template: Optional[Path] = typer.Option(None, help="参考 Word 文档（.docx），沿用其页面设置、版头和样式。"),
    user_dict: Optional[Path] = typer.Option(None, help="jieba 用户词典（每行：词语 [词频] [词性]）。"),
    stopwords: Optional[Path] = typer.Option(None, help="补充停用词，每行一个。"),
    max_file_mb: Optional[float] = typer.Option(None, help="跳过大于此大小的文件（默认 20 MB）。"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="用 N 个进程并行处理（默认 1，不超过 CPU 核数）。"),
    strict: Optional[bool] = typer.Option(None, "--strict/--no-strict", help="有文件被跳过时失败（退出码 3，不写任何文件）。"),
    dedup: Optional[bool] = typer.Option(None, "--dedup/--no-dedup", help="合并不同来源的同一篇稿件（默认开启）。"),
    edits: Optional[Path] = typer.Option(None, help="编辑决定文件（TOML；默认 digest.toml 旁的 edits.toml）。"),
    config: Optional[Path] = typer.Option(None, help="配置文件（默认当前目录的 digest.toml）。"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="显示错误详情。"),
) -> None:
    """从 INPUTS 编出本周摘编，写入 --out 文件夹。"""
    from .build import build_digest, write_digest
    from .settings import build_settings
    from .write import check_output_folder

    flags = dict(inputs=[str(p) for p in inputs] if inputs else None, out=str(out) if out else None,
                 formats=_formats(formats), week=week, title=title, sentences=sentences, max_chars=max_chars,
                 ratio=ratio, keywords=keywords, engine=engine, categories=_path(categories),
                 templates=_path(templates), docx_template=_path(docx_template), user_dict=_path(user_dict), stopwords=_path(stopwords),
                 max_file_mb=max_file_mb, jobs=jobs, strict=strict, dedup=dedup, edits=_path(edits))
    with _errors_to_exit(verbose):
        settings = build_settings(flags, config)
        check_output_folder(Path(settings.out))
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
    files: List[Path] = typer.Argument(..., help="要切分成稿件的文件。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出结果。"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="显示错误详情。"),
) -> None:
    """显示每个文件如何切分成稿件：标题、引题、副题、署名、日期、编号、字数、首尾。"""
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
                if a["kicker"]:
                    typer.echo(f"      引题 {a['kicker']}")
                if a["subtitle"] and a["subtitle"] != a["kicker"]:  # an article's subtitle falls back to its kicker
                    typer.echo(f"      副题 {a['subtitle']}")
                if a["byline"]:
                    typer.echo(f"      署名 {a['byline']}")
                if a["date"] or a["page"]:
                    where = [a["date"] or "", f"第{a['page']}版" if a["page"] else ""]
                    typer.echo(f"      日期 {' '.join(part for part in where if part)}")
                start, end = (a[part].replace("\n", " ") for part in ("start", "end"))  # one line per article
                typer.echo(f"      {a['chars']} 字 | {start} … {end}")
    if failed and not report:
        raise typer.Exit(EXIT_ERROR)


@app.command("categories")
def show_categories(
    categories: Optional[Path] = typer.Option(None, help="要检查并显示的分类 TOML 文件（代替内置分类）。"),
    as_toml: bool = typer.Option(False, "--toml", help="输出当前分类的 TOML 文件，可修改后用 --categories 传回。"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="显示错误详情。"),
) -> None:
    """显示当前主题分类：代号、名称、说明和主要关键词；--toml 输出可编辑的 TOML。"""
    from .classify import load_taxonomy, taxonomy_text

    with _errors_to_exit(verbose):
        taxonomy = load_taxonomy(categories)
        if as_toml:
            # The file itself, comments and all: the best starting point for an edited copy.
            typer.echo(taxonomy_text(categories), nl=False)
            return
    for category in taxonomy.categories:
        marker = " (fallback)" if category.fallback else ""
        typer.echo(f"{category.slug}\t{category.name}{marker}\t{category.description}")
        if category.terms:
            top = sorted(category.terms.items(), key=lambda pair: (-pair[1], pair[0]))[:12]
            typer.echo("\t" + "、".join(f"{term}×{weight:g}" for term, weight in top))


@app.command("eval")
def evaluate(
    pairs: Path = typer.Argument(..., help="JSON Lines 文件，每行 {\"article\": ..., \"summary\": ...}（\"title\" 可选）。"),
    max_chars: int = typer.Option(80, help="摘要字数上限。"),
    engine: str = typer.Option("textrank", help="与 Lead 对比评分的摘要方法。"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """用参考摘要按字计算 ROUGE-1/2/L，比较摘要方法与 Lead。"""
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
    path: Path = typer.Argument(Path("out"), help="要预览的摘编文件夹（默认 out/）。"),
    port: int = typer.Option(0, help="127.0.0.1 上的端口（默认自动选择空闲端口）。"),
    open_browser: bool = typer.Option(True, "--open/--no-open", help="在默认浏览器中打开最新的摘编。"),
    watch: bool = typer.Option(False, "--watch", help="输入或编辑文件变化时重新生成，打开的页面自动刷新。"),
    config: Optional[Path] = typer.Option(None, help="--watch 重新生成时使用的配置文件（默认 ./digest.toml）。"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """在 127.0.0.1 上预览摘编文件夹并打开最新的摘编；Ctrl-C 停止。"""
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
            from .write import InterruptedAfterWrite

            if isinstance(error, InterruptedAfterWrite):
                typer.echo(f"digest: interrupted after the new outputs were written ({len(error.paths)} files)", err=True)
            else:
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
        return self.update

    def update(self, done: int, total: int) -> None:
        _Signals.check()  # a file is read: where an interrupt that Python lost is taken up again
        if total < self.MIN_FILES or not sys.stderr.isatty():
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


class _Signals:
    """Ctrl-C and SIGTERM (a service stop, `kill`) end a build the same way: KeyboardInterrupt.

    Python drops the exception a signal handler raises where it lands in a finalizer or an
    import lock's callback (`Exception ignored in: <function _get_module_lock…>`, seen when the
    signal came while the build loaded its libraries), and the build then ran to its end. The
    signal is recorded too, and the build raises it again after the next file (`check`)."""

    received: int | None = None

    @classmethod
    def handle(cls, signum, frame) -> None:
        cls.received = signum
        raise KeyboardInterrupt

    @classmethod
    def check(cls) -> None:
        if cls.received is not None:
            raise KeyboardInterrupt


def main() -> None:
    import signal

    signal.signal(signal.SIGINT, _Signals.handle)
    signal.signal(signal.SIGTERM, _Signals.handle)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=SyntaxWarning)
    os.environ.setdefault("PYTHONWARNINGS", "ignore::DeprecationWarning")
    try:
        app(prog_name="digest")
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM while the CLI still loads, before a command handles it: nothing is
        # being written yet, and the user gets one line, not a traceback.
        typer.echo("digest: interrupted; no output was changed", err=True)
        raise SystemExit(130)


if __name__ == "__main__":
    main()
