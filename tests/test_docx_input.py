"""Word files from departments: everything in document order, and crafted files refused quickly."""
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from digest.errors import InputError
from digest.read import MAX_DOCX_PARAGRAPHS, read_source
from digest.segment import split_articles

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def outlined(outline) -> bytes:
    """A Word file of (level, text) paragraphs: a heading of that level, or body text at level 0."""
    document = docx.Document()
    for level, text in outline:
        if level:
            document.add_heading(text, level=level)
        else:
            document.add_paragraph(text)
    return saved(document)


def formatted(rows) -> bytes:
    """A Word file of paragraphs, each set as the words of its kind say: `bold`, `centre`, `right`,
    `indent` (a first-line indent by the format) and a size in points (`22`)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    for kind, text in rows:
        words = kind.split()
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = "bold" in words
        size = next((int(word) for word in words if word.isdigit()), None)
        if size:
            run.font.size = Pt(size)
        if "centre" in words or "right" in words:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if "centre" in words else WD_ALIGN_PARAGRAPH.RIGHT
        if "indent" in words:
            paragraph.paragraph_format.first_line_indent = Pt(24)
    return saved(document)


def with_body_xml(data: bytes, extra: str) -> bytes:
    """The package with `extra` paragraphs (raw WordprocessingML) added at the end of the body."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "word/document.xml":
                blob = blob.replace(b"<w:sectPr", extra.encode("utf-8") + b"<w:sectPr", 1)
            target.writestr(info.filename, blob)
    return out.getvalue()


