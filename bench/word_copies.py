"""Benchmark: text pages made into Word files the ways departments make them, read and scored.

usage: python bench/word_copies.py PAGES_DIR [--gold GOLD.json] [--kinds a,b] [--keep DIR]

PAGES_DIR holds text views of newspaper pages (`../shared/eval/real_pages/pages`, read as
`bench/copies.py` reads them). Each kind writes every page as a `.docx`:

  styled        header lines in Heading 3 / Heading 1 / Heading 2 (引题, 主题, 副题), text
                in Normal with a first-line indent by format
  bold_centred  header lines bold and centred, text indented by format
  size_only     header lines in a larger size only (no bold, no style, not centred), text not indented
  bold_indented every paragraph in the Normal style, which indents its first line; header lines
                set bold (a department's template, its titles typed as text and then bolded)
  heading_face  the same, header lines in 黑体 over the text's 仿宋, at its size and not bold
                (an official document's headings)
  plain         every line a Normal paragraph with nothing set (text pasted as plain text),
                an empty paragraph between stories
  line_breaks   each story one paragraph whose lines are parted by manual line breaks
                (Shift+Enter: text pasted from a web page)
  tables        each story in a table of one cell (a 简报 template's box)

With `--gold` (the page folder's gold list, scored by `../shared/eval/score_digest.py`),
each kind is built with `digest build --format json` and its figures are printed one line
per kind. The files are made for measuring only, in a temporary folder unless `--keep`
names one.
"""
from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.copies import Story, run, stories  # noqa: E402

HEADER_STYLES = ("Heading 3", "Heading 1", "Heading 2")  # kicker, title, subtitle as they stand


def _header_style(story: Story, index: int) -> str:
    """A header line's heading: a `——` line is the subtitle, the last other line the title and
    the lines above it kickers (引题 stands over 主题)."""
    line = story.header[index].lstrip()
    if line.startswith("——"):
        return HEADER_STYLES[2]
    title = max(i for i, other in enumerate(story.header) if not other.lstrip().startswith("——")) \
        if any(not other.lstrip().startswith("——") for other in story.header) else index
    return HEADER_STYLES[1] if index == title else HEADER_STYLES[0]


def _indent(paragraph) -> None:
    paragraph.paragraph_format.first_line_indent = Pt(21)


def write_styled(document, page: list[Story]) -> None:
    for story in page:
        for index, line in enumerate(story.header):
            document.add_paragraph(line.strip(), style=_header_style(story, index))
        for _, text in story.body:
            _indent(document.add_paragraph(text))


def write_bold_centred(document, page: list[Story]) -> None:
    for story in page:
        for line in story.header:
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(line.strip()).bold = True
        for _, text in story.body:
            _indent(document.add_paragraph(text))


def write_size_only(document, page: list[Story]) -> None:
    for story in page:
        for line in story.header:
            document.add_paragraph().add_run(line.strip()).font.size = Pt(18)
        for _, text in story.body:
            document.add_paragraph().add_run(text).font.size = Pt(10.5)


def write_bold_indented(document, page: list[Story]) -> None:
    """The Normal style indents every paragraph (as Chinese templates do); header lines typed in it are set bold."""
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(21)
    for story in page:
        for line in story.header:
            document.add_paragraph().add_run(line.strip()).bold = True
        for _, text in story.body:
            document.add_paragraph(text)


def _in_face(run, face: str) -> None:
    run.font.name = face
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)


def write_heading_face(document, page: list[Story]) -> None:
    """As an official document sets its headings: the same size as the text, indented as it is,
    in 黑体 over the text's 仿宋, nothing bold."""
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(32)
    for story in page:
        for line in story.header:
            _in_face(document.add_paragraph().add_run(line.strip()), "黑体")
        for _, text in story.body:
            _in_face(document.add_paragraph().add_run(text), "仿宋_GB2312")


def write_plain(document, page: list[Story]) -> None:
    for number, story in enumerate(page):
        if number:
            document.add_paragraph()
        for line in [*(line.strip() for line in story.header), *(text for _, text in story.body)]:
            document.add_paragraph(line)


def _lines_with_breaks(paragraph, lines: list[str]) -> None:
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        if number < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def write_line_breaks(document, page: list[Story]) -> None:
    for story in page:
        _lines_with_breaks(document.add_paragraph(), [*(line.strip() for line in story.header), *(text for _, text in story.body)])


def write_tables(document, page: list[Story]) -> None:
    for story in page:
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        first = cell.paragraphs[0]
        for number, line in enumerate(story.header):
            paragraph = first if number == 0 else cell.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(line.strip()).bold = True
        for _, text in story.body:
            _indent(cell.add_paragraph(text))
        document.add_paragraph()


KINDS = {"styled": write_styled, "bold_centred": write_bold_centred, "size_only": write_size_only,
         "bold_indented": write_bold_indented, "heading_face": write_heading_face,
         "plain": write_plain, "line_breaks": write_line_breaks, "tables": write_tables}


def make_copies(pages_dir: Path, out_dir: Path, kinds: list[str]) -> dict[str, Path]:
    made = {}
    for kind in kinds:
        folder = out_dir / kind
        folder.mkdir(parents=True, exist_ok=True)
        for page in sorted(pages_dir.glob("*.txt")):
            document = docx.Document()
            KINDS[kind](document, stories(page.read_text(encoding="utf-8")))
            document.save(str(folder / (page.stem + ".docx")))
        made[kind] = folder
    return made


def main() -> None:
    run(__doc__, KINDS, "kinds", make_copies)


if __name__ == "__main__":
    main()
