"""Benchmark: text pages typeset as PDFs by ReportLab, cut by the tool and scored.

usage: python bench/reportlab_pages.py PAGES_DIR [--gold GOLD.json] [--layouts a,b] [--keep DIR]

The PDF pages `bench/pdf_copies.py` measures are all printed by Chromium. This bench sets the same
text pages with another maker, ReportLab, as a script that makes PDFs does: the one Chinese font
it carries (STSong-Light, not embedded, so every heading in the text's face and weight, told from
it by size alone), full-width spaces drawn as letters, each line one string, a masthead drawn on
each sheet. Layouts:

- flow: columns (ReportLab frames) under the masthead, each story running on down them and onto
  the next sheet, its headline wrapped in its column;
- grid: one sheet as tall as the page needs: the first story's headline across it over its text
  in every column, then rows of boxes, each story over as few columns as keep it short, its
  text balanced over them; boxes drawn in reverse order.

Variants: `_ragged`, paragraphs flush left, as a script drawing its lines one by one sets
them; `_centred`, headings centred over their columns; `_flat`, text in a flattened face (扁体,
letters wider than tall: 1.25, 1.43 and 1.12 times) and, on A3 and in the grid, headings in a
condensed one (长体, 0.8), as Chinese papers set them; `_photos`, an image a column wide over
a made-up caption in each story (as `bench/pdf_copies.py` gives them), after its first
paragraph or at its foot by turns.

With `--gold`, each folder of PDFs is built with `digest build --format json` and scored by
`../shared/eval/score_digest.py`, one line per layout. Made for measuring only, in a temporary
folder unless `--keep` names one; the page text never enters the project.
"""
from __future__ import annotations

import io
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.copies import Story, arguments, report, stories  # noqa: E402
from bench.pdf_copies import gets_photo, page_facts, photo_look, photo_png  # noqa: E402

FONT = "STSong-Light"
MM = 72 / 25.4


@dataclass(frozen=True)
class Layout:
    page: str  # "A3" or "A4"
    columns: int
    grid: bool = False  # stories in boxes of one column, the first across the page; else one flow
    body: float = 10.0  # text size, points
    headline: float = 20.0
    lead_headline: float = 26.0
    deck: float = 13.0  # kicker and subtitle
    ragged: bool = False  # paragraphs set flush left, not justified (as `drawString` line by line sets them)
    centred: bool = False  # headings centred over their columns
    text_width: float = 1.0  # letters' width to their height in the text: 1.25 is a 扁体 (flattened) face
    heading_width: float = 1.0  # the same in headlines, kickers and subtitles: 0.8 is a 长体 (condensed) face
    photos: bool = False  # an image over a caption in each story, after its first paragraph or at its foot


LAYOUTS = {
    "rl_flow4_a3": Layout("A3", 4),
    "rl_flow3_a4": Layout("A4", 3, body=9.0, headline=16.0, lead_headline=20.0, deck=11.0),
    "rl_grid4_a3": Layout("A3", 4, grid=True),
    "rl_grid3_a4": Layout("A4", 3, grid=True, body=9.0, headline=16.0, lead_headline=20.0, deck=11.0),
    "rl_flow3_a4_ragged": Layout("A4", 3, body=9.0, headline=16.0, lead_headline=20.0, deck=11.0, ragged=True),
    "rl_grid4_a3_centred": Layout("A3", 4, grid=True, centred=True),
    "rl_flow4_a3_flat": Layout("A3", 4, text_width=1.25, heading_width=0.8),
    "rl_flow3_a4_flat": Layout("A4", 3, body=9.0, headline=16.0, lead_headline=20.0, deck=11.0, text_width=1.43),
    "rl_flow4_a3_photos": Layout("A3", 4, photos=True),
    "rl_grid4_a3_photos": Layout("A3", 4, grid=True, photos=True),
    "rl_grid3_a4_flat": Layout("A4", 3, grid=True, body=9.0, headline=16.0, lead_headline=20.0, deck=11.0,
                               text_width=1.12, heading_width=0.8),
}


def styles(layout: Layout) -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    def style(name: str, size: float, space_before: float = 0, **more) -> ParagraphStyle:
        more.setdefault("leading", size * 1.3)
        more.setdefault("alignment", TA_CENTER if layout.centred else TA_LEFT)
        return ParagraphStyle(name, fontName=FONT, fontSize=size, wordWrap="CJK", spaceBefore=space_before, **more)

    text = TA_LEFT if layout.ragged else TA_JUSTIFY

    return {
        "kicker": style("kicker", layout.deck, layout.body),
        "headline": style("headline", layout.headline, 2, spaceAfter=4),
        "lead_headline": style("lead_headline", layout.lead_headline, 2, spaceAfter=4),
        "subtitle": style("subtitle", layout.deck, spaceAfter=4),
        "body": style("body", layout.body, leading=layout.body * 1.5, firstLineIndent=2 * layout.body, alignment=text),
        "flush": style("flush", layout.body, leading=layout.body * 1.5, alignment=text),
        "caption": style("caption", layout.body * 0.85, spaceAfter=layout.body * 0.5, alignment=TA_LEFT),
    }