def test_tables_content_controls_insertions_and_text_boxes_in_document_order(tmp_path):
    document = docx.Document()
    document.add_heading("区教育局工作简报", level=1)
    document.add_paragraph("本周全区职业院校共举办校企合作对接活动六场。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "签约企业十家，共建实训基地五个。"
    table.rows[0].cells[1].text = "订单培养学生三百名。"
    extra = (
        f'<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>内容控件里的段落也要读到。</w:t></w:r></w:p></w:sdtContent></w:sdt>'
        f'<w:p {W}><w:r><w:t>修订中</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>插入的文字</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>删除的文字</w:delText></w:r></w:del><w:r><w:t>保留。</w:t></w:r></w:p>'
        f'<w:p {W} {MC}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        '<w:p><w:r><w:t>文本框里的说明文字。</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框里的说明文字。</w:t></w:r></w:p></w:txbxContent>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>文本框后的正文。</w:t></w:r></w:p>')
    path = tmp_path / "简报.docx"
    path.write_bytes(with_body_xml(saved(document), extra))
    (article,) = split_articles(read_source(path))
    text = article.text
    order = ["校企合作对接活动", "签约企业十家", "订单培养学生三百名", "内容控件里的段落", "修订中插入的文字保留。",
             "文本框后的正文", "文本框里的说明文字"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions and positions[:6] == sorted(positions[:6]), text
    assert "删除的文字" not in text and text.count("文本框里的说明文字") == 1


def test_a_table_of_figures_stays_in_its_story_row_by_row_and_is_never_a_headline(tmp_path):
    # A department's report with a table of figures between two paragraphs. Before, each cell
    # was a line of its own: `社会消费品零售总额` headed a story of the table's last cells.
    document = docx.Document()
    document.add_heading("全区一季度主要经济指标完成情况", level=1)
    document.add_paragraph("3月28日，区统计局发布一季度经济运行情况。一季度，全区经济运行总体平稳，主要指标好于预期。")
    table = document.add_table(rows=4, cols=3)
    rows = [("指标", "数值", "同比增长"), ("地区生产总值", "128.6亿元", "6.1%"),
            ("规模以上工业增加值", "42.3亿元", "8.2%"), ("社会消费品零售总额", "51.7亿元", "6.5%")]
    for cells, values in zip(table.rows, rows):
        for cell, value in zip(cells.cells, values):
            cell.text = value
    document.add_paragraph("区统计局相关负责人表示，工业生产稳中有升，消费市场持续回暖。")
    path = tmp_path / "统计简报.docx"
    path.write_bytes(saved(document))
    (article,) = split_articles(read_source(path))
    assert article.title == "全区一季度主要经济指标完成情况"
    assert "| 社会消费品零售总额 | 51.7亿元 | 6.5% |" in article.paragraphs
    assert article.text.endswith("消费市场持续回暖。") and "亿元" not in article.body


def test_word_file_unpacking_to_hundreds_of_megabytes_is_refused_quickly(tmp_path):
    document = docx.Document()
    document.add_paragraph("正文。")
    buffer = io.BytesIO(saved(document))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as package:
        with package.open("word/media/padding.bin", "w") as entry:
            chunk = bytes(1024 * 1024)
            for _ in range(210):
                entry.write(chunk)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError, match="unpacks to"):
        read_source(path)


def test_word_file_with_too_many_paragraphs_is_refused(tmp_path):
    document = docx.Document()
    path = tmp_path / "many.docx"
    path.write_bytes(with_body_xml(saved(document), f"<w:p {W}/>" * (MAX_DOCX_PARAGRAPHS + 1)))
    with pytest.raises(InputError, match="more than"):
        read_source(path)


def test_a_bulletins_header_is_its_date_and_issuer_and_each_item_is_an_article(tmp_path):
    # A department's 工作简报 in direct formatting: name, issue number, the issuing office beside
    # the date, then items under bold headlines; the distribution lines (报：送：发：) close it.
    document = docx.Document()
    for text in ("工作简报", "第5期", "某区教育局办公室　　　　　　　　2025年3月4日", "【工作动态】",
                 "区教育局召开2025年全区教育工作会议",
                 "3月3日，区教育局召开2025年全区教育工作会议，总结2024年教育工作，部署2025年重点任务。",
                 "会议要求，今年要推进集团化办学，深化课后服务，确保各项任务落地见效。",
                 "全区中小学开展春季校园安全隐患大排查",
                 "开学以来，区教育局对全区86所中小学和幼儿园开展春季校园安全隐患大排查。",
                 "截至目前，共排查出各类隐患120余处，已整改到位110处。",
                 "报：区委办公室、区政府办公室", "发：各中小学、幼儿园", "某区教育局办公室　　　　　　　2025年3月4日印发"):
        document.add_paragraph(text)
    path = tmp_path / "简报第5期.docx"
    path.write_bytes(saved(document))
    meeting, safety = split_articles(read_source(path))
    assert meeting.title == "区教育局召开2025年全区教育工作会议" and meeting.kicker == "【工作动态】"
    assert safety.title == "全区中小学开展春季校园安全隐患大排查" and safety.text.endswith("已整改到位110处。")
    assert all((a.date, a.source_name) == ("2025-03-04", "某区教育局办公室") for a in (meeting, safety))
    assert not any(word in a.text for a in (meeting, safety) for word in ("第5期", "工作简报", "区委办公室", "印发"))


def test_a_bulletin_with_centred_headlines_and_indented_text_keeps_its_flush_labels_and_footer_out(tmp_path):
    # As a department formats it: centred bold headlines, text indented by its format, column
    # labels and the distribution lines flush. Before, every flush paragraph was given the
    # text's indent: `【基层动态】` ended the story above it and `报：…` `送：…` ended the last.
    data = formatted((("centre bold", "教育工作简报"), ("centre bold", "第5期"), ("flush", "区教委办公室                    2025年3月4日"),
                      ("flush", "【工作动态】"), ("centre bold", "区教委召开新学期工作部署会"),
                      ("indent", "3月3日，区教委召开2025年春季学期工作部署会，总结2024年教育工作，部署新学期重点任务。区教委主任出席会议并讲话。"),
                      ("indent", "会议要求，各学校要聚焦立德树人根本任务，深化课堂教学改革，抓好校园安全、食品安全和师德师风建设，确保新学期开好局、起好步。"),
                      ("centre bold", "职教中心与12家企业签订校企合作协议"),
                      ("indent", "近日，区职业教育中心与12家本地企业签订校企合作协议，共建智能制造、电子商务等实训基地6个，开设订单班8个，首批320名学生将进入企业跟岗实习。"),
                      ("indent", "“在车间里跟着师傅学，比在教室里听课记得牢。”数控专业学生陈晨说。"),
                      ("flush", "【基层动态】"), ("centre bold", "白马镇中心小学开展“开学第一课”活动"),
                      ("indent", "3月3日，白马镇中心小学以“安全伴我行”为主题开展开学第一课活动，邀请消防、交警走进校园，为全校800余名学生讲授安全知识。"),
                      ("flush", "报：区委办公室、区政府办公室"), ("flush", "送：各镇街、各学校")))
    path = tmp_path / "简报第5期.docx"
    path.write_bytes(data)
    meeting, training, school = split_articles(read_source(path))
    assert (meeting.title, meeting.kicker, school.title, school.kicker) == (
        "区教委召开新学期工作部署会", "【工作动态】", "白马镇中心小学开展“开学第一课”活动", "【基层动态】")
    assert meeting.text.endswith("确保新学期开好局、起好步。") and school.text.endswith("讲授安全知识。")
    assert training.text.endswith("数控专业学生陈晨说。")
    assert (school.date, school.source_name) == ("2025-03-04", "区教委办公室")


def test_an_official_document_in_word_under_its_red_head(tmp_path):
    data = formatted((("centre 26", "江州区人民政府办公室文件"), ("centre 22", "江州府办发〔2025〕12号"),
                      ("centre 22", "江州区人民政府办公室"), ("centre 22", "关于做好2025年春季森林防火工作的通知"),
                      ("16", "各镇人民政府、街道办事处，区政府各部门，有关单位："),
                      ("indent 16", "当前已进入春季森林防火关键期，森林火险等级持续偏高。经区政府同意，现将有关事项通知如下。"),
                      ("indent 16", "各镇街要严格落实森林防火行政首长负责制，层层签订责任书，把责任落实到山头地块和具体人员。"),
                      ("right 16", "江州区人民政府办公室"), ("right 16", "2025年3月5日"), ("indent 16", "（此件公开发布）")))
    path = tmp_path / "通知.docx"
    path.write_bytes(data)
    (notice,) = split_articles(read_source(path))
    assert (notice.title, notice.kicker, notice.subtitle) == ("江州区人民政府办公室关于做好2025年春季森林防火工作的通知", None, None)
    assert (notice.date, notice.source_name) == ("2025-03-05", "江州区人民政府办公室")
    assert notice.body.startswith("当前已进入") and notice.body.endswith("具体人员。")


def test_a_submission_form_set_as_a_table_gives_its_fields(tmp_path):
    # A department's 信息报送单: labels in one column, values beside them; a row may hold two fields.
    document = docx.Document()
    document.add_paragraph("江州区教育信息报送单")
    table = document.add_table(rows=4, cols=4)
    rows = [("标题", "区教委召开2025年职业教育工作推进会", "", ""), ("报送单位", "区教委办公室", "报送日期", "2025年3月11日"),
            ("撰稿人", "李娜", "联系电话", "023-12345678"),
            ("正文", "3月10日，区教委召开2025年职业教育工作推进会，部署今年重点任务。会议要求，各职业院校要深化产教融合。", "", "")]
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "报送单.docx"
    path.write_bytes(saved(document))
    (article,) = split_articles(read_source(path))
    assert (article.title, article.kicker, article.byline) == ("区教委召开2025年职业教育工作推进会", None, "李娜")
    assert (article.date, article.source_name) == ("2025-03-11", "区教委办公室")
    assert article.text.startswith("3月10日，区教委召开") and "023-12345678" not in article.text


def test_a_bulletins_items_name_the_office_that_sent_each(tmp_path):
    # 政务信息: compiled by one office (`…办公室编`), each item closing on the office that sent it.
    data = formatted((("bold", "政务信息"), ("", "第12期"), ("", "江州区人民政府办公室编　　　　2025年3月12日"),
                      ("bold", "区教委扎实推进校园安全隐患排查整治"),
                      ("", "近日，区教委组织开展春季校园安全隐患排查整治行动，共排查隐患120余处，已整改110处。（区教委供稿）"),
                      ("bold", "清江镇多措并举推进春耕生产"),
                      ("", "清江镇组织农技人员深入田间地头，指导农户开展春耕备耕，储备农资200余吨。（供稿：清江镇）"),
                      ("bold", "区人社局举办春风行动招聘会"),
                      ("", "3月以来，区人社局举办专场招聘会8场，提供就业岗位3200余个。")))
    path = tmp_path / "政务信息第12期.docx"
    path.write_bytes(data)
    articles = split_articles(read_source(path))
    assert [(a.title, a.source_name, a.date) for a in articles] == [
        ("区教委扎实推进校园安全隐患排查整治", "区教委", "2025-03-12"), ("清江镇多措并举推进春耕生产", "清江镇", "2025-03-12"),
        ("区人社局举办春风行动招聘会", "江州区人民政府办公室", "2025-03-12")]


def typed_in_normal(rows, indent_pt: int = 32, line_spacing: float = 1.0) -> bytes:
    """A Word file typed in the Normal style, which indents every paragraph's first line (as
    Chinese templates do). Each row is (look, text): `bold`, a face (`黑体`) and a size in points
    (`22`), the text set in 仿宋_GB2312 at 16 points where the row says nothing; `centre` centres
    the paragraph and `flush` sets it flush, with no indent. `titled` sets it in a paragraph style
    of the template's (`小标题`, based on Normal, bold) and `strong` its run in a character style
    (`强调`, bold), with no formatting of their own."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(indent_pt)
    document.styles["Normal"].paragraph_format.line_spacing = line_spacing
    titled = document.styles.add_style("小标题", WD_STYLE_TYPE.PARAGRAPH)
    titled.base_style, titled.font.bold = document.styles["Normal"], True
    document.styles.add_style("强调", WD_STYLE_TYPE.CHARACTER).font.bold = True
    for look, text in rows:
        words = look.split()
        paragraph = document.add_paragraph(style="小标题" if "titled" in words else None)
        if "centre" in words or "flush" in words:
            paragraph.paragraph_format.first_line_indent = Pt(0)
            if "centre" in words:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text, style="强调" if "strong" in words else None)
        words = [word for word in words if word not in ("centre", "flush", "titled", "strong")]
        if "bold" in words:
            run.bold = True
        run.font.size = Pt(next((int(word) for word in words if word.isdigit()), 16))
        face = next((word for word in words if not word.isdigit() and word != "bold"), "仿宋_GB2312")
        run.font.name = face
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    return saved(document)


FARM_BULLETIN = [
    ("全区秋粮收获进度过八成", [
        "秋收以来，全区组织农机合作社、家庭农场抢抓晴好天气开展机收作业，投入收割机、烘干机等农机具1200余台套。截至10月8日，全区已收获水稻28.6万亩，占应收面积的八成以上。",
        "区农业农村局组织技术人员分片包干，深入田间地头指导农户适时收获、及时烘干，防止霉变损失。"]),
    ("青山镇高标准农田建设项目通过验收", [
        "9月28日，青山镇2025年度高标准农田建设项目通过区级验收。项目总投资3600万元，建成高标准农田2.4万亩，新建和改造灌排渠道46公里。",
        "项目建成后，区域内农田灌溉保证率提高到九成，亩均节本增效约200元。"]),
    ("河西村发展庭院经济带动增收", [
        "河西村依托房前屋后的闲置空地，引导村民种植蔬菜、中药材，养殖家禽，发展庭院经济。全村已有186户参与，户均年增收4000余元。",
        "村集体牵头成立合作社，统一提供种苗、技术和销售服务，解决了农户“卖难”问题。"]),
]


@pytest.mark.parametrize("title_look", ["bold", "bold 黑体", "黑体", "18", "titled", "strong"])
def test_item_titles_typed_in_the_texts_indented_style_are_told_by_their_type(tmp_path, title_look):
    # A bulletin typed in a template whose Normal style indents every paragraph, its head set
    # flush: its item titles are indented as the text is, and told from it only by their type
    # (bold, 黑体 over the text's 仿宋, or a larger size; bold by the format or by a paragraph or
    # character style). Before, they were read as the text's paragraphs, and the bulletin was
    # one story titled by its first sentence.
    rows = [("centre bold 22", "江州区农业农村工作简报"), ("centre", "第7期"), ("flush", "江州区农业农村局　　　　　　2026年10月9日")]
    for title, paragraphs in FARM_BULLETIN:
        rows += [(title_look, title)] + [("", text) for text in paragraphs]
    path = tmp_path / "简报第7期.docx"
    path.write_bytes(typed_in_normal(rows + [("flush", "报：区委办公室，区政府办公室")]))
    articles = split_articles(read_source(path))
    assert [a.title for a in articles] == [title for title, _ in FARM_BULLETIN]
    assert [a.text for a in articles] == ["\n".join(paragraphs) for _, paragraphs in FARM_BULLETIN]
    assert all(a.date == "2026-10-09" for a in articles)


def test_a_reports_section_headings_in_heiti_stay_sections_of_the_one_report(tmp_path):
    # An official report's headings at the text's size, indented as it is: `一、…` in 黑体, and
    # `（一）…。` in 楷体 opening its paragraph. They are sections of the report, not stories.
    path = tmp_path / "报告.docx"
    path.write_bytes(typed_in_normal([
        ("centre 方正小标宋简体 22", "江州区2026年前三季度村庄清洁行动工作情况报告"),
        ("", "今年以来，我区把村庄清洁行动作为乡村振兴的重要抓手，扎实推进各项工作。现将有关情况报告如下。"),
        ("黑体", "一、工作开展情况"), ("楷体_GB2312", "（一）加强组织领导。"),
        ("", "区里成立由分管副区长任组长的工作专班，建立月调度、季通报工作机制。"),
        ("黑体", "二、存在的主要问题"),
        ("", "一是部分村庄长效管护机制不健全。二是群众参与的积极性有待提高。"),
        ("黑体", "三、下一步工作打算"),
        ("", "我们将聚焦短板弱项，完善长效管护机制，确保年底前完成年度目标任务。")]))
    (report,) = split_articles(read_source(path))
    assert report.title == "江州区2026年前三季度村庄清洁行动工作情况报告"
    assert [report.paragraphs[index] for index in report.headings] == ["一、工作开展情况", "二、存在的主要问题", "三、下一步工作打算"]
    assert report.text.endswith("确保年底前完成年度目标任务。")


def _notice() -> docx.Document:
    document = docx.Document()
    for text in ("区教育局召开2025年全区教育工作会议",
                 "3月3日，区教育局召开2025年全区教育工作会议，总结2024年教育工作，部署2025年重点任务。",
                 "会议要求，今年要推进集团化办学，深化课后服务，确保各项任务落地见效。"):
        document.add_paragraph(text)
    return document


@pytest.mark.slow
@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
@pytest.mark.parametrize("suffix", ["doc", "odt"])  # an old Word file; an OpenDocument text (LibreOffice's, WPS's)
def test_a_word_processor_file_is_read_through_libreoffice(tmp_path, suffix):
    import subprocess

    (tmp_path / "通知.docx").write_bytes(saved(_notice()))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--convert-to", suffix,
                    "--outdir", str(tmp_path), str(tmp_path / "通知.docx")], check=True, capture_output=True, timeout=180)
    (article,) = split_articles(read_source(tmp_path / f"通知.{suffix}"))
    assert article.title == "区教育局召开2025年全区教育工作会议" and article.text.endswith("确保各项任务落地见效。")
    # The same file renamed to .docx (a department's `另存为` gone wrong) is read as what it holds.
    # Before, an old Word file so named was skipped as `not a valid .docx file (BadZipFile)`.
    renamed = tmp_path / "通知（转存）.docx"
    renamed.write_bytes((tmp_path / f"通知.{suffix}").read_bytes())
    if suffix == "doc":
        (article,) = split_articles(read_source(renamed))
        assert article.title == "区教育局召开2025年全区教育工作会议"


def test_an_odt_that_is_a_word_file_or_no_package_is_read_as_what_it_is(tmp_path):
    path = tmp_path / "通知.odt"
    path.write_bytes(saved(_notice()))  # a .docx saved under the OpenDocument name needs no LibreOffice
    (article,) = split_articles(read_source(path))
    assert article.title == "区教育局召开2025年全区教育工作会议"
    path.write_bytes("区教育局召开全区教育工作会议".encode("utf-8"))
    with pytest.raises(InputError, match=r"not an \.odt file: its content is not an OpenDocument text"):
        read_source(path)


def test_an_old_word_file_without_libreoffice_is_skipped_with_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    path = tmp_path / "通知.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # the compound-file header of .doc
    with pytest.raises(InputError, match=r"\.doc files are read through LibreOffice, which is not installed: save the file as \.docx"):
        read_source(path)
    # An old Word file saved under the new name says what it is.
    renamed = tmp_path / "通知.docx"
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(InputError, match=r"the file is a \.doc file under a \.docx name, and \.doc files are read through "
                                         r"LibreOffice, which is not installed"):
        read_source(renamed)
    # A .docx saved under the old name needs no LibreOffice.
    path.write_bytes(saved(_notice()))
    (article,) = split_articles(read_source(path))
    assert article.title == "区教育局召开2025年全区教育工作会议"


def test_a_web_page_saved_as_doc_is_read_as_one_and_other_content_is_refused(tmp_path):
    page = tmp_path / "通知.doc"
    page.write_text("<html><body><h1>区里召开春耕生产会议</h1><p>3月3日，区里召开会议，部署春耕生产工作。"
                    "会议要求，各镇街要抓好农时，确保粮食播种面积稳定。</p></body></html>", encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert article.title == "区里召开春耕生产会议" and article.text.startswith("3月3日，区里召开会议")
    page.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match=r"not a \.doc file: its content is neither a Word, WPS nor RTF document"):
        read_source(page)


# Two stories of a page typed into Word: headlines bold and centred, paragraphs indented by
# their format (首行缩进), with a lead line and a section heading inside the first story.
PAGE_IN_WORD = [
    ("head", "城南镇大棚土豆产量高出三成"),
    ("text", "本报讯（记者 李明）城南镇的土豆今年不用土也能种，亩产比露天种植高出三成。"),
    ("text", "技术推广"),
    ("text", "镇农业服务中心将为农户提供技术培训，每户补贴大棚建设资金两千元。"),
    ("head", "滨河夜市开张"),
    ("text", "本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来。"),
]


@pytest.mark.parametrize("indent_by", ["paragraph", "style", "typed", "centred headlines only"])
def test_paragraphs_indented_by_their_format_tell_text_from_headlines(tmp_path, indent_by):
    # The indent is kept as a text view prints it (two full-width spaces); without indents, text
    # under centred headlines is given one. Before, neither was read, and a page of several
    # stories in Word read as one without indents (F1 0.857 against 0.974).
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    if indent_by == "style":  # Chinese templates indent the Normal style by two characters
        document.styles["Normal"].paragraph_format.first_line_indent = Pt(24)
    for kind, text in PAGE_IN_WORD:
        paragraph = document.add_paragraph()
        typed = "\u3000\u3000" if kind == "text" and indent_by == "typed" else ""
        paragraph.add_run(typed + text).bold = kind == "head"
        if kind == "head":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.first_line_indent = Pt(0)
        elif indent_by == "paragraph":
            paragraph.paragraph_format.first_line_indent = Pt(24)
    path = tmp_path / "page.docx"
    path.write_bytes(saved(document))
    source = read_source(path)
    lines = [line for line in source.text.split("\n") if line]
    assert [line.startswith("\u3000\u3000") for line in lines] == [kind == "text" for kind, _ in PAGE_IN_WORD]
    first, second = split_articles(source)
    assert (first.title, second.title) == ("城南镇大棚土豆产量高出三成", "滨河夜市开张")
    assert "技术推广" in first.paragraphs and first.text.endswith("两千元。")


def test_heading_2_under_several_heading_1_titles_heads_sections_not_stories(tmp_path):
    # A Word file whose stories are titled in `Heading 1` and cut into parts by `Heading 2`.
    # Before, each part became a story of its own (one `#` page title over `##` stories, as
    # in the seed pages, still reads `##` as story titles).
    path = tmp_path / "要闻.docx"
    path.write_bytes(outlined([
        (1, "区教育局召开2025年全区教育工作会议"),
        (0, "3月3日，区教育局召开2025年全区教育工作会议，总结2024年教育工作，部署2025年重点任务。"),
        (2, "推进集团化办学"), (0, "会议要求，今年要推进集团化办学，新组建教育集团3个。"),
        (2, "加强课后服务"), (0, "会议还对课后服务作了安排，要求各校细化措施。"),
        (1, "全区中小学开展春季校园安全隐患大排查"),
        (0, "开学以来，区教育局对全区86所中小学和幼儿园开展春季校园安全隐患大排查。"),
    ]))
    meeting, safety = split_articles(read_source(path))
    assert [meeting.paragraphs[index] for index in meeting.headings] == ["推进集团化办学", "加强课后服务"]
    assert meeting.text.endswith("要求各校细化措施。") and safety.title == "全区中小学开展春季校园安全隐患大排查"


def test_items_in_heading_2_under_a_briefs_label_in_heading_1_are_stories(tmp_path):
    # A bulletin's `工作动态` in `Heading 1` over its items in `Heading 2`: each item is a story,
    # the label its first item's kicker (before, one story titled `工作动态`), while sections under
    # a story's own title stay sections, as above.
    path = tmp_path / "简报.docx"
    path.write_bytes(outlined([
        (1, "全市中小学冬季安全大检查启动"),
        (0, "近日，市教育局组织开展冬季校园安全大检查，重点检查消防设施、食堂卫生和校车安全。"),
        (1, "工作动态"),
        (2, "城南中学举办科技节"), (0, "11月27日，城南中学举办第五届科技节，学生展示了机器人、无人机等作品。"),
        (2, "实验小学开展家长开放日"), (0, "11月28日，实验小学邀请两百名家长走进课堂，交流育人经验。"),
        (2, "职教中心与企业签订合作协议"), (0, "近日，市职教中心与五家企业签订校企合作协议，共建实训基地。"),
    ]))
    check, fair, open_day, agreement = split_articles(read_source(path))
    assert check.title == "全市中小学冬季安全大检查启动" and "科技节" not in check.text
    assert (fair.kicker, fair.title) == ("工作动态", "城南中学举办科技节") and fair.text.endswith("无人机等作品。")
    assert [open_day.title, agreement.title] == ["实验小学开展家长开放日", "职教中心与企业签订合作协议"]
    assert agreement.text.endswith("共建实训基地。")


def test_section_headings_left_in_the_text_style_between_paragraphs_stay_in_the_story(tmp_path):
    # Stories titled in `Heading 1`, their section headings typed as text with the body's
    # indent (a short line, then its key line). Before, they were read as photo captions and
    # dropped, and with them the section's point.
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(24)
    document.add_heading("城南镇为基层干部减负", level=1)
    for text in ("今年以来，城南镇清理各类报表，村干部填表时间减少一半以上。",
                 "减表格", "统一下派、规范形式，纠正多头派单",
                 "镇里规定，各部门需要村里报送的表格，一律由镇党政办统一下派，不得临时加急。",
                 "用数据", "居民信息一次采集、各部门共享使用",
                 "镇里建起居民信息库，居民信息一次采集，各部门共享使用，不再层层要数。"):
        document.add_paragraph(text)
    document.add_heading("滨河夜市开张", level=1)
    document.add_paragraph("5月1日晚，滨河夜市正式开张，六十多个摊位吸引市民前来消费。")
    document.add_paragraph("市民在夜市选购小吃")  # one short line amid a story's text: a photo's caption
    document.add_paragraph("夜市每天18时至23时开放，由街道统一管理。")
    path = tmp_path / "简报.docx"
    path.write_bytes(saved(document))
    relief, market = split_articles(read_source(path))
    assert [relief.paragraphs[index] for index in relief.headings] == [
        "减表格 统一下派、规范形式，纠正多头派单", "用数据 居民信息一次采集、各部门共享使用"]
    assert relief.text.endswith("不再层层要数。") and market.title == "滨河夜市开张"
    assert "市民在夜市选购小吃" not in market.text and market.text.endswith("由街道统一管理。")


def test_a_numbered_first_section_heading_right_under_the_headline_stays_with_the_others(tmp_path):
    # A 工作简报 story whose sections are headed in the text's style, the first right under
    # its title. Before, that one was dropped as a photo's caption.
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(24)
    document.add_heading("区教育局部署2025年教育重点工作", level=1)
    for text in ("一、总体要求", "3月3日，区教育局召开全区教育工作会议，部署全年教育重点工作，要求办好人民满意的教育。",
                 "二、主要任务", "今年全区将新建幼儿园2所，推进集团化办学，新组建教育集团3个。",
                 "三、保障措施", "全年计划培训教师1200人次，选派30名骨干教师到市级名校跟岗学习。"):
        document.add_paragraph(text)
    document.add_heading("滨河夜市开张", level=1)
    document.add_paragraph("5月1日晚，滨河夜市正式开张，六十多个摊位吸引市民前来消费。")
    path = tmp_path / "简报.docx"
    path.write_bytes(saved(document))
    plan, market = split_articles(read_source(path))
    assert [plan.paragraphs[index] for index in plan.headings] == ["一、总体要求", "二、主要任务", "三、保障措施"]
    assert market.title == "滨河夜市开张"


def test_a_column_of_signed_pieces_keeps_each_pieces_heading_and_writer_in_its_text(tmp_path):
    # A column titled in `Heading 1` (`心声`), its pieces headed and signed in the text's style.
    # Before, the headings were dropped as captions and the writers kept only as bylines.
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(24)
    document.add_heading("心声", level=1)
    for text in ("社区服务更贴心", "城南街道居民 王秀兰",
                 "今年社区办起了老年食堂，每天中午都能吃上热乎饭，子女在外地也放心了。",
                 "夜市让街道更热闹", "滨河社区个体经营户 李建国",
                 "夜市开张以后，我的小吃摊每晚能卖出两百多份，收入比去年翻了一番。",
                 "街道还统一安排了垃圾清运，夜市散场后半小时就干干净净。",
                 "家门口就能看病", "清江镇村民 赵德明",
                 "村卫生室来了家庭医生，量血压、开药不用再跑镇上，省了不少事。"):
        document.add_paragraph(text)
    path = tmp_path / "心声.docx"
    path.write_bytes(saved(document))
    (column,) = split_articles(read_source(path))
    headings = " ".join(column.paragraphs[index] for index in column.headings)
    for line in ("夜市让街道更热闹", "滨河社区个体经营户 李建国", "家门口就能看病", "清江镇村民 赵德明"):
        assert line in headings
    assert "清江镇村民 赵德明" in column.byline and column.text.endswith("省了不少事。")


def test_a_briefs_column_and_a_poem_in_a_word_file_are_stories(tmp_path):
    # A department's Word file: bold bulleted briefs' headlines, then a poem a paragraph a line.
    # The reader parts every paragraph with a blank line, so a poem's lines are no stanza of
    # lines with nothing between them: they were read as header lines and the poem was lost.
    document = docx.Document()
    document.add_paragraph().add_run("■区人社局开展春季招聘月活动").bold = True
    document.add_paragraph("3月以来，区人社局开展春季招聘月活动，组织32家企业进村入户送岗位。（记者 胡婷）")
    document.add_paragraph().add_run("春天的村庄").bold = True
    document.add_paragraph("文/李明")
    lines = ["油菜花开满山坡", "蜜蜂在花间穿梭", "老黄牛慢悠悠地走过田埂", "炊烟升起的时候", "母亲在村口喊我回家"]
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "副刊.docx"
    path.write_bytes(saved(document))
    brief, poem = split_articles(read_source(path))
    assert (brief.title, brief.byline) == ("区人社局开展春季招聘月活动", "记者 胡婷")
    assert (poem.title, poem.byline, poem.paragraphs) == ("春天的村庄", "李明", tuple(lines))


def test_text_pasted_into_word_with_an_empty_paragraph_between_stories_gives_each_story(tmp_path):
    # Every line its own plain paragraph, nothing set bold, centred or indented, and the stories
    # parted by one empty paragraph: two blank lines where paragraphs have one. No hole left by a
    # picture here: the lines after them are the stories' headlines, not photo captions.
    stories = [
        ("深耕产教融合 打造技能人才高地", ["本报讯（记者王磊）3月12日，区职教中心与12家企业签订校企合作协议，共建实训基地5个。",
                                       "据介绍，今年该中心将新开设工业机器人、电子商务等3个专业，计划招生800人。"]),
        ("老旧小区改造惠及三千户", ["今年以来，城南街道启动6个老旧小区改造，涉及居民3100户。",
                                  "改造内容包括外墙保温、雨污分流和加装电梯，预计10月底前全部完工。"]),
        ("春季义诊走进乡村", ["3月15日，区人民医院组织20名医生走进清江镇，为村民免费问诊、测血压。",
                            "当天共接诊村民300余人次，发放健康手册500余份。（通讯员刘春燕）"]),
    ]
    page = tmp_path / "简报.docx"
    page.write_bytes(pasted_as_plain_text(
        stories, head=("工作简报", "第5期", "区委办公室　　　　2025年3月10日", ""),  # the bulletin's head
        foot=("", "报：区委、区政府领导", "送：各镇街、区级各部门")))  # and its distribution list
    assert_stories(split_articles(read_source(page)), stories)


def test_a_commentary_under_a_signed_brief_pasted_into_word_is_no_photo_caption(tmp_path):
    # Pasted as plain text, stories parted by an empty paragraph: the paragraph above the hole
    # closes on its reporter's bracket, and a writer's line stands under the next headline.
    # Before, the hole was read as a picture's and the headline as its caption.
    stories = [
        ("城南街道开展燃气安全隐患排查", ["近日，城南街道开展燃气安全隐患排查，共排查餐饮场所86家，督促整改隐患12处。（记者 王磊）"]),
        ("加快建设现代化产业体系", ["□ 区委党校 张晓红", "发展新质生产力，是推动高质量发展的内在要求和重要着力点。",
                                "要立足本地产业基础，推动传统产业转型升级，培育壮大新兴产业。"]),
        ("春季义诊走进乡村", ["3月15日，区人民医院组织20名医生走进清江镇，为村民免费问诊、测血压。",
                            "当天共接诊村民300余人次，发放健康手册500余份。"]),
    ]
    page = tmp_path / "第3版.docx"
    page.write_bytes(pasted_as_plain_text(stories))
    articles = split_articles(read_source(page))
    assert [article.title for article in articles] == [title for title, _ in stories]
    assert articles[1].byline == "区委党校 张晓红" and articles[1].text.startswith("发展新质生产力")


def test_an_editors_note_over_a_storys_headline_in_a_paragraph_of_lines_stays_with_its_story(tmp_path):
    # Each story one Word paragraph whose lines a manual line break parts (text pasted from a web
    # page), the second opening with the editor's note over its headline. Before, its headline
    # and subtitle read as section headings of the story above.
    from docx.enum.text import WD_BREAK

    stories = [["区里召开职业教育工作推进会", "3月3日，区里召开职业教育工作推进会，部署2025年重点任务。",
                "会议要求，要围绕全区主导产业，优化专业布局，深化产教融合。"],
               ["【编者按】基层治理是国家治理的基石。即日起，本报开设“治理新观察”专栏。", "小网格撬动大治理",
                "——胜利路街道网格化治理见闻", "文/图 本报记者 赵敏", "清晨7点，胜利路街道萱花社区网格员刘红已经走进了辖区小区。",
                "去年以来，胜利路街道将辖区划分为86个网格，全年解决群众诉求2300余件。"],
               ["春耕时节农事忙", "本报讯（记者 孙丽）连日来，各镇街抢抓农时，组织农户开展春耕备耕。",
                "在仙龙镇，农技人员深入田间地头，指导农户科学育秧。"]]
    document = docx.Document()
    for lines in stories:
        paragraph = document.add_paragraph()
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            if number < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)
    page = tmp_path / "第2版.docx"
    page.write_bytes(saved(document))
    meeting, grid, spring = split_articles(read_source(page))
    assert meeting.title == "区里召开职业教育工作推进会" and meeting.text.endswith("深化产教融合。")
    assert spring.title == "春耕时节农事忙"
    assert (grid.title, grid.subtitle, grid.byline) == ("小网格撬动大治理", "胜利路街道网格化治理见闻", "本报记者 赵敏")
    assert grid.paragraphs[0].startswith("【编者按】") and 0 in grid.notes


def pasted_as_plain_text(stories, head=(), foot=()) -> bytes:
    """Stories pasted into Word as plain text: every line a plain paragraph, an empty one between stories."""
    document = docx.Document()
    for line in head:
        document.add_paragraph(line)
    for number, (title, paragraphs) in enumerate(stories):
        if number:
            document.add_paragraph()
        for line in (title, *paragraphs):
            document.add_paragraph(line)
    for line in foot:
        document.add_paragraph(line)
    return saved(document)


def assert_stories(articles, stories) -> None:
    assert [article.title for article in articles] == [title for title, _ in stories]
    assert [article.paragraphs for article in articles] == [tuple(paragraphs) for _, paragraphs in stories]


def test_essays_under_bare_titles_pasted_into_word_are_parted_by_what_each_title_names(tmp_path):
    # A literary page pasted as plain text: no dateline, column tag or byline beside any title,
    # an empty paragraph between the essays. Each title's words come back in the essay under
    # it, not in the one above; a picture's caption speaks of the story on both sides.
    essays = [
        ("江边的老渡口", ["小时候，我常跟着外公去江边的老渡口。渡船是木头做的，船舱里总有一股桐油味。",
                       "外公是摆渡人，一根竹篙撑了四十年。过江的人多是赶集的乡亲，挑着菜，背着竹篓。",
                       "后来江上架了大桥，渡船停了。外公常常一个人坐在码头的石阶上，望着江水发呆。"]),
        ("母亲的菜园", ["母亲的菜园在屋后的山坡上，不大，却四季不空。春天种豆，夏天种瓜，秋天栽白菜。",
                     "每天天不亮，母亲就提着水桶去菜园浇水。她说，菜和人一样，要勤照看。",
                     "如今我在城里住了二十年，吃过许多馆子，总觉得不如母亲菜园里的一碗青菜香。"]),
        ("窗外的梧桐", ["我的书房窗外有一棵梧桐，是搬来那年种下的，如今已高过三楼。",
                     "夏天，梧桐的叶子密密地遮住阳光，书房里一片清凉；秋天，黄叶落了一地。",
                     "读书读累了，我就看一会儿窗外的梧桐，心便静了下来。"]),
    ]
    page = tmp_path / "副刊.docx"
    page.write_bytes(pasted_as_plain_text(essays))
    assert_stories(split_articles(read_source(page)), essays)


def test_a_writers_name_centred_under_a_bold_title_is_the_byline(tmp_path):
    # A department's article: its title centred in bold, the writer's name centred under it. The
    # name had been read as the title, the real title as its kicker.
    data = formatted((("centre bold", "以实干担当推动高质量发展"), ("centre", "陈卫东"),
                      ("indent", "发展是第一要务，实干是第一担当。越是任务繁重，越要把心思用在干事业上。"),
                      ("indent", "各级干部要把功夫下在抓落实上，确保各项任务按时完成，让群众看得见、摸得着。")))
    path = tmp_path / "评论.docx"
    path.write_bytes(data)
    (article,) = split_articles(read_source(path))
    assert (article.title, article.kicker, article.byline) == ("以实干担当推动高质量发展", None, "陈卫东")
    assert article.text.startswith("发展是第一要务")


def test_a_report_under_heading_1_keeps_its_heading_2_sections(tmp_path):
    # A department's Word report: its title as Heading 1 over its text, then its sections as
    # Heading 2, on the same subject. Each section had been read as an article of its own.
    path = tmp_path / "积分制工作报告.docx"
    path.write_bytes(outlined([
        (1, "江州区“积分制”激活乡村治理新动能"),
        (0, "今年以来，江州区在全区120个村推行乡村治理积分制，把环境卫生、移风易俗、志愿服务等事项量化为积分，村民凭积分可在“积分超市”兑换生活用品。"),
        (2, "小积分撬动大治理"),
        (0, "在青山镇桃花村，村民李大姐每月都会去积分超市看看自己的积分。她说，打扫庭院、参加志愿服务都能加分，大家都抢着干。"),
        (2, "积分制度不断完善"),
        (0, "区里还制定了积分评定办法，由村民代表组成评议小组，每月公开评分结果，接受群众监督，确保积分评定公平公正。"),
    ]))
    (report,) = split_articles(read_source(path))
    assert report.title == "江州区“积分制”激活乡村治理新动能"
    assert [report.paragraphs[i] for i in report.headings] == ["小积分撬动大治理", "积分制度不断完善"]


def test_a_reports_first_numbered_section_right_under_its_title_is_no_subtitle(tmp_path):
    # Title in Heading 1, sections `一、…` `二、…` in Heading 2 with nothing between the title and
    # the first: that section's heading had been read as the report's subtitle, out of the text.
    path = tmp_path / "课后服务工作情况.docx"
    path.write_bytes(outlined([
        (1, "江州区教育局关于2025年课后服务工作情况的报告"),
        (2, "一、工作开展情况"),
        (0, "今年以来，区教育局全面推进课后服务提质增效，全区68所中小学实现课后服务全覆盖。"),
        (2, "二、下一步工作打算"),
        (0, "下一步，区教育局将建立课后服务质量评价机制，定期开展家长满意度调查。"),
    ]))
    (report,) = split_articles(read_source(path))
    assert (report.title, report.subtitle) == ("江州区教育局关于2025年课后服务工作情况的报告", None)
    assert [report.paragraphs[i] for i in report.headings] == ["一、工作开展情况", "二、下一步工作打算"]


@pytest.mark.parametrize("name_level", [0, 1])
def test_a_bulletins_items_numbered_in_heading_styles_are_stories(tmp_path, name_level):
    # Items titled `一、…`, `二、…` in Heading 2, with no title over the first. Before, the second
    # and third were read as sections of the first, as a report's numbered sections are. The
    # bulletin's name over its issue line is its masthead, also where it is set in Heading 1 (it
    # had been measured with its heading mark, as too long for a name, and titled the first item).
    outline = [(name_level, "江州区农业农村工作简报"), (0, "第7期"), (0, "江州区农业农村局　　　　2026年10月9日")]
    for number, (title, paragraphs) in zip("一二三", FARM_BULLETIN):
        outline += [(2, f"{number}、{title}")] + [(0, text) for text in paragraphs]
    path = tmp_path / "简报.docx"
    path.write_bytes(outlined(outline))
    articles = split_articles(read_source(path))
    assert [a.title for a in articles] == [title for title, _ in FARM_BULLETIN]
    assert [a.text for a in articles] == ["\n".join(paragraphs) for _, paragraphs in FARM_BULLETIN]
    assert all((a.date, a.source_name) == ("2026-10-09", "江州区农业农村局") for a in articles)


@pytest.mark.parametrize("level", [1, 2])
def test_a_reports_title_set_by_hand_over_numbered_heading_sections_titles_the_one_report(tmp_path, level):
    # The title centred in 方正小标宋 by hand, the sections in a heading style for the outline.
    # Before, the title was read as a photo's caption and lost, the opening paragraph became a
    # story of its own and the sections another, titled by the first.
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run("江州区2026年前三季度村庄清洁行动工作情况报告")
    run.font.size = Pt(22)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "方正小标宋简体")
    document.add_paragraph("今年以来，我区把村庄清洁行动作为乡村振兴的重要抓手，扎实推进各项工作。现将有关情况报告如下。")
    for heading, text in (("一、工作开展情况", "区里成立由分管副区长任组长的工作专班，建立月调度、季通报工作机制。"),
                          ("二、存在的主要问题", "一是部分村庄长效管护机制不健全。二是群众参与的积极性有待提高。"),
                          ("三、下一步工作打算", "我们将聚焦短板弱项，完善长效管护机制，确保年底前完成年度目标任务。")):
        document.add_heading(heading, level=level)
        document.add_paragraph(text)
    path = tmp_path / "报告.docx"
    path.write_bytes(saved(document))
    (report,) = split_articles(read_source(path))
    assert report.title == "江州区2026年前三季度村庄清洁行动工作情况报告"
    assert [report.paragraphs[index] for index in report.headings] == ["一、工作开展情况", "二、存在的主要问题", "三、下一步工作打算"]
    assert report.text.startswith("今年以来") and report.text.endswith("确保年底前完成年度目标任务。")


def _rebuilt(document_bytes: bytes, change) -> bytes:
    """The package with each part passed through `change(name, data)`; a part it returns None for is left out."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(document_bytes)) as source, zipfile.ZipFile(out, "w") as package:
        for name in source.namelist():
            data = change(name, source.read(name))
            if data is not None:
                package.writestr(name, data)
    return out.getvalue()


def test_a_damaged_or_foreign_word_file_is_skipped_with_what_is_wrong(tmp_path):
    whole = saved(_notice())
    damaged = {
        "cut.docx": (whole[: len(whole) // 2], "not a whole zip package"),
        "no_text.docx": (_rebuilt(whole, lambda name, data: None if name == "word/document.xml" else data),
                         "its part word/document.xml is missing"),
        "broken.docx": (_rebuilt(whole, lambda name, data: data[: len(data) // 2] if name == "word/document.xml" else data),
                        "damaged (not well-formed XML)"),
        "figures.docx": (_rebuilt(whole, lambda name, data: data.replace(b"wordprocessingml.document.main", b"spreadsheetml.sheet.main")
                                  if name == "[Content_Types].xml" else data), "not a Word document: the file holds an Excel workbook"),
    }
    for name, (data, reason) in damaged.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError, match=re.escape(reason)):
            read_source(tmp_path / name)


def test_an_odt_that_is_another_package_says_what_it_holds(tmp_path):
    path = tmp_path / "表格.odt"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(InputError, match=r"not an \.odt file: the package holds application/vnd\.oasis\.opendocument\.spreadsheet"):
        read_source(path)
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(InputError, match=r"not an \.odt file: a zip package holding neither"):
        read_source(path)


def test_a_word_file_saved_with_a_password_is_skipped_saying_so(tmp_path):
    # A department's .docx saved with a password (`1234`; made by msoffcrypto-tool from a
    # python-docx document) is a compound file holding the encrypted package. Before, it was
    # handed to LibreOffice and skipped as `damaged, or not a word-processor file`.
    locked = Path(__file__).parent / "word_files" / "password_notice.docx"
    for name in ("通知.docx", "通知.doc"):
        (tmp_path / name).write_bytes(locked.read_bytes())
        with pytest.raises(InputError, match=r"encrypted Word file \(needs a password\)"):
            read_source(tmp_path / name)


@pytest.mark.slow
@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_a_bulletin_saved_as_pdf_by_the_word_processor_reads_as_its_word_file(tmp_path):
    # A department's 工作简报 sent as the PDF its word processor exported: the bulletin's head (its
    # name, issue line, office and date, with no rule under them) gives the source and date and
    # heads no item; the distribution line, alone atop the second page, runs on from no item.
    import subprocess

    (tmp_path / "简报.docx").write_bytes(formatted([
        ("bold centre 26", "工作简报"), ("centre 16", "第12期"), ("16", "江州区委办公室　　　　　　　　　2025年3月7日"),
        ("bold centre 16", "江州区召开基层治理工作推进会"),
        ("indent 16", "3月5日，江州区召开基层治理工作推进会，部署全区网格化管理工作。会议要求，各街道要把网格作为服务群众的最小单元，做到人在网中走、事在格中办。"),
        ("indent 16", "据了解，今年以来全区共划分网格三百个，配备专职网格员三百名，累计走访群众两万余户，解决群众反映的问题一千二百余件。"),
        ("indent 16", "区委副书记李华表示，下一步将继续完善网格运行机制，推动资源力量向基层下沉，让群众的小事不出网格、大事不出社区。"),
        ("bold centre 16", "江州职校开设新能源汽车专业"),
        ("indent 16", "记者日前从江州职业技术学校获悉，该校今年秋季新开设新能源汽车运用与维修专业，首批招收学生八十名。学校与本地三家汽车企业共建实训基地，学生在校期间可以到企业参加岗位实习，毕业后优先录用。"),
        ("indent 16", "校长陈刚说，专业设置要紧跟产业发展，让学生学到真本领，为地方经济发展输送技能人才。"),
        ("bold centre 16", "白沙村草莓产业带动村民增收"),
        ("indent 16", "连日来，江州区白沙村的草莓种植大棚里一派繁忙景象，村民们忙着采摘、分拣、装箱，一箱箱新鲜草莓从这里发往各地。近年来，白沙村依托合作社发展特色种植，建成草莓大棚一百二十个，带动村民人均增收八千元。"),
        ("indent 16", "村党支部书记刘强介绍，今年村里还将发展乡村旅游，开展采摘体验活动，让草莓产业链条越拉越长。"),
        ("16", "报：区委常委　　送：各街道党工委　　发：各部门")]))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "简报.docx")], check=True, capture_output=True, timeout=180)
    from_word, from_pdf = (split_articles(read_source(tmp_path / f"简报.{suffix}")) for suffix in ("docx", "pdf"))
    assert [a.title for a in from_pdf] == [a.title for a in from_word] == [
        "江州区召开基层治理工作推进会", "江州职校开设新能源汽车专业", "白沙村草莓产业带动村民增收"]
    assert all(a.kicker is None and a.source_name == "江州区委办公室" and a.date == "2025-03-07" for a in from_pdf)
    assert [a.text for a in from_pdf] == [a.text for a in from_word]
    assert from_pdf[-1].text.endswith("让草莓产业链条越拉越长。")



def test_headlines_set_larger_over_flush_text_leave_its_section_headings_in_the_text(tmp_path):
    # Headlines told from the text by a larger size alone, nothing indented: a short line in the
    # text's size between paragraphs is a section heading of the story, as an indented one is on
    # a text page. Before, it was read as a header line and opened a story of its own.
    data = formatted((("18", "江州区推进网格化管理全覆盖"),
                      ("", "近日，江州区召开基层治理工作推进会，部署全区网格化管理工作，要求把网格作为服务群众的最小单元。"),
                      ("", "小网格连起大民生"),
                      ("", "今年以来，全区共划分网格三百个，配备专职网格员三百名，累计走访群众两万余户。"),
                      ("", "平台管理提效率"),
                      ("", "区里还开发了网格管理平台，群众通过手机就能反映问题、查看办理进度。"),
                      ("18", "滨河夜市开张"),
                      ("", "5月1日晚，滨河夜市正式开张，六十多个摊位吸引市民前来消费。夜市每天18时至23时开放。")))
    path = tmp_path / "要闻.docx"
    path.write_bytes(data)
    grid, market = split_articles(read_source(path))
    assert (grid.title, market.title) == ("江州区推进网格化管理全覆盖", "滨河夜市开张")
    assert [grid.paragraphs[index] for index in grid.headings] == ["小网格连起大民生", "平台管理提效率"]
    assert grid.text.endswith("查看办理进度。")

@pytest.mark.slow
@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
@pytest.mark.parametrize("numbers", ["", "一二三"])
def test_item_titles_in_bold_indented_as_the_text_read_in_order_from_the_pdf(tmp_path, numbers):
    # The bulletin typed in its template's indented Normal style, its item titles in bold at the
    # text's size, exported as PDF over two pages. The titles stand right of the text's left edge,
    # indented as its paragraphs open. Before, the text a page holds under no headline was put
    # in order by left edge first, so every title came after the page's text. Titles numbered
    # `一、`, `二、` (read from the PDF as headings) had been read as the first item's sections.
    import subprocess

    rows = [("centre bold 22", "江州区农业农村工作简报"), ("centre", "第7期"), ("flush", "江州区农业农村局　　　　　　2026年10月9日")]
    for index, (title, paragraphs) in enumerate(FARM_BULLETIN):
        rows += [("bold", f"{numbers[index]}、{title}" if numbers else title)] + [("", text) for text in paragraphs]
    # Set double-spaced, the bulletin fills two pages.
    (tmp_path / "简报.docx").write_bytes(typed_in_normal(rows + [("flush", "报：区委办公室，区政府办公室")], line_spacing=2.0))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "简报.docx")], check=True, capture_output=True, timeout=180)
    from_word, from_pdf = (split_articles(read_source(tmp_path / f"简报.{suffix}")) for suffix in ("docx", "pdf"))
    assert [a.title for a in from_pdf] == [a.title for a in from_word] == [title for title, _ in FARM_BULLETIN]
    assert [a.text for a in from_pdf] == [a.text for a in from_word]
    assert all(a.date == "2026-10-09" for a in from_pdf)

