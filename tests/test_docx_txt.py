"""The digest as people pass it on: a Word 简报 (checked in LibreOffice) and plain text for chat."""
import io
import re
import shutil
import subprocess

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from digest.build import build_digest
from digest.clean import fold_radicals
from digest.render import render
from digest.settings import build_settings

from .conftest import FIXED_NOW, ROOT, SEEDS


@pytest.fixture(scope="module")
def seeds_digest(tmp_path_factory):
    edits = tmp_path_factory.mktemp("edits") / "edits.toml"
    edits.write_text('issue = "第12期"\nnote = "本期聚焦基层治理与职业教育。"\n', encoding="utf-8")
    settings = build_settings({"inputs": [str(SEEDS)], "week": "2025-W14", "edits": str(edits)}, config=None)
    return build_digest(settings, FIXED_NOW)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_word_file_layout_fonts_and_contents(seeds_digest):
    data = render(seeds_digest, "docx")
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    body_fonts = document.styles["Normal"].element.rPr.rFonts
    assert body_fonts.get(qn("w:eastAsia")) == "宋体" and document.styles["Normal"].font.size.pt == 14  # 四号
    assert document.styles["Title"].element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert document.styles["Title"].font.size.pt == 22  # 二号
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.startswith("要闻摘编\n第12期 · 2025-W14") and "编者按：本期聚焦基层治理与职业教育。" in text
    assert "一、党建引领" in text and "目  录" in text
    for item in seeds_digest.articles:
        assert item.article.title in text and item.summary.text in text
    footer = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer
    assert render(seeds_digest, "docx") == data  # the same digest gives the same bytes


def test_reference_document_gives_page_setup_and_styles(seeds_digest, tmp_path):
    reference = docx.Document()
    reference.sections[0].left_margin = Mm(40)
    reference.styles["Normal"].font.size = docx.shared.Pt(12)
    reference.add_paragraph("这段是参考文档的旧内容")
    path = tmp_path / "letterhead.docx"
    reference.save(path)
    document = docx.Document(io.BytesIO(render(seeds_digest, "docx", docx_template=path)))
    assert round(document.sections[0].left_margin.mm) == 40
    assert document.styles["Normal"].font.size.pt == 12
    assert "这段是参考文档的旧内容" not in "\n".join(p.text for p in document.paragraphs)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_opens_the_word_file_with_every_title_and_summary(seeds_digest, tmp_path):
    path = tmp_path / "digest.docx"
    path.write_bytes(render(seeds_digest, "docx"))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / "digest.pdf") as pdf:
        # The text above each page's footer (its page number); PDF fonts may map CJK characters
        # to their Kangxi radical look-alikes (⼀ for 一).
        text = squeeze(fold_radicals("".join(page.crop((0, 0, page.width, page.height - 72)).extract_text() or ""
                                             for page in pdf.pages)))
        assert len(pdf.pages) >= 3
        first = pdf.pages[0].to_image(resolution=90)
    for item in seeds_digest.articles:
        assert squeeze(item.article.title) in text and squeeze(item.summary.text) in text
    if __import__("os").environ.get("DIGEST_UPDATE_GOLDEN") == "1":
        first.save(ROOT / "docs" / "docx-page1.png")


def test_plain_text_has_no_markup_and_every_title_and_summary(seeds_digest):
    text = render(seeds_digest, "txt")
    assert not re.search(r"^\s*(#|\*|-\s|>)|\*\*|`|<[a-z]|\\\\", text, re.MULTILINE)
    assert "\n一、党建引领（3 篇）\n" in text and "\n二、" in text and "\n1. " in text
    for item in seeds_digest.articles:
        assert item.article.title in text and item.summary.text in text