def width_scaled(scale: float):
    """A Paragraph class whose letters are drawn `scale` times as wide as their size, as Chinese
    papers set flattened (扁体) text and condensed (长体) headlines: the text matrix scales x alone."""
    from reportlab.platypus import Paragraph

    class WidthScaled(Paragraph):
        def wrap(self, available_width, available_height):
            width, height = super().wrap(available_width / scale, available_height)
            return width * scale, height

        def split(self, available_width, available_height):
            return super().split(available_width / scale, available_height)

        def drawOn(self, canvas, x, y, _sW=0):
            canvas.saveState()
            canvas.scale(scale, 1)
            super().drawOn(canvas, x / scale, y, _sW / scale)
            canvas.restoreState()

    return WidthScaled if scale != 1 else Paragraph


def photo(layout: Layout, order: int) -> list:
    """A photo as a script sets one: an image a column wide, its caption under it."""
    from reportlab.platypus import Image, Paragraph

    width = column_width(page_size(layout)[0], layout.columns) - 1  # a point short: a frame holds no flowable as wide as itself
    height, caption = photo_look(order)
    image = Image(io.BytesIO(photo_png()), width=width, height=height * MM)
    image.keepWithNext = True  # (a flow keeps it with its caption; a grid's balanced columns may part them)
    return [image, Paragraph(escape(caption), styles(layout)["caption"])]


def story_flowables(story: Story, layout: Layout, lead: bool, order: int = 0) -> list:
    """The story's kicker, headline and subtitle (the longest header line not opening on a dash
    is the headline, as `bench/pdf_copies.py` takes it) and its paragraphs; with `layout.photos`,
    a photo in each story of two paragraphs or more but the first and photo stories, after its
    first paragraph or at its foot, by turns."""
    look = styles(layout)
    heading, paragraph = width_scaled(layout.heading_width), width_scaled(layout.text_width)
    header = [line.strip() for line in story.header]
    plain = [i for i, line in enumerate(header) if not line.startswith("——")]
    title = max(plain, key=lambda i: len(header[i])) if plain else None
    parts = []
    for i, line in enumerate(header):
        role = ("lead_headline" if lead else "headline") if i == title else \
            "kicker" if title is not None and i < title else "subtitle"
        parts.append(heading(escape(line), look[role]))
    text = [paragraph(escape(text), look["body" if indented else "flush"]) for indented, text in story.body]
    if layout.photos and gets_photo(story, lead):
        at = 1 if order % 2 else len(text)
        text[at:at] = photo(layout, order)
    return parts + text


def draw_masthead(canvas, name: str, width: float, height: float) -> None:
    """The paper's name, the page's date and number and a rule atop a sheet."""
    date, number = page_facts(name)
    canvas.saveState()
    canvas.setFont(FONT, 24)
    canvas.drawString(10 * MM, height - 20 * MM, "人民日报")
    canvas.setFont(FONT, 10)
    canvas.drawRightString(width - 10 * MM, height - 20 * MM, f"{date}　{number}")
    canvas.setLineWidth(1.5)
    canvas.line(10 * MM, height - 22 * MM, width - 10 * MM, height - 22 * MM)
    canvas.restoreState()


def page_size(layout: Layout) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A3, A4

    return {"A3": A3, "A4": A4}[layout.page]


def column_frames(width: float, columns: int, top: float, bottom: float, first: int = 0, count: int | None = None) -> list:
    """Frames for `count` of the sheet's `columns` columns from the `first`, between `top` and `bottom`."""
    from reportlab.platypus import Frame

    column = column_width(width, columns)
    return [Frame(10 * MM + i * (column + GUTTER), bottom, column, top - bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id=f"column{i}") for i in range(first, first + (count or columns))]


GUTTER = 6 * MM


def column_width(width: float, columns: int) -> float:
    return (width - 20 * MM - GUTTER * (columns - 1)) / columns


def flow_pdf(name: str, page: list[Story], layout: Layout, out: Path) -> None:
    from reportlab.platypus import BaseDocTemplate, PageTemplate

    width, height = page_size(layout)
    document = BaseDocTemplate(str(out), pagesize=(width, height))
    document.addPageTemplates([PageTemplate("page", column_frames(width, layout.columns, height - 26 * MM, 10 * MM),
                                            onPage=lambda canvas, doc: draw_masthead(canvas, name, *doc.pagesize))])
    document.build([part for i, story in enumerate(page) for part in story_flowables(story, layout, i == 0, i)])


@dataclass
class Module:
    """A story's box: its header across `span` columns from the `first`, its text balanced
    over them, `height` tall from `top` (points from the sheet's foot, set when placed)."""
    story: Story
    first: int
    span: int
    header: list
    text: list
    header_height: float
    text_height: float
    top: float = 0.0


