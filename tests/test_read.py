import codecs
from pathlib import Path

import pytest

from digest.errors import InputError
from digest.read import decode_bytes, find_inputs, read_source

TEXT = "荣昌区教育系统召开党建工作述职评议会，总结全年工作。"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.encode("gb18030"), "gb18030"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
])
def test_decode_supported_encodings(data, encoding):
    assert decode_bytes(data)[:2] == (TEXT, encoding)


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x00\x00", "zip"),
    (bytes(range(256)) * 4, "binary"),
])
def test_decode_rejects_binary_with_a_reason(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode_bytes(data)


def test_decode_rejects_bytes_of_no_supported_encoding():
    with pytest.raises(ValueError):
        decode_bytes(b"\x81\x30\xff\xfe\x80\x80\x81\x20" * 50)


def test_read_source_reports_empty_and_whitespace_files(page):
    with pytest.raises(InputError, match="empty"):
        read_source(page("", "empty.txt"))
    with pytest.raises(InputError, match="empty"):
        read_source(page("  \n\n \t", "blank.txt"))


def test_read_source_enforces_the_size_limit(page):
    path = page(TEXT * 100, "big.txt")
    with pytest.raises(InputError, match="limit"):
        read_source(path, max_bytes=1000)


def test_read_source_reads_gbk_files(page):
    source = read_source(page(TEXT, "gbk.txt", encoding="gbk"))
    assert source.text == TEXT and source.encoding == "gb18030"


def test_find_inputs_expands_folders_and_reports_missing(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "empty_dir").mkdir()
    files, skipped = find_inputs([tmp_path, tmp_path / "missing.txt", tmp_path / "empty_dir"])
    assert [f.name for f in files] == ["a.md", "b.txt"]
    assert "unsupported file type" in {s.path: s.reason for s in skipped}[str(tmp_path / "photo.jpg")]  # named, not dropped
    reasons = {s.path: s.reason for s in skipped}
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]
    assert "no supported files" in reasons[str(tmp_path / "empty_dir")]


def test_symlink_loop_is_skipped_with_a_reason(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    files, skipped = find_inputs([loop])
    if files:
        with pytest.raises(InputError):
            read_source(files[0])
    else:
        assert skipped


JAPANESE = "東京都は今日、新しい防災計画を発表しました。住民の安全を守るため、避難所の数を増やします。" * 3


def test_shift_jis_is_detected_not_read_as_chinese_mojibake():
    text, encoding, _ = decode_bytes(JAPANESE.encode("shift_jis"))
    assert text == JAPANESE and encoding.replace("-", "_").lower() in ("shift_jis", "cp932")


def test_utf16_without_a_bom_is_text_not_binary():
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_bytes((TEXT + "\n2025年3月7日\n").encode(encoding))[0] == TEXT + "\n2025年3月7日\n"


def test_utf16_without_a_bom_of_chinese_alone_is_text_not_binary():
    # No ASCII to place the NULs: the only NUL comes from a character whose code ends in 00 (`开`).
    text = "区委召开全会，部署全年工作任务。会议强调，要抓好落实，开创新局面。"
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(encoding))[:2] == (text, encoding)


def test_binary_bytes_with_nuls_stay_binary():
    import random
    rng = random.Random(7)
    for _ in range(50):
        data = bytes(rng.getrandbits(8) for _ in range(4000)) + b"\x00\x00"
        with pytest.raises(ValueError, match="binary"):
            decode_bytes(data)


def test_a_text_file_padded_with_nuls_or_with_a_stray_one_is_read_without_them():
    # An editor that crashed while saving pads the file's end with NULs; a program the text was
    # copied out of can leave one inside. The file had been refused as binary.
    for encoding in ("utf-8", "gbk"):
        text, _, note = decode_bytes((TEXT * 5).encode(encoding) + b"\x00" * 4096)
        assert text == TEXT * 5 and "4096 NUL byte(s) padding" in note
    data = (TEXT * 5).encode("utf-8")
    text, _, note = decode_bytes(data[:30] + b"\x00" + data[30:])
    assert text == TEXT * 5 and "1 stray NUL byte(s)" in note
    # A file of NULs alone, or one with NULs all through it, is no text.
    for data in (b"\x00" * 100, (TEXT * 5).encode("utf-8").replace("。".encode("utf-8"), b"\x00")):
        with pytest.raises(ValueError, match="binary"):
            decode_bytes(data)


def test_one_invalid_byte_is_replaced_with_a_note_not_the_whole_file_lost(tmp_path):
    data = (TEXT * 20).encode("utf-8")
    broken = data[:99] + b"\xff" + data[99:]  # between two characters
    text, encoding, note = decode_bytes(broken)
    assert encoding == "utf-8" and text.count("\ufffd") == 1 and "replaced" in note
    assert text.replace("\ufffd", "") == TEXT * 20



def test_chinese_utf8_with_scattered_damage_is_repaired_not_refused_or_read_as_a_one_byte_code_page():
    # A page whose characters were cut here and there (a bad copy, a save that mis-decoded some):
    # 22 characters in 3,000 lose a byte. A detector names mac_cyrillic or ptcp154 for such bytes.
    paragraph = "荣昌区教育系统召开党建工作述职评议会，十二所学校党组织书记逐一述职，总结全年工作并查找问题。"
    data = bytearray()
    for number in range(65):
        line = (paragraph + "\n").encode("utf-8")
        data += line[:3] + line[4:] if number % 3 == 1 else line  # 昌 loses its first byte
    text, encoding, note = decode_bytes(bytes(data))
    assert encoding == "utf-8" and "22 byte sequence(s)" in note and text.count("荣\ufffd\ufffd区") == 22
    assert text.count("区教育系统召开党建工作述职评议会") == 65