NEWSLETTER = [
    ("江州区推进网格化管理全覆盖", [
        "本报讯（记者 王明）近日，江州区召开基层治理工作推进会，部署全区网格化管理工作。会议要求，各街道要把网格作为服务群众的最小单元，做到人在网中走、事在格中办。",
        "据了解，今年以来全区共划分网格三百个，配备专职网格员三百名，累计走访群众两万余户，解决群众反映的问题一千二百余件。",
        "区委副书记李华表示，下一步将继续完善网格运行机制，推动资源力量向基层下沉，让群众的小事不出网格、大事不出社区。",
        "目前，全区各街道已建立网格工作站二十个，网格员每天在网格内巡查走访，及时发现和上报各类问题。",
        "区里还开发了网格管理平台，群众通过手机就能反映问题、查看办理进度。"]),
    ("江州职校开设新能源汽车专业", [
        "本报讯（通讯员 张丽）记者日前从江州职业技术学校获悉，该校今年秋季新开设新能源汽车运用与维修专业，首批招收学生八十名。",
        "学校与本地三家汽车企业共建实训基地，学生在校期间可以到企业参加岗位实习，毕业后优先录用。",
        "校长陈刚说，专业设置要紧跟产业发展，让学生学到真本领，为地方经济发展输送技能人才。",
        "据介绍，学校还邀请企业技术骨干担任兼职教师，把新车型的检测维修技术带进课堂。",
        "首批学生入学后将先学习电池、电机和电控三门核心课程，第二学年进入企业跟岗学习。"]),
    ("白沙村的草莓熟了", [
        "本报讯　连日来，江州区白沙村的草莓种植大棚里一派繁忙景象，村民们忙着采摘、分拣、装箱，一箱箱新鲜草莓从这里发往各地。",
        "近年来，白沙村依托合作社发展特色种植，建成草莓大棚一百二十个，带动村民人均增收八千元。",
        "村党支部书记刘强介绍，今年村里还将发展乡村旅游，开展采摘体验活动，让草莓产业链条越拉越长。",
        "今年的草莓个头大、甜度高，合作社统一品牌、统一包装，每公斤比去年多卖了四元。"]),
]