def fits(parts: list, frames: list) -> bool:
    """Whether the parts all go into the frames, flowing on from one to the next (a dry run)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    scratch = Canvas(io.BytesIO())
    left = list(parts)
    for frame in frames:
        frame.addFromList(left, scratch)
        if not left:
            return True
    return False


def balanced(parts: list, width: float, columns: int, first: int, span: int) -> float:
    """The least height of `span` columns that holds the parts, to a point."""
    low, high = 0.0, 20000.0
    while high - low > 1:
        middle = (low + high) / 2
        if fits(parts, column_frames(width, columns, middle, 0, first, span)):
            high = middle
        else:
            low = middle
    return high


def module(story: Story, layout: Layout, width: float, lead: bool, first: int, span: int, order: int = 0) -> Module:
    parts = story_flowables(story, layout, lead, order)
    at = next((i for i, part in enumerate(parts) if getattr(part, "style", None) is None
               or part.style.name in ("body", "flush")), len(parts))
    within = span * column_width(width, layout.columns) + (span - 1) * GUTTER
    header_height = sum(part.wrap(within, 10000)[1] + part.getSpaceBefore() + part.getSpaceAfter() for part in parts[:at])
    return Module(story, first, span, parts[:at], parts[at:], header_height,
                  balanced(parts[at:], width, layout.columns, first, span))


def grid_pdf(name: str, page: list[Story], layout: Layout, out: Path) -> None:
    """One sheet, as an e-paper page is: the lead story across the top, its text balanced over
    every column; under it rows of boxes side by side, each a story over as few columns as keep
    it shorter than `MODULE_HEIGHT`, its headline over its columns and a rule over it. The sheet
    is as tall as its boxes need (an A4 or A3 sheet at least). Boxes are drawn last first."""
    from reportlab.pdfgen.canvas import Canvas

    width, least_height = page_size(layout)
    lead, *others = page
    modules = [module(lead, layout, width, True, 0, layout.columns)]
    rows, row, used = [], [], 0
    for order, story in enumerate(others, 1):
        span = next(span for span in range(1, layout.columns + 1) if span == layout.columns
                    or module(story, layout, width, False, 0, span, order).text_height <= MODULE_HEIGHT)
        if used + span > layout.columns:
            rows.append(row)
            row, used = [], 0
        row.append(module(story, layout, width, False, used, span, order))
        used += span
    if row:
        rows.append(row)
    heights = [modules[0].header_height + modules[0].text_height] + [
        max(m.header_height + m.text_height for m in row) + BOX_SPACE for row in rows]
    height = max(least_height, sum(heights) + 36 * MM)
    top = height - 26 * MM
    modules[0].top = top
    top -= heights[0]
    for row, row_height in zip(rows, heights[1:]):
        for placed in row:
            placed.top = top - BOX_SPACE
            modules.append(placed)
        top -= row_height
    canvas = Canvas(str(out), pagesize=(width, height))
    draw_masthead(canvas, name, width, height)
    for placed in reversed(modules):  # drawing order is not reading order
        within = placed.span * column_width(width, layout.columns) + (placed.span - 1) * GUTTER
        x = 10 * MM + placed.first * (column_width(width, layout.columns) + GUTTER)
        if placed is not modules[0]:
            canvas.setLineWidth(0.6)
            canvas.line(x, placed.top + BOX_SPACE / 2, x + within, placed.top + BOX_SPACE / 2)
        y = placed.top
        for part in placed.header:
            y -= part.getSpaceBefore()
            _, drawn = part.wrap(within, height)
            part.drawOn(canvas, x, y - drawn)
            y -= drawn + part.getSpaceAfter()
        left = list(placed.text)
        for frame in column_frames(width, layout.columns, y, y - placed.text_height, placed.first, placed.span):
            frame.addFromList(left, canvas)
    canvas.showPage()
    canvas.save()


MODULE_HEIGHT = 140 * MM  # a box's text stands no taller than this, or it is set over one more column
BOX_SPACE = 5 * MM


def make_pdfs(pages_dir: Path, out_dir: Path, layouts: list[str]) -> dict[str, Path]:
    made = {}
    for name in layouts:
        layout = LAYOUTS[name]
        folder = out_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        for text_page in sorted(pages_dir.glob("*.txt")):
            pdf = folder / (text_page.stem + ".pdf")
            page = stories(text_page.read_text(encoding="utf-8"))
            (grid_pdf if layout.grid else flow_pdf)(text_page.stem, page, layout, pdf)
        made[name] = folder
    return made


def main() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    args = arguments(__doc__, LAYOUTS, "layouts").parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        report(make_pdfs(args.pages, args.keep or Path(scratch), args.layouts.split(",")), args.gold, args.scorer)


if __name__ == "__main__":
    main()
