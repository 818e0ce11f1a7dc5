"""The digest as a Word 简报 (python-docx): title, period line, contents, then each theme and its articles.

Chinese office documents are set in 号 sizes with an East-Asian font on each style:
a 黑体-class font for the title and headings, a 宋体-class font for the text. Word, WPS and
LibreOffice read the East-Asian font from `w:eastAsia`; when 宋体/黑体 are not installed
(Linux), fontconfig substitutes the Noto/Source Han CJK fonts.

With a reference document (`--docx-template`), its page setup, letterhead and styles are
used as they are, as pandoc's `--reference-doc` does; only the content is ours.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from .errors import DigestError
from .models import Digest

# Sizes in points for the 号 that such documents use.
SIZE_2 = 22.0  # 二号: the title
SIZE_3 = 16.0  # 三号: theme headings
SIZE_S3 = 15.0  # 小三: article titles
SIZE_4 = 14.0  # 四号: summaries
SIZE_5 = 10.5  # 五号: source lines and keywords
SERIF = "宋体"  # SimSun; LibreOffice falls back to Noto Serif CJK SC
SANS = "黑体"  # SimHei; falls back to Noto Sans CJK SC
LATIN_SERIF = "Times New Roman"
LATIN_SANS = "Arial"
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(number: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 25 -> 二十五 (up to 99), as section numbers are written."""
    if number < 10:
        return CN_DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def render_docx(digest: Digest, reference: Path | None = None) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = _open(reference)
    if reference is None:
        _set_up(document)
    title = document.add_paragraph(digest.title, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    period = f"{digest.week}（{digest.start.isoformat()} 至 {digest.end.isoformat()}）· 共 {len(digest.articles)} 篇"
    if digest.issue:
        period = f"{digest.issue} · {period}"
    line = document.add_paragraph(period, style="Subtitle")
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if digest.note:
        note = document.add_paragraph()
        note.add_run("编者按：").bold = True
        note.add_run(digest.note)
    sections = [section for section in digest.sections if section.articles]
    document.add_paragraph("目  录", style="Heading 1")
    for number, section in enumerate(sections, 1):
        document.add_paragraph(f"{cn_number(number)}、{section.category.name}（{len(section.articles)} 篇）", style="List Paragraph")
    for number, section in enumerate(sections, 1):
        document.add_paragraph(f"{cn_number(number)}、{section.category.name}", style="Heading 1")
        for index, item in enumerate(section.articles, 1):
            article = item.article
            heading = document.add_paragraph(f"{index}. {article.title}", style="Heading 2")
            heading.paragraph_format.keep_with_next = True
            where = [article.source_name or article.source.rsplit("/", 1)[-1]]
            if article.page:
                where[0] += f" 第{article.page}版"
            where.append(article.date or "未注明日期")
            if article.byline:
                where.append(article.byline)
            source = document.add_paragraph(" · ".join(where), style="Caption")
            source.paragraph_format.keep_with_next = True
            if item.duplicates:
                source.add_run("；另见 " + "；".join(d.name for d in item.duplicates))
            document.add_paragraph(item.summary.text, style="Normal")
            if item.summary.keywords:
                document.add_paragraph("关键词：" + "、".join(item.summary.keywords), style="Caption")
    _page_numbers(document)
    generated = digest.generated.astimezone(dt.timezone.utc).replace(tzinfo=None)
    document.core_properties.title = digest.title
    document.core_properties.created = document.core_properties.modified = generated
    document.core_properties.last_printed = generated
    buffer = io.BytesIO()
    document.save(buffer)
    return _stamped(buffer.getvalue(), generated)


def _stamped(data: bytes, when: dt.datetime) -> bytes:
    """The package with every zip entry dated `when`: the same digest gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(max(when.year, 1980),) + when.timetuple()[1:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return buffer.getvalue()


def _open(reference: Path | None):
    """A new document, or the reference document emptied of its content (styles and page setup kept)."""
    from docx import Document

    if reference is None:
        return Document()
    try:
        document = Document(str(reference))
    except Exception as exc:  # python-docx raises zip, XML and KeyError failures alike
        raise DigestError(f"{reference}: not a usable Word reference document ({type(exc).__name__})") from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "List Paragraph"):
        try:
            document.styles[name]
        except KeyError:
            raise DigestError(f"{reference}: the reference document has no style {name!r}; "
                              "save it from a document made by `digest build --format docx`") from None
    return document


def _set_up(document) -> None:
    """A4 with the margins of official documents, and the styles in 号 sizes with CJK fonts."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Mm, Pt, RGBColor

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    styles = document.styles
    specs = {
        "Normal": (SERIF, LATIN_SERIF, SIZE_4, False),
        "Title": (SANS, LATIN_SANS, SIZE_2, False),
        "Subtitle": (SERIF, LATIN_SERIF, SIZE_5 + 1.5, False),
        "Heading 1": (SANS, LATIN_SANS, SIZE_3, True),
        "Heading 2": (SANS, LATIN_SANS, SIZE_S3, True),
        "Caption": (SERIF, LATIN_SERIF, SIZE_5, False),
        "List Paragraph": (SERIF, LATIN_SERIF, SIZE_4, False),
    }
    for name, (east_asian, latin, size, bold) in specs.items():
        style = styles[name]
        style.font.name = latin
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = False
        style.font.color.rgb = RGBColor(0x59, 0x59, 0x59) if name == "Caption" else RGBColor(0, 0, 0)
        _east_asian_font(style, east_asian)
        paragraph = style.paragraph_format
        paragraph.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        paragraph.line_spacing = 1.0 if name == "Caption" else 1.4
        paragraph.space_after = Pt(4 if name == "Caption" else 8)
        if name.startswith("Heading"):
            paragraph.space_before = Pt(14 if name == "Heading 1" else 10)
    styles["Normal"].paragraph_format.first_line_indent = Pt(SIZE_4 * 2)  # two characters, as Chinese text is set
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "List Paragraph"):
        styles[name].paragraph_format.first_line_indent = Pt(0)
    # The Title style of the default template draws a rule under the title; a 简报 title stands alone.
    border = styles["Title"].element.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr") \
        if styles["Title"].element.pPr is not None else None
    if border is not None:
        border.getparent().remove(border)


def _east_asian_font(style, font: str) -> None:
    from docx.oxml.ns import qn

    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the named one


def _page_numbers(document) -> None:
    """A centred page number in each section's footer (a PAGE field, filled in by the word processor)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for section in document.sections:
        paragraph = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)