SAVED_PAGES = Path(__file__).parent / "saved_pages"
SAVED_HEADLINE = "清溪镇建成首个村级养老服务站"


def test_a_page_saved_by_chromium_as_one_file_reads_as_the_page_itself():
    # Chromium's `Webpage, Single File`: quoted-printable GBK HTML, its charset only in the page's <meta>.
    saved = read_source(SAVED_PAGES / "district_news.mhtml")
    page = read_source(SAVED_PAGES / "district_news.html")
    assert saved.title == page.title == SAVED_HEADLINE
    assert saved.text == page.text and saved.date == page.date == "2025-04-02"
    assert saved.text.rstrip().endswith("让更多老人在家门口安享晚年。") and "版权所有" not in saved.text


@pytest.mark.slow
def test_a_page_saved_afresh_by_chromium_reads_the_same(tmp_path):
    from tests.saved_pages.make_mhtml import chromium, save_mhtml

    if chromium() is None:
        pytest.skip("needs chromium and chromium-driver")
    saved = tmp_path / "page.mhtml"
    save_mhtml([(SAVED_PAGES / "district_news.html", saved)])
    fresh, committed = read_source(saved), read_source(SAVED_PAGES / "district_news.mhtml")
    assert (fresh.title, fresh.text, fresh.date) == (committed.title, committed.text, committed.date)


def test_an_old_ie_mht_labelled_gb2312_reads_as_the_gbk_page_it_holds(tmp_path):
    import quopri
    from email.mime.multipart import MIMEMultipart
    from email.mime.nonmultipart import MIMENonMultipart
    from email.mime.text import MIMEText

    # IE labels GBK pages `gb2312` (the page's `·` is not in GB2312) and drops the page's own <meta>.
    html = (SAVED_PAGES / "district_news.html").read_bytes().replace(b'<meta charset="gbk">', b"")
    archive = MIMEMultipart("related")
    part = MIMENonMultipart("text", "html", charset="gb2312")
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(quopri.encodestring(html).decode("ascii"))
    archive.attach(part)
    archive.attach(MIMEText("body { color: red }", "css"))
    path = tmp_path / "养老服务站.mht"
    path.write_bytes(archive.as_bytes())
    source = read_source(path)
    assert source.title == SAVED_HEADLINE and "七十岁以上老人每餐只需支付三元" in source.text


@pytest.mark.parametrize("data, reason", [
    (b"MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\nnot a page\r\n", "no web page inside"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", r"binary file \(a PDF file\), not a saved web page"),
])
def test_a_single_file_archive_without_a_page_is_skipped_with_its_reason(tmp_path, data, reason):
    path = tmp_path / "broken.mhtml"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        read_source(path)


def test_a_saved_pages_resource_folder_is_part_of_the_page_not_inputs(tmp_path):
    # `Webpage, Complete` writes `X.html` and `X_files/` (scripts, styles, pictures, ad frames).
    (tmp_path / "养老服务站.html").write_bytes((SAVED_PAGES / "district_news.html").read_bytes())
    resources = tmp_path / "养老服务站_files"
    resources.mkdir()
    for name in ("jquery.min.js", "style.css", "logo.png", "ad_frame.html"):
        (resources / name).write_text("x", encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # a folder of the user's own, beside no page of that name
    (tmp_path / "notes_files" / "会议纪要.txt").write_text(TEXT, encoding="utf-8")
    files, skipped = find_inputs([tmp_path])
    assert [f.name for f in files] == ["养老服务站.html", "会议纪要.txt"] and skipped == []


def test_a_web_page_saved_as_text_and_text_saved_as_a_web_page_are_read_by_what_they_hold(tmp_path):
    # A CMS export saved as `.txt` that holds the page's markup, and a story typed into a file
    # named `.html`. Before, the page's tags became the story's title and text, and the typed
    # story was skipped: "no article text found in the web page".
    story = "3月5日，江州区召开基层治理工作会议，部署全年社区治理重点任务，68个老旧小区将推行“街长制”。"
    page = tmp_path / "江州新闻网.txt"
    page.write_text('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>江州区部署基层治理工作_江州新闻网</title></head>'
                    f"<body><div class=\"nav\">首页 | 本地新闻</div><article><h1>江州区部署基层治理工作</h1><p>{story}</p>"
                    "<p>会议要求，各街道要压实责任，把矛盾纠纷化解在基层。</p></article></body></html>\n", encoding="utf-8")
    source = read_source(page)
    assert "<" not in source.text and story in source.text and source.title == "江州区部署基层治理工作"
    typed = tmp_path / "部门来稿.html"
    typed.write_text(f"江州区部署基层治理工作\n\n{story}\n", encoding="utf-8")
    assert story in read_source(typed).text


def test_a_pdf_that_is_no_pdf_is_skipped_saying_what_it_holds(tmp_path):
    # A download that failed leaves the site's error page under the PDF's name; other files are
    # no PDF at all. Before, both were "not a readable PDF (PdfminerException)".
    page = tmp_path / "第A02版.pdf"
    page.write_text("<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="holds a web page"):
        read_source(page)
    text = tmp_path / "第A03版.pdf"
    text.write_text("江州区部署基层治理工作\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a PDF \(the file does not start as one\)"):
        read_source(text)