@pytest.mark.slow
@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_a_newsletter_in_two_columns_saved_as_pdf_reads_as_its_word_file(tmp_path):
    # A department's newsletter set in two columns under its head, each item's title bold and
    # centred in its column, each paragraph set apart by the word processor's space after it.
    # The school item runs from the first column's foot atop the second, beside the grid item's
    # title, and the berries item's title stands in the second column above the school item's:
    # paragraphs a space apart had each gone to the title nearest on their left.
    import subprocess

    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Noto Serif CJK SC", Pt(10.5)  # 五号, in a serif face
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for text, size in (("江州教育简报", 22), ("第5期", 0), ("江州区教育局办公室　　　　2025年3月3日", 0)):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = size > 0
        if size:
            run.font.size = Pt(size)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "420")
    document.add_section(WD_SECTION.CONTINUOUS)._sectPr.append(columns)
    for title, paragraphs in NEWSLETTER:
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = heading.add_run(title)
        run.bold, run.font.size = True, Pt(14)
        for text in paragraphs:
            document.add_paragraph(text).paragraph_format.first_line_indent = Pt(21)
    document.save(tmp_path / "简报.docx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "简报.docx")], check=True, capture_output=True, timeout=180)
    from_word, from_pdf = (split_articles(read_source(tmp_path / f"简报.{suffix}")) for suffix in ("docx", "pdf"))
    assert sorted(a.title for a in from_pdf) == sorted(a.title for a in from_word) == sorted(title for title, _ in NEWSLETTER)
    assert {a.title: a.text for a in from_pdf} == {a.title: a.text for a in from_word}
