"""Read e-paper PDF pages by their layout: characters -> lines -> blocks -> articles.

Real e-paper PDFs draw their boxes in any order, so nothing here trusts the content
stream: characters are grouped by position, headlines are found by type size relative
to the page's body text, and each headline owns the blocks beneath it within its
horizontal extent until the next headline. The result is a Markdown page (`### kicker`,
`# headline`, `## ——subtitle`, paragraphs, `### section heading`) for the one
article-assembly step that every reader shares (`segment.split_articles`), with the
masthead's date and page number.
"""
from __future__ import annotations

import bisect
import io
import itertools
import logging
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from .clean import CLOSING_MARKS, ends_sentence, fold_radicals, has_cjk
from .dates import DATE_ONLY_RE, ISSUE_LINE_RE, ISSUER_RE, arabic_dates, metadata_line, page_number
from .errors import InputError
from .models import Source
from .pagelines import closes_story, opens_on_the_day
from .roles import (BULLET_OPENING_RE, CHINESE_SECTION_NUMBER_RE, COLUMN_TAG_RE, CONTENTS_LINE_RE, CONTINUED_RE, DATELINE_RE,
                    DISTRIBUTION_RE, LONE_FIGURE_RE, PAGE_REF, PAREN_BYLINE_RE, POINTER_MARKS, classify_line, interview_prompt,
                    is_box_label, is_verse_line, is_writers_names, names_run_together, run_on_way, stanzas)
from .words import crosses_dictionary_word, kin_to, word_kinship

HEADLINE_RATIO = 1.3  # a headline's type is at least this much larger than the body's
DECK_RATIO = 1.08  # kickers and subtitles: larger than the body, smaller than the headline
SMALL_RATIO = 0.93  # captions and credits are set smaller than the body
MASTHEAD_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
PAGE_NUMBER_RE = re.compile(r"第\s*(?P<n>[A-Z]?\d{1,3})\s*版|(?<![\d年月日])(?P<m>[A-Z]?\d{1,3})\s*版(?!权)")
EDITOR_LINE_RE = re.compile(r"^\s*[【\[]?(?:责任编辑|责编|编辑|校对|美编|版式设计|组版|审读|监制|值班编委)\s*[:：]")
CAPTION_RE = re.compile(r"^[▲△▼►◀↑↓]|(?:摄|供图|图片来源[:：].*)[）)]?\s*$")
DUPLICATE_GLYPH_TOLERANCE = 1.5  # points between two copies of one glyph


class Link(NamedTuple):
    """A link the PDF keeps (a printed web page's): the area it covers and its address."""

    x0: float
    top: float
    x1: float
    bottom: float
    uri: str


class PageLayout(NamedTuple):
    """What the layout reading needs of one PDF page."""

    chars: list[dict]
    height: float
    rules: list[tuple[float, float, float]]
    has_images: bool
    pictures: tuple[tuple[float, float, float, float], ...] = ()  # (x0, top, x1, bottom) of images and drawn shapes
    links: tuple[Link, ...] = ()  # where a web page printed to PDF kept its links


@dataclass
class Line:
    """Characters on one baseline of one column, left to right."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    face: str = ""  # the font's name without its subset tag (`ABCDEF+FZXBSJW` -> `FZXBSJW`)
    run_in: bool = False  # it opens with a headline set run-in, in bold before plain text
    spaced: bool = False  # it opens a paragraph that a space above sets apart, not an indent
    unmarked: bool = False  # at a column's top of a sheet that sets paragraphs apart by a space: one may open unshown


@dataclass
class Block:
    """Lines of one type size stacked closely in one column: a headline, a paragraph run, a caption."""

    lines: list[Line] = field(default_factory=list)
    page: int = 0

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom

    @property
    def size(self) -> float:
        return statistics.median(line.size for line in self.lines)

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines)

    def overlap(self, other: "Block") -> float:
        """The share of the narrower block's width that both blocks cover."""
        width = min(self.x1 - self.x0, other.x1 - other.x0)
        shared = min(self.x1, other.x1) - max(self.x0, other.x0)
        return shared / width if width > 0 else 0.0


@dataclass
class Story:
    """One article on the page while it is being assembled."""

    headline: Block | None  # None for the run-on of an article from the previous page
    kicker: Block | None = None
    subtitle: Block | None = None
    body: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)  # under its headline: the text of a photo story (图片新闻)
    page: str | None = None  # the page number (版次) its masthead prints
    # A header whose lines a column's or page's foot broke is joined into one kicker, headline
    # or subtitle; the blocks it was set in, each in its own column, are kept for the layout.
    set_as: list[Block] = field(default_factory=list)

    def header(self) -> list[Block]:
        """Its kicker, headline and subtitle, as set on the page."""
        return self.set_as or [part for part in (self.kicker, self.headline, self.subtitle) if part is not None]

    def parts(self) -> list[Block]:
        """Its kicker, headline, subtitle and body blocks, as set on the page."""
        return [*self.header(), *self.body]

    def last_part(self) -> Block | None:
        """Where its text ends so far: its last body block, else its subtitle or headline."""
        return self.body[-1] if self.body else self.subtitle or self.headline


def _unique_glyphs(chars: list[dict], tolerance: float) -> list[dict]:
    """Each glyph once where it is drawn twice a hair apart (fake bold), in drawing order.

    pdfplumber's `dedupe_chars`, which keeps the first copy the same way, restores the order
    with `list.index`, which is quadratic: 1.9 s of a page of 7,800 glyphs."""
    from pdfplumber.utils import cluster_objects

    same_glyph = itemgetter("upright", "text", "fontname", "size")
    order = {id(char): position for position, char in enumerate(chars)}
    kept = []
    for _, copies in itertools.groupby(sorted(chars, key=same_glyph), key=same_glyph):
        for row in cluster_objects(list(copies), itemgetter("doctop"), tolerance):
            for cluster in cluster_objects(row, itemgetter("x0"), tolerance):
                kept.append(min(cluster, key=itemgetter("doctop", "x0")))
    return sorted(kept, key=lambda char: order[id(char)])


PDF_HEADER = b"%PDF-"
PDF_HEADER_WITHIN = 1024  # bytes: readers accept a few bytes of junk before the header


def read_pdf(path: Path, data: bytes) -> Source:
    """Read a PDF of newspaper pages into a Markdown page of its articles."""
    pages, note = load_pages(path, data)
    return read_layout(path, pages, note)


