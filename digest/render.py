"""Render a Digest to Markdown, HTML (Jinja2 templates) and JSON."""
from __future__ import annotations

import functools
import json
import re
from importlib import resources
from pathlib import Path

import markdown as markdown_lib
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)
from markupsafe import Markup, escape

from .docx_out import cn_number
from .errors import TemplateProblem
from .models import Digest

TEMPLATE_NAMES = {"md": "digest.md.j2", "html": "digest.html.j2", "txt": "digest.txt.j2"}
_MD_SPECIAL_RE = re.compile(r"([\\`*\[\]|~])")
_MD_EDGE_UNDERSCORE_RE = re.compile(r"(?<![0-9A-Za-z\u4e00-\u9fff])_|_(?![0-9A-Za-z\u4e00-\u9fff])")
_MD_LINE_START_RE = re.compile(r"^(\s*(?:\d+)?)([.)#>+\-](?=\s|$)|#)")


def builtin_templates_dir() -> Path:
    """The built-in templates: inside the installed package, or the source tree's top-level folder."""
    packaged = resources.files("digest").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def environment(user_templates: Path | None = None) -> Environment:
    """Jinja environment: the user's folder first, then the built-ins (also reachable as `builtin/NAME`)."""
    builtin = FileSystemLoader(str(builtin_templates_dir()))
    loaders = [FileSystemLoader(str(user_templates))] if user_templates else []
    loaders += [PrefixLoader({"builtin": builtin}), builtin]
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md_escape"] = md_escape
    env.filters["markdown"] = markdown_to_html
    env.filters["cn_number"] = cn_number
    return env


def md_escape(text: str | None) -> str:
    """Text shown literally in Markdown, with as few backslashes as that takes.

    Only marks that Markdown would act on are escaped: emphasis and code marks, link
    brackets, underscores at a word's edge (`2025_work_plan` stays as it is), and a list,
    quote or heading mark opening the text. `<` and `&` become entities, so no HTML passes.
    """
    if text is None:
        return ""
    text = str(text).replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;")
    text = _MD_SPECIAL_RE.sub(r"\\\1", text)
    text = _MD_EDGE_UNDERSCORE_RE.sub(r"\\_", text)
    return _MD_LINE_START_RE.sub(r"\1\\\2", text)


def markdown_to_html(text: str) -> Markup:
    """Markdown from our own templates (already escaped) to HTML.

    One converter is reset and reused: building one with its extensions for each of a
    digest's articles took longer than converting them.
    """
    return Markup(_markdown_converter().reset().convert(str(text)))


@functools.lru_cache(maxsize=None)
def _markdown_converter() -> markdown_lib.Markdown:
    return markdown_lib.Markdown(extensions=["sane_lists"], output_format="html")


def render_template(digest: Digest, fmt: str, user_templates: Path | None = None) -> str:
    """Render one Jinja format; a broken template is a TemplateProblem naming its file and line."""
    env = environment(user_templates)
    try:
        template = env.get_template(TEMPLATE_NAMES[fmt])
        return template.render(digest=digest, chart=category_chart(digest), escape=escape)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}") from exc
    except TemplateError as exc:
        raise TemplateProblem(f"{_template_line(exc.__traceback__) or TEMPLATE_NAMES[fmt]}: "
                              f"template error: {exc}") from exc


def _template_line(trace) -> str | None:
    """`file:line` of the innermost template frame in a rendering traceback (Jinja maps them to template lines)."""
    where = None
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".css", ".html", ".md", ".txt")):
            where = f"{filename}:{trace.tb_lineno}"
        trace = trace.tb_next
    return where


def category_chart(digest: Digest) -> list[dict]:
    """Bars of the inline SVG chart: one per non-empty category, width relative to the largest."""
    counts = [(section.category, len(section.articles)) for section in digest.sections if section.articles]
    largest = max((count for _, count in counts), default=1)
    return [{"slug": category.slug, "name": category.name, "count": count, "y": index * 26,
             "width": round(220 * count / largest, 1)} for index, (category, count) in enumerate(counts)]


def digest_json(digest: Digest) -> dict:
    """The JSON contract for other tools (see README: the fields are stable)."""
    return {
        "title": digest.title,
        "week": digest.week,
        "issue": digest.issue,
        "note": digest.note,
        "start": digest.start.isoformat(),
        "end": digest.end.isoformat(),
        "generated": digest.generated.isoformat(timespec="seconds"),
        "settings": digest.settings,
        "categories": [{"slug": section.category.slug, "name": section.category.name,
                        "count": len(section.articles)} for section in digest.sections],
        "skipped": [{"path": item.path, "reason": item.reason} for item in digest.skipped],
        "excluded": [{"source": item.source, "title": item.title, "date": item.date, "reason": item.reason}
                     for item in digest.excluded],
        "articles": [
            {
                "id": item.article.id,
                "source": item.article.source,
                "title": item.article.title,
                "subtitle": item.article.subtitle,
                "kicker": item.article.kicker,
                "byline": item.article.byline,
                "source_name": item.article.source_name,
                "date": item.article.date,
                "date_source": item.article.date_source,
                "page": item.article.page,
                "category": item.category.slug,
                "category_score": item.category.score,
                "category_terms": item.category.terms,
                "keywords": item.summary.keywords,
                "summary": item.summary.text,
                "summary_sentences": item.summary.sentences,
                "chars": len(item.article.text),
                "text": item.article.text,
                "duplicates": [{"source": d.source, "title": d.title} for d in item.duplicates],
            }
            for item in digest.articles
        ],
    }


def render_json(digest: Digest) -> str:
    return json.dumps(digest_json(digest), ensure_ascii=False, indent=2) + "\n"


def render_docx(digest: Digest, docx_template: Path | None) -> bytes:
    from .docx_out import render_docx as build_document  # python-docx loads only when asked for

    return build_document(digest, docx_template)


RENDERERS = {
    "md": lambda digest, templates, docx_template: render_template(digest, "md", templates),
    "html": lambda digest, templates, docx_template: render_template(digest, "html", templates),
    "txt": lambda digest, templates, docx_template: render_template(digest, "txt", templates),
    "json": lambda digest, templates, docx_template: render_json(digest),
    "docx": lambda digest, templates, docx_template: render_docx(digest, docx_template),
}


def render(digest: Digest, fmt: str, user_templates: Path | None = None, docx_template: Path | None = None) -> str | bytes:
    """One format of the digest: text, or bytes for the Word file."""
    return RENDERERS[fmt](digest, user_templates, docx_template)
