"""Made-up newspaper pages set by ReportLab, as a script that makes PDFs sets them.

The other test pages are printed by Chromium. A script's pages differ: one Chinese font
(ReportLab's STSong-Light, not embedded), so every heading is told from the text by its size
alone; full-width spaces drawn as letters; each line drawn as one string; no kicker kept with its
headline at a column's or a sheet's foot. Tests build these pages into a temporary folder.

A sheet is a masthead (the paper's name, the date line and a rule under them), the parts set
across the sheet under it, then its columns, each a list of parts drawn from the column's top,
then the boxes under those, each set the same way under a rule. A part is a role (`ROLES`) and
its text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

FONT = "STSong-Light"
MM = 72 / 25.4
MARGIN = 10 * MM
GUTTER = 6 * MM
TOP = 26 * MM  # the masthead's rule stands at 22 mm
BOX_SPACE = 5 * MM  # between boxes, a rule in the middle


@dataclass(frozen=True)
class Role:
    size: float  # in body sizes
    space_before: float = 0.0  # in body sizes
    space_after: float = 0.0
    indent: bool = False
    leading: float = 1.3
    centred: bool = False
    width: float = 1.0  # letters' width to their height: 1.25 is a flattened face (扁体), 0.8 a condensed one (长体)


ROLES = {
    "lead": Role(2.6, 0.2, 0.4),
    "headline": Role(2.0, 0.2, 0.4),
    "kicker": Role(1.3, 1.0),
    "subtitle": Role(1.3, 0.0, 0.4),
    "text": Role(1.0, indent=True, leading=1.5),  # a paragraph
    "run_on": Role(1.0, leading=1.5),  # a paragraph's part run on from the foot of the column before
}


@dataclass
class Sheet:
    """A sheet, or a box (module) of one: the parts across it, then its columns; then the boxes
    set under it, each under a rule."""
    columns: list[list[tuple[str, str]]]
    across: list[tuple[str, str]] = field(default_factory=list)
    under: list[Sheet] = field(default_factory=list)


def make_page(path: Path, sheets: list[Sheet], *, body: float = 10.0, paper: str = "江州日报",
              date_line: str = "2025年3月3日　星期一　第2版", roles: dict[str, Role] | None = None) -> Path:
    """An A4 PDF of the sheets, each with as many columns as its first sheet has."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    roles = {**ROLES, **(roles or {})}
    width, height = A4
    count = len(sheets[0].columns)
    column = (width - 2 * MARGIN - GUTTER * (count - 1)) / count
    canvas = Canvas(str(path), pagesize=A4)
    for sheet in sheets:
        canvas.setFont(FONT, 24)
        canvas.drawString(MARGIN, height - 20 * MM, paper)
        canvas.setFont(FONT, 10)
        canvas.drawRightString(width - MARGIN, height - 20 * MM, date_line)
        canvas.setLineWidth(1.5)
        canvas.line(MARGIN, height - 22 * MM, width - MARGIN, height - 22 * MM)
        top = height - TOP
        for box in [sheet, *sheet.under]:
            if box is not sheet:
                canvas.setLineWidth(0.6)
                canvas.line(MARGIN, top - BOX_SPACE / 2, width - MARGIN, top - BOX_SPACE / 2)
                top -= BOX_SPACE
            top = _draw(canvas, box.across, MARGIN, top, width - 2 * MARGIN, body, roles)
            top = min(_draw(canvas, parts, MARGIN + index * (column + GUTTER), top, column, body, roles)
                      for index, parts in enumerate(box.columns))
        canvas.showPage()
    canvas.save()
    return path


def _draw(canvas, parts: list[tuple[str, str]], x: float, top: float, within: float, body: float,
          roles: dict[str, Role]) -> float:
    """Draws the parts down from `top`, each wrapped to `within`; where the last ends."""
    from reportlab.platypus import Paragraph

    y = top
    for role_name, text in parts:
        role = roles[role_name]
        size = role.size * body
        paragraph = Paragraph(escape(text), _style(role_name, role, size, body))
        y -= role.space_before * body
        _, drawn = paragraph.wrap(within / role.width, y)
        canvas.saveState()
        canvas.scale(role.width, 1)  # the text matrix scales the letters across, as a typesetter's 扁体 does
        paragraph.drawOn(canvas, x / role.width, y - drawn)
        canvas.restoreState()
        y -= drawn + role.space_after * body
    return y


def _style(name: str, role: Role, size: float, body: float):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=size * role.leading, wordWrap="CJK",
                          firstLineIndent=2 * body if role.indent else 0, alignment=TA_CENTER if role.centred else TA_JUSTIFY)