def load_pages(path: Path, data: bytes) -> tuple[list[PageLayout], str | None]:
    """The PDF's readable pages, and a note naming those skipped; `InputError` for a file none
    of whose pages can be read."""
    if PDF_HEADER not in data[:PDF_HEADER_WITHIN]:
        raise InputError(str(path), "not a PDF (the file does not start as one)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pdfplumber loads in `_layouts`, under this
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-descriptor complaints are not the user's
        repaired = None
        try:
            pages = _layouts(data)
        except PDFPasswordIncorrect:
            raise InputError(str(path), "encrypted PDF (needs a password)") from None
        except Exception as exc:  # pdfminer raises many types for broken files
            if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
                raise InputError(str(path), "encrypted PDF (needs a password)") from None
            failure = type(exc).__name__
            repaired = _repaired(data)
            try:
                pages = _layouts(repaired)
            except Exception:  # repaired or not, the file is beyond reading
                raise InputError(str(path), f"not a readable PDF: damaged or cut short ({failure})") from None
    if not pages:
        raise InputError(str(path), "not a readable PDF: damaged or cut short" if repaired else "PDF has no pages")
    drawn = [_drawn(page.chars) for page in pages]
    if not any(drawn):
        if any(page.has_images for page in pages):
            raise InputError(str(path), SCANNED_REASON)
        raise InputError(str(path), "PDF holds no text")
    unreadable = [number for number, chars in enumerate(drawn, 1) if _unmapped_share(chars) >= UNMAPPED_PAGE_SHARE]
    if len(unreadable) == sum(map(bool, drawn)):
        raise InputError(str(path), UNMAPPED_REASON)
    # A file of several pages may hold a scan among pages with text: it is named, not passed over in silence.
    scanned = [number for number, (chars, page) in enumerate(zip(drawn, pages), 1) if not chars and page.has_images]
    notes = [REPAIRED_NOTE] * (repaired is not None) + [
        f"page(s) {', '.join(map(str, numbers))} skipped: {reason}"
        for numbers, reason in ((unreadable, UNMAPPED_REASON), (scanned, SCANNED_REASON)) if numbers]
    return [page for number, page in enumerate(pages, 1) if number not in unreadable], "; ".join(notes) or None


def _layouts(data: bytes) -> list[PageLayout]:
    """Each page's characters, rules, pictures and links, as pdfplumber reads them."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        # A glyph drawn twice, a hair apart, is fake bold: one copy is the character.
        return [_square_letters(PageLayout(
            _with_baselines(_unique_glyphs(page.chars, DUPLICATE_GLYPH_TOLERANCE), page.height),
            page.height, _rules(page), bool(page.images), _pictures(page), _links(page))) for page in pdf.pages]


def _square_letters(page: PageLayout) -> PageLayout:
    """The page as if its text were set in a square face. Chinese papers often set their text
    flattened (扁体: letters 80 or 90 per cent as tall as they are wide) or condensed (长体), and a
    Chinese letter is an em wide: every width the layout is measured by (an indent, a gutter, a
    space) is in letter sizes, which are heights. So the page is scaled across by the height to
    width of most of its Chinese letters; a page set square is left as it is."""
    ratios = [(char["x1"] - char["x0"]) / char["size"] for char in page.chars
              if char["size"] > 1 and char.get("upright", True) and has_cjk(char["text"])]
    ratio = statistics.median(ratios) if ratios else 1.0
    # A font whose widths are lost (every glyph drawn with no advance) sets no face to undo.
    if abs(ratio - 1) <= SQUARE_TOLERANCE or not SQUARE_RANGE[0] <= ratio <= SQUARE_RANGE[1]:
        return page
    scale = 1 / ratio
    return page._replace(
        chars=[{**char, "x0": char["x0"] * scale, "x1": char["x1"] * scale} for char in page.chars],
        rules=[(x0 * scale, x1 * scale, y) for x0, x1, y in page.rules],
        pictures=tuple((x0 * scale, top, x1 * scale, bottom) for x0, top, x1, bottom in page.pictures),
        links=tuple(link._replace(x0=link.x0 * scale, x1=link.x1 * scale) for link in page.links))


SQUARE_TOLERANCE = 0.03  # a face this near square is read as square
SQUARE_RANGE = (0.5, 2.0)  # letters' width to height in the faces type is set in (长体 to 扁体)


def _repaired(data: bytes) -> bytes:
    """The PDF as PDFium (Chromium's PDF engine) opens and saves it again: it rebuilds a lost or
    wrong cross-reference table, as PDF viewers do. The data as it was where PDFium cannot open it."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
        saved = io.BytesIO()
        document.save(saved)
        document.close()
    except Exception:  # pypdfium2 raises PdfiumError and others for data past repair
        return data
    return saved.getvalue()


REPAIRED_NOTE = "the PDF was damaged (its table of objects lost or wrong) and is read as repaired"


def read_layout(path: Path, pages: list[PageLayout], note: str | None) -> Source:
    """The articles of newspaper pages, read by their layout."""
    text, date, page_number, paper = layout_to_markdown(pages)
    if not text.strip():
        raise InputError(str(path), "no article text found in the PDF")
    # Radicals given for ordinary letters (`⼈⺠`) are folded here, so the text's own date and
    # signature lines read as they print.
    return Source(path=str(path), text=fold_radicals(text), encoding="pdf", date=date, page=page_number,
                  date_source="masthead" if date else None, source_name=paper, note=note)


# Fonts embedded without a Unicode map (common in typesetting systems' e-paper exports) give
# glyph numbers, `(cid:374)`, and stray Latin letters instead of text: such a page is not read.
UNMAPPED_PAGE_SHARE = 0.2
UNMAPPED_REASON = "text layer cannot be read: its fonts carry no Unicode map (OCR is not supported)"
SCANNED_REASON = "scanned page without a text layer (OCR is not supported)"


def _unmapped(char: dict) -> bool:
    return char["text"].startswith("(cid:")


def _unmapped_share(drawn: list[dict]) -> float:
    """The share of a page's drawn characters that are glyph numbers."""
    return sum(map(_unmapped, drawn)) / len(drawn) if drawn else 0.0


def _drawn(chars: list[dict]) -> list[dict]:
    """The characters drawn on a page, read or not."""
    return [c for c in chars if c["text"].strip() and c.get("size", 0) > 1]


def _with_baselines(chars: list[dict], height: float) -> list[dict]:
    """Characters with their baseline measured from the page top.

    Glyph boxes come from font metrics that subset fonts often lack; the text origin
    (the matrix's y) is where the character really sits.
    """
    result = []
    for char in chars:
        char = dict(char)
        matrix = char.get("matrix")
        char["base"] = height - matrix[5] if matrix else char["bottom"]
        result.append(char)
    return result


def _rules(page) -> list[tuple[float, float, float]]:
    """Horizontal rules (x0, x1, y) drawn on the page: lines and thin rectangles."""
    rules = []
    for item in list(page.lines) + list(page.rects):
        if abs(item["bottom"] - item["top"]) <= 3 and item["x1"] - item["x0"] > 40:
            rules.append((item["x0"], item["x1"], (item["top"] + item["bottom"]) / 2))
    return rules


def _pictures(page) -> tuple[tuple[float, float, float, float], ...]:
    """Where the page shows something other than text: its images, and runs of small vector
    shapes side by side (a headline set in an art face is often exported as outlines)."""
    regions = [(image["x0"], image["top"], image["x1"], image["bottom"]) for image in page.images]
    shapes = [(item["x0"], item["top"], item["x1"], item["bottom"]) for item in list(page.curves) + list(page.rects)
              if 0 < item["bottom"] - item["top"] <= SHAPE_MAX_POINTS and item["x1"] - item["x0"] <= SHAPE_MAX_POINTS]
    runs: list[list[float]] = []
    for x0, top, x1, bottom in sorted(shapes):
        for run in reversed(runs):
            height = max(run[3] - run[1], bottom - top)
            if x0 - run[2] <= height and min(run[3], bottom) - max(run[1], top) >= 0.3 * min(run[3] - run[1], bottom - top):
                run[:] = [run[0], min(run[1], top), max(run[2], x1), max(run[3], bottom)]
                break
        else:
            runs.append([x0, top, x1, bottom])
    return tuple(regions + [tuple(run) for run in runs])


SHAPE_MAX_POINTS = 80  # a glyph's outline is no larger than this; a chart's frame or a map is


def _links(page) -> tuple[Link, ...]:
    return tuple(Link(link["x0"], link["top"], link["x1"], link["bottom"], link.get("uri") or "")
                 for link in page.hyperlinks)


def _visible(chars: list[dict]) -> list[dict]:
    return without_print_margins(readable_chars(chars))


def readable_chars(chars: list[dict]) -> list[dict]:
    """The characters drawn upright and read: a lone unmapped glyph on a readable page (a
    symbol font's bullet) is no text either."""
    return _without_turned_lines([c for c in _drawn(chars) if not _unmapped(c)])


def print_margins(chars: list[dict]) -> tuple[str | None, str | None]:
    """What a browser prints around a web page it saves as PDF, where the sheet of `chars`
    (`readable_chars`) has it: the time and the page's title on its top line (`3/5/25, 10:20 AM
    某区报 第7版`), its address and the sheet's number on its last (`https://…/node_3.html  2/3`)."""
    header, footer = (_print_row(chars, edge, pattern) for edge, pattern in ((min, PRINT_HEADER_RE), (max, PRINT_FOOTER_RE)))
    return (_row_text(header) if header else None), (_row_text(footer) if footer else None)


def _print_row(chars: list[dict], edge: Callable, pattern: re.Pattern) -> list[dict]:
    """The characters of the sheet's top or last line (`edge` min or max) where they read as the
    browser's `pattern`; none where they do not. The title's Chinese letters can stand a point
    or two off the time's baseline (another face's metrics)."""
    if not chars:
        return []
    line = edge(char["base"] for char in chars)
    on_edge = [char for char in chars if abs(char["base"] - line) <= char["size"] * PRINT_ROW_EMS]
    return on_edge if pattern.search(_row_text(on_edge)) else []


def _row_text(chars: list[dict]) -> str:
    return unicodedata.normalize("NFKC", "".join(char["text"] for char in sorted(chars, key=lambda char: char["x0"])))


def without_print_margins(chars: list[dict]) -> list[dict]:
    """Drop the browser's header and footer (`print_margins`). They are the browser's: the time
    is when it printed, not the paper's date, and the address ran into the text of the column
    above it."""
    dropped = {id(char) for edge, pattern in ((min, PRINT_HEADER_RE), (max, PRINT_FOOTER_RE))
               for char in _print_row(chars, edge, pattern)}
    return [char for char in chars if id(char) not in dropped] if dropped else chars


PRINT_ROW_EMS = 0.5  # the browser's header or footer: characters this near the sheet's top or last baseline

# The browser's time stamp opening the top line (`12/6/26, 2:34 PM`, `2026/12/6 14:34`, `2026-12-06 下午2:34`).
PRINT_HEADER_RE = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")
# The page's address and the sheet's number (`file:///…/page.html 1/3`, `https://…  2/3`) on the last line.
PRINT_FOOTER_RE = re.compile(r"^\s*(?:https?|file)://\S+\s*\d{1,3}\s*/\s*\d{1,3}\s*$")


def _without_turned_lines(chars: list[dict]) -> list[dict]:
    """Drop text set turned on its side: the lines printed up a page's edge (address, printer,
    hotline), which would otherwise cut into the text of the column beside them.

    Digits and Latin letters inside a vertical headline are set sideways too: a turned run
    right above or below an upright character as large as the run is wide stays, as one
    upright character of that size (`20` in `新建社区书房20间`).
    """
    turned = sorted((char for char in chars if not char.get("upright", True)),
                    key=lambda c: (round((c["x0"] + c["x1"]) / 2), c["top"]))
    if not turned:
        return chars
    runs: list[list[dict]] = []
    for char in turned:
        width = char["x1"] - char["x0"]
        last = runs[-1][-1] if runs else None
        if last is not None and abs((last["x0"] + last["x1"]) / 2 - (char["x0"] + char["x1"]) / 2) <= width * 0.3 \
                and -1 <= char["top"] - last["bottom"] <= width * 0.3:
            runs[-1].append(char)
        else:
            runs.append([char])
    upright = [char for char in chars if char.get("upright", True)]
    columns: dict[int, list[dict]] = {}
    for char in upright:
        columns.setdefault(round(char["x0"] / VERTICAL_BUCKET), []).append(char)

    def in_upright_stack(run: list[dict]) -> bool:
        x0, x1, top, bottom = run[0]["x0"], run[0]["x1"], run[0]["top"], run[-1]["bottom"]
        size, centre = x1 - x0, (x0 + x1) / 2
        return any(abs(other["size"] - size) <= size * 0.15 and abs((other["x0"] + other["x1"]) / 2 - centre) <= size * 0.3
                   and max(other["top"] - bottom, top - other["bottom"]) <= size * 0.6
                   for shift in (-1, 0, 1) for other in columns.get(round(x0 / VERTICAL_BUCKET) + shift, ()))

    kept = [dict(run[0], text="".join(char["text"] for char in run), top=run[0]["top"], bottom=run[-1]["bottom"],
                 size=run[0]["x1"] - run[0]["x0"], base=run[-1]["bottom"], upright=True)
            for run in runs if in_upright_stack(run)]
    return upright + kept


VERTICAL_BUCKET = 10.0  # points: upright characters are looked up by their left edge in bins this wide


# ---------------------------------------------------------------- characters -> lines -> blocks


def chars_to_lines(chars: list[dict], rules: list[tuple[float, float, float]] = ()) -> list[Line]:
    """Group characters (the page's visible ones, `_visible`) into lines by baseline and horizontal contiguity.

    Characters whose baselines lie within a quarter of their type size form one band (of the
    smaller type where sizes differ: a masthead's large name spans the baselines of the small
    lines beside it, which would otherwise run into one); a band splits where the type size
    changes, and at a gap where a column begins (a left
    edge that other lines share): two headlines side by side can stand half an em apart.
    A gap of up to 1.6 em where no column begins is a space inside the line, as after a
    dateline's `电　`; unless a box's rule (of `rules`, (x0, x1, y)) ends or begins in the
    gap just above it: two centred headlines of neighbouring boxes a gutter apart. Nor is a gap
    a gutter where the line right above or below, in type of its size, runs on across it: a
    gutter parts the lines around too (`本报讯　` at a paragraph's indent, where the datelines of a
    column of briefs line up their next letters).
    """
    bands: list[list[list[dict]]] = []
    band: list[dict] = []
    for char in sorted(chars, key=lambda c: c["base"]):
        if band and char["base"] - band[-1]["base"] > _band_reach(char["size"], band[-1]["size"]):
            bands.append(_split_band(band))
            band = []
        band.append(char)
    if band:
        bands.append(_split_band(band))
    # Where columns begin: the left edges that many lines share, after a gutter or at the band's
    # start. Columns differ from one part of the page to another (a lead story in four columns
    # over a grid of three), so an edge counts only near the line in question.
    edges: dict[int, list[float]] = {}
    for rows in bands:
        for index, row in enumerate(rows):
            if index == 0 or row[0]["x0"] - rows[index - 1][-1]["x1"] >= row[0]["size"] * GUTTER_EMS:
                edges.setdefault(round(row[0]["x0"] / EDGE_GRID), []).append(row[0]["base"])  # bands go down the page: sorted
    common = statistics.median(char["size"] for rows in bands for row in rows for char in row) if bands else 0.0
    reach = EDGE_REACH_EMS * common
    # A mark hanging from a headline's line reaches across a gutter; one from the text's lines
    # does too where the gutter is narrow in its letters (text set in a flattened face). A
    # headline's own next line shows the edge; for text, any line around.
    starts = [(row[0]["x0"], row[0]["base"], row[0]["size"]) for rows in bands for row in rows]
    bands = [[piece for row in rows for piece in _split_at_hanging_mark(
        row, edges, reach, starts, *((NEXT_LINE_EMS, 0.0) if row[0]["size"] >= common * DECK_RATIO
                                     else (EDGE_NEIGHBOUR_EMS, HANGING_APART_EMS)))] for rows in bands]
    lines: list[Line] = []
    bases = [rows[0][0]["base"] for rows in bands]  # bands go down the page: sorted
    for index, rows in enumerate(bands):
        # (Only a band of pieces has gaps to read, and only those read the lines around.)
        around = _rows_around(bands, bases, index) if len(rows) > 1 else []
        merged = [rows[0]]
        for row in rows[1:]:
            last = merged[-1][-1]
            gap = row[0]["x0"] - last["x1"]
            size = max(row[0]["size"], last["size"])
            x0, base = row[0]["x0"], row[0]["base"]
            # A column's edge: lines near it start there too, one of them within a few lines (a
            # justified word space can fall where a column of the lead story high above began);
            # or, for a headline set beside another over columns whose text is elsewhere, its own
            # next line starts right below.
            column_starts = (_lines_starting(edges, x0, base, reach) >= COLUMN_EDGE_LINES
                             and _lines_starting(edges, x0, base, size * EDGE_NEIGHBOUR_EMS)
                             > _lines_starting(edges, x0, base, size / 2)) \
                or _lines_starting(edges, x0, base, size * NEXT_LINE_EMS) >= 2
            # (Where the lines around run on across the gap, no column begins after it.)
            at_edge = (column_starts and not _runs_across(around, last, row[0])) \
                or _box_edge_above(rules, last["x1"], x0, base - size, size)
            if gap < size * SPACE_GAP_EMS and abs(row[0]["size"] - last["size"]) <= size * 0.15 and not at_edge:
                merged[-1] = merged[-1] + row  # a wide space inside a line (`…5月6日电　（记者…`), not a gutter
            else:
                merged.append(row)
        lines.extend(_line(row) for row in merged)
    return lines


def _rows_around(bands: list[list[list[dict]]], bases: list[float], index: int) -> list[list[dict]]:
    """The rows of the bands a line's pitch above and below band `index` (`bases`: each band's
    first baseline), not the bands next in the page's order, which on a page of columns set on
    baselines of their own can be another column's."""
    rows = bands[index]
    pitch = max(char["size"] for row in rows for char in row) * LINE_PITCH_EMS
    near = bands[bisect.bisect_left(bases, bases[index] - pitch):bisect.bisect_right(bases, bases[index] + pitch)]
    return [row for band in near if band is not rows for row in band]


def _runs_across(rows: list[list[dict]], before: dict, after: dict) -> bool:
    """Whether a row of `rows` (pieces of the lines around) in type of `after`'s size, its
    baseline within a line's pitch, runs on unbroken across the gap from `before` to `after`
    (a closing mark hanging into a narrow gutter reaches into it, not across)."""
    size = after["size"]
    return any(row[0]["x0"] < before["x1"] and row[-1]["x1"] > after["x0"] + size / 2
               and abs(row[0]["size"] - size) <= size * 0.1
               and abs(row[0]["base"] - after["base"]) <= size * LINE_PITCH_EMS for row in rows)


LINE_PITCH_EMS = 2.0  # the most room from one baseline of a column's text to the next


def _split_at_hanging_mark(row: list[dict], edges: dict[int, list[float]], reach: float,
                           starts: list[tuple[float, float, float]], near_ems: float,
                           apart_ems: float) -> list[list[dict]]:
    """The row split after a closing mark that hangs past its column's edge, where the letter
    after it begins the next column: a wrap that keeps a closing mark on its line (ReportLab's)
    lets it reach across the gutter to touch a headline set beside it, or, where the gutter is
    narrow in the text's letters, the next column's line. The letter stands at an edge where a
    column's lines begin, well right of where its piece of the row begins (not a paragraph's
    indent), and another line of that column begins there too within `near_ems` of its size
    (of `starts`, each row's first letter: x0, baseline, size): a headline's next or previous
    line; for text, one of the lines around, of which the next may hang a mark too, and the
    letter stands `apart_ems` or more after the mark (what is left of the gutter), where a
    mark inside a line has the next letter right after it."""
    pieces = [[row[0]]]
    for previous, char in zip(row, row[1:]):
        size = char["size"]
        if previous["text"] in HANGING_MARKS and abs(previous["size"] - size) <= size * 0.15 \
                and char["x0"] - pieces[-1][0]["x0"] >= size * HANGING_MIN_EMS \
                and char["x0"] - previous["x1"] >= size * apart_ems \
                and _lines_starting(edges, char["x0"], char["base"], reach) >= COLUMN_EDGE_LINES \
                and any(abs(x0 - char["x0"]) <= EDGE_GRID and 0 < abs(base - char["base"]) <= size * near_ems
                        and abs(other - size) <= size * 0.15 for x0, base, other in starts):
            pieces.append([char])
        else:
            pieces[-1].append(char)
    return pieces


HANGING_MARKS = "，。、；：！？）】》”’」』"
HANGING_MIN_EMS = 4  # a headline's line that far from its start at least: a paragraph's indent is nearer
HANGING_APART_EMS = 0.2  # in text, the gutter left after a hanging mark; a mark inside a line has none


def vertical_stacks(chars: list[dict]) -> tuple[list[dict], list[list[dict]]]:
    """Headlines set vertically (竖题): the page's other characters, and each stack of large
    characters one under the other, top to bottom.

    A stack is at least VERTICAL_MIN_CHARS characters larger than the page's common size,
    each alone on its baseline (no character of its size as near as a spread headline's letters),
    one below the other at about one em apart, at one left edge.
    """
    if not chars:
        return chars, []
    common = statistics.median(char["size"] for char in chars)
    large = [char for char in chars if char["size"] >= common * HEADLINE_RATIO]
    by_base = sorted(large, key=lambda c: c["base"])
    bases = [char["base"] for char in by_base]

    def alone(char: dict) -> bool:
        size = char["size"]
        low, high = bisect.bisect_left(bases, char["base"] - size / 4), bisect.bisect_right(bases, char["base"] + size / 4)
        return not any(other is not char and abs(other["size"] - size) <= size * 0.15
                       and max(other["x0"] - char["x1"], char["x0"] - other["x1"]) < size * LETTER_SPACING_EMS
                       for other in by_base[low:high])

    stacks: list[list[dict]] = []
    # Down the page: a stack is found by its left edge, which wobbles a little (sideways digits).
    for char in sorted((c for c in large if alone(c)), key=lambda c: (c["base"], c["x0"])):
        stack = next((stack for stack in stacks if abs(stack[-1]["x0"] - char["x0"]) <= char["size"] * 0.25
                      and 0.8 * char["size"] <= char["base"] - stack[-1]["base"] <= VERTICAL_STEP_EMS * char["size"]), None)
        if stack is None:
            stacks.append([char])
        else:
            stack.append(char)
    stacks = [stack for stack in stacks if len(stack) >= VERTICAL_MIN_CHARS]
    taken = {id(char) for stack in stacks for char in stack}
    return [char for char in chars if id(char) not in taken], stacks


VERTICAL_MIN_CHARS = 3
VERTICAL_STEP_EMS = 1.6  # letter-spaced vertical headlines stand up to this far apart


def _set_across(stack: list[dict], blocks: list[Block], page: int) -> Block:
    """A vertical headline as a headline over the text beside it: one line just above the
    blocks at its side (its left, else its right), as wide as they and the stack reach."""
    size = stack[0]["size"]
    x0, x1 = min(c["x0"] for c in stack), max(c["x1"] for c in stack)
    top, bottom = stack[0]["base"] - size, stack[-1]["base"]
    beside = [b for b in blocks if b.top < bottom and b.bottom > top]

    def reach(edge: float, side: int) -> float:
        """How far the text beside the stack runs, column by column, on one side."""
        others = list(beside)
        while True:
            near = [b for b in others if 0 <= (edge - b.x1 if side < 0 else b.x0 - edge) <= size * 2]
            if not near:
                return edge
            edge = min(b.x0 for b in near) if side < 0 else max(b.x1 for b in near)
            others = [b for b in others if b not in near]

    left = reach(x0, -1)
    right = x1 if left < x0 else reach(x1, 1)
    text_top = min((b.top for b in beside if left <= b.x0 and b.x1 <= right), default=top)
    line_top = min(top, text_top) - size * 1.1
    return Block([Line("".join(c["text"] for c in stack), left, right, line_top, line_top + size, size,
                       _bold(stack), _face(stack))], page)


def _lines_starting(edges: dict[int, list[float]], x0: float, base: float, within: float) -> int:
    """How many lines (of `edges`: baselines by left edge) start at `x0`, within `within` of `base`."""
    key = round(x0 / EDGE_GRID)
    return sum(bisect.bisect_right(edges.get(key + shift, []), base + within)
               - bisect.bisect_left(edges.get(key + shift, []), base - within) for shift in (-1, 0, 1))


def _box_edge_above(rules: list[tuple[float, float, float]], left: float, right: float, top: float, size: float) -> bool:
    """Whether a rule within a few lines above `top` ends or begins between `left` and `right`."""
    return any(0 <= top - y <= size * RULE_ABOVE_EMS and (left - 1 <= x1 <= right + 1 or left - 1 <= x0 <= right + 1)
               for x0, x1, y in rules)


RULE_ABOVE_EMS = 3  # a box's top rule stands this close above its headline
EDGE_GRID = 2.0  # points: left edges this close count as one
COLUMN_EDGE_LINES = 3  # a left edge that this many lines share begins a column
NEXT_LINE_EMS = 1.6  # the next line of a headline starts within this many of its sizes below
EDGE_REACH_EMS = 30  # ... when they stand within this many body sizes above or below (about 20 lines)
EDGE_NEIGHBOUR_EMS = 8  # ... one of them within this many of the line's sizes above or below (about 5 lines)
SPACE_GAP_EMS = 1.6  # a gap up to this wide, not at a column's edge, is a space inside the line
ROW_GAP_EMS = 0.4  # narrower gaps are between the letters and words of one line
GUTTER_EMS = 0.9  # a gap this wide can be a gutter between columns


def _band_reach(size: float, other: float) -> float:
    """How far apart two characters' baselines may lie in one band: a quarter of their type size,
    of the smaller where one is much larger than the other."""
    larger, smaller = max(size, other), min(size, other)
    return (larger if larger <= smaller * BAND_SIZE_STEP else smaller) / 4


BAND_SIZE_STEP = 1.5  # type this much larger than another is another line's, never a letter of its line


def _split_band(band: list[dict]) -> list[list[dict]]:
    """A band's characters split into rows wherever a gap of ROW_GAP_EMS or more (or a change of type size) falls."""
    rows: list[list[dict]] = []
    for char in sorted(band, key=lambda c: c["x0"]):
        last = rows[-1][-1] if rows else None
        size = max(char["size"], last["size"]) if last else char["size"]
        if last is not None and char["x0"] - last["x1"] < size * ROW_GAP_EMS and abs(char["size"] - last["size"]) <= size * 0.15:
            rows[-1].append(char)
        else:
            rows.append([char])
    return _join_letter_spaced(rows)


def _join_letter_spaced(rows: list[list[dict]]) -> list[list[dict]]:
    """A run of one- or two-letter rows of one size, evenly spaced, is one letter-spaced line
    (a headline spread to its column, `全　区　新　增`), not as many columns."""
    result: list[list[dict]] = []
    run: list[list[dict]] = []

    def flush() -> None:
        if len(run) >= LETTER_SPACED_MIN_ROWS:
            result.append([char for row in run for char in row])
        else:
            result.extend(run)
        run.clear()

    for row in rows:
        if run:
            last, first = run[-1][-1], row[0]
            size = max(last["size"], first["size"])
            gap = first["x0"] - last["x1"]
            spacing = run[1][0]["x0"] - run[0][-1]["x1"] if len(run) >= 2 else gap
            if not (len(row) <= 2 and abs(first["size"] - last["size"]) <= size * 0.15
                    and gap <= size * LETTER_SPACING_EMS and abs(gap - spacing) <= size * 0.2):
                flush()
        if len(row) <= 2:
            run.append(row)
        else:
            flush()
            result.append(row)
    flush()
    return result


LETTER_SPACED_MIN_ROWS = 3
LETTER_SPACING_EMS = 1.6  # letters of a spread headline stand up to this far apart


def _line(row: list[dict]) -> Line:
    text = []
    # Letters spread evenly (a letter-spaced headline) have that spacing between them all:
    # only a gap wider than the usual one is a space.
    gaps = [char["x0"] - previous["x1"] for previous, char in zip(row, row[1:])]
    spacing = max(statistics.median(gaps), 0.0) if len(gaps) >= 2 else 0.0
    # A headline set run-in, in bold before the plain text of its line (a brief's `白马镇开展…　3月3日，…`),
    # opens a text line, not a bold one; a space after it is set as the full-width space it stands for.
    # The headline may have begun on the line above, set all in bold.
    flags = [_bold_char(char) for char in row]
    head = next((index for index, flag in enumerate(flags) if not flag), len(row))
    spaced = 0 < head < len(row) and row[head]["x0"] - row[head - 1]["x1"] - spacing > row[head]["size"] * 0.2
    run_in = 0 < head < len(row) and not any(flags[head:]) and re.search(r"\w", "".join(c["text"] for c in row[head:])) \
        and (spaced or row[head - 1]["text"] in "。：:")
    # A space is measured in the line's letters, which a condensed face (长体) sets narrower than its size.
    letter = _letter_width(row)
    for index, (previous, char) in enumerate(zip([None] + row[:-1], row)):
        gap = char["x0"] - previous["x1"] - spacing if previous is not None else 0.0
        if gap > letter * 0.2 and not (gap <= letter * AUTO_SPACE_EMS and _auto_spaced(previous["text"], char["text"])):
            # a word space, or the space between a reporter's role and name
            text.append("\u3000" if run_in and index == head else " ")
        text.append(char["text"])
    sizes = Counter(round(c["size"], 1) for c in row)
    size = sizes.most_common(1)[0][0]
    base = statistics.median(c["base"] for c in row)
    bold = not run_in and sum(flags) > len(row) / 2
    return Line("".join(text), min(c["x0"] for c in row), max(c["x1"] for c in row), base - size * 0.88, base + size * 0.12,
                size, bold, _face(row), bool(run_in))


def _letter_width(row: list[dict]) -> float:
    """How wide the row's Chinese letters are set (an em of a square face), else its type size."""
    widths = [char["x1"] - char["x0"] for char in row if has_cjk(char["text"])]
    return min(statistics.median(widths), row[0]["size"]) if widths else row[0]["size"]


AUTO_SPACE_EMS = 0.6  # word processors set about a quarter em between Chinese and Latin letters or digits


def _auto_spaced(before: str, after: str) -> bool:
    """Whether a gap falls between a Chinese letter and a digit or Latin letter (`2025 年`): the
    room a word processor puts there (中西文间距), no space in the text."""
    pair = (before[-1:], after[:1])
    return any(_CJK_CHAR_RE.match(one) and other.isascii() and other.isalnum() for one, other in (pair, pair[::-1]))


_CJK_CHAR_RE = re.compile("[\u2e80-\u2fdf\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")  # letters, radicals, marks


# A bold or heavy face by its name: `…-Bold`, `SimHei`, `FZHei-B01`; and the short names of
# Founder's faces that e-paper PDFs set in (方正飞腾 typesetting): 黑体 `FZHTK--GBK1-0`, 大黑, 粗黑,
# 中黑, 兰亭中黑 `FZLTZHK`, 大标宋 `FZDBSK`, 小标宋 `FZXBSK`, 粗倩, 粗宋; not 书宋 `FZSSK`, 细黑
# `FZXH1K`, 兰亭黑 `FZLTHK` or 楷体 `FZKTK`, the faces of body text.
_BOLD_FACE_RE = re.compile(
    r"bold|heavy|black|hei|黑|(?:^|\+)FZ(?:LT)?(?:HT|DHT?|CHS?|ZH|DBS|XBS|CQ|CS)[A-Z0-9]*(?:K|JW|FW)--", re.I)


def _bold_char(char: dict) -> bool:
    return bool(_BOLD_FACE_RE.search(char.get("fontname", "")))


def _bold(chars: list[dict]) -> bool:
    return sum(1 for c in chars if _bold_char(c)) > len(chars) / 2


def _face(chars: list[dict]) -> str:
    return Counter(c.get("fontname", "").split("+")[-1] for c in chars).most_common(1)[0][0]


def set_in_drop_caps(lines: list[Line]) -> list[Line]:
    """A drop cap (首字下沉: a paragraph's first letter set two or more lines tall, the lines
    beside it set in) is the first letter of the line beside its top.

    That line opens the paragraph, so it is given a paragraph's indent; the other lines
    beside the cap move out to the column's edge. Left alone, the cap landed in another
    line and the lines beside it read as headings of their own.
    """
    caps = [line for line in lines if len(line.text.strip()) == 1 and line.text.strip().isalnum()]
    if not caps:
        return lines
    dropped = set()
    for cap in caps:
        beside = sorted((line for line in lines if line is not cap and cap.size >= line.size * DROP_CAP_RATIO
                         and cap.top - line.size * 0.6 <= line.top < cap.bottom and 0 <= line.x0 - cap.x1 <= line.size * 1.5),
                        key=lambda line: line.top)
        if len(beside) < 2:
            continue
        first, *rest = beside
        first.text = cap.text.strip() + first.text
        first.x0 = cap.x0 + first.size * 2
        for line in rest:
            line.x0 = cap.x0
        dropped.add(id(cap))
    return [line for line in lines if id(line) not in dropped]


DROP_CAP_RATIO = 1.8  # a drop cap is at least this much larger than the text beside it (two lines or more)


LINE_GAP_EMS = 0.9  # the most room between two lines of one block, in the lower line's size


def lines_to_blocks(lines: list[Line], page: int, line_gap: float = LINE_GAP_EMS,
                    rules: list[tuple[float, float, float]] = ()) -> list[Block]:
    """Stack lines of one size and column into blocks: the next line starts within a line's
    height below (`line_gap` of its size; a web page printed with wide line spacing, more), and
    no rule (of `rules`, (x0, x1, y)) runs between them: a masthead's paper name over the rule
    under it is no line of a headline set at nearly its size right below."""
    blocks: list[Block] = []
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        home = None
        for block in reversed(blocks):
            last = block.lines[-1]
            same_size = abs(last.size - line.size) <= 0.1 * line.size
            gap = line.top - last.bottom
            aligned = min(last.x1, line.x1) - max(last.x0, line.x0) > 0.5 * min(last.x1 - last.x0, line.x1 - line.x0) \
                or abs(line.x0 - block.x0) < line.size * 2.5
            # A bold line over one that opens with a run-in headline holds the headline's start.
            # A plain line in another typeface is another part (a subtitle set in 楷体 over the text's 书宋).
            same_face = last.face == line.face or last.bold or line.bold or last.run_in or line.run_in
            if same_size and -0.2 * line.size <= gap <= line_gap * line.size and aligned and same_face and (
                    last.bold == line.bold or last.bold and line.run_in and len(block.lines) == 1) \
                    and not _ruled_apart(last, line, rules):
                home = block
                break
        if home is None:
            blocks.append(Block([line], page))
        else:
            home.lines.append(line)
    return blocks


def _ruled_apart(upper: Line, lower: Line, rules: list[tuple[float, float, float]]) -> bool:
    """A rule runs between the two lines, under most of the narrower. A link's underline is no
    such rule: it stands just under its letters' baseline and reaches no further than they do."""
    narrower = min(upper.x1 - upper.x0, lower.x1 - lower.x0)
    size = upper.size
    return any(upper.bottom + size * RULE_CLEARANCE_EMS <= y <= lower.top
               and min(x1, upper.x1, lower.x1) - max(x0, upper.x0, lower.x0) >= narrower / 2
               and (y >= upper.bottom + size * RULE_APART_EMS or x0 < upper.x0 - size / 2 or x1 > upper.x1 + size / 2)
               for x0, x1, y in rules)


RULE_CLEARANCE_EMS = 0.05  # below a line's bottom (0.12 em under its baseline), past an underline's reach
RULE_APART_EMS = 0.3  # a rule this far below a line is no underline, however wide


def join_spaced_paragraphs(blocks: list[Block], body: float, rules: list[tuple[float, float, float]]) -> list[Block]:
    """On a sheet that sets its paragraphs apart by a space between them, not by indents (as a
    web page prints: flush, ragged, `p { margin: … }`), each paragraph is a block of its own; join
    each column's paragraphs into one block, as on a sheet that indents them, each paragraph's
    first line marked `spaced`: a paragraph opens there. So is the first line of text right
    under a headline, deck or byline; the text atop a column, with nothing above it, is
    `unmarked`: a paragraph may open there unshown, or the text run on. Only text blocks join:
    plain lines of the body's size and face, one under the other at the same left edge with a
    paragraph's space between them and no rule. A sheet where any line of text is indented
    marks its paragraphs by indents."""
    text = {id(b) for b in blocks if abs(b.size - body) <= body * 0.1 and not any(line.bold for line in b.lines)}
    if sum(len(b.lines) >= 2 for b in blocks if id(b) in text) < SPACED_MIN_BLOCKS \
            or any(_indented(line, b.x0) and not _after_run_in_heading(line, b, blocks)
                   for b in blocks if id(b) in text for line in b.lines):
        return blocks
    joined: list[Block] = []
    for block in sorted(blocks, key=lambda b: (b.top, b.x0)):
        above = None
        if id(block) in text:
            above = next((upper for upper in reversed(joined)
                          if id(upper) in text and _spaced_under(upper, block, rules)), None)
            # Under its headline, deck or byline too, the text opens a paragraph; at a column's top, it may run on.
            block.lines[0].spaced = above is not None or any(
                other is not block and other.overlap(block) >= 0.3
                and 0 <= block.top - other.bottom <= max(block.size, other.size) * PARAGRAPH_SPACE_EMS for other in blocks)
            block.lines[0].unmarked = not block.lines[0].spaced
        if above is None:
            joined.append(block)
            continue
        above.lines.extend(block.lines)
    return joined


def _after_run_in_heading(line: Line, block: Block, blocks: list[Block]) -> bool:
    """The line of `block` goes on from a heading set run-in on its baseline, a line of another
    block from the column's edge (in bold, or parted from the text by a space or two): it stands
    right of that edge, yet shows no indent."""
    return any(abs(before.x0 - block.x0) <= line.size and abs(before.bottom - line.bottom) <= line.size * 0.3
               and before.x1 <= line.x0 + line.size * 0.5 and line.x0 - before.x1 <= line.size * RUN_IN_GAP_EMS
               for other in blocks if other is not block for before in other.lines)


RUN_IN_GAP_EMS = 2.5  # a run-in heading stands up to two spaces before its text

SPACED_MIN_BLOCKS = 3  # paragraphs of two lines or more that show how the sheet sets its text
PARAGRAPH_SPACE_EMS = 2.2  # the most room between two paragraphs of one column, baseline gaps counted


def _spaced_under(upper: Block, lower: Block, rules: list[tuple[float, float, float]]) -> bool:
    """`lower` stands right under `upper` in its column, a paragraph's space apart: the same
    left edge and face, no rule between them."""
    gap = lower.top - upper.bottom
    last = upper.lines[-1]
    return abs(upper.x0 - lower.x0) <= EDGE_GRID and upper.overlap(lower) >= 0.8 and last.face == lower.lines[0].face \
        and 0 < gap <= lower.size * PARAGRAPH_SPACE_EMS \
        and not any(upper.bottom <= y <= lower.top and x0 < lower.x1 and x1 > lower.x0 for x0, x1, y in rules)


def body_face(blocks: list[Block]) -> str:
    """The typeface that most characters are set in."""
    counts: Counter = Counter()
    for block in blocks:
        for line in block.lines:
            counts[line.face] += len(line.text)
    return counts.most_common(1)[0][0] if counts else ""


def body_size(blocks: list[Block]) -> float:
    """The type size that most characters are set in."""
    counts: Counter = Counter()
    for block in blocks:
        for line in block.lines:
            counts[round(line.size, 1)] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


# ---------------------------------------------------------------- the page


def layout_to_markdown(pages: list[PageLayout]) -> tuple[str, str | None, str | None, str | None]:
    """Markdown text of all articles of all pages, and the masthead's date, page number and paper."""
    date = page_number = paper = None
    stories_out: list[Story] = []
    previous_page: list[Story] = []
    frames_before: list[Block] = []  # the photos of the page before, as `photo_frames` gives them
    every_frame: list[Block] = []
    pages = [half for page in pages for half in facing_pages(page)]
    for index, page in enumerate(pages):
        chars, stacks = vertical_stacks(_visible(page.chars))
        blocks = lines_to_blocks(set_in_drop_caps(chars_to_lines(chars, page.rules)), index, rules=page.rules)
        if not blocks:
            continue
        blocks.extend(_set_across(stack, blocks, index) for stack in stacks)
        body = body_size(blocks)
        blocks = join_spaced_paragraphs(blocks, body, page.rules)
        masthead, blocks = split_masthead(blocks, page.rules, page.height, body)
        found_date, found_page = masthead_facts(masthead)
        paper = paper or paper_name(masthead)
        date = date or found_date
        page_number = page_number or found_page
        face = body_face(blocks)
        drawn = drawn_headlines(page.pictures, blocks, body)
        blocks, captions, frames = place_photos(page.pictures, drawn, blocks, body, face, index)
        stories, orphans = assemble(blocks, body, face, drawn,
                                    [story.last_part() for story in previous_page if _heads_alone(story)], captions, frames,
                                    page.rules)
        broken_off = _headlines_broken_by_the_page(previous_page, stories, blocks, page.rules, frames)
        for ended in broken_off:
            stories_out.remove(ended)
        for ended in _headlines_broken_by_the_column(stories, blocks, page.rules, frames):
            stories.remove(ended)
        # Text at the top of a column that ran out of the foot of the column to its left (a page
        # set in one flow of columns, stories following on down them) goes on with that story.
        # The page before's stories (and those it carried on from earlier pages) each run on once.
        carried = [story for story in stories_out if story.last_part().page == index - 1]
        orphans = _run_on_from_the_left(stories, orphans,
                                        _ends_at_foot(carried, broken_off, frames_before) if previous_page else None,
                                        carried, frames, page.rules)
        # A run-on filling a column of a flow goes on atop the next (the page before's story run on).
        followers = _run_ons_atop_next_column(orphans, [part for story in previous_page for part in story.parts()
                                                        if part.page == index - 1])
        following = {id(follower) for follower, _ in followers}
        orphans = [block for block in orphans if id(block) not in following]
        # (Not a story whose headline the foot broke and this page's took on: it is that one now.)
        continuing = [story for story in previous_page if not any(story is ended for ended in broken_off)]
        if orphans and continuing:
            _continue_from(continuing, orphans, frames_before, frames)
        elif orphans:
            stories.insert(0, Story(headline=None, body=orphans))
        # Left first: a leader that follows another is placed before its own follower. Every
        # block left over went to a story above, so each leader has one. (Its story can run on
        # from sheets before: the follower goes right after its leader, not in column order.)
        for follower, leader in sorted(followers, key=lambda pair: pair[0].x0):
            owner = next(story for story in [*stories_out, *stories] if any(part is leader for part in story.body))
            owner.body.insert(next(i for i, part in enumerate(owner.body) if part is leader) + 1, follower)
        _keep_columns_whole(stories, page.rules)
        # A run-on whose text all went to the story above it in its column is no story, and a
        # front page's contents box points at stories without being one.
        stories = [story for story in stories if (story.headline is not None or story.body) and not _contents_box(story)]
        for story in stories:
            story.page = found_page
        stories_out.extend(stories)
        frames_before = frames
        every_frame.extend(frames)
        # The stories whose text reaches this page: its own, and those run on from pages before
        # (a box broken over three sheets goes on from the second to the third).
        previous_page = [story for story in stories_out if any(part.page == index for part in story.parts())] \
            or previous_page
    # A headline whose body is all on the next page got it above. One that never got a body
    # heads a photo story when captions stand under it (图片新闻: the caption is its text);
    # else it is no article.
    for story in stories_out:
        story.body = _read_round_photos(story.body, every_frame) or column_order(story.captions)
    # A document's title stands over its numbered sections, which a word processor sets larger
    # than the text (`江州区…的报告` over `一、工作开展情况`): it heads them, with no text of its own.
    # (A bulletin's items numbered so open on the day as news does: each is a story.)
    stories_out = [story for story, following in zip(stories_out, [*stories_out[1:], None])
                   if story.body or (following is not None and _numbered(following.headline) and following.body
                                     and not _opens_as_news(following.body[0].text))]
    # A file of several pages (a whole edition) marks where each page begins: each article
    # gets the page it starts on, not the first page's.
    several = len({story.page for story in stories_out if story.page}) > 1
    parts = []
    for index, story in enumerate(stories_out):
        if several and story.page and (index == 0 or story.page != stories_out[index - 1].page):
            parts.append(f"<!-- digest:page {story.page} -->")
        parts.append(story_markdown(story))
    return "\n\n".join(parts), date, page_number, paper


# A front page's contents (导读) read in a run: two or more headlines of stories inside, each
# followed by its page (`…启动　2版`, `…丰收 ▶3版` with the page under the headline in smaller
# type, `…（详见第5版）`), and nothing else: no sentence of text.
_CONTENTS_RUN_RE = re.compile(rf"(?:[^，。；！？,;!?\s][^，。；！？,;!?]{{3,59}}?\s*{POINTER_MARKS}*\s*[（(]?(?:详见|见)?{PAGE_REF}[）)]?\s*){{2,}}")


def _contents_box(story: Story) -> bool:
    """A box of the page's contents: its text (its page numbers read as captions too, in smaller
    type) lists headlines with the pages they stand on, under a label (`本期导读`) or none."""
    blocks = sorted([*story.body, *story.captions], key=lambda block: (block.top, block.x0))
    return bool(blocks) and _CONTENTS_RUN_RE.fullmatch(fold_radicals(" ".join(block.text for block in blocks))) is not None


def facing_pages(page: PageLayout) -> list[PageLayout]:
    """A spread (two facing pages printed on one sheet) as its two pages, left then right;
    else the page. Each page of a spread sets its masthead over a rule of its own near the top:
    two such rules side by side, each across most of its half, the date or page number printed
    over each in its half, and no rule near the top reaching across from one to the other."""
    top = sorted((rule for rule in page.rules if rule[2] < page.height * 0.3), key=lambda rule: rule[0])
    if len(top) < 2 or not page.chars:
        return [page]
    left_edge, right_edge = min(c["x0"] for c in page.chars), max(c["x1"] for c in page.chars)
    half = (right_edge - left_edge) / 2
    for first, second in itertools.combinations(top, 2):
        split = (first[1] + second[0]) / 2
        if first[1] > second[0] or min(first[1] - first[0], second[1] - second[0]) < half * SPREAD_RULE_SHARE \
                or abs(split - (left_edge + half)) > half * 0.2 \
                or any(x0 < split - 10 and x1 > split + 10 and y <= max(first[2], second[2]) for x0, x1, y in top):
            continue
        if all(MASTHEAD_DATE_RE.search(text) or PAGE_NUMBER_RE.search(text) for text in (
                arabic_dates(fold_radicals("".join(c["text"] for c in page.chars if c["base"] < y and x0 <= c["x0"] <= x1)))
                for x0, x1, y in (first, second))):
            return [_half(page, lambda x: x < split), _half(page, lambda x: x >= split)]
    return [page]


SPREAD_RULE_SHARE = 0.6  # a page's masthead rule runs across this much of its half of a spread at least


def _half(page: PageLayout, within: Callable[[float], bool]) -> PageLayout:
    """The page's characters, rules, pictures and links whose middles lie `within` one half."""
    return page._replace(
        chars=[c for c in page.chars if within((c["x0"] + c["x1"]) / 2)],
        rules=[rule for rule in page.rules if within((rule[0] + rule[1]) / 2)],
        pictures=tuple(p for p in page.pictures if within((p[0] + p[2]) / 2)),
        links=tuple(link for link in page.links if within((link.x0 + link.x1) / 2)))


def _headlines_broken_by_the_page(previous_page: list[Story], stories: list[Story], blocks: list[Block],
                                  rules: list[tuple[float, float, float]] = (), frames: list[Block] = ()) -> list[Story]:
    """A headline, or a subtitle, the page's foot broke (a document printed across pages): its
    first lines close a column of the previous page with no text under them, its last line
    opens the same column of this page (or this page's first where they closed the previous
    page's last: a page set as one flow of columns, unless a header opens that same column of
    this page) in the same type over the text. The lines are joined into this page's headline
    (or subtitle, under the headline above them), with the kicker printed above them; the
    stories of the previous page that so ended are returned, to be dropped. A head right under
    a box's top edge (of `rules`: one over its column that starts right of the page's first
    column, as a sheet's masthead rule does not) opens a box of its own; and one that goes on
    a head closing the column to its left on this page (`_broken_by_the_column`) goes on that:
    the nearer break."""
    last_column = max((part.x0 for story in previous_page for part in story.parts()), default=0.0)
    first_column = min((block.x0 for block in blocks), default=0.0)

    def boxed(head: Block) -> bool:
        return _under_box_edge(head, rules, first_column + head.size)

    heads_atop = [head for story in stories if story.headline is not None
                  and _atop_column(head := story.kicker or story.headline, blocks) and not boxed(head)]

    def broken_off(head: Block) -> list[Story]:
        if boxed(head) or _broken_by_the_column(head, stories, blocks, rules, frames):
            return []
        flows_on = abs(head.x0 - first_column) < head.size
        # A header atop the same column of this page goes on with it before the first column's does;
        # and a header closing its own column of the page before (a grid's kicker) before the last
        # column's does.
        heads = [earlier for earlier in previous_page if _heads_alone(earlier) or _kicker_at_foot(earlier)]
        own_column = [earlier for earlier in heads if _same_column(earlier.last_part(), head)]
        return own_column or [earlier for earlier in heads if flows_on
                              and earlier.last_part().x0 >= last_column - earlier.last_part().size
                              and not any(_same_column(earlier.last_part(), other) for other in heads_atop)]
    return _join_broken_headlines(stories, blocks, broken_off)


def _headlines_broken_by_the_column(stories: list[Story], blocks: list[Block],
                                    rules: list[tuple[float, float, float]] = (), frames: list[Block] = ()) -> list[Story]:
    """A headline, or a subtitle, a column's foot broke (a page set as one flow of columns):
    its first lines close the column to the left with nothing under them, its last line opens
    the next column (`_broken_by_the_column`). Joined as `_headlines_broken_by_the_page` joins
    them; the stories so ended are returned, to be dropped."""
    return _join_broken_headlines(stories, blocks, lambda head: _broken_by_the_column(head, stories, blocks, rules, frames))


def _broken_by_the_column(head: Block, stories: list[Story], blocks: list[Block],
                          rules: list[tuple[float, float, float]] = (), frames: list[Block] = ()) -> list[Story]:
    """The stories of the page whose headline, or subtitle, closes the column to the left of
    `head` with nothing under it, where `head` opens the next column as high as that column's
    text begins, in the same type over the text: the foot broke them. (A grid's story heads the
    next column lower down, under a box that ends there; and a box's edge, a rule over that
    column alone (`rules`), stands right over the head of a box of its own.)"""
    found = []
    for earlier in stories:
        end = earlier.last_part()
        if end.page != head.page or not (_heads_alone(earlier) or _kicker_at_foot(earlier)):
            continue
        column = [other for other in blocks if _same_column(other, end)]
        # (A photo atop that column is where it begins.)
        column_top = min(other.top for other in [*column, *(frame for frame in frames if _same_column(frame, end))])
        # A short line in a kicker's type stands in its column, whose text reaches the gutter:
        # it is set to the left of the head if that column is. (A short headline is measured
        # by itself: its text may be on the next page, not under a head beside it.)
        if end.x1 > head.x0 + head.size:
            continue
        right = end.x1
        # (So is a short headline over a subtitle atop the next column, `——…` in a deck's type:
        # the foot fell between them.)
        if end.size * DECK_STEP <= head.size or (head.size * DECK_STEP <= end.size
                                                 and _a_subtitle(head)):
            right = max([right, *(other.x1 for other in column if other.x1 <= head.x0 + head.size)])
        if head.x0 - right > head.size * MODULE_GUTTER_EMS:
            continue
        if _under_box_edge(head, rules, end.x1 - head.size):
            continue
        # A headline level with it in the next column, under the head atop that column: the two
        # open a row of a grid's boxes at the sheet's foot, their text on the next sheet. (Not
        # where the head is a column's tag alone, `（我看中国两会）`: a tag ends a headline, and the
        # one level with this is a flow's next story, set there by chance. Nor where it is a
        # subtitle, `——…`, with no headline over it: a grid's box opens with its headline.)
        if any(other is not earlier and other.headline is not None and head not in (other.kicker, other.headline)
               and other.headline.page == end.page and other.headline.overlap(head) > 0.5
               and abs(_story_top(other) - _story_top(earlier)) <= head.size for other in stories) \
                and not COLUMN_TAG_RE.fullmatch(fold_radicals(head.text).strip()) \
                and not _a_subtitle(head):
            continue
        if not any(other.top >= end.bottom for other in column) \
                and abs(column_top - head.top) <= max(head.size, end.size):
            found.append(earlier)
    return found


def _a_subtitle(block: Block) -> bool:
    """Whether the block is set as a subtitle: it opens on a dash (`——…`)."""
    return fold_radicals(block.text).lstrip().startswith("——")


def _under_box_edge(head: Block, rules: list[tuple[float, float, float]], left_of_box: float) -> bool:
    """A rule right over `head` and across it that starts right of `left_of_box` (so reaches over
    no column to its left, as a sheet's masthead rule or a broken-off header's box does): the
    top edge of the head's own box."""
    return any(head.top - head.size * BOX_EDGE_EMS <= y <= head.top and left_of_box < x0 <= head.x0 + head.size
               and x1 >= head.x1 - head.size for x0, x1, y in rules)


def _join_broken_headlines(stories: list[Story], blocks: list[Block],
                           broken_off: Callable[[Block], list[Story]]) -> list[Story]:
    """Join to each headline, or kicker, at the top of its column the lines of the last
    `broken_off` story whose headline, or subtitle (`——…`) where it has one, is set in the same
    type; those stories are returned. (A kicker broken so, `…作出批示` / `强调` over the
    headline, ends the column to the left as a headline of its own.) A line in a deck's type
    there, under a larger `broken_off` headline that has no subtitle, is that headline's
    subtitle: the foot fell between them. A smaller line closing the column over nothing, a
    headline of its own or the last line of a story's text there (`_kicker_at_foot`), is the
    kicker of a headline there with none."""
    ended: list[Story] = []
    for story in stories:
        if story.headline is None or not story.headline.text:
            continue
        head = story.kicker or story.headline
        if not _atop_column(head, blocks):
            continue
        candidates = [earlier for earlier in broken_off(head) if earlier not in ended and earlier is not story]
        kicker = next((end for earlier in reversed(candidates) if (end := _kicker_at_foot(earlier)) is not None
                       and story.kicker is None and head.size >= end.size * DECK_STEP), None)
        if kicker is not None:
            owner = next(earlier for earlier in candidates if earlier.body and earlier.body[-1] is kicker)
            owner.body.remove(kicker)
            story.set_as = [piece for piece in [kicker, *story.header()] if piece.page == head.page]
            story.kicker = kicker
            continue
        candidates = [earlier for earlier in candidates if _heads_alone(earlier)]
        broken = [earlier for earlier in candidates if abs(earlier.last_part().size - head.size) <= 0.05 * head.size
                  and (earlier.subtitle is None or (story.subtitle is None and story.kicker is None))]
        if not broken:
            # The foot fell between a headline and its subtitle: a line in a deck's type, alone
            # over the text, under a larger headline that closed the column with no subtitle.
            below = [earlier for earlier in candidates if earlier.subtitle is None and story.kicker is None
                     and story.subtitle is None and earlier.headline.size >= head.size * DECK_STEP]
            # Or between a kicker and its headline: a smaller line closed the column alone, over
            # nothing, and a headline with no kicker opens the next (a flow that keeps no kicker
            # with its headline, as ReportLab's frames do by default).
            above = [earlier for earlier in candidates if earlier.kicker is None and earlier.subtitle is None
                     and story.kicker is None and head.size >= earlier.headline.size * DECK_STEP]
            if below:
                earlier = below[-1]
                story.set_as = [piece for piece in [*earlier.header(), head] if piece.page == head.page]
                story.headline, story.kicker, story.subtitle = earlier.headline, earlier.kicker, head
                ended.append(earlier)
            elif above:
                earlier = above[-1]
                story.set_as = [piece for piece in [earlier.headline, *story.header()] if piece.page == head.page]
                story.kicker = earlier.headline
                ended.append(earlier)
            continue
        earlier = broken[-1]
        # (The lines a page's foot broke off stay with that page's layout.)
        story.set_as = [piece for piece in [*earlier.header(), *story.header()] if piece.page == head.page]
        if story.kicker is not None:
            story.kicker = Block(lines=earlier.headline.lines + head.lines, page=head.page)
        elif earlier.subtitle is None:
            story.headline = Block(lines=earlier.headline.lines + head.lines, page=head.page)
            story.kicker = earlier.kicker
        else:
            story.headline = earlier.headline
            story.subtitle = Block(lines=earlier.subtitle.lines + head.lines, page=head.page)
            story.kicker = earlier.kicker
        ended.append(earlier)
    return ended


def _kicker_at_foot(story: Story) -> Block | None:
    """The story's last block where it is a line or two in a deck's type (larger than the text,
    smaller than a headline) that ends no sentence: a kicker that no headline took, set last in
    its column and parted from its headline by the column's or the page's foot. (Where it is
    the story's text after all, no headline under the foot takes it.)"""
    if not story.body or story.headline is None:
        return None
    end = story.body[-1]
    if end is story.body[0] or len(end.lines) > 2 or ends_sentence(end.text):
        return None
    text_size = statistics.median(line.size for part in story.body for line in part.lines)
    return end if text_size * DECK_RATIO <= end.size < text_size * HEADLINE_RATIO else None


def _atop_column(block: Block, blocks: list[Block]) -> bool:
    """Nothing set over the block in its column."""
    return not any(_same_column(other, block) and other.bottom <= block.top for other in blocks)


def _heads_alone(story: Story) -> bool:
    """A headline (and subtitle) with no text or photo under it (so far)."""
    return story.headline is not None and bool(story.headline.text) and not story.body and not story.captions


def _in_column_left_of(part: Block, block: Block) -> bool:
    """Whether `part` is set in the column right to the left of `block`'s, on the same page. (A
    block of one line that ends its sentence may be a paragraph indented two letters, its
    column's edge left of it: a story's last paragraph atop a column, `王明、李强参加调研。`.)"""
    indent = PARAGRAPH_INDENT_EMS if len(block.lines) == 1 and ends_sentence(block.text) else 0
    return part.page == block.page and part.x1 <= block.x0 + block.size \
        and block.x0 - part.x1 <= block.size * (MODULE_GUTTER_EMS + indent)


def _continue_from(previous_page: list[Story], orphans: list[Block], frames: list[Block] = (),
                   frames_here: list[Block] = ()) -> None:
    """Give the blocks at the top of a page, which no headline owns, to the articles that the
    previous page broke off: each to the article lowest in its column on that page (a page
    can break inside several columns), if it ran to the page's foot there or stopped
    mid-sentence and did not close there on its writer's note or credits; else to the article that
    did run to the foot, unclosed, nearest the block's column (a short headline at the foot,
    its body running on in two columns of the next page). A photo set under an article's
    block on that page (`frames`) runs down its column with it; one atop this page's column
    (`frames_here`), too tall for the room left at that page's foot, stands where its text does."""
    page = max(part.page for story in previous_page for part in story.parts())

    def placed(story: Story, block: Block | None = None) -> list[Block]:
        # A headline at the foot of the page, with its body all on the next, ends its column too.
        # A story run on from a page before counts only where it is set on that page.
        return [b for b in story.parts() if b.page == page and (block is None or _same_column(b, block))]

    def bottom_in(story: Story, block: Block | None = None) -> float:
        return max((_photos_under(b, frames) for b in placed(story, block)), default=-1.0)

    def closed(story: Story) -> bool:
        # Its text ends on its writer's note or its credits (`（作者为…）`, `版式设计：丁立伟`), or on
        # its writers' names in brackets set apart after its text (`（本报记者…、…）`).
        return bool(story.body) and (_closes(_last_paragraph(story.body)) or (
            len(story.body) > 1 and bool(PAREN_BYLINE_RE.match(story.body[-1].text.strip()))))

    # Each article's last block on that page, in reading order: where its text ends; and whether
    # it ended a sentence there.
    last_blocks = {id(story): story.body[-1] if story.body else None for story in previous_page}
    ended_sentence = {id(story): bool(story.body) and ends_sentence(_text_end(story.body)) for story in previous_page}
    # Whether it closed there: one that closes on this page, on a block given it here, still
    # owns what follows in its own column of the page before (a note under its writer's note).
    closed_there = {id(story): closed(story) for story in previous_page}

    def went_on_elsewhere(story: Story, block: Block) -> bool:
        # Its text went on in another column and ended there on a stop or its writer's note (a
        # page set as one flow of columns).
        end = last_blocks[id(story)]
        return end is not None and not _same_column(end, block) and (ended_sentence[id(story)] or closed(story))

    def set_under(story: Story, end: Block) -> bool:
        # Another story is set under where its text ended, in that column: it ended there.
        return any(part.page == end.page and _same_column(part, end) and part.top >= end.bottom
                   for other in previous_page if other is not story for part in other.parts())

    def runs_on_in_own_column(story: Story, block: Block) -> bool:
        # Another block of this page opens mid-paragraph in the column where its text stopped (a
        # grid); on a sheet that leaves a paragraph opening there unshown, a word across the join shows it.
        end = last_blocks[id(story)]
        return any(other is not block and _same_column(other, end) and not _opens_paragraph(other)
                   and (not other.lines[0].unmarked or _joins_word(end, other)) for other in orphans)

    foot = max(map(bottom_in, previous_page))
    last_column = max((part.x0 for story in previous_page for part in placed(story)), default=0.0)
    first_column = min((part.x0 for story in previous_page for part in placed(story)), default=0.0)
    indents_paragraphs = _indents_paragraphs(previous_page)
    # The articles whose text the foot broke off (fixed before any block runs on from this page).
    foot_ends = [id(end) for end in _ends_at_foot(previous_page, frames=frames)]
    at_foot = [story for story in previous_page if id(story.last_part()) in foot_ends]
    for block in orphans:
        owner = max(reversed(previous_page), key=lambda story: bottom_in(story, block))
        last = max(placed(owner, block), key=lambda b: b.bottom, default=None)  # the owner's last block in the column
        ended_above_foot = last is None or _photos_under(last, frames) < foot - block.size * FOOT_LINES
        elsewhere = went_on_elsewhere(owner, block)
        # Its text went on elsewhere and ended above the foot, or over another story set under it
        # there: it did not break off at the foot of this column. Nor, for a block opening
        # mid-paragraph, where the foot broke off another story mid-sentence, unless that one
        # runs on in its own column of this page (a grid: there a paragraph can break at the foot
        # after a full stop, and the block is the other's).
        ended_elsewhere = elsewhere and (last_blocks[id(owner)].bottom < foot - block.size * FOOT_LINES
                                         or set_under(owner, last_blocks[id(owner)]))
        # The other stories the foot broke off, that did not close there: the block may go on one of them.
        others = [story for story in at_foot if story is not owner and not closed(story) and last_blocks[id(story)] is not None]
        another_broken_off = elsewhere and not _opens_paragraph(block) and any(
            not ended_sentence[id(story)] and not runs_on_in_own_column(story, block) for story in others)
        # Nor where it closed its sentence at the foot and the block goes on mid-word from a story
        # the foot broke in another column (the page before's last column, in a flow).
        # (Its text may have gone on in the next column and ended its sentence there, at the foot.)
        owner_stopped = last is not None and (ends_sentence(last.text) or (elsewhere and ended_sentence[id(owner)]))
        if owner_stopped and not _opens_paragraph(block):
            # On a sheet that shows where paragraphs open by indents, the layout can tell: a block
            # atop the first column goes on from a story the foot of the last column broke
            # mid-sentence (a flow) where the owner's text ended here, its paragraph's last line
            # short, or where it is the only block atop a column that opens mid-paragraph (a box's
            # run-on, in its own columns, would be one too). Where the owner's text went on in
            # another column, it may be a box in two columns, whose text runs on across them sheet
            # by sheet: there the words tell.
            first_of_flow = indents_paragraphs and not block.lines[0].unmarked and block.x0 <= first_column + block.size
            ended_short = last is last_blocks[id(owner)] and _stops_short(last)
            flowing_on = [story for story in others if first_of_flow and not ended_sentence[id(story)]
                          and last_blocks[id(story)].x0 >= last_column - block.size
                          and (ended_short or _alone_mid_paragraph(block, orphans)
                               or (elsewhere and _reads_on(block, story, [_story_text(owner)])))]
            if len(flowing_on) == 1:
                flowing_on[0].body.append(block)
                continue
            # (On a sheet that leaves a paragraph opening atop a column unshown, the words alone can show it.)
            broken_mid_word = [story for story in others if not ended_sentence[id(story)]
                               and (_joins_word(last_blocks[id(story)], block) or (
                                   block.lines[0].unmarked and _reads_on(block, story, [_story_text(owner)])))]
            owner_kinship = _kinship(block, _story_text(owner)) if broken_mid_word else 0.0
            broken_mid_word = [story for story in broken_mid_word if _kinship(block, _story_text(story)) > owner_kinship]
            if len(broken_mid_word) == 1:
                broken_mid_word[0].body.append(block)
                continue
        # Where it closed its sentence at the foot, and so did a story at the foot of the page
        # before's last column, a block opening a paragraph may go on either: a box of a grid
        # in its own column, or a flow from that last column. The words tell.
        # (A headline alone at that column's foot, its text all on this page, is measured by its words too.)
        if last is not None and ended_sentence[id(owner)] and _opens_paragraph(block) and not closed_there[id(owner)]:
            # (A flow fills its last column to the foot, unless a photo too tall for the room left
            # opens the next column, over the block: a story whose text ended lines above the foot,
            # the column empty under it, was a box of a grid.)
            under_photo = _from_photo_over(block, frames_here, block.size).top < block.top
            heads_there = [story for story in at_foot if story is not owner and _heads_alone(story)]
            flowing = [story for story in [*others, *heads_there]
                       if (last_blocks[id(story)] or story.last_part()).x0 >= last_column - block.size
                       and (_heads_alone(story) or under_photo or bottom_in(story) >= foot - block.size * FLOW_FOOT_LINES)
                       and _reads_on(block, story, [_story_text(owner)])]
            if len(flowing) == 1:
                flowing[0].body.append(block)
                continue
        # A story that ended on a stop above the foot ended there, unless its photo, too tall for
        # the room left under its text, opens this page's column and its text runs on under it
        # (`刘芳到石桥镇任职三年，…` under the photo, after `石桥镇党委书记刘芳——`'s headline and
        # lead): the words tell it from a box of a grid that ended short of its neighbours.
        # (Read only where it ended so: the words are the costly test.)
        ended_here = ended_above_foot and (last is None or (ends_sentence(last.text) and not (
            _opens_paragraph(block) and _reads_on(
                block, owner, [_story_text(story) for story in at_foot if story is not owner and not closed(story)]))))
        if ended_here or closed_there[id(owner)] or ended_elsewhere or another_broken_off:
            # That column's article ended on the page, or went on in another column: the block
            # goes on the nearest that ran to the foot and did not close there.
            running = [story for story in at_foot if not closed(story)]
            # Of those, one that stopped mid-sentence, then the nearest. Where all ended a sentence,
            # first the one whose words the block's are far more than the others' (a flow's last
            # sheet, its columns balanced, goes on from the last column, not the nearest:
            # `…技术带进课堂。` / `首批学生入学后…`).
            stopped = [story for story in running if last_blocks[id(story)] is None or not ended_sentence[id(story)]]
            reading = [story for story in running if len(running) > 1 and not stopped and _reads_on(
                block, story, [_story_text(other) for other in running if other is not story])]
            owner = reading[0] if len(reading) == 1 else min(running or [owner], key=lambda story: (
                last_blocks[id(story)] is not None and ended_sentence[id(story)],
                min(_horizontal_gap(b, block) for b in placed(story))))
        owner.body.append(block)


def _text_end(body: list[Block]) -> str:
    """The text that ends a story's body: its last block's; after the text of the block before
    it where that holds closing marks alone (`”`, which a wrap that lets a line open on a closing
    mark, as ReportLab's does, pushed down to the next column)."""
    text = body[-1].text.strip()
    if len(body) > 1 and text and not text.strip(CLOSING_MARKS):
        return body[-2].text + text
    return text


def _last_paragraph(body: list[Block]) -> Block:
    """The last block of a story's text, with the lines of the block before it where a column
    broke the paragraph (`（本报北京、…5月3日电` / `记者…）`): a note or credit is read whole."""
    last = body[-1]
    if len(body) > 1 and not _opens_paragraph(last) and not ends_sentence(body[-2].text):
        return Block(lines=body[-2].lines + last.lines, page=last.page)
    return last


def _ends_at_foot(page: list[Story], broken_off: list[Story] = (), frames: list[Block] = ()) -> list[Block]:
    """The last parts of the stories whose text a page's foot may have broken off: set down to
    its foot (a headline at the foot too, its text all on the next page; or a photo of the
    story's under its last part, `frames`), with no other story set under them in their
    column. `broken_off`: the headlines the foot broke, which the next page's own headlines
    took on; set under a story, they end it above the foot."""
    ends = [end for end in map(Story.last_part, page) if end is not None]
    reach = {id(end): _photos_under(end, frames) for end in ends}
    foot = max(reach.values(), default=0.0)
    parts = [part for story in [*page, *broken_off] for part in story.parts()]
    return [end for end in ends if reach[id(end)] >= foot - end.size * FOOT_LINES and not any(
        part.page == end.page and _same_column(part, end) and part.top >= end.bottom for part in parts)]


def _read_round_photos(body: list[Block], frames: list[Block]) -> list[Block]:
    """A story's blocks in reading order where a photo stands across two or more of its
    columns between paragraphs: read down each column past the photo, as typesetters flow
    text round one, unless the text shows that it runs across the columns over the photo
    first (the first column's block over it stops mid-sentence and the next column's opens
    mid-paragraph) and only then across those under it."""
    for frame in frames:
        over = sorted((b for b in body if _in_span(b, frame) and _right_under(b.bottom, frame.top, b.size)),
                      key=lambda b: b.x0)
        if len(over) < 2 or not any(_in_span(b, frame) and _right_under(frame.bottom, b.top, b.size) for b in body) \
                or ends_sentence(over[0].text) or _opens_paragraph(over[1]):
            continue
        placed = [i for i, block in enumerate(body) if _in_span(block, frame)]
        banded = sorted((body[i] for i in placed), key=lambda block: (block.top >= frame.bottom, block.x0, block.top))
        body = list(body)
        for i, block in zip(placed, banded):
            body[i] = block
    return body


def _in_span(block: Block, frame: Block) -> bool:
    """The block stands in one of the columns that a photo set across several spans."""
    return block.page == frame.page and frame.overlap(block) > 0.5 and block.x1 - block.x0 < frame.x1 - frame.x0


def _photos_under(block: Block, frames: list[Block]) -> float:
    """How far down its column the block and the photos set right under it reach (`frames`
    top first, as `photo_frames` gives them)."""
    bottom = block.bottom
    for frame in frames:
        if frame.page == block.page and frame.overlap(block) > 0.5 and _right_under(bottom, frame.top, block.size):
            bottom = frame.bottom
    return bottom


def _run_on_from_the_left(stories: list[Story], orphans: list[Block], foot_before: list[Block] | None,
                          before: list[Story] = (), frames: list[Block] = (),
                          rules: list[tuple[float, float, float]] = ()) -> list[Block]:
    """Give each block at the top of a column that no headline owns to the story lowest in the
    column to its left, where that story's text reaches lower than the block's top: a page set
    as one flow of columns runs each story on from the foot of one column to the top of the
    next. After a page of the same file (`before`: the stories it carried on), only where the
    text shows the run-on (the story's last block stops mid-sentence, or the block opens
    mid-paragraph), where the run-on from that page ended higher in the column, or where every
    story that page broke off and set in the block's column (a box printed across sheets goes on
    in its own columns) has run on already (a column break between two paragraphs). A block
    beside another such block as long, in the column to its left (a story run on from the page
    before in a module of two columns), goes on with that one, unless that one closed on its
    writer's note. Nor is a box's label or contents list (`导读`) a run-on, nor a block that a
    rule across both columns (`rules`), over the story's header, sets in a box above it. A block
    atop the first column that goes on from the last column of the page before (`_flow_run_on`)
    shows the sheet is one flow. The blocks left are returned in the order given (`assemble`'s
    column order)."""
    page_before = foot_before is not None
    # The stories the page before may have broken off: each run on once on this page.
    unclaimed = list(foot_before or [])
    # One that closed there on its writer's note or its dispatch's sign-off (`（本报记者 何平）`)
    # broke off nothing: its column is another story's.
    closed_ends = {id(end) for end in unclaimed if _closes(end)}
    # The page before's stories by their last parts, and their parts set there.
    ended_by = {id(end): story for story in before if (end := story.last_part()) is not None}
    set_before = {id(end): [part for part in story.parts() if part.page == end.page]
                  for story in before if (end := story.last_part()) is not None}
    left_over = []
    # The sheet is one flow: a block atop a column went on from the column to its left, or atop
    # the first from the last column of the sheet before.
    flowed = False
    for block in sorted(orphans, key=lambda b: (b.x0, b.top)):
        # The run-on of a story that ran to the foot of this column on the page before (a page
        # of boxes printed across sheets): that page's. Unless that story closed its sentence
        # there, the block opens mid-paragraph and the story set lowest in the column to its left
        # stops mid-sentence beside it: a flow runs on from column to column (and the page
        # before's last column ran on to this page's first). Where that one closed a sentence
        # beside it too, the block goes on with it if its words are that story's far more.
        open_to = [end for end in unclaimed if id(end) not in closed_ends]
        own_column = [end for end in open_to if _same_column(end, block)]
        left = _lowest_in_column_left_of(stories, block)
        # (A block under a photo atop its column stands where the photo does.)
        top = _from_photo_over(block, frames, block.size).top
        left_open = left is not None and left.last.bottom > top and not ends_sentence(left.last.text)
        if own_column and left is not None and left.last.bottom > top:
            # The block goes on from text: it opens mid-paragraph, or on the paragraph that a part's
            # number alone closing the column to the left (`3`, centred) heads.
            mid_text = not _opens_paragraph(block) or LONE_FIGURE_RE.fullmatch(
                fold_radicals(left.last.lines[-1].text).strip()) is not None
            # Where both closed a sentence at their column's foot, the words tell which it goes on;
            # where the sheet leaves a paragraph opening atop a column unshown, or both stopped
            # mid-sentence (`…石桥有轨电车的客运强度为每公里` beside a list's `…咨询电话：66012345`),
            # the join or the words show the run-on from the left.
            both_open = left_open and not _ends_text(own_column[0])
            reads_left = (not left_open or (mid_text and (block.lines[0].unmarked or both_open))) \
                and _reads_on(block, left.owner, [own_column[0].text])
            runs_on_left = left_open and mid_text and (
                not block.lines[0].unmarked or _joins_word(left.last, block) or reads_left)
            # Where both stopped mid-sentence, a word across the join, and the words, show which it
            # goes on; the words alone can too, far more the left story's (`reads_left`).
            left_joins = left_open and mid_text and not _joins_word(own_column[0], block) and (
                (_joins_word(left.last, block)
                 and _kinship(block, _story_text(left.owner)) > _kinship(block, own_column[0].text))
                or reads_left)
            # A headline closing the column to the left with no text under it takes the block
            # where the story in the block's column closed there and the block opens a story's
            # text (`本报江州3月3日电…`): a flow's next column, no box's run-on from the sheet before.
            opens_story = _heads_alone(left.owner) and DATELINE_RE.match(fold_radicals(block.text)) is not None
            # A headline alone at its column's foot on the sheet before has its text atop its own
            # column (a grid's box) or atop the sheet's first (a flow): where the story to the left
            # closed a sentence at its foot, the words tell whether the block is that story's.
            own_story = ended_by.get(id(own_column[0]))
            reads_left_of_head = own_story is not None and _heads_alone(own_story) and not left_open \
                and _opens_paragraph(block) and _reads_on(block, left.owner, [_story_text(own_story)])
            # Where both closed a sentence and a column of this sheet already ran on atop the next
            # from the story at its foot, the sheet is one flow: it goes on from the column to the left.
            # Unless its words are the story broken off in its own column's far more: a box of a grid
            # broken after a `；`, which reads as a closed sentence, beside a story set lower in the
            # column to the left that stops mid-sentence at this sheet's foot.
            takes_left = (left_joins or reads_left_of_head or (_ends_text(own_column[0]) and (
                runs_on_left or (not left_open and (reads_left or flowed)) or opens_story))) \
                and not (own_story is not None and _reads_on(block, own_story, [_story_text(left.owner)]))
        else:
            takes_left = False
        if own_column and not takes_left:
            # Atop the sheet's first column, a block may go on the story closing the last column
            # of the sheet before as well (a flow): where its words (a paragraph after two closed
            # sentences) or the layout (a run-on mid-paragraph) show it, the sheet is one flow,
            # and that one has run on.
            flow_end = _flow_run_on(block, own_column[0], open_to, ended_by, orphans) if left is None else None
            unclaimed.remove(flow_end or own_column[0])
            flowed = flowed or flow_end is not None
            left_over.append(block)
            continue
        # A box of its own: its label (`导读`), or lines under it that each point at a page.
        labelled = any(is_box_label(fold_radicals(other.text.strip())) and _same_column(other, block)
                       and 0 <= block.top - other.bottom <= block.size * 2 for other in left_over)
        if labelled or is_box_label(fold_radicals(block.text.strip())) \
                or any(CONTENTS_LINE_RE.match(fold_radicals(line.text.strip())) for line in block.lines):
            left_over.append(block)
            continue

        if left is None:
            left_over.append(block)
            # With nothing to its left, and no story of the page before ending in its column: the
            # run-on of one that stopped mid-sentence at the foot of another (the last column of
            # a page set as one flow), else of the last one set down to the foot (its paragraph
            # ended there).
            open_ends = [end for end in unclaimed if not _ends_text(end)]
            if open_ends or unclaimed:
                end = max(open_ends or unclaimed, key=lambda end: (end.x0, end.bottom))
                # Not a paragraph after that one's closed sentence whose words are another story's
                # of the page before far more: that story's text under its photo, too tall for the
                # room under its lead, atop this column (`_continue_from`).
                if open_ends or not _opens_paragraph(block) or not _reads_on_another(block, ended_by.get(id(end)), before):
                    unclaimed.remove(end)
            continue
        column_left, last, owner = left
        # Everything set in that column (a headline short of its width too, a kicker over it, one
        # centred in it, and run-ons from the page before): a column of one flow is filled from its
        # top down, with no more room between two blocks than a headline's (a box's edge and margin
        # over the first, beside a run-on of a line or two). Else the block is no column of that flow.
        # (Photos and their captions fill a column as its text does.)
        filled = sorted((part for part in [*(part for story in stories for part in story.parts()), *left_over, *frames]
                         if part.page == block.page and (abs(part.x0 - column_left) < block.size * 2
                                                         or _within(part, column_left, last.x1, block.size))),
                        key=lambda part: part.top)
        if filled[0].top >= max(block.bottom, block.top + block.size * FLOW_GAP_LINES) \
                or _gap_in(filled) > block.size * FLOW_GAP_LINES:
            left_over.append(block)
            continue
        shown = not ends_sentence(last.text) or not _opens_paragraph(block)
        # Blocks run on from the page before in the column to the left, beside this one; of a
        # module of columns (filled evenly, from the left) when they end about as low as this one.
        run_ons_beside = [other for other in left_over if _in_column_left_of(other, block) and other.top < block.bottom]
        # (Not one over a story set lower in its column alone: the flow goes on from that story.
        # A box under a module is set in both its columns. Nor one over the headline closing that
        # column alone, whose words the block shares far more: a flow's last sheet, its columns
        # balanced, ends one column on a headline and opens the next on its text.)
        beside = [other for other in run_ons_beside if abs(other.bottom - block.bottom) <= block.size * BESIDE_FOOT_LINES
                  and not any(_set_under_in_its_column_alone(story, other, block) for story in stories)
                  and not (_heads_alone(owner) and _same_column(owner.headline, other) and owner.headline.top >= other.bottom
                           and _reads_on(block, owner, [other.text]))]
        beside_end = max(beside, key=lambda b: b.bottom) if beside else None
        runs_on_beside = beside_end is not None and not _closes(beside_end)
        # Where the text does not show it, a block of a page after another runs on from the
        # column's foot only where the run-on from that page ended higher in the column, where
        # that page's stories have all run on (it can continue none of them), or where its words
        # are that story's far more than those of the stories that page broke off.
        ended_beside = bool(run_ons_beside) and _ends_text(max(run_ons_beside, key=lambda b: b.bottom))
        # A story of the page before goes on here, beside the flow from the column to the left,
        # only as a box printed across sheets does: in a column it was set in there. (One set in
        # other columns went on atop the sheet's first column, if anywhere.)
        # (An end whose story is not given is measured by itself.)
        open_here = [end for end in open_to
                     if any(_same_column(part, block) for part in set_before.get(id(end), [end]))]
        if last.bottom <= top or runs_on_beside or _closes(last) \
                or _boxed_apart(block, owner, last, rules) \
                or (page_before and open_here and not shown and not ended_beside and not flowed
                    and not _reads_on(block, owner, [end.text for end in open_here])):
            left_over.append(block)
            continue
        owner.body = column_order([*owner.body, block])
        flowed = True
    # In the order they came, the page's column order: looked at by left edge first, a heading
    # indented as a paragraph opens (a Word bulletin's bold item title) would follow its text.
    kept = {id(block) for block in left_over}
    return [block for block in orphans if id(block) in kept]


def _flow_run_on(block: Block, own_end: Block, ends: list[Block], ended_by: dict[int, Story],
                 orphans: list[Block]) -> Block | None:
    """The end, of `ends`, of the story closing the last column of the sheet before, where
    `block` (atop a column with none to its left) goes on from it: the sheet goes on from the
    last column, as a flow does. Where the block opens a paragraph after the closed sentences
    of both that story and the one ending in its own column (`own_end`), if its words are that
    story's far more; where it opens mid-paragraph on a sheet that shows where paragraphs
    open by indents, if that story stopped mid-sentence, the one in its own column closed a
    sentence, and no other block atop a column (of `orphans`) opens mid-paragraph to go on
    with that story. (`ended_by`: the stories of the sheet before by their last parts.)"""
    last_column = max(ends, key=lambda end: (end.x0, end.bottom))
    if last_column is own_end or id(last_column) not in ended_by or id(own_end) not in ended_by:
        return None
    if not _opens_paragraph(block):
        goes_on = _indents_paragraphs(ended_by.values()) and not block.lines[0].unmarked \
            and _ends_text(own_end) and not _ends_text(last_column) and _alone_mid_paragraph(block, orphans)
        return last_column if goes_on else None
    if not (_ends_text(own_end) and _ends_text(last_column)):
        return None
    return last_column if _reads_on(block, ended_by[id(last_column)], [_story_text(ended_by[id(own_end)])]) else None


def _alone_mid_paragraph(block: Block, orphans: list[Block]) -> bool:
    """Whether no block atop a column but `block` (of `orphans`) opens mid-paragraph: where a
    story broken mid-sentence at the sheet before's foot can go on, `block` is the only place."""
    return not any(other is not block and not _opens_paragraph(other) for other in orphans)


def _indents_paragraphs(stories: Iterable[Story]) -> bool:
    """Whether the stories' text opens its paragraphs with an indent, as a few lines inside its
    blocks show: a block atop a column that is not indented then runs on mid-paragraph. (A
    sheet that sets its paragraphs apart by a space shows no opening atop a column; one of its
    lines set right, a source under a chart, can look indented.)"""
    indented = (_indented(line, block.x0) for story in stories for block in story.body for line in block.lines[1:])
    return sum(indented) >= INDENTED_PARAGRAPHS


INDENTED_PARAGRAPHS = 3  # paragraph openings inside blocks that show a sheet indents its paragraphs


def _reads_on_another(block: Block, ended: Story | None, before: list[Story]) -> bool:
    """Whether the block's words are another story's of the page before (`before`) far more than
    those of `ended`, the story whose text ended where the block may go on."""
    return ended is not None and any(_reads_on(block, story, [_story_text(ended)]) for story in before if story is not ended)


def _boxed_apart(block: Block, owner: Story, last: Block, rules: list[tuple[float, float, float]]) -> bool:
    """A rule running from the column of `owner` (its text ending in `last`) across the block's,
    between the block and the story's header, closes the box the block is in: the story is in
    the box under it."""
    return owner.headline is not None and owner.headline.page == block.page and any(
        block.bottom <= y <= _story_top(owner) and x0 <= last.x0 + block.size and x1 >= (block.x0 + block.x1) / 2
        for x0, x1, y in rules)


def _run_ons_atop_next_column(orphans: list[Block], parts_before: list[Block]) -> list[tuple[Block, Block]]:
    """The blocks atop a column that no headline owns and that go on from the one atop the
    column to their left, with that block: it stops mid-sentence, the block opens mid-paragraph
    and its words are more that block's than those of the text set lowest in its own column on
    the page before (`parts_before`), which ended its sentence there (a story run on from the
    page before fills a column of a flow and goes on down the next). Where that text stopped
    mid-sentence, it runs on there: a grid's boxes, and their modules of columns, each run on
    in their own columns."""
    followers = []
    for block in orphans:
        own_column = [part for part in parts_before if _same_column(part, block)]
        lowest = max(own_column, key=lambda part: part.bottom) if own_column else None
        if _opens_paragraph(block) or (lowest is not None and not _ends_text(lowest)):
            continue
        leaders = [other for other in orphans if other is not block and _in_column_left_of(other, block) and other.top < block.bottom
                   and abs(other.top - block.top) <= block.size and not _ends_text(other)]
        if leaders and (lowest is None or _kinship(block, leaders[0].text) > _kinship(block, lowest.text)):
            followers.append((block, leaders[0]))
    return followers


def _within(part: Block, left: float, right: float, size: float) -> bool:
    """Set within a column's edges (a short or centred line stops short of them), give or take a letter."""
    return part.x0 >= left - size and part.x1 <= right + size


def _joins_word(end: Block, block: Block) -> bool:
    """A word of the dictionary across the join of `end`'s last letters and `block`'s first
    (`…帮助茶企提` + `升…`): the block goes on from there."""
    return crosses_dictionary_word(fold_radicals(end.text), fold_radicals(block.text))


def _story_text(story: Story) -> str:
    return "".join(part.text for part in story.parts())


def _kinship(block: Block, text: str) -> float:
    return word_kinship(fold_radicals(block.text), fold_radicals(text))


def _keep_columns_whole(stories: list[Story], rules: list[tuple[float, float, float]]) -> None:
    """Give a body block set right under another story's text in its column to that story,
    where no headline, kicker, subtitle or rule stands between them: down a column, only a
    header or a box's edge starts another story. In a flow of columns, a story runs on at the
    top of the next column and on down it, past the level of a headline set to its left; a
    block that a section heading or a bold paragraph parts from that run-on would otherwise go
    to that headline."""
    body = sorted((block for story in stories for block in story.body), key=lambda block: block.top)
    owner_of = {id(block): story for story in stories for block in story.body}
    headers = [part for story in stories for part in story.header()]
    spaced = _paragraph_space(stories)
    for block in body:
        story = owner_of[id(block)]
        if block.lines[0].run_in or any(part.overlap(block) > 0.3 and part.top <= block.top + 1
                                         and block.top - part.bottom <= block.size * HEAD_GAP_LINES
                                         or part.top <= block.top < part.bottom for part in story.header()):
            continue  # a brief's run-in headline, or text right under (or beside) its own header
        room = max(block.size * RUN_GAP_LINES,
                   min(spaced, block.size * PARAGRAPH_SPACE_MAX_LINES) + block.size * PARAGRAPH_SPACE_SLACK)
        above = [other for other in body if other.page == block.page and _same_column(other, block)
                 and other.top < block.top and -block.size <= block.top - other.bottom <= room]
        if not above:
            continue
        upper = max(above, key=lambda other: other.bottom)
        upper_story = owner_of[id(upper)]
        between = (upper.bottom - 1, block.top + 1)
        if upper_story is story or any(between[0] <= part.top and part.bottom <= between[1] and part.overlap(block) > 0.3
                                       for part in headers) \
                or any(between[0] <= y <= between[1] and x0 <= block.x0 + block.size and x1 >= block.x1 - block.size
                       for x0, x1, y in rules):
            continue
        story.body.remove(block)
        upper_story.body = column_order([*upper_story.body, block])
        owner_of[id(block)] = upper_story


RUN_GAP_LINES = 1.5  # the most room between two blocks of one column of one story's text


def _paragraph_space(stories: list[Story]) -> float:
    """The room a page sets between its paragraphs where it sets them apart (a word processor's
    space after each paragraph, each paragraph a block): the gap found most often between one
    story's blocks one under the other in a column, where it is found PARAGRAPH_SPACE_COUNT
    times or more, to a point; else 0 (a newspaper's paragraphs run on in one block)."""
    gaps = Counter(round(lower.top - upper.bottom) for story in stories
                   for upper, lower in zip(story.body, story.body[1:])
                   if upper.page == lower.page and _same_column(upper, lower) and lower.top > upper.bottom)
    gap, count = max(gaps.items(), key=lambda item: (item[1], -item[0]), default=(0, 0))
    return float(gap) if count >= PARAGRAPH_SPACE_COUNT else 0.0


PARAGRAPH_SPACE_COUNT = 3  # a space between paragraphs is the page's rule where it recurs this often
PARAGRAPH_SPACE_SLACK = 0.3  # in type sizes: paragraphs set apart stand no further apart than their space and this
PARAGRAPH_SPACE_MAX_LINES = 3  # a word processor's space after a paragraph is no wider: wider gaps part boxes


def _set_under_in_its_column_alone(story: Story, upper: Block, beside: Block) -> bool:
    """Whether the story's text is set under `upper` in its column, and none of the story in
    `beside`'s column. (A headline alone at the foot has its text on the next page.)"""
    return any(part.page == upper.page and _same_column(part, upper) and part.top >= upper.bottom for part in story.body) \
        and not any(part.page == upper.page and _same_column(part, beside) for part in story.parts())


def _reads_on(block: Block, story: Story, other_texts: list[str]) -> bool:
    """Whether the block's words show it goes on with `story` rather than `other_texts` (`words.kin_to`)."""
    return kin_to(fold_radicals(block.text), fold_radicals(_story_text(story)),
                  [fold_radicals(other) for other in other_texts])


class LeftColumn(NamedTuple):
    """The column right to the left of a block: its left edge, and the part set lowest in it with its story."""

    left_edge: float
    last: Block
    owner: Story


def _lowest_in_column_left_of(stories: list[Story], block: Block) -> LeftColumn | None:
    """The column right to the left of `block`'s; None where no story is set there."""
    # A short headline at the column's foot (its text all in the next column) stops short of
    # the gutter, and so may the byline centred under it: they are set within the column. With
    # nothing else of its sheet's stories there, the headline starts where a column as wide as
    # the block's would.
    placed = [(part, story) for story in stories for part in story.parts() if _in_column_left_of(part, block)
              or (_heads_alone(story) and part.page == block.page and part.x1 <= block.x0
                  and part.x0 >= block.x0 - (block.x1 - block.x0) - block.size * MODULE_GUTTER_EMS)]
    if not placed:
        return None
    # Its left edge is the tallest block's: a centred deck line or an indented kicker sets none.
    tallest = max(placed, key=lambda pair: pair[0].bottom - pair[0].top)[0]
    column_left = tallest.x0
    within = [(part, story) for story in stories for part in story.parts() if part.page == block.page
              and _within(part, column_left, tallest.x1, block.size)]
    column = [(part, story) for part, story in placed if abs(part.x0 - column_left) < block.size * 2] + within
    last, owner = max(column, key=lambda pair: pair[0].bottom)
    return LeftColumn(column_left, last, owner)


BESIDE_FOOT_LINES = 5  # the columns of a module end within a few lines of one another
FLOW_GAP_LINES = 6  # the most room between two blocks of one column of a flow: a headline's margins


def _gap_in(parts: list[Block]) -> float:
    """The most room left empty down a column of `parts` (sorted by their tops). Each gap is
    measured from the lowest foot above it: a text block joined across a photo reaches past
    the photo's frame, which stands inside it."""
    widest, reach = 0.0, parts[0].bottom
    for part in parts[1:]:
        widest = max(widest, part.top - reach)
        reach = max(reach, part.bottom)
    return widest


def _ends_text(block: Block) -> bool:
    """The block closes its sentence or its story (a writer's note, a credit)."""
    return ends_sentence(block.text) or _closes(block)


def _closes(block: Block) -> bool:
    """The block ends on its story's writer's note or credits (`（作者为…）`, `版式设计：丁立伟`),
    or on a note in brackets after its last sentence (`_closing_note`; a block of such a name
    alone is a byline, under a headline)."""
    after_last_sentence, last_line = _closing_texts(block)
    if len(after_last_sentence) < len(block.text) and _closing_note(after_last_sentence):
        return True
    if len(after_last_sentence) > MAX_CREDITS_LETTERS and not after_last_sentence.startswith(("（", "(")):
        # Text the foot cut off after its last stop (a list of items with no stops, `景区咨询电话：…；
        # 凭身份证购买的老`), however it opens: no credits run that long. (A note in brackets, a
        # dispatch's from ten cities, can.)
        after_last_sentence = ""
    if not (closes_story(after_last_sentence) or closes_story(last_line)):
        return False
    # Not a last label (`景区咨询电话：…`) that the block gives before too: an item of a list (each of
    # a list's sights with its phone), which may go on in the next column. (An interview's
    # question closing the block, `记者：…怎样帮助农民用好这些机器的？`, reads as a credit's label; so
    # does one the column's foot cut off, `记者：欢迎你…，既然你是`: a reporter's credit names the
    # reporter, in no clause.)
    text = fold_radicals(block.text)
    return not (_lists_items(text) or interview_prompt(text.strip())
                or (after_last_sentence.startswith("记者") and "，" in after_last_sentence))


def _lists_items(text: str) -> bool:
    """Whether the text's last label (the letters before its last `：`, four to six of them: the
    text may run into it with no mark, `…老人免票景区咨询电话：`) is given before in it too."""
    colon = max(text.rfind("："), text.rfind(":"))
    head = text[:colon]
    return colon > 0 and any(len(label := head[-letters:]) == letters and re.fullmatch(r"[\u4e00-\u9fff]+", label)
               and text.count(label + "：") + text.count(label + ":") > 1 for letters in range(4, 7))


MAX_CREDITS_LETTERS = 80  # a story's credits after its last sentence (`采访整理：…　数据来源：…`)


def _closing_note(note: str) -> bool:
    """A note in brackets that closes a story after its last sentence: its writer's (`（执笔：方明远）`,
    or the names alone, `（林晓峰）`, `（周海宁李雪梅）`), the end's mark (`（完）`) or a reprint's
    citation (`（刊于《江州通讯》2024年第6期）`)."""
    names = _BRACKETED_NAME_RE.match(note)
    return bool(PAREN_BYLINE_RE.match(note) or _END_NOTE_RE.match(note) or (names and (
        is_writers_names(names["names"]) or names_run_together(names["names"]))))


_BRACKETED_NAME_RE = re.compile(r"^[（(]\s*(?P<names>[\u4e00-\u9fff]{2,3}(?: [\u4e00-\u9fff]{2,3}){0,3}|[\u4e00-\u9fff]{4,6})\s*[）)]$")
_END_NOTE_RE = re.compile(r"^[（(]\s*(?:完|(?:刊于|原载|载于|摘自|选自|转载自|转自)\s*《[^《》]{1,30}》[^（）()]{0,30})\s*[）)]$")


def _closing_texts(block: Block) -> tuple[str, str]:
    """Where a closing note or credit would be in the block: its text after its last sentence
    (a note wrapped over lines: `（作者为…` / `…主任）`), and its last line (`版式设计：丁立伟`)."""
    text = fold_radicals("".join(line.text for line in block.lines))
    # A quotation closes with its sentence: the note starts after the closing mark (`…。”（本报记者…）`).
    return re.split(r"(?<=[。！？])[”’」』]?", text.rstrip("。！？"))[-1], fold_radicals(block.lines[-1].text)


FOOT_LINES = 12  # an article whose last line stands this many body sizes above the page's last (8 lines) ended there
FLOW_FOOT_LINES = 4  # a flow's column that goes on to the next sheet is filled to within this many body sizes of the foot


def split_masthead(blocks: list[Block], rules: list, height: float, body: float) -> tuple[list[Block], list[Block]]:
    """The masthead (paper, date, page, section) is above the first full-width rule near the top.

    Without such a rule, the blocks in the top band that print a date or page number are the
    masthead; or a bulletin's head (简报, as a Word file exported to PDF sets it): its name over
    its issue line (`第12期`), and the office and date right under that.
    """
    top_rules = sorted((rule for rule in rules if rule[2] < height * 0.3), key=itemgetter(2))
    if top_rules:
        x0, x1, limit = top_rules[0]
        above = [b for b in blocks if b.bottom <= limit + 1]
        # Text above a rule that prints no date or page number is not a masthead: the
        # run-on of an article at the top of a PDF's next page, over a box's top rule. Unless it
        # is a paper's name alone, in type larger than the text's, over a rule across the page
        # (a masthead that prints no date, or a later sheet's, as a page printed over several repeats it).
        if any(MASTHEAD_DATE_RE.search(b.text) or PAGE_NUMBER_RE.search(b.text) for b in above) \
                or _paper_name_alone(above, x1 - x0, blocks, body):
            return above, [b for b in blocks if b.bottom > limit + 1]
    band = [b for b in blocks if b.bottom < height * 0.12 and (MASTHEAD_DATE_RE.search(b.text) or PAGE_NUMBER_RE.search(b.text))]
    issues = [] if band else [b for b in blocks if b.bottom < height * 0.3 and _issue_line(b)]
    if issues:
        limit = min(b.bottom for b in issues)
        dated = [b for b in blocks if 0 <= b.top - limit <= body * ISSUE_DATE_LINES and MASTHEAD_DATE_RE.search(arabic_dates(b.text))]
        # (The office beside the date is on its line: the masthead reaches as low as the date.)
        band = issues + dated
    if not band:
        return [], blocks
    limit = max(b.bottom for b in band)
    return [b for b in blocks if b.bottom <= limit + 1], [b for b in blocks if b.bottom > limit + 1]


def _paper_name_alone(above: list[Block], rule_width: float, blocks: list[Block], body: float) -> bool:
    """Whether the blocks over a page's first rule are a paper's name alone: single lines, in type
    larger than the text's, no sentence, over a rule across most of the page's text."""
    text_width = max(b.x1 for b in blocks) - min(b.x0 for b in blocks)
    return bool(above) and rule_width >= text_width * MASTHEAD_RULE_SHARE and all(
        len(b.lines) == 1 and b.size >= body * MASTHEAD_NAME_SIZE and 2 <= len(b.text.strip()) <= MAX_PAPER_NAME
        and not re.search(r"[，。；！？,;]", b.text) for b in above)


ISSUE_DATE_LINES = 3  # a bulletin's office and date stand right under its issue line
MASTHEAD_RULE_SHARE = 0.8  # a masthead's rule runs across most of the page's text
MASTHEAD_NAME_SIZE = 1.5  # a paper's name is set this many times the text's size at least
MAX_PAPER_NAME = 16  # letters


def _issue_line(block: Block) -> bool:
    """Whether the block is a bulletin's issue line (`第12期`, `2025年第3期（总第45期）`)."""
    return ISSUE_LINE_RE.match(re.sub(r"\s+", "", block.text)) is not None


def _issuer_name(block: Block) -> str | None:
    """The office's name the block prints alone (`江州区委办公室`)."""
    match = ISSUER_RE.fullmatch(re.sub(r"\s+", "", fold_radicals(block.text)))
    return match["name"] if match else None


def masthead_facts(masthead: list[Block]) -> tuple[str | None, str | None]:
    """The ISO date and the page number (版次) printed in the masthead."""
    # Radicals (⽇ for 日) are folded for all text in `normalize_text`; the masthead is read before that.
    text = arabic_dates(fold_radicals(" ".join(block.text for block in masthead)))
    date = page = None
    match = MASTHEAD_DATE_RE.search(text)
    if match:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            date = f"{year:04d}-{month:02d}-{day:02d}"
    match = PAGE_NUMBER_RE.search(text)
    if match:
        page = page_number(match["n"] or match["m"])
    return date, page


def paper_name(masthead: list[Block]) -> str | None:
    """The paper's name: the masthead's largest type, when it is a short name and not the date line;
    a bulletin's office where its head names one (its name, `工作简报`, is no source)."""
    names = [block for block in masthead if not re.search(r"\d", block.text) and 2 <= len(block.text.strip()) <= MAX_PAPER_NAME]
    if not names:
        return None
    bulletin = any(map(_issue_line, masthead))
    office = next(filter(None, map(_issuer_name, names)), None) if bulletin else None
    if office:
        return office
    return re.sub(r"\s+", "", fold_radicals(max(names, key=lambda block: block.size).text)) or None


def drawn_headlines(pictures: tuple[tuple[float, float, float, float], ...], blocks: list[Block], body: float) -> list[Block]:
    """Headlines that the page shows as pictures or outlines (an art face exported without
    text): a wide, short picture, the height of a line or two of headline type, with running
    text starting right under it. Each becomes a headline without text, so the story under it
    is its own (named later by its first clause) instead of running into the one above."""
    headlines = []
    for x0, top, x1, bottom in pictures:
        height = bottom - top
        if not body * HEADLINE_RATIO <= height <= body * DRAWN_HEADLINE_EMS or x1 - x0 < height * DRAWN_HEADLINE_ASPECT:
            continue
        area = Block([Line("", x0, x1, top, bottom, height, False)])
        if any(block.overlap(area) > 0 and block.top < bottom and block.bottom > top for block in blocks):
            continue  # text set over a picture is read as text
        near = [block for block in blocks if block.overlap(area) >= 0.5]
        # The text under it, past a subtitle printed as text (a deck set larger than the body).
        first, reach = None, bottom
        for block in sorted((block for block in near if block.top >= bottom - 1), key=lambda block: block.top):
            if block.top - reach > body * 3:
                break
            if block.size >= body * DECK_RATIO and not _running_text(block, body):
                reach = block.bottom
                continue
            first = block
            break
        # A picture under a headline (or its kicker or subtitle) is that story's photo; one that
        # parts a paragraph has the paragraph's run-on under it, not the opening of a story.
        headed = any(0 <= top - block.bottom <= body * 3 and block.size >= body * DECK_RATIO for block in near)
        if first is not None and _running_text(first, body) and _opens_paragraph(first) and not headed:
            headlines.append(area)
    return headlines


DRAWN_HEADLINE_EMS = 8  # taller pictures are photos
DRAWN_HEADLINE_ASPECT = 2.5  # a headline is this many times wider than tall, at least


def place_photos(pictures: tuple[tuple[float, float, float, float], ...], drawn: list[Block], blocks: list[Block],
                 body: float, face: str, page: int) -> tuple[list[Block], list[Block], list[Block]]:
    """The page's photos (its pictures but the `drawn` headlines): the blocks of text, with
    their captions taken out and the text on both sides of a photo in one column joined; the
    captions; and each photo as the room it takes in its column (`photo_frames`). A caption is
    no part of the columns' text: the text under its photo goes on from the text over it, or
    stands atop its column where the photo does."""
    drawn_areas = {(headline.x0, headline.top, headline.x1, headline.bottom) for headline in drawn}
    photos = [_framed(area, blocks) for area in pictures if area not in drawn_areas]
    captions = photo_captions(photos, blocks, body, face)
    frames = photo_frames(photos, captions, body, page)
    caption_ids = {id(caption) for caption in captions}
    return join_across_photos([b for b in blocks if id(b) not in caption_ids], frames, body), captions, frames


def _framed(photo: tuple[float, float, float, float], blocks: list[Block]) -> tuple[float, float, float, float]:
    """The part of a photo the page shows: a typesetter crops a photo to its frame by clipping,
    and the PDF gives the whole image's box, which can reach over the caption under it. Text
    set within that box, across its width, stands outside the frame: the frame ends over a
    line in the box's lower half and starts under one in its upper half."""
    x0, top, x1, bottom = photo
    middle = (top + bottom) / 2
    for block in blocks:
        if min(block.x1, x1) - max(block.x0, x0) < (block.x1 - block.x0) * 0.5:
            continue
        for line in block.lines:
            if middle <= line.top < bottom:
                bottom = line.top
            elif top < line.bottom <= middle:
                top = line.bottom
    # (Text all across the box is text set over the photo, or beside an image wider than its frame.)
    return (x0, top, x1, bottom) if bottom - top >= (photo[3] - photo[1]) * 0.5 else photo


def photo_captions(photos: list[tuple[float, float, float, float]], blocks: list[Block], body: float,
                   face: str) -> list[Block]:
    """The captions set right under the page's photos, within a photo's width: a block in
    smaller type, or signed as a caption (`▲…`, `…摄`), or set apart by its face or weight and
    ending a sentence. Such a block is a caption whatever its face and place, never a headline
    or deck (a caption in 黑体 over the story's text reads as one) nor its story's text. A
    block at the text's size and face under a photo is the text run on past it."""
    def under_a_photo(block: Block) -> bool:
        return len(block.lines) <= CAPTION_MAX_LINES and any(
            _right_under(bottom, block.top, body) and block.x0 >= x0 - body and block.x1 <= x1 + body
            for x0, _, x1, bottom in photos)

    def reads_as_caption(block: Block) -> bool:
        text = fold_radicals(block.text).strip()
        return block.size < body * SMALL_RATIO or CAPTION_RE.search(text) is not None or (
            block.size <= body * TEXT_SIZE_RANGE[1] and _set_apart(block, face) and ends_sentence(text))

    return [block for block in blocks if under_a_photo(block) and reads_as_caption(block)]


CAPTION_MAX_LINES = 6


def _right_under(bottom: float, top: float, size: float) -> bool:
    """Something whose top is `top` stands right under something whose foot is `bottom`: a caption
    under its photo, text under a photo and its caption or over a photo."""
    return -size * PHOTO_OVERLAP_EMS <= top - bottom <= size * CAPTION_GAP_EMS


CAPTION_GAP_EMS = 1.5  # a caption stands this near under its photo, and text this near over and under both
PHOTO_OVERLAP_EMS = 0.5  # a line's box can reach this far into the photo it stands under or over


def photo_frames(photos: list[tuple[float, float, float, float]], captions: list[Block], body: float,
                 page: int) -> list[Block]:
    """Each photo as the room it takes in its column, down to the foot of its caption: a
    block of no text. Top first, as the page sets them down."""
    frames = []
    for x0, top, x1, bottom in sorted(photos, key=lambda photo: photo[1]):
        frame = Block([Line("", x0, x1, top, bottom, body, False)], page=page)
        frame.lines[0].bottom = max([bottom] + [c.bottom for c in captions
                                                if c.overlap(frame) > 0.5 and _right_under(bottom, c.top, body)])
        frames.append(frame)
    return frames


def join_across_photos(blocks: list[Block], frames: list[Block], body: float) -> list[Block]:
    """Text set round a photo placed in its column: the block over the photo and the block
    under it (and under its caption) are one run of the column's text, as if the photo were
    not there. Only where the photo stands in one column: the text of one block right over it
    and of one block right under it, both at the text's size, at one left edge and width.
    `frames`: the photos with their captions, top first (`photo_frames`)."""
    text = [b for b in blocks if abs(b.size - body) <= body * 0.1]
    joined: dict[int, Block] = {}  # id of a block under a photo -> the block it now goes on in
    for frame in frames:
        over = [b for b in text if b.overlap(frame) > 0.5 and _right_under(b.bottom, frame.top, body)]
        under = [b for b in text if b.overlap(frame) > 0.5 and _right_under(frame.bottom, b.top, body)]
        if len(over) != 1 or len(under) != 1:
            continue
        upper, lower = over[0], under[0]
        upper = joined.get(id(upper), upper)
        if not _one_column(upper, lower, body) or upper.lines[-1].face != lower.lines[0].face:
            continue
        upper.lines.extend(lower.lines)
        joined[id(lower)] = upper
    return [b for b in blocks if id(b) not in joined]


def _one_column(upper: Block, lower: Block, body: float) -> bool:
    """Two blocks set in one column: at one left edge and width, or one of them a paragraph of
    one line (`槐花开，蜂蜜甜。` between a headline and a photo) within the other's width,
    at its left edge or indented from it as a paragraph opens."""
    if abs(upper.x0 - lower.x0) <= EDGE_GRID and abs(upper.x1 - lower.x1) <= body:
        return True
    if len(upper.lines) == 1:
        line, other = upper.lines[0], lower
    elif len(lower.lines) == 1:
        line, other = lower.lines[0], upper
    else:
        return False
    indent = line.x0 - other.x0
    return -EDGE_GRID <= indent and line.x1 <= other.x1 + body and (
        indent <= EDGE_GRID or (_indented(line, other.x0) and indent <= line.size * INDENT_MAX_EMS))


INDENT_MAX_EMS = 3.5  # a paragraph's first line is indented two letters (or two and a half)


def assemble(blocks: list[Block], body: float, face: str = "", drawn: list[Block] = (),
             broken_heads: list[Block] = (), captions: list[Block] = (),
             frames: list[Block] = (), rules: list[tuple[float, float, float]] = ()) -> tuple[list[Story], list[Block]]:
    """Give each headline (and each of the `drawn` ones, without text) its kicker, subtitle and
    the body blocks beneath it. `broken_heads`: the headlines that closed the page before with
    no text under them, which a foot may have broken.

    Returns the stories in reading order (a headline at the foot of a page may have no body
    yet: it runs on the next page) and the body blocks that no headline owns (the
    continuation of an article from the previous page). `captions`, those set under photos
    (not among `blocks`), go to the stories they stand in. A block set right under a photo
    (`frames`, top first) goes to the story the photo stands in: a photo atop a column, over
    the run-on of the story before, is no part of the story whose headline is level with the
    text under it. A rule between two boxes stacked in a column (`rules`) closes the upper one.
    """
    # Running text is an article's body whatever its size: a commentary set larger, briefs smaller.
    text = {id(b) for b in blocks if _running_text(b, body)}
    # A box's label (`记者手记`, `链接`), set large and bold in its story's column, heads no story of its own.
    large = [b for b in blocks if id(b) not in text and len(b.text.strip()) >= 2
             and not is_box_label(fold_radicals(b.text)) and (
        b.size >= body * HEADLINE_RATIO or _minor_headline(b, _text_size_below(b, blocks, text, body), face)
        or _centred_title(b, blocks, text, body, face))]
    large += [b for b in blocks if _headline_remnant(b, blocks, large, broken_heads, body)]
    running = [b for b in blocks if id(b) in text]
    # A banner across the page over its stories (a 专题 band's `深入学习贯彻…精神`) heads none of them.
    banners = {id(b) for b in large if _banner(b, large, running)}
    if banners:
        blocks = [b for b in blocks if id(b) not in banners]
        large = [b for b in large if id(b) not in banners]
    # A large line set right above or below a larger headline is that headline's kicker or
    # subtitle: e-papers set 引题 and 副题 well above body size too.
    headlines = [b for b in large if not _beside_larger(b, large)] + list(drawn)
    decks = [b for b in blocks if b not in headlines and id(b) not in text
             and (b.size >= body * DECK_RATIO or _deck_at_text_size(b, body, face))]
    stories = [Story(headline=h) for h in headlines]
    for deck in decks:
        story = _nearest_story(stories, deck)
        if story is None or (deck.size < body * DECK_RATIO and (
                story.headline.overlap(deck) < DECK_OVER or _text_level_with(deck, story.headline, running, body))):
            continue  # a line at the text's size beside a headline is the text of the column it stands in
        if deck.bottom <= story.headline.top + 1 and story.kicker is None:
            story.kicker = deck
        elif story.subtitle is None and deck.top >= story.headline.bottom - 1 \
                and not is_writers_names(fold_radicals(deck.text).strip()):
            story.subtitle = deck  # a writer's name set as large under a headline is its byline, kept as text
    used = {id(b) for b in headlines} | {id(s.kicker) for s in stories if s.kicker} | {id(s.subtitle) for s in stories if s.subtitle}
    orphans: list[Block] = []
    centred_over = {id(story): span for story in stories if (span := _columns_centred_under(story, stories, running))}
    for block in blocks:
        if id(block) in used or EDITOR_LINE_RE.match(block.text):
            continue
        owner = _owner(stories, _from_photo_over(block, frames, body), centred_over, rules)
        if _is_caption(block, body, id(block) in text) and not _date_line_under_header(owner, block, body):
            if owner is not None:
                owner.captions.append(block)
            continue
        if owner is None:
            orphans.append(block)
        else:
            owner.body.append(block)
    for caption in captions:
        if (owner := _owner(stories, _from_its_photo(caption, frames), centred_over, rules)) is not None:
            owner.captions.append(caption)
    _follow_snaking_text(stories)
    # Reading order: stories whose tops are within a few lines of each other read left to right.
    stories.sort(key=lambda s: (round(_story_top(s) / (body * 4)), s.headline.x0))
    for story in stories:
        story.body = column_order(story.body)
    return stories, column_order(orphans)


def _from_photo_over(block: Block, frames: list[Block], body: float) -> Block:
    """The block as it stands in its column with the photos set right over it (`frames`, top
    first): from the top of the highest, as text under a photo stands where the photo does."""
    top = block.top
    for frame in reversed(frames):
        if frame.overlap(block) > 0.5 and _right_under(frame.bottom, top, body):
            top = frame.top
    return _from_top(block, top)


def _from_its_photo(caption: Block, frames: list[Block]) -> Block:
    """The caption as it stands in its column with its photo (the frame that holds it): from the
    photo's top. A photo at a column's foot, its caption under it, is the story's set over it,
    whatever headline stands level with the caption in the column to the left."""
    frame = next((frame for frame in frames if frame.overlap(caption) > 0.5
                  and frame.top <= caption.top and caption.bottom <= frame.bottom + 1), None)
    return caption if frame is None else _from_top(caption, frame.top)


def _from_top(block: Block, top: float) -> Block:
    """The block as if it began at `top` (where the photo over it stands)."""
    if top == block.top:
        return block
    return Block([replace(block.lines[0], top=top), *block.lines[1:]], page=block.page)


def _headline_remnant(block: Block, blocks: list[Block], large: list[Block], broken_heads: list[Block],
                      body: float) -> bool:
    """A headline's last letter alone at the top of a column (`…服务来江青` / `年`), in the
    type of a headline that closed the page before, or the column to the left, with nothing
    under it: the foot broke the headline there. (Any other large letter alone is no headline.)"""
    text = block.text.strip()
    if len(text) != 1 or not has_cjk(fold_radicals(text)) or block.size < body * HEADLINE_RATIO \
            or not _atop_column(block, blocks):
        return False
    closing_left = [head for head in large if _in_column_left_of(head, block)
                    and not any(_same_column(other, head) and other.top >= head.bottom for other in blocks)]
    return any(abs(head.size - block.size) <= 0.05 * block.size for head in [*broken_heads, *closing_left])


def _follow_snaking_text(stories: list[Story]) -> None:
    """Text that snakes from the foot of one column to the top of the next (a module of
    briefs set under a headline across the page) goes on with the story it ran out of.

    A block that stops mid-sentence runs on in a block of the column to its right that opens
    mid-paragraph, no lower than its foot. A story whose text can run on in a block of its
    own has its flow; one left hanging takes the topmost such block of another story that
    none of that story's own text could run on in, with what follows it in that column down
    to the next headline.
    """
    owner_of = {id(block): story for story in stories for block in story.body}
    blocks = [block for story in stories for block in story.body]
    starts = [b for b in blocks if not _opens_paragraph(b)]
    ends = [b for b in blocks if not ends_sentence(b.text) and not _stops_short(b)]
    run_ons = {id(end): _run_ons(end, starts) for end in ends}
    own_flow = {id(start) for end in ends for start in run_ons[id(end)] if owner_of[id(start)] is owner_of[id(end)]}
    for end in sorted(ends, key=lambda b: (b.x0, b.top)):
        story = owner_of[id(end)]
        if any(owner_of[id(start)] is story for start in run_ons[id(end)]):
            continue
        follow = next((start for start in run_ons[id(end)] if id(start) not in own_flow), None)
        if follow is None:
            continue  # it runs on to the next page, or the text stops there
        owner = owner_of[id(follow)]
        headlines = [part.top for other in stories for part in (other.kicker, other.headline)
                     if part is not None and _same_column(part, follow) and part.top > follow.top]
        stop = min(headlines, default=float("inf"))
        for block in [b for b in owner.body if _same_column(b, follow) and follow.top <= b.top < stop]:
            owner.body.remove(block)
            story.body.append(block)
            owner_of[id(block)] = story
        own_flow.add(id(follow))


def _stops_short(block: Block) -> bool:
    """The block's last line stops well short of its column's right edge: its text ended
    there (`活动地点：区人力资源市场一楼大厅` ends on no stop); text that runs on into the next
    column fills its last line."""
    return len(block.lines) > 1 and block.x1 - block.lines[-1].x1 >= block.lines[-1].size * 2


def _run_ons(end: Block, starts: list[Block]) -> list[Block]:
    """The blocks of the next column to the right, top first, that open mid-paragraph no lower
    than the block's foot: where its text can run on."""
    right = [b for b in starts if b.x0 > end.x1 - end.size and b.x0 - end.x1 <= end.size * MODULE_GUTTER_EMS
             and b.top <= end.bottom]
    if not right:
        return []
    column_left = min(b.x0 for b in right)
    return sorted((b for b in right if abs(b.x0 - column_left) < end.size * 2), key=lambda b: b.top)


MODULE_GUTTER_EMS = 3  # the widest gutter between two columns of one module, in type sizes
PARAGRAPH_INDENT_EMS = 2  # a paragraph's opening line is indented two letters


def _same_column(one: Block, other: Block) -> bool:
    return one.overlap(other) > 0.5


def _opens_paragraph(block: Block) -> bool:
    """A paragraph opens at the block's first line (not a run-on): it is indented, or set apart by a space."""
    return _opens_here(block.lines[0], block.x0)


def _indented(line: Line, left: float) -> bool:
    """A line that starts well right of its column's left edge opens a paragraph."""
    return line.x0 - left >= line.size * 1.5


def _opens_here(line: Line, left: float) -> bool:
    """A paragraph opens at the line: it is indented, or a space above sets it apart
    (`join_spaced_paragraphs`)."""
    return line.spaced or _indented(line, left)


def _minor_headline(block: Block, body: float, face: str) -> bool:
    """A brief's headline: a line or two set a little larger than the body, in bold or in a
    typeface of its own (方正小标宋 over 书宋); a section heading keeps the body's size."""
    ratio = BULLETED_HEADLINE_RATIO if BULLET_OPENING_RE.match(block.text) else MINOR_HEADLINE_RATIO
    return block.size >= body * ratio and len(block.lines) <= 3 and _set_apart(block, face)


MINOR_HEADLINE_RATIO = 1.15
# A bullet marks a headline (`■区人社局开展春季招聘月活动` in a 简讯 column): set only a little larger
# than the body, in bold or a face of its own, it is a brief's headline, never a deck.
BULLETED_HEADLINE_RATIO = DECK_RATIO


def _set_apart(block: Block, face: str) -> bool:
    """Set apart from the body text: in bold, or in a typeface of its own."""
    return all(line.bold for line in block.lines) or block.lines[0].face != face


def _deck_at_text_size(block: Block, body: float, face: str) -> bool:
    """A kicker or subtitle set at about the text's size, apart from it by its face or weight: a
    line or two that end no sentence (`——写在…之际` in 楷体 over the text's 书宋). Only one that
    stands right over or under a headline is one (`_nearest_story`). A byline set so under its
    headline (`本报记者 赵敏`, `区委党校 张晓红` in 黑体) stays the text's first line."""
    return block.size >= body * TEXT_SIZE_RANGE[0] and len(block.lines) <= 2 and _set_apart(block, face) \
        and not ends_sentence(block.text) and classify_line(fold_radicals(block.text), 0, False).role not in BYLINE_ROLES


BYLINE_ROLES = ("byline", "header_byline")
DECK_OVER = 0.3  # the share of a deck's width its headline stands over or under, where the deck is set at the text's size


def _centred_title(block: Block, blocks: list[Block], text: set[int], body: float, face: str) -> bool:
    """A document's title at the body's size (a Word file printed to PDF: `**标题**` centred):
    a line or two in bold or a face of their own, ending no sentence, centred over text that
    runs the width of a page rather than a newspaper column's (where a centred bold line is a
    section heading)."""
    if len(block.lines) > 2 or block.size < body * TEXT_SIZE_RANGE[0] or ends_sentence(block.text) \
            or not _set_apart(block, face):
        return False
    under = [other for other in blocks if id(other) in text and other.overlap(block) > 0.9]
    if not under:
        return False
    left, right = min(other.x0 for other in under), max(other.x1 for other in under)
    centre = (block.x0 + block.x1) / 2
    return right - left >= PAGE_WIDE_LETTERS * body and abs(centre - (left + right) / 2) <= block.size * 1.5 \
        and block.x0 - left >= block.size * 2


PAGE_WIDE_LETTERS = 25  # text this many letters wide runs across a page, not down a newspaper column


def _story_top(story: Story) -> float:
    return min(block.top for block in (story.kicker, story.headline) if block is not None)


def _banner(block: Block, large: list[Block], running: list[Block]) -> bool:
    """A line of large type with two headlines or more side by side right under it, and no text:
    a banner over the page's stories (a topic's band across the top), not a story's headline,
    which stands over its own text, subtitle or kicker's headline."""
    def right_under(other: Block) -> bool:
        return other.overlap(block) > 0 and -1 <= other.top - block.bottom <= block.size * BANNER_GAP_LINES

    if len(block.lines) > 2:
        return False
    under = sorted((other for other in large if other is not block and right_under(other)), key=lambda other: other.x0)
    if not any(right.x0 >= left.x1 for left, right in zip(under, under[1:])):
        return False
    return not any(right_under(other) and other.top < min(head.top for head in under) for other in running)


BANNER_GAP_LINES = 2.5  # the headlines under a banner stand within this many of its lines


def _text_level_with(deck: Block, headline: Block, running: list[Block], body: float) -> bool:
    """Whether the headline's text starts beside a line at the text's size, level with it in a
    column to its side: that line heads its own column's text (a section heading atop the second
    column, `订单农业稳销路`), since a subtitle stands over all the story's text."""
    return any(block.overlap(deck) <= 0 and headline.overlap(block) > 0 and abs(block.top - deck.top) <= body
               and block.top >= headline.bottom - 1 for block in running)


def _nearest_story(stories: list[Story], deck: Block) -> Story | None:
    """The story whose headline a deck sits right above or below, within two lines: among
    headlines over the deck's column, else the one headline at that height (a centred
    headline's kicker or subtitle can stand to one side)."""
    best, best_key = None, None
    for story in stories:
        h = story.headline
        gap = _vertical_gap(h, deck)
        if gap > max(h.size, deck.size) * 2:
            continue
        over = h.overlap(deck) >= 0.3
        if not over and not _alone_at_its_level(story, stories):
            continue
        key = (not over, gap)  # a headline over the deck's column before one to its side
        if best_key is None or key < best_key:
            best, best_key = story, key
    return best


def _vertical_gap(upper_or_lower: Block, block: Block) -> float:
    """The space between a block and another right above or below it."""
    if block.top >= upper_or_lower.bottom - 1:
        return block.top - upper_or_lower.bottom
    return upper_or_lower.top - block.bottom


def _alone_at_its_level(story: Story, stories: list[Story]) -> bool:
    """No other headline stands at about the same height."""
    return not any(other is not story and abs(other.headline.top - story.headline.top) <= story.headline.size * 2
                   for other in stories)


def _beside_larger(block: Block, large: list[Block]) -> bool:
    """Whether a larger headline stands within two of its lines above or below the block."""
    if BULLET_OPENING_RE.match(block.text):
        return False  # a brief's headline under its column's label (`简讯`)
    for other in large:
        if other is block or other.size < block.size * DECK_STEP or other.overlap(block) < 0.3:
            continue
        if -1 <= _vertical_gap(other, block) <= max(other.size, block.size) * 2:
            return True
    return False


HEAD_GAP_LINES = 1.5  # a headline's text starts within a line under it
DECK_STEP = 1.15  # a headline's type is this much larger than its kicker's or subtitle's


def _columns_centred_under(story: Story, stories: list[Story], text: list[Block]) -> tuple[float, float] | None:
    """The left and right edges of the columns a headline is centred over: the widest run of
    neighbouring columns of text that start right under its header, under no other headline,
    take in the headline's width and have its centre for theirs (a short headline centred over
    its module's two columns reaches over neither), else None. (A box's headline centred in
    the middle of a row of boxes has the row's centre too: its neighbours' columns have their
    own headlines.)"""
    head = story.subtitle or story.headline

    def right_under(header: Block, block: Block) -> bool:
        return -1 <= block.top - header.bottom <= block.size * HEAD_GAP_LINES

    under = sorted((b for b in text if right_under(head, b) and not any(
        other is not story and other.headline.overlap(b) >= 0.3 and right_under(other.subtitle or other.headline, b)
        for other in stories)), key=lambda b: b.x0)
    centre = (story.headline.x0 + story.headline.x1) / 2
    widest = None
    for first in range(len(under)):
        for last in range(first, len(under)):
            if last > first and under[last].x0 - under[last - 1].x1 > under[last].size * MODULE_GUTTER_EMS:
                break  # no neighbouring column: a gap the width of a column lies between
            left, right = under[first].x0, _right_edge(under[last])
            if left <= story.headline.x0 and story.headline.x1 <= right \
                    and abs((left + right) / 2 - centre) <= under[first].size \
                    and (widest is None or right - left > widest[1] - widest[0]):
                widest = (left, right)
    return widest


def _right_edge(block: Block) -> float:
    """Where the block's column ends: where most of its lines end, not a closing mark hanging past
    the edge (a wrap that keeps one on its full line, as ReportLab's does)."""
    ends = Counter(round(line.x1) for line in block.lines)
    edge, count = ends.most_common(1)[0]
    return float(edge) if count >= 2 else block.x1


def _owner(stories: list[Story], block: Block, centred_over: dict[int, tuple[float, float]] | None = None,
           rules: list[tuple[float, float, float]] = ()) -> Story | None:
    """The headline whose article the block is in: the closest above that spans the block's
    column, or that starts left of it (a short headline over a body of several columns).

    Of headlines at about one height, one set right over the block's column owns it, else
    the one nearest on the left: the article beside it has a headline of its own. A
    headline lower down that reaches into the block's column ends the articles above it
    there (a centred headline over two columns), and a block that no headline spans or
    precedes goes to the nearest headline above it. But a block right under a headline, or
    its subtitle, set over its column is that headline's text, whatever heads the column to
    its left lower down (in a flow, the next story can start a few lines down that column).
    A headline spans the columns it is centred over (`centred_over`, by the story's id). A rule
    across the block's column under a story's header, with another story's header under the
    rule and over the block, parts the block from the first (`rules`, (x0, x1, y)): the edge
    between two boxes stacked, the block in the lower one, whatever the lower's headline spans.
    """
    above = [story for story in stories if (story.subtitle or story.headline).bottom <= block.top + 1]
    if not above:
        return None  # above every headline: the run-on of an article from the previous page
    above = [story for story in above if not _boxed_off(story, block, above, rules)]
    middle = (block.x0 + block.x1) / 2
    spans = centred_over or {}
    over = {id(story) for story in above if story.headline.x0 - story.headline.size <= middle
            <= story.headline.x1 + story.headline.size or story.headline.overlap(block) > 0.5
            or (id(story) in spans and spans[id(story)][0] - 1 <= middle <= spans[id(story)][1] + 1)}
    under = [story for story in above if id(story) in over
             and block.top - (story.subtitle or story.headline).bottom <= block.size * HEAD_GAP_LINES]
    if under:
        return max(under, key=lambda story: (story.subtitle or story.headline).bottom)
    candidates = [story for story in above if id(story) in over or story.headline.x0 <= block.x0 + block.size]
    if not candidates:
        return max(above, key=lambda story: (story.headline.top, -_horizontal_gap(story.headline, block)))
    reaching = [story for story in above if _horizontal_gap(story.headline, block) == 0]
    nearest_reaching = max(reaching, key=lambda story: story.headline.top, default=None)
    # A story's level is where its header starts: a headline under a two-line kicker stands
    # at the level of its neighbours' headlines.
    lowest = max(map(_story_top, candidates))
    level = [story for story in candidates if _story_top(story) >= lowest - block.size * SAME_LEVEL_LINES]
    # Of two headlines over one column, the lower is nearer: `简讯` over `■区人社局开展…` over its text.
    owner = max(level, key=lambda story: (id(story) in over, story.headline.x0 <= block.x0 + block.size, story.headline.x0,
                                          story.headline.top))
    if nearest_reaching is not None and nearest_reaching.headline.top > owner.headline.top + block.size * SAME_LEVEL_LINES:
        return nearest_reaching
    return owner


def _boxed_off(story: Story, block: Block, above: list[Story], rules: list[tuple[float, float, float]]) -> bool:
    """A rule across the block's column, well under the story's header (no headline's
    underline), and across the header of another story set between it and the block: the box
    the story is in ends at that rule."""
    head = story.subtitle or story.headline

    def across(x0: float, x1: float, part: Block) -> bool:
        return x0 <= part.x0 + block.size and x1 >= part.x1 - block.size

    return any(head.bottom + block.size * HEAD_GAP_LINES < y < block.top and across(x0, x1, block) and any(
        other is not story and y < other.headline.top and across(x0, x1, other.headline) for other in above)
        for x0, x1, y in rules)


def _horizontal_gap(one: Block, other: Block) -> float:
    return max(one.x0 - other.x1, other.x0 - one.x1, 0.0)


BOX_EDGE_EMS = 1.5  # a box's top edge stands this near over its first header line (its padding, the header's margin)
SAME_LEVEL_LINES = 3  # headlines within this many body lines of each other stand at one level


def _date_line_under_header(story: Story | None, block: Block, body: float) -> bool:
    """A line in small type right under a story's headline that gives its date and source
    (`发布时间：2025-02-18　来源：区教育局`, as a site's article view or a department's document
    prints it): the story's facts, read as a text page's date line is, not a caption."""
    if story is None or len(block.lines) > 1:
        return False
    over = max(part.bottom for part in story.header())
    return 0 <= block.top - over <= body * DATE_LINE_GAP_EMS and metadata_line(fold_radicals(block.text.strip())) is not None


DATE_LINE_GAP_EMS = 3  # a date line stands this near under its headline


def _is_caption(block: Block, body: float, running: bool = False) -> bool:
    text = block.text.strip()
    if CONTINUED_RE.fullmatch(text):
        return False  # a run-on mark set apart in small type (`（下转第2版）`) is its story's
    return bool(CAPTION_RE.search(text) and len(text) < 120) or (
        not running and block.size < body * SMALL_RATIO and len(text) < 160)


def _running_text(block: Block, body: float) -> bool:
    """Paragraph text: three lines or more of one size near the body's, or two that end a
    sentence. Kickers, subtitles and captions are shorter or set further from the body's size."""
    lines = len(block.lines)
    return body * TEXT_SIZE_RANGE[0] <= block.size <= body * TEXT_SIZE_RANGE[1] and (
        lines >= 3 or (lines == 2 and ends_sentence(block.text)))


TEXT_SIZE_RANGE = (0.8, 1.2)  # of the page's body size: the sizes an article's running text is set in


def _text_size_below(block: Block, blocks: list[Block], text: set[int], body: float) -> float:
    """The size of the running text right under a block (a brief's headline over briefs set
    smaller than the page's body), else the body's."""
    below = [other for other in blocks if id(other) in text and other.overlap(block) >= 0.3
             and -1 <= other.top - block.bottom <= block.size * 2]
    return min(below, key=lambda other: other.top).size if below else body


def column_order(blocks: list[Block]) -> list[Block]:
    """Read blocks column by column: left column top to bottom, then the next column."""
    columns: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: (b.x0, b.top)):
        for column in columns:
            if abs(column[0].x0 - block.x0) < block.size * 2 or column[0].overlap(block) > 0.6:
                column.append(block)
                break
        else:
            columns.append([block])
    ordered = []
    for column in sorted(columns, key=lambda col: min(b.x0 for b in col)):
        ordered.extend(sorted(column, key=lambda b: b.top))
    return ordered


# ---------------------------------------------------------------- blocks -> Markdown


def paragraphs(blocks: list[Block]) -> list[str]:
    """Rejoin a story's lines into paragraphs: a paragraph opens with an indented line.

    A line that stops well short of its column's right edge ends its paragraph; a
    paragraph that runs on into the next column or block is joined to it.
    """
    result: list[str] = []
    open_paragraph = False
    previous_bold, previous_face = None, None
    run_on_from = ""  # `（上接第1版）` set on a line of its own: it opens the text that follows
    column_left, column_right = None, None  # the left edge of the column the last block stood in
    previous_set_right = False
    # A document's signature is among its last lines; lines set in to the right higher up run
    # beside a picture, and stay in their paragraph.
    closing = {id(line) for line in [line for block in blocks for line in block.lines][-SIGNATURE_LINES:]}
    for block in blocks:
        right = max(line.x1 for line in block.lines)
        left = min(line.x0 for line in block.lines)
        # A block under the last one in its column (a signature set to the right) has the column's left edge.
        column_left = min(left, column_left) if column_left is not None and left < column_right and right > column_left \
            else left
        column_right = right
        bold = all(line.bold for line in block.lines)
        face = block.lines[0].face
        if bold != previous_bold or (face != previous_face and not bold):
            # A bold heading or lead set among plain text is a paragraph of its own, and so is a
            # line in a face of its own (a byline in 黑体 over the text's 书宋: `lines_to_blocks`).
            open_paragraph = False
        previous_bold, previous_face = bold, block.lines[-1].face
        # Where the paragraphs are indented, only an indent opens one: a short line may end a sentence mid-paragraph.
        # A block under the last one in its column is indented from the column's edge (a credit
        # line alone at the next page's top, `周海摄`, opens a paragraph of its own).
        edge = min(left, column_left)
        uses_indents = any(_indented(line, edge) for line in block.lines)
        # Where a space marks them (`join_spaced_paragraphs`), only a mark opens one inside the
        # block: a ragged line stops short of the edge before a number or word it cannot break.
        # The block's last line still ends its paragraph where it stops short (a column's foot).
        marked = any(line.spaced for line in block.lines)
        for line in block.lines:
            indented = _opens_here(line, edge)
            # A run-on mark stays in the text, where `segment.mark_run_ons` reads whose it is.
            text = line.text.strip()
            mark = CONTINUED_RE.fullmatch(text)
            if mark and run_on_way(mark) == "to" and result:
                result[-1] += text  # `（下转第2版）` set apart under the text it ends
                continue
            if mark:
                run_on_from += text
                continue
            text, run_on_from = run_on_from + text, ""
            runs_on = text[0] in "，。、；：！？”’）》」』" and result  # a line never opens with these marks
            # A line set to the right after a finished sentence (a document's signature and date,
            # `江州区人民政府办公室` / `2025年3月5日`) is a paragraph of its own, as is the line after it.
            set_right = bool(result) and id(line) in closing and line.x0 - column_left >= line.size * SET_RIGHT_EMS \
                and not ends_sentence(text) \
                and (ends_sentence(result[-1]) or previous_set_right)
            previous_set_right = set_right
            # A bulletin's distribution line (`报：…　送：…`), a block of its own after a finished
            # sentence, is a paragraph of its own (not a wrapped line that opens on `报：“…`).
            alone = len(block.lines) == 1 and bool(result) and bool(DISTRIBUTION_RE.match(fold_radicals(text))) \
                and (ends_sentence(result[-1]) or bool(DISTRIBUTION_RE.match(fold_radicals(result[-1]))))
            if (open_paragraph and not indented and not set_right and not alone or runs_on) and result:
                # A page number wrapped onto a line of its own ends a contents line (`…产业路` / `4版`).
                result[-1] += (" " if PAGE_NUMBER_RE.fullmatch(text) else "") + text
            else:
                result.append(text)
            open_paragraph = (uses_indents or (marked and line is not block.lines[-1])
                              or right - line.x1 < line.size * 1.5) and not set_right and not alone
    return result


SET_RIGHT_EMS = 4  # a paragraph's indent is two letters; a line set to the right starts further in
SIGNATURE_LINES = 3  # the office, the date, and whether it is published


def _numbered(block: Block | None) -> bool:
    """A block that opens with a document's section number (`一、`, `（二）`; a face may draw 一 as
    the Kangxi radical ⼀)."""
    return block is not None and bool(CHINESE_SECTION_NUMBER_RE.match(fold_radicals(block.text).lstrip("—-– ")))


def _opens_as_news(text: str) -> bool:
    """Text that opens on its dateline or on the day (`本报讯…`, `3月5日，…`): a story's, no section's."""
    text = fold_radicals(text)
    return bool(DATELINE_RE.match(text)) or opens_on_the_day(text)


def story_markdown(story: Story) -> str:
    parts = []
    if story.headline is not None and not story.headline.text:
        # A headline shown as a picture: a thematic break starts the story, named by the deck
        # printed as text beside it, else by its own first clause.
        parts.append("---")
        deck = story.subtitle or story.kicker
        if deck is not None:
            parts.append("# " + _one_line(deck).lstrip("—-– "))
    elif story.headline is not None:
        if story.kicker is not None:
            # As a heading right above the headline it is read as the kicker, however long
            # and punctuated (`表格过滥，问题不小。…减负——`).
            parts.append("### " + _one_line(story.kicker))
        parts.append("# " + _one_line(story.headline))
        if story.subtitle is not None and _numbered(story.subtitle):
            parts.append("## " + _one_line(story.subtitle))  # the first numbered section, set as large as a deck
        elif story.subtitle is not None:
            subtitle = _one_line(story.subtitle)
            parts.append("## " + (subtitle if subtitle.startswith("——") else "——" + subtitle))
    body = paragraphs(story.body)
    verse = _verse_lines(body)
    for index, text in enumerate(body):
        # Captions are gone already: a header-like line (short, ending no sentence; not a
        # byline or credit) above more of the body is a section heading or a run-in opening
        # (`…等来了这关键的一步——`). Written as a Markdown heading, it stays in the text: a
        # Markdown page's plain short lines are captions. A poem's lines stay plain lines.
        if index < len(body) - 1 and index not in verse and classify_line(text, 1, markdown=False).role == "candidate" \
                and not _signs(text, body[index + 1]) and not DATE_ONLY_RE.match(fold_radicals(text)) \
                and not (index == 0 and is_writers_names(text)):  # a writer's name over the text: the byline
            text = "### " + text
        parts.append(text)
    return "\n\n".join(parts)


def _signs(office: str, following: str) -> bool:
    """Whether the line is a document's signature, its office over its date (`江州区人民政府办公室` /
    `2025年3月5日`): no section heading."""
    return bool(ISSUER_RE.match(re.sub(r"\s+", "", fold_radicals(office)))) \
        and DATE_ONLY_RE.match(fold_radicals(following).strip()) is not None


def _verse_lines(body: list[str]) -> set[int]:
    """The positions of a poem's lines in a story's paragraphs (`roles.stanzas`): its text, not
    section headings."""
    return stanzas([bool(text) and is_verse_line(text) for text in body], [False] * len(body))


def _one_line(block: Block) -> str:
    """A headline set over two or three lines is one title."""
    return re.sub(r"\s+", " ", block.text).strip()
