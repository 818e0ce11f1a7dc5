"""PDF pages read by their layout: made-up e-paper pages printed by headless Chromium.

The PDFs in tests/pdf_pages are printed from the HTML beside them by
`tests/pdf_pages/make_pdfs.py`; `test_a_freshly_printed_page_reads_the_same` prints
the page again when Chromium is installed.
"""
import re
from pathlib import Path

import pytest

from digest.clean import fold_radicals
from digest.errors import InputError
from digest.pdf import Block, Line, PageLayout, _run_ons_atop_next_column, _square_letters, chars_to_lines
from digest.read import read_source
from digest.segment import split_articles
from tests.pdf_pages.made_up_stories import check_page, facts_of

PAGES = Path(__file__).parent / "pdf_pages"


def articles_of(path: Path):
    return split_articles(read_source(path))


def test_pdf_page_is_cut_by_layout_with_masthead_date_and_page():
    articles = articles_of(PAGES / "district_page3.pdf")
    titles = [a.title for a in articles]
    assert titles == ["社区“大党委”疏通治理“毛细血管”", "职业学院与十家企业共建实训基地",
                      "乡村振兴 产业先行", "老旧小区加装电梯86部"]
    party, school, village, lifts = articles
    assert party.kicker == "聚焦基层党建 提升治理效能"
    assert party.subtitle == "古南街道推进共驻共建的一年"
    assert party.byline == "记者 李明 通讯员 张华"
    # The body runs over two columns: the paragraph cut by the column break is whole again.
    assert "参与矛盾调解、垃圾分类督导和独居老人探访。“以前有事找不到人，现在楼栋里就有党员帮着跑。”居民王福佑说。" in party.text
    assert party.text.endswith("难事不出街道。")
    assert lifts.byline == "本报记者 刘洋" and "本报记者" not in lifts.text
    assert lifts.text.endswith("让居民少跑腿、早受益。")
    assert all(a.date == "2025-03-03" and a.page == "3" and a.source_name == "某区报" for a in articles)


def test_masthead_captions_and_editor_lines_stay_out_of_articles():
    text = "\n".join(a.text + a.title for a in articles_of(PAGES / "district_page3.pdf"))
    for chrome in ("某区报", "星期一", "责任编辑", "校对", "村民在大棚里采收蔬菜", "摄"):
        assert chrome not in text
    (village,) = [a for a in articles_of(PAGES / "district_page3.pdf") if a.title.startswith("乡村振兴")]
    assert "带动村民户均增收1.2万元。\n今年，合作社又引进了" in village.text


def test_boxes_are_drawn_out_of_reading_order():
    """The test page is only a test of layout reading if its content stream is out of order."""
    import pdfplumber

    with pdfplumber.open(PAGES / "district_page3.pdf") as pdf:
        first = fold_radicals("".join(c["text"] for c in pdf.pages[0].chars[:6]))
    assert first.startswith("老旧小区")  # drawn first, printed last


def test_article_continued_on_the_next_page_stays_one_and_a_wrapped_headline_is_one_title():
    first, second = articles_of(PAGES / "education_pages.pdf")
    assert first.title == "中职学校“订单班”走进企业车间"
    assert "建设一批高水平的专业实训基地，并鼓励企业捐赠设备、派驻技术人员" in first.text
    assert second.title == "全区中小学开展春季校园安全隐患大排查行动"
    assert second.text.startswith("开学以来") and first.date == "2025-03-07"


def test_scanned_page_is_skipped_with_its_reason():
    with pytest.raises(InputError, match="scanned page without a text layer"):
        read_source(PAGES / "scanned_page.pdf")


def test_page_whose_fonts_have_no_unicode_map_is_skipped_not_read_as_glyph_numbers(tmp_path):
    # The same page with its fonts' Unicode maps unnamed (the key renamed, byte offsets kept):
    # the text layer gives glyph numbers, `(cid:374)`, as typesetting systems' exports can.
    path = tmp_path / "no_unicode_map.pdf"
    path.write_bytes((PAGES / "grid_page.pdf").read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))
    with pytest.raises(InputError, match="fonts carry no Unicode map"):
        read_source(path)


def test_a_scanned_page_among_pages_with_text_is_named_and_the_others_are_read():
    source = read_source(PAGES / "mixed_scan_pages.pdf")
    assert source.note == "page(s) 2 skipped: scanned page without a text layer (OCR is not supported)"
    assert [a.title for a in split_articles(source)] == ["38个项目总投资126亿元", "春耕备耕忙", "图书馆延长开放"]


def test_page_of_glyph_numbers_only_is_not_called_empty(monkeypatch):
    # Where every glyph comes out as a number (no stray letters at all), the reason is still the fonts.
    from digest import pdf

    with_baselines = pdf._with_baselines
    monkeypatch.setattr(pdf, "_with_baselines", lambda chars, height: [
        dict(char, text=f"(cid:{index})") for index, char in enumerate(with_baselines(chars, height))])
    with pytest.raises(InputError, match="fonts carry no Unicode map"):
        read_source(PAGES / "grid_page.pdf")


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "not a readable PDF"),
    (b"%PDF-", "not a readable PDF"),
])
def test_broken_pdfs_are_skipped_with_their_reason(tmp_path, data, reason):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        read_source(path)


def test_a_pdf_with_a_broken_cross_reference_table_is_repaired_and_read_as_a_viewer_shows_it(tmp_path):
    # A download that went wrong, or a tool that rewrote the file badly: the table that tells
    # where each object starts is gone, or points to the wrong places after bytes were put in
    # the middle. PDF viewers rebuild it and show the page; before, the page was skipped.
    whole = (PAGES / "grid_page.pdf").read_bytes()
    expected = [(article.title, article.text) for article in split_articles(read_source(PAGES / "grid_page.pdf"))]
    for name, data in (("no_table.pdf", whole.replace(b"xref", b"xxxx")),
                       ("shifted.pdf", whole[: len(whole) // 3] + b" " * 5000 + whole[len(whole) // 3:])):
        (tmp_path / name).write_bytes(data)
        source = read_source(tmp_path / name)
        assert [(article.title, article.text) for article in split_articles(source)] == expected
        assert "repaired" in source.note
    # One cut short is damaged past repair: skipped, saying so.
    (tmp_path / "cut.pdf").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match=r"not a readable PDF: damaged or cut short"):
        read_source(tmp_path / "cut.pdf")


def test_characters_group_into_lines_by_baseline_not_by_drawing_order():
    def char(text, x0, base, size=10.0):
        return {"text": text, "x0": x0, "x1": x0 + size, "base": base, "size": size, "top": base - size,
                "bottom": base, "fontname": "NotoSerifCJK"}

    # Two columns on one baseline, drawn right column first, with a jitter in the baselines.
    chars = [char("丙", 200, 100.2), char("丁", 210, 100.0), char("甲", 0, 100.1), char("乙", 10, 99.9)]
    lines = chars_to_lines(chars)
    assert sorted(line.text for line in lines) == ["丙丁", "甲乙"]


def test_a_wide_space_inside_a_line_is_no_column_gutter():
    def char(text, x0, base, size=10.0):
        return {"text": text, "x0": x0, "x1": x0 + size, "base": base, "size": size, "top": base - size,
                "bottom": base, "fontname": "NotoSerifCJK"}

    # `电　（记` : an ideographic space (a 1.2 em gap) where no other line starts.
    dateline = [char(t, 10 * i, 100) for i, t in enumerate("本报讯电")] + [char(t, 52 + 10 * i, 100) for i, t in enumerate("（记者")]
    assert [line.text for line in chars_to_lines(dateline)] == ["本报讯电 （记者"]
    # The same gap where three lines start is a column's edge.
    columns = [char(t, 10 * i, 100 + 15 * row) for row in range(3) for i, t in enumerate("甲乙丙丁")]
    columns += [char(t, 52 + 10 * i, 100 + 15 * row) for row in range(3) for i, t in enumerate("戊己")]
    assert sorted(line.text for line in chars_to_lines(columns)) == ["戊己"] * 3 + ["甲乙丙丁"] * 3
    # Datelines of one length, each with a narrower space, line up their `（`: no column there.
    datelines = [char(t, x, 100 + 15 * row) for row in range(4) for t, x in (("电", 0), ("（", 16), ("记", 26))]
    assert [line.text for line in chars_to_lines(datelines)] == ["电 （记"] * 4
    # Nor where the lines around run on across the gap: the datelines of a column of briefs,
    # each `本报讯` at a paragraph's indent and its text after a space, line up their next letters.
    briefs = [char(t, 20 + 10 * i, 100 + 60 * brief) for brief in range(3) for i, t in enumerate("本报讯")]
    briefs += [char(t, 62 + 10 * i, 100 + 60 * brief) for brief in range(3) for i, t in enumerate("连日来")]
    briefs += [char(t, 10 * i, 115 + 60 * brief) for brief in range(3) for i, t in enumerate("村民们忙着采摘分拣装箱")]
    assert sorted(line.text for line in chars_to_lines(briefs)) == ["本报讯 连日来"] * 3 + ["村民们忙着采摘分拣装箱"] * 3
    # Columns of a story high above (a lead in four columns over a grid of three) are no edge here.
    far_below = [char(t, 10 * i, 1000) for i, t in enumerate("本报讯电")] + [char(t, 52 + 10 * i, 1000) for i, t in enumerate("（记者")]
    assert "本报讯电 （记者" in [line.text for line in chars_to_lines(columns + far_below)]


def test_two_headlines_side_by_side_half_an_em_apart_are_two_lines():
    def char(text, x0, base, size=10.0):
        return {"text": text, "x0": x0, "x1": x0 + size, "base": base, "size": size, "top": base - size,
                "bottom": base, "fontname": "NotoSansCJK"}

    # Headlines of 20 pt, 10 pt apart; the right one starts where the right column's lines start.
    heads = [char(t, 20 * i, 50, 20.0) for i, t in enumerate("甲乙")] + [char(t, 50 + 20 * i, 50, 20.0) for i, t in enumerate("丙丁")]
    body = [char(t, 50 + 10 * i, 80 + 15 * row) for row in range(3) for i, t in enumerate("戊己")]
    lines = chars_to_lines(heads + body)
    assert sorted(line.text for line in lines if line.size == 20.0) == ["丙丁", "甲乙"]
    # At a page's foot, their bodies on the next page: each headline's own next line starts
    # right below its first, an em apart from the other.
    heads = [char(t, 20 * i, 50, 20.0) for i, t in enumerate("甲乙丙丁")] + [char(t, 100 + 20 * i, 50, 20.0) for i, t in enumerate("戊己")]
    heads += [char("庚", 0, 75, 20.0), char("辛", 100, 75, 20.0)]
    assert sorted(line.text for line in chars_to_lines(heads)) == ["庚", "戊己", "甲乙丙丁", "辛"]
    # Centred in neighbouring boxes, a gutter apart on one baseline: each box's top rule ends
    # or begins in the gap.
    heads = [char(t, 20 * i, 50, 20.0) for i, t in enumerate("甲乙丙丁")] + [char(t, 100 + 20 * i, 50, 20.0) for i, t in enumerate("戊己")]
    assert [line.text for line in chars_to_lines(heads)] == ["甲乙丙丁 戊己"]
    rules = [(0.0, 85.0, 22.0), (95.0, 180.0, 22.0)]
    assert sorted(line.text for line in chars_to_lines(heads, rules)) == ["戊己", "甲乙丙丁"]


def test_pdf_in_a_folder_is_built_with_the_other_inputs(tmp_path):
    from digest.build import build_digest
    from digest.settings import Settings

    (tmp_path / "page.pdf").write_bytes((PAGES / "district_page3.pdf").read_bytes())
    (tmp_path / "note.txt").write_text("# 区里召开会议\n\n会议要求各镇街压实责任，做好汛期值班值守。\n", encoding="utf-8")
    import datetime as dt

    digest = build_digest(Settings(inputs=(str(tmp_path),)), dt.datetime(2025, 3, 7, 12, 0))
    assert len(digest.articles) == 5 and not digest.skipped


def test_stories_run_on_from_the_front_page_are_joined_with_their_parts_on_page_two(tmp_path):
    """Two stories of page 1 go on on page 2 (one PDF a page): one under a repeat of its headline,
    the other without; the marks stand inside a line and on a line of their own."""
    from digest.build import build_digest
    from digest.settings import Settings

    for name in ("jump_page1.pdf", "jump_page2.pdf"):
        (tmp_path / name).write_bytes((PAGES / name).read_bytes())
    import datetime as dt

    digest = build_digest(Settings(inputs=(str(tmp_path),)), dt.datetime(2025, 3, 7, 12, 0))
    by_title = {item.article.title: item.article for item in digest.articles}
    assert set(by_title) == {"全区新增市场主体一万二千户", "“网格+党建”打通服务“最后一米”", "职业教育助力乡村振兴"}
    grid, market = by_title["“网格+党建”打通服务“最后一米”"], by_title["全区新增市场主体一万二千户"]
    assert "推动网格工作与村（社区）议事协商、志愿服务深度融合，让群众的“小事”不出网格" in grid.text
    assert grid.text.endswith("以点带面提升基层治理水平。") and grid.page == "1"
    assert "每户节省费用600余元。区市场监管局有关负责人表示" in market.text
    assert not digest.warnings


def test_briefs_with_run_in_bold_headlines_are_stories_of_their_own():
    meeting, *briefs = articles_of(PAGES / "briefs_run_in_page.pdf")
    assert meeting.title == "区教育系统部署新学期安全工作" and meeting.text.endswith("限期整改到位。")
    # The second brief's headline wraps: its first line is all bold, the next opens with its end.
    assert [(a.title, a.byline) for a in briefs] == [
        ("白马镇开展春季义务植树活动", "通讯员 陈静"), ("区图书馆推出“悦读春天”系列活动", "记者 李明"),
        ("卫星湖街道举办就业招聘会", "通讯员 张华")]
    assert briefs[1].text.startswith("近日，区图书馆推出") and all(a.page == "2" for a in briefs)


def test_a_subtitles_dash_printed_as_one_glyph_is_read_as_the_dash():
    # Noto Serif CJK draws `——` as one glyph, which the text layer gives as the two-em dash `⸺`.
    # Before, the subtitle kept it (`⸺江州职业技术学院推进产教融合见闻`). The page's briefs column
    # and its photo caption read as on other pages.
    party, *briefs, school, parking, people = articles_of(PAGES / "serif_dash_page.pdf")
    assert (party.kicker, party.title) == ("推动党建与业务深度融合", "江州区机关党建“双提升”行动启动")
    assert "摄" not in party.text and party.text.endswith("推动机关党建工作再上新台阶。")
    assert [a.title for a in briefs] == ["青山镇开展春季植树活动", "桃花村召开村民议事会", "区人社局举办专场招聘会"]
    assert (school.title, school.subtitle, school.byline) == ("让职业教育更好对接产业需求", "江州职业技术学院推进产教融合见闻", "本报记者 赵敏")
    assert all((a.date, a.page) == ("2025-03-07", "2") for a in (party, *briefs, school, parking, people))


@pytest.mark.slow
def test_a_freshly_printed_page_reads_the_same(tmp_path):
    from tests.pdf_pages.make_pdfs import chromium, print_pdf

    if chromium() is None:
        pytest.skip("needs chromium")
    pdf = tmp_path / "page.pdf"
    print_pdf(PAGES / "district_page3.html", pdf)
    assert [a.title for a in articles_of(pdf)] == [a.title for a in articles_of(PAGES / "district_page3.pdf")]


def test_short_headlines_own_the_columns_to_their_right_and_large_decks_stay_decks():
    lead, farming, library = articles_of(PAGES / "grid_page.pdf")
    # Kicker and subtitle are set 1.4 times the body size: still the headline's decks.
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "一季度重点项目集中开工", "38个项目总投资126亿元", "先进制造、城市更新、民生保障项目占七成")
    # The lead's body runs in three columns right of its short headline, in order.
    assert lead.text.startswith("本报讯（记者陈静）3月3日") and lead.text.endswith("为经济稳定增长提供有力支撑。")
    assert "项目从签约到开工的平均时间由去年的9个月缩短到5个月" in lead.text
    # Side by side, each short headline keeps its own second column, not its neighbour's.
    assert farming.title == "春耕备耕忙" and farming.text.endswith("各类农机具检修率达到95%以上。")
    assert library.title == "图书馆延长开放" and library.text.endswith("举办阅读推广活动100场以上。")
    assert "图书馆" not in farming.text and "春耕" not in library.text


def test_articles_broken_off_at_a_pages_foot_take_the_run_on_in_their_own_columns():
    renewal, classes, night_market = articles_of(PAGES / "continued_page.pdf")
    # Both articles fill their columns to the page's foot and go on at the top of the next
    # page, above the rule of a third article's box: a rule there does not make a masthead.
    assert renewal.title == "老旧小区改造提速" and "第7段" in renewal.text
    assert renewal.text.endswith("确保小区“改得好、管得住、可持续”。") and "课堂" not in renewal.text
    assert classes.title == "文化馆开设公益课堂" and "课堂第5讲" in classes.text
    assert classes.text.endswith("让更多居民在家门口享受公益培训。") and "小区" not in classes.text
    assert night_market.title == "夜市开街" and night_market.date == "2025-03-05"


def test_a_headline_the_pages_foot_broke_is_one_headline_with_its_kicker():
    # Printed across pages, a headline near the foot is broken: its kicker and first line close
    # the column, its last lines open the same column of the next page over its text. The story
    # was titled by those last lines alone (`区食堂让老人吃上热乎饭`), and its kicker was lost.
    _, classes, canteens = articles_of(PAGES / "broken_headline_page.pdf")
    assert classes.title == "文化馆开设公益课堂" and classes.text.endswith("结课时举办汇报演出。")
    assert (canteens.kicker, canteens.title) == ("办好群众家门口的事", "城南街道新建三处社区食堂让老人吃上热乎饭")
    assert canteens.text.startswith("本报讯（记者王敏）城南街道") and canteens.text.endswith("让更多老人在家门口吃上热乎饭。")
    assert canteens.date == "2025-03-06"

def test_fake_bold_glyphs_drawn_twice_are_read_once():
    (article,) = articles_of(PAGES / "fake_bold_page.pdf")
    assert article.title == "春季招聘会提供岗位8000个"
    # The bold lead is longer than any heading: only the glyph level can undo its doubling.
    assert article.text.startswith("本报讯（记者何平）区人力社保局近日在区体育馆举办春季大型招聘会，120家企业提供就业岗位8000个")
    assert article.text.endswith("帮助重点群体就业。")


def test_glyphs_drawn_twice_are_dropped_as_pdfplumber_drops_them():
    # The reader's own de-duplication (pdfplumber's restores the drawing order in quadratic
    # time) keeps the same glyphs in the same order: a fake-bold page, and a page of boxes.
    import pdfplumber

    from digest.pdf import DUPLICATE_GLYPH_TOLERANCE, _unique_glyphs

    for name in ("fake_bold_page.pdf", "centred_page.pdf"):
        with pdfplumber.open(PAGES / name) as pdf:
            for page in pdf.pages:
                theirs = page.dedupe_chars(tolerance=DUPLICATE_GLYPH_TOLERANCE).chars
                ours = _unique_glyphs(page.chars, DUPLICATE_GLYPH_TOLERANCE)
                assert len(ours) < len(page.chars) or name != "fake_bold_page.pdf"
                assert [(c["text"], c["x0"], c["top"]) for c in ours] == [(c["text"], c["x0"], c["top"]) for c in theirs]


def test_centred_headlines_own_their_columns_and_a_subtitle_set_to_one_side():
    renewal, canteen, trees, dredging = articles_of(PAGES / "centred_page.pdf")
    assert (renewal.title, renewal.subtitle) == ("城南片区更新改造全面启动", "首批12个老旧小区进场施工")
    # The first of three columns lies left of the centred headline: still its story's.
    assert renewal.text.startswith("本报讯（记者林涛）3月6日") and "城南第9段" in renewal.text
    assert renewal.text.endswith("届时片区面貌将焕然一新。")
    # Side by side at one height: the centred headline over the third column owns that column.
    assert canteen.title == "社区食堂开到家门口" and "植树" not in canteen.text and "银杏" not in canteen.text
    assert canteen.text.endswith("下一步将根据居民需求增加送餐上门服务。")
    assert trees.title == "春季植树" and trees.text.endswith("建设口袋公园8个。")
    # A centred headline over the gutter ends the article above it in both columns.
    assert dredging.title == "河道清淤" and dredging.text.startswith("本报讯（通讯员钱进）连日来")
    assert "清淤" not in canteen.text and dredging.text.endswith("同步检修沿河排水口46个。")


def test_a_short_headline_centred_over_its_modules_two_columns_owns_both():
    tea, ferry, rice = articles_of(PAGES / "centred_modules_page.pdf")
    # Centred over all four columns: the lead's, the middle two as much as the outer ones.
    assert tea.title == "江州春茶开采" and tea.text.endswith("以茶为媒推动农文旅融合发展。")
    assert "王大成" in tea.text and "渡口" not in tea.text
    # `稻香` is centred over its module and reaches over neither of its columns; the module to
    # its left, whose headline stands further left, does not take them.
    assert ferry.title == "渡口新事" and ferry.text.endswith("讲讲这条渡船的故事。") and "秧苗" not in ferry.text
    assert rice.title == "稻香" and rice.text.startswith("谷雨前后，江州区南岭村的育秧大棚里")
    assert rice.text.endswith("他盼着秋天能有一个好收成。")


def test_briefs_headlines_a_little_larger_and_bold_open_stories_but_a_bold_section_heading_does_not():
    canteens, library, park, clinic = articles_of(PAGES / "briefs_page.pdf")
    assert canteens.title == "老年食堂覆盖全部社区" and "菜品按需定制" in canteens.text
    assert canteens.text.endswith("让助餐服务可持续。")
    assert [library.title, park.title, clinic.title] == ["区图书馆新增自助借还机", "城东公园月底开放", "春季义诊走进乡村"]
    assert library.text.endswith("平均用时不到一分钟。") and park.text.endswith("预计月底向市民开放。")


def test_briefs_headlines_at_the_text_size_under_a_box_label_open_stories_and_a_section_atop_a_column_stays():
    # A 简讯 box: its label larger, each brief's headline bold at the text's size over its
    # `本报讯`. A dateline opens a story: each brief is its own, the label its first brief's
    # kicker (before, one story titled `简讯`). The story beside it has a bold section heading
    # at the text's size atop its second column, level with its first column's text: no
    # subtitle (before, the headline lost the first column's text to a story of its own).
    vegetables, training, clinic, swimming = articles_of(PAGES / "briefs_text_size_page.pdf")
    assert vegetables.title == "江州万亩大棚蔬菜喜获丰收" and vegetables.subtitle is None
    assert vegetables.text.startswith("本报讯（记者林晓）连日来") and vegetables.text.endswith("同比增长百分之八。")
    assert "订单农业稳销路" in vegetables.paragraphs
    assert (training.kicker, training.title) == ("简讯", "江州举办冬季消防安全培训")
    assert training.text.endswith("初期火灾处置等知识。")
    assert [clinic.title, swimming.title] == ["城南社区开展义诊活动", "全市中小学开展防溺水教育"]
    assert clinic.text.startswith("本报讯11月28日") and swimming.text.endswith("提高学生的安全意识。")
    assert all((a.date, a.page) == ("2026-11-30", "2") for a in (vegetables, training, clinic, swimming))


def test_a_front_pages_masthead_lines_beside_its_name_and_its_contents_box():
    # The masthead's three small lines stand within the height of the paper's large name: each
    # is a line of its own (they had run into one, letter by letter, `第1农版历十今月…`, and the
    # page read as the day's page count, 8). The contents box (`本期导读`, each headline over its
    # page in smaller type) points at stories inside and is none (it had become the kicker of the
    # story under it); the weather box is no story either.
    economy, meeting = articles_of(PAGES / "front_guide_page.pdf")
    assert economy.title == "江州前三季度地区生产总值增长百分之六" and economy.kicker == "坚持稳中求进 推动高质量发展"
    assert meeting.title == "市委常委会研究部署冬春季重点工作" and meeting.kicker is None
    assert meeting.text.endswith("为明年农业生产打好基础。")
    assert all((a.date, a.page, a.source_name) == ("2026-12-01", "1", "江州日报") for a in (economy, meeting))


def test_a_banner_across_the_page_heads_none_of_the_stories_under_it():
    # A topic's band across the top (`深入学习贯彻全会精神`, larger than the headlines side by side
    # under it, no text between): before, the first headline under it was read as its subtitle
    # and the page was one story titled by the banner.
    study, lecture = articles_of(PAGES / "banner_page.pdf")
    assert (study.title, study.subtitle, study.kicker) == ("市委理论学习中心组举行专题学习", None, None)
    assert lecture.title == "青山镇宣讲进田间" and lecture.text.endswith("现场气氛热烈。") and "宣讲" not in study.text
    assert all((a.date, a.page) == ("2026-12-03", "4") for a in (study, lecture))


def test_headline_at_the_foot_of_a_page_gets_its_body_from_the_next():
    planting, dredging, canteen, library = articles_of(PAGES / "foot_headline_page.pdf")
    # The left column ends on a headline; its whole body opens the next page's left column.
    assert canteen.title == "社区食堂开业" and canteen.text.startswith("本报讯（记者刘洋）3月5日，城东社区食堂正式开业")
    assert canteen.text.endswith("首批登记送餐老人32名。") and "食堂" not in planting.text
    assert dredging.text.endswith("工程预计5月底前完工，届时沿河居民将告别汛期积水的烦恼。")
    assert library.title == "图书馆延长开放时间" and library.date == "2025-03-06"


def test_short_body_lines_are_section_headings_and_a_run_in_opening_stays():
    (article,) = articles_of(PAGES / "sections_page.pdf")
    assert article.title == "一条老街的新生" and article.paragraphs[0] == "老街改造，迎来了关键的一刻——"
    sections = [article.paragraphs[index] for index in article.headings]
    assert "先听居民怎么说" in sections and "再请商户一起干" in sections
    assert article.text.endswith("不少年轻人专程来打卡。") and len(article.paragraphs) == 9


def test_short_headline_at_the_foot_gets_its_run_on_in_both_columns_of_the_next_page():
    planting, buses, post, library = articles_of(PAGES / "foot_headline_wide_page.pdf")
    # The right column's article ended high on the first page: the run-on there is the
    # photo story's, whose headline stands at the foot of the left column.
    assert post.title == "守护" and post.text.startswith("河湾哨所位于深山之中")
    assert "哨所方圆80多公里全是大山" in post.text and "哨所" not in buses.text
    assert buses.text.endswith("方便群众出行。") and planting.text.endswith("认养期为三年。")
    assert library.title == "图书馆延长开放时间"


def test_a_story_closed_by_its_credits_gets_no_run_on_from_the_next_page():
    cleanup, old_street = articles_of(PAGES / "foot_after_credit_page.pdf")
    # The first story runs in two columns nearly to the page's foot, the right one closing on
    # its credits (`版式设计：张芳`): it ended. Both columns at the top of the next page are the
    # text of the headline at the foot of the left column, which has none on its own page.
    assert cleanup.text.endswith("版式设计：张芳") and "老街" not in cleanup.text
    assert old_street.title == "老街换新颜" and old_street.text.startswith("本报讯（记者刘洋）经过半年改造")
    assert old_street.text.endswith("老街又热闹起来了。") and "停车位120个，解决了居民" in old_street.text


def test_a_run_on_goes_to_the_story_broken_off_mid_sentence_before_a_waiting_headline():
    _, rivers, elderly, night_school = articles_of(PAGES / "foot_broken_page.pdf")
    # The left story's first column ends on a stop, its second breaks off at the foot
    # mid-sentence; the right story closes on its writer's note, under it a headline waits
    # for its text. The run-on at the top of the next page's left column ends the left story.
    assert rivers.text.endswith("让两岸居民共享水清岸绿的美好生活。")
    assert elderly.text.endswith("（作者为区老龄办主任）")
    assert night_school.title == "乡村夜校开课了" and night_school.text.startswith("本报讯（记者陈静）3月8日晚")
    assert "水清岸绿" not in night_school.text and night_school.text.endswith("学技能、增本领。")


def test_long_kicker_over_a_lower_headline_and_the_column_beside_it():
    sharing, canteen = articles_of(PAGES / "kicker_level_page.pdf")
    # The kicker, two punctuated lines, is the kicker of the headline below it, not a deck
    # of the headline beside it nor an article of its own.
    assert sharing.title == "多共享数据 少重复填表"
    assert sharing.kicker == "填报表格过多过滥，基层应接不暇。区里从清理报表入手给基层干部松绑——"
    assert "食堂" not in sharing.text and sharing.text.endswith("走访群众的时间多了。")
    # The right column's text, below a photo and lower than the left headline, is the right story's.
    assert canteen.title == "老年食堂开进社区" and canteen.kicker is None
    assert canteen.text.startswith("本报讯（记者刘洋）城东街道首家老年食堂日前开业")


def test_text_snaking_from_a_columns_foot_to_the_next_columns_top_stays_with_its_story():
    # Under a lead across the page, a module of briefs flows column to column: the last
    # brief runs out at the foot of the middle column and goes on at the top of the right
    # one, right under the lead's own third column.
    parks, classes, clinic, roads = articles_of(PAGES / "snaking_page.pdf")
    assert parks.title == "全区新建口袋公园十二个" and parks.text.endswith("让居民出门见绿、推窗见景。")
    assert "农村公路" not in parks.text and "路长制" not in parks.text
    assert roads.title == "农村公路养护提档升级"
    assert "对全区286公里农村公路开展路面修补" in roads.text and roads.text.endswith("让群众走上安全路、放心路。")
    assert classes.text.endswith("为双职工家庭解决孩子假期看护难题。") and clinic.text.endswith("确保群众看病不排长队。")


def test_a_page_set_as_one_flow_of_columns_runs_each_story_on_to_the_top_of_the_next_column():
    # Three columns, one flow, over two pages: the text at the top of a column has no headline
    # over it and goes on with the story at the foot of the column to its left (one column break
    # falls between paragraphs); the next page opens with the run-on of the story at the foot of
    # the last column, not of the first column's story, which went on in the second.
    by_title = {article.title: article for article in articles_of(PAGES / "flow_pages.pdf")}
    assert sorted(by_title) == sorted(["城南街道老旧小区改造全面开工", "区图书馆推出“夜读”服务",
                                       "全区规上工业增加值增长百分之八", "农村电商培训班开班"])
    estates = by_title["城南街道老旧小区改造全面开工"]
    assert "整改结果在小区公示栏公布。街道负责人表示" in estates.text.replace("\n", "")
    assert estates.text.endswith("还要管得好、住得好。")
    assert by_title["区图书馆推出“夜读”服务"].text.endswith("走进更多市民的日常生活。")
    industry = by_title["全区规上工业增加值增长百分之八"]
    assert industry.kicker == "一季度经济运行开局良好" and industry.date == "2025-04-08"
    assert "帮助企业稳订单、拓市场、降成本，巩固经济回升向好的势头。" in industry.text
    assert industry.text.endswith("预计每年新增产值30亿元以上。")
    assert "区统计局" not in by_title["区图书馆推出“夜读”服务"].text
    training = by_title["农村电商培训班开班"]
    assert "也有本地带货主播。" in training.text and training.text.endswith("带动更多农民通过电商增收致富。")


def test_flow_short_headline_at_a_column_foot_heads_the_text_atop_the_next():
    # One flow of three columns: a column's short headline, with the speaker's post centred
    # under it, closes the middle column, and its text is all at the top of the last, opening
    # a paragraph. Short of the gutter, the two lines are still the lowest of their column.
    pipes, voice = articles_of(PAGES / "flow_foot_head_page.pdf")
    assert pipes.title == "江州区推进老旧管网改造" and pipes.text.endswith("确保年度改造任务按期完成。")
    assert voice.title == "一线声音" and voice.byline == "镇党委书记 王明"
    assert voice.text.startswith("青山镇有23个村") and voice.text.endswith("把日子过得更红火。")


def test_flow_short_headline_alone_under_a_run_on_heads_the_text_atop_the_next_column():
    # Two sheets of one flow of three columns: the first sheet's story runs on atop the second
    # sheet's first column and ends there, then a short headline closes that column, its text
    # all atop the middle one. The headline stops well short of the gutter and is all that
    # column holds of the sheet's own stories; before, its text went on with the run-on story.
    rivers, talk = articles_of(PAGES / "flow_short_head_pages.pdf")
    assert rivers.title == "江州区全面推行河湖长制"
    assert rivers.text.endswith("避免了过去上下游相互推诿的情况。") and "谈心" not in rivers.text
    assert talk.title == "谈心" and len(talk.paragraphs) == 5
    assert talk.text.startswith("前些天到城南社区走访") and talk.text.endswith("干部和群众的心才能贴得更近。")


def test_flow_story_that_closed_on_its_writers_name_at_the_foot_broke_off_nothing():
    # Two sheets of one flow of three columns. On the first, the middle column's story closes at
    # the foot on its writer's name in brackets; the last column's runs on atop the next sheet.
    # There a story on the same subject as the first (flood prevention in another town) fills
    # the first column with whole paragraphs and goes on atop the middle and the last columns:
    # its words alone could not tell it from the closed story's, whose column that is.
    flood, school, checks, path = articles_of(PAGES / "flow_signed_off_pages.pdf")
    assert flood.title == "城南镇备足防汛物资" and flood.text.endswith("（本报记者何平）")
    assert school.title == "江州中学开设科创课程"
    assert school.text.endswith("预计明年春季投入使用。") and "防汛" not in school.text
    assert checks.title == "青山镇汛前排查隐患点" and len(checks.paragraphs) == 6
    assert "青山镇山高坡陡" in checks.text and checks.text.endswith("群众的防灾避险意识明显增强。")
    assert path.title == "滨江公园新增健身步道"


def test_flow_on_a_spaced_sheet_the_last_columns_run_on_goes_atop_the_next_sheets_first_by_its_words():
    # Two sheets of one flow, paragraphs set apart by a space: a paragraph opening atop a column
    # shows no mark. The first sheet's first column ends its story at the foot on a full stop;
    # its last column stops mid-sentence at the foot, and no word runs across to the text atop
    # the next sheet's first column. That text's words are the last column's story's: it goes
    # on with that story, not with the one that closed at the foot of its own column.
    city, canteen, port, swim, path = articles_of(PAGES / "flow_unmarked_pages.pdf")
    assert city.title == "江州区全力创建全国文明城市" and city.text.endswith("文明有序。")
    assert port.title == "江州港开通至东南亚集装箱航线"
    assert "港务集团计划年内再开通两条至日本、韩国的集装箱航线" in port.text.replace("\n", "")
    assert "集装箱" not in city.text


def test_flow_on_a_spaced_sheet_a_run_on_atop_a_column_goes_by_its_words_where_two_stories_stopped():
    # The same two sheets: on the second, the story under the run-on stops mid-sentence at the
    # middle column's foot, where no word runs across to the text atop the last column; the
    # last column's story of the sheet before stopped mid-sentence at its foot too. The text's
    # words are the middle column's story's: it goes on with that one.
    city, canteen, port, swim, path = articles_of(PAGES / "flow_unmarked_pages.pdf")
    assert port.text.endswith("走向海外市场。") and "巡查" not in port.text
    assert swim.title == "全区中小学开展防溺水教育" and len(swim.paragraphs) == 5
    assert "并安排专人在暑假期间每天巡查" in swim.text and swim.text.endswith("不到不熟悉的水域游泳。")


def test_flow_on_a_spaced_sheet_a_column_top_shows_no_run_on_of_the_story_whose_column_it_is():
    # Two sheets of one flow, paragraphs set apart by a space. On the first, a story starts at
    # the first column's foot and ends at the middle column's on a full stop; the last column's
    # story stops mid-sentence at the foot and fills the second sheet. The text atop that sheet's
    # last column shows no mark: it is no sign that the last column's story runs on there, and
    # the text atop the first column is that story's, not the one set lowest in its column.
    seniors, community, fire = articles_of(PAGES / "flow_unmarked_foot_pages.pdf")
    assert fire.title == "江州区部署秋冬季森林防火工作"
    assert fire.text.endswith("确保小火不出林、大火不成灾。") and "居民" not in fire.text
    assert community.title == "城南社区建成“15分钟生活圈”"
    text = community.text.replace("\n", "")
    assert "跳广场舞、打太极的居民络绎不绝，孩子们也有了玩耍的地方。" in text
    assert "邻里中心的营业时间" in text and text.endswith("用在居民最急需的地方。")


def test_flow_run_on_keeps_its_column_past_a_section_heading_below_another_headline():
    # One flow of three columns: the middle column holds two headlines, and the lower story's
    # text runs on at the top of the last column, opening a paragraph, then down it past a bold
    # section heading set lower than the middle column's upper headline. All of that column is
    # the lower story's; the upper story stays two paragraphs.
    schools, tea = articles_of(PAGES / "flow_section_page.pdf")[1:]
    assert schools.title == "城西街道开办“四点半课堂”"
    assert schools.text.endswith("目前已有300多名孩子报名。") and "茶" not in schools.text
    assert tea.title == "江州茶叶借“云”出山"
    text = tea.text.replace("\n", "")
    assert "去年一年卖茶收入超过15万元。让好茶卖出好价钱为了让茶叶卖得上价" in text
    assert tea.text.endswith("物流配送等服务。")


def test_flow_of_columns_broken_between_paragraphs_and_balanced_on_its_last_page():
    # Two A5 sheets in one flow of three columns, no paragraph broken by a column: each run-on
    # opens a paragraph. On the first sheet the second column's story has a kicker of two lines
    # between the first story's run-on and its headline, and runs on at the third column's top.
    # The second sheet is short, its columns balanced: the drill story, whose paragraph ended
    # at the first sheet's foot, runs on at its first column's top, and the wheat story at the
    # third column's top, though the text shows neither. The first story, though it ran to the
    # foot of the first column, closed in the second on its writers' names in brackets; the
    # river story ended some lines above the foot, over the drill story.
    by_title = {article.title: article for article in articles_of(PAGES / "flow_balanced_pages.pdf")}
    assert sorted(by_title) == sorted(["青石镇建起村级养老服务站", "县职教中心开设无人机应用专业", "河道保洁实行“河长+保洁员”机制",
                                       "防汛应急演练", "小麦收购价每斤一元二角", "城关社区开办暑期托管班"])
    care = by_title["青石镇建起村级养老服务站"]
    assert care.text.replace("\n", "").endswith("心里踏实多了。（本报记者周岚通讯员刘芳）") and "巡河" not in care.text
    drones = by_title["县职教中心开设无人机应用专业"]
    assert drones.kicker == "深化产教融合 服务县域产业发展"
    assert "这是双赢的事。" in drones.text and drones.text.endswith("了解专业的学习内容和就业去向。")
    river = by_title["河道保洁实行“河长+保洁员”机制"]
    assert river.text.endswith("发现问题用手机拍照上传到县智慧河湖平台。")
    drill = by_title["防汛应急演练"]
    assert drill.text.startswith("本报讯6月11日") and "管涌封堵" in drill.text and drill.text.endswith("汛期实行24小时值班。")
    wheat = by_title["小麦收购价每斤一元二角"]
    assert wheat.kicker == "夏粮收购开秤" and wheat.date == "2025-06-12"
    assert wheat.text.endswith("避免因水分超标被扣价。") and "扣价" not in river.text


def test_flow_runs_on_across_pages_and_columns():
    # The first page's foot breaks the lift story's headline at the foot of its last column,
    # under the job fair story's last sentence; the headline's last line opens the second
    # page's first column, not its last. On the second page the lift story's third paragraph
    # opens the second column (only its words tell it from the job fair story's run-on), and
    # its last runs on mid-sentence to the top of the third, under the job fair story's column.
    by_title = {article.title: article for article in articles_of(PAGES / "flow_across_pages.pdf")}
    assert by_title["县人社局举办夏季招聘会"].text.endswith("并开展线上直播带岗。")
    lift = by_title["老旧小区加装电梯进入施工阶段 九部电梯年底前全部投入使用"]
    assert lift.text.startswith("本报讯（记者孟涛）近日") and "楼栋协商会" in lift.text
    assert lift.text.replace("\n", "").endswith("去社区卫生服务站量血压都方便多了。她还打算和老姐妹们一起报名社区的老年大学，学学书法和太极拳。")
    assert by_title["青石镇评选“最美庭院”"].text.startswith("本报讯（通讯员刘芳）青石镇近日")


def test_flow_runs_on_the_story_broken_off_mid_sentence_not_one_closed_in_another_column():
    # The tea story runs down the first column and ends in the second some lines above the foot;
    # the bridge story, broken off mid-sentence at the foot of the third, runs on at the top of
    # the second page's first column, under the tea story's first column.
    tea, bridge, clinic = articles_of(PAGES / "flow_ended_above_foot_pages.pdf")
    assert tea.title == "高山茶园迎来春茶采摘季" and tea.text.endswith("争取多采几茬好茶。")
    assert bridge.title == "柳河大桥主体工程完工"
    assert bridge.text.replace("\n", "").endswith("把城里的客人引过来，把村里的好东西卖出去。")
    assert clinic.title == "城关镇开展春季义诊" and clinic.text.endswith("慢病有人管。")


def test_flow_story_closed_on_a_quotation_and_its_writers_is_not_run_on_at_the_next_page():
    # As above, but no paragraph is broken: the tea story closes in the second column on a
    # quotation followed by its writers' names in brackets (`…。”（本报记者…）`), and the bridge
    # story runs on, between two paragraphs, at the top of the second page's first column.
    tea, bridge, clinic = articles_of(PAGES / "flow_quoted_note_pages.pdf")
    assert tea.title == "高山茶园迎来春茶采摘季" and tea.text.endswith("争取多采几茬好茶。”（本报记者孟涛、周岚、韩雪）")
    assert bridge.title == "柳河大桥主体工程完工"
    assert bridge.text.replace("\n", "").endswith("把城里的客人引过来，把村里的好东西卖出去。")
    assert clinic.title == "城关镇开展春季义诊" and clinic.text.endswith("慢病有人管。")


def test_box_broken_over_three_sheets_runs_on_from_the_second_to_the_third():
    # A grid of two columns printed over three A5 sheets: the commentary box on the right runs
    # on from the first sheet to the second and on to the third. The second sheet has a
    # headline of its own on the left (the power-list story), and that story runs on to the
    # third sheet too: each run-on at the third sheet's top goes on with its own column's story.
    _, canteen, commentary, power = articles_of(PAGES / "grid_three_sheets_pages.pdf")
    assert canteen.title == "社区食堂让老人吃上“暖心饭”" and canteen.text.endswith("每月还组织一次食品安全抽检。")
    assert commentary.title == "让群众成为基层治理的参与者"
    assert commentary.text.endswith("让每一位居民都成为社区治理的参与者和受益者。")
    assert power.title == "江州区公布第二批小微权力清单"
    assert power.text.endswith("今年以来共提出整改建议210条，已全部整改到位。") and "居民" not in power.text


def test_credit_line_alone_at_the_next_sheets_top_is_a_paragraph_of_its_own():
    # A photo story ends on its caption at the first sheet's foot; the photographer's credit
    # (`周海摄（江州日报视觉）`), a line of its own, stands alone at the second sheet's top in
    # the same column. Indented from that column's edge, it opens a paragraph: the caption
    # stays the story's text, and the credit goes as credits do.
    harvest, harbour = articles_of(PAGES / "photo_credit_pages.pdf")
    assert harvest.title == "江州区早稻开镰收割" and harvest.text.endswith("避免稻谷受潮发芽。")
    assert harbour.title == "渔港新貌"
    assert harbour.paragraphs[-1] == "图为8月3日，渔民在新码头卸下当天的渔获。"


def test_headline_broken_one_letter_before_its_end_by_the_sheets_foot_is_whole():
    # One flow of three columns over two A5 sheets: the first sheet's foot breaks the youth
    # station story's headline one letter before its end, and that letter (`年`) alone opens the
    # second sheet, in the headline's type, over the story's text. The headline is whole, and the
    # job fair story, which ended in the last column above it, does not run on there.
    jobs, station = articles_of(PAGES / "flow_broken_letter_pages.pdf")
    assert jobs.title == "江州区举办“百企千岗”招聘会" and jobs.text.endswith("金沙街道等镇街。")
    assert station.title == "江州区建设青年人才驿站服务来江青年"
    assert station.text.startswith("本报讯（通讯员唐蕾）近日") and station.text.endswith("留得下、干得好。")
    assert "驿站" not in jobs.text


def test_flow_run_on_beside_a_finished_run_on_goes_on_with_the_story_headed_under_that():
    # One flow of three columns over two A5 sheets, no paragraph broken. The harvest story runs
    # on at the second sheet's top and ends some lines down its first column; the care story,
    # headed under it, runs down that column and on at the top of the second, where it ends
    # about as low as the harvest story's run-on. Two such blocks side by side are a module's
    # two columns run on together only where no story is set under the left one in its column
    # alone: here the care story is, and its text goes on with it.
    harvest, care, library = articles_of(PAGES / "flow_beside_pages.pdf")
    assert harvest.title == "江州区夏收夏种进度过九成" and harvest.text.endswith("产量稳定在目标以上。")
    assert care.title == "城南社区开设“暑期托管班”"
    assert care.text.endswith("现在有了托管班，上班也安心了。") and "托管" not in harvest.text
    assert library.title == "区图书馆开展“阅读之夏”活动" and library.text.endswith("读好书的习惯。")


def test_dispatch_note_broken_by_a_column_closes_its_story():
    # The round-up's dispatch note is broken by the second column's foot; the round-up, which
    # ran down the first column, closed there, and the second page runs on the market story.
    flood, market, _ = articles_of(PAGES / "flow_broken_note_pages.pdf")
    assert flood.title == "各地全力应对入汛以来最强降雨"
    assert flood.text.replace("\n", "").endswith("记者孟涛、周岚、韩雪、刘芳、魏宁、陈立）")
    assert market.title == "城南农贸市场改造后重新开业"
    assert market.text.endswith("既方便了城区居民，也给农民增加了收入。")


def test_text_right_under_a_headline_is_its_own_not_the_next_story_to_its_left():
    # The grain story heads the third column; the deputy's story heads the second a few lines
    # lower, under a run-on: the text under the grain story's subtitle is the grain story's.
    by_title = {article.title: article for article in articles_of(PAGES / "flow_broken_kicker_pages.pdf")}
    grain = by_title["收好群众的“放心粮” 守好农民的“钱袋子”"]
    assert grain.text.startswith("本报讯（记者周岚）9月17日") and grain.text.endswith("预计总产量超过20万吨。")
    deputy = by_title["把乡亲们的难处带上来"]
    assert deputy.text.endswith("群众的事再小也要办好。")


def test_kicker_broken_by_a_column_of_one_flow_is_one_kicker():
    # The second column ends on the grain story's kicker, its last line (`强调`) opens the third
    # over the headline. Joined, the kicker's first lines still close the second column: the
    # deputy's story ended above them, and the second page runs on the farm school story.
    articles = articles_of(PAGES / "flow_broken_kicker_pages.pdf")
    by_title = {article.title: article for article in articles}
    assert len(articles) == 4
    grain = by_title["收好群众的“放心粮” 守好农民的“钱袋子”"]
    assert grain.kicker == "县委书记对全县秋粮收购工作作出批示强调"
    assert grain.subtitle == "县长出席秋粮收购动员会"
    assert by_title["把乡亲们的难处带上来"].text.endswith("群众的事再小也要办好。")
    school = by_title["农民田间学校开课"]
    assert "测土配方施肥" in school.text and school.text.endswith("等课程纳入培训内容。")


def test_headline_broken_by_a_column_of_one_flow_is_one_title():
    # A balanced flow of three columns: the second column ends on a headline's first two lines,
    # the third opens with its last line (`少跑腿`) over the text.
    community, clinics, library = articles_of(PAGES / "flow_broken_headline_page.pdf")
    assert clinics.title == "乡镇卫生院开通远程会诊 群众看病少跑腿"
    assert clinics.text.startswith("本报讯（通讯员魏宁）日前") and clinics.text.endswith("群众不再重复检查。")
    assert community.title == "东湖社区议事会管好“小区事”" and library.title == "图书流动车开进村"


def test_subtitle_broken_by_a_column_of_one_flow_stays_the_subtitle():
    # The column break falls inside a subtitle of three lines: its last line, larger than the
    # body, opens the third column over the text.
    museum, clinics, trees = articles_of(PAGES / "flow_broken_subtitle_page.pdf")
    assert clinics.title == "慢病复查不出村"
    assert clinics.subtitle == "县医院专家每周下村坐诊，高血压糖尿病患者免费复查"
    assert clinics.text.startswith("本报讯（通讯员郑洁）从5月起") and clinics.text.endswith("现在在村里就能看上专家。")
    assert museum.title == "老街纪念馆免费开放" and trees.title == "义务植树添新绿"


def test_vertical_headlines_head_the_text_beside_them():
    # 竖题: one headline set down the right of its text, one letter-spaced down the left.
    farming, reading_room, night_market = articles_of(PAGES / "vertical_page.pdf")
    assert farming.title == "春耕备耕忙" and farming.text.endswith("检修率达到95%以上。")
    assert reading_room.title == "老街巷里的新书房"
    assert reading_room.text.startswith("本报讯（记者王雪）在城南老街") and reading_room.text.endswith("享受阅读的乐趣。")
    assert night_market.title == "夜市点亮烟火气"
    assert night_market.text.startswith("本报讯（记者刘洋）入夜") and night_market.text.endswith("照明配套。")
    assert all(len(article.paragraphs) >= 3 for article in (farming, reading_room, night_market))


def test_articles_set_smaller_or_larger_than_the_body_keep_their_text_and_spread_headlines_read_whole():
    # Briefs in 9 pt under 10.5 pt bold heads, a commentary in 11 pt: the page's body is 10 pt.
    # The briefs' heads are letter-spaced by an em, the lead's headline by half an em.
    jobs, canteen, path, clinic, commentary = articles_of(PAGES / "sizes_page.pdf")
    assert jobs.title == "全区新增就业岗位两千个" and jobs.text.endswith("收到简历900余份。")
    assert [canteen.title, path.title, clinic.title] == ["社区食堂开业", "公园新增健身步道", "义诊进村受欢迎"]
    assert canteen.text.startswith("本报讯城东街道") and clinic.text.endswith("发放健康手册300份。")
    assert commentary.title == "让好政策落到群众心坎上"
    assert commentary.text.startswith("政策好不好") and commentary.text.endswith("享受到政策红利。")
    assert len(commentary.paragraphs) == 3


def test_a_photo_story_is_its_caption():
    lifts, photo = articles_of(PAGES / "photo_page.pdf")
    assert lifts.title == "老旧小区加装电梯" and "石桥镇" not in lifts.text
    assert photo.title == "田间春耕图"
    assert photo.text.startswith("3月6日，石桥镇农民在田间驾驶农机播种。") and "已完成早稻播种2.6万亩。" in photo.text


def test_photos_in_stories_keep_their_captions_out_and_their_text_whole():
    # An image under each caption, set atop a column under its headline (the caption centred in
    # the column), at a box's foot over the next box's headline, and between two paragraphs.
    renewal, berries, school, canteen = articles_of(PAGES / "photos_page.pdf")
    assert [renewal.title, berries.title, school.title, canteen.title] == [
        "江州区推进老旧小区改造", "白沙村草莓迎来丰收", "江州职校开设新能源汽车专业", "社区食堂开进居民楼"]
    assert all(story.kicker is None for story in (renewal, berries, school, canteen))
    assert renewal.text.startswith("本报讯（记者李明）今年") and renewal.text.endswith("十月底前完工。")
    assert berries.text.endswith("人均增收八千元。") and "采摘草莓。" not in berries.text
    # The text under the photo, set lower than the berries' headline in the column to its left,
    # goes on from the school's first paragraph.
    assert school.text.startswith("本报讯（记者陈静）") and "学校与本地三家汽车企业" in school.text
    assert school.text.endswith("输送技能人才。") and "电池检测" not in school.text
    assert canteen.text.startswith("本报讯（记者王芳）3月3日") and canteen.text.endswith("预约送餐上门。")
    assert all("摄" not in story.text for story in (renewal, berries, school, canteen))


def test_a_flows_photo_under_a_headline_fills_its_column_and_the_text_runs_on_atop_the_next():
    # The photo and its caption stand between the school story's headline and its text, which
    # fills the first column and goes on, mid-sentence, atop the second.
    stories = {story.title: story for story in articles_of(PAGES / "flow_photo_pages.pdf")}
    assert set(stories) == {"江州职校开设新能源汽车专业", "社区食堂开进居民楼", "白沙村草莓迎来丰收"}
    school = stories["江州职校开设新能源汽车专业"]
    assert school.text.startswith("本报讯（记者陈静）") and "电机和电控三门核心课程，第二学年" in school.text
    assert school.text.endswith("与企业共同编写教材。") and "电池检测" not in school.text
    assert stories["白沙村草莓迎来丰收"].kicker is None


def test_text_joined_across_a_photo_leaves_no_gap_in_its_column_of_the_flow():
    # The bridge story's text over and under its photo is one run, reaching past the photo's
    # frame: the library story under it fills the column to its foot, and its paragraph atop
    # the second column (a new one, after a closed sentence) goes on with it.
    stories = {story.title: story for story in articles_of(PAGES / "flow_photo_inside_pages.pdf")}
    assert set(stories) == {"青石河大桥主体完工", "区图书馆新添自助借还机", "夜市开张", "南湾村养蜂户喜获丰收"}
    library = stories["区图书馆新添自助借还机"]
    assert library.text.startswith("本报讯（记者孙悦）") and library.text.endswith("实现通借通还。")
    assert "图书馆负责人介绍" in library.text
    assert "工人在桥面铺设沥青" not in stories["青石河大桥主体完工"].text


def test_a_paragraph_of_one_short_line_over_a_photo_runs_on_under_it():
    # The honey story's opening line is indented and short, its dispatch under the photo is
    # set across the column: one run of text still, not a second column for the short headline
    # of the night-market story beside it, whose top is higher.
    stories = {story.title: story for story in articles_of(PAGES / "flow_photo_inside_pages.pdf")}
    honey = stories["南湾村养蜂户喜获丰收"]
    assert honey.text.startswith("槐花开，蜂蜜甜。") and honey.text.endswith("今年有望再增两成。")
    assert "本报讯（通讯员钱敏）" in honey.text and "摇蜜。" not in honey.text
    assert stories["夜市开张"].text.endswith("营业到晚上十一点。")


def test_text_under_a_photo_atop_a_column_goes_on_with_the_story_the_photo_stands_in():
    # The forest story's photo opens the second column: its text under the photo runs on from
    # the first column's foot, though it stands lower than the park story's headline.
    park, library, forest = articles_of(PAGES / "flow_photo_atop_pages.pdf")
    assert park.title == "滨河公园改造提升工程启动" and park.text.endswith("每天接待游客上万人次。")
    assert forest.title == "千余人到北山林场植树"
    assert forest.text.startswith("本报讯（记者林涛）3月11日") and forest.text.endswith("力争达到百分之四十六。")
    assert "挥锹铲土" in forest.text and "栽植树苗" not in forest.text
    assert library.title == "江州图书馆推出“你选书我买单”"


def test_a_rule_across_both_columns_keeps_a_run_on_box_apart_from_the_story_under_it():
    # The front-page story's run-on fills a box of two columns at the top, its photo closing the
    # second; the forest story under the rule stops mid-sentence in its first column and goes on
    # in its second, under the rule: the run-on's second column is none of its text.
    run_on, forest = articles_of(PAGES / "run_on_box_page.pdf")
    assert run_on.text.startswith("全区已建成标准化农贸市场十二个") and run_on.text.endswith("让居民买得放心。")
    assert "流动售菜车" in run_on.text and "农药残留" in run_on.text
    assert forest.title == "护林" and forest.text.startswith("本报讯（记者方明）")
    assert "农药残留" not in forest.text and forest.text.endswith("守护这片绿色。")


def test_on_a_sheet_set_as_one_flow_a_column_goes_on_from_the_column_to_its_left():
    # The museum story runs on from the first column's foot to the second's top, mid-sentence:
    # the second sheet is one flow. The reading-room story closes a paragraph at the second
    # column's foot, as the library story did in the first sheet's third column, and its next
    # paragraph, atop the third column, shares the library story's words: it is still its own.
    library, museum, rooms = articles_of(PAGES / "flow_sheet_runs_on_pages.pdf")
    assert library.title == "区图书馆延长开放时间" and library.text.endswith("借到书、读好书。")
    assert museum.title == "江州博物馆推出夜场" and museum.text.endswith("夜晚也有好去处。")
    assert rooms.title == "城南街道建成三个社区书房"
    assert rooms.text.endswith("组织读书分享会和亲子阅读活动。") and "书房的图书由区图书馆统一配送" in rooms.text


def test_a_photo_closing_a_sheets_column_takes_its_story_down_to_the_foot():
    # The port story's first paragraph ends a sentence high in the right column; its photo and
    # caption fill the column to the sheet's foot, and its text goes on atop the next sheet's
    # right column, beside the harvest story's run-on in the left one.
    harvest, port = articles_of(PAGES / "photo_foot_pages.pdf")
    assert harvest.title == "江州区中稻进入收获期" and harvest.text.endswith("保障全区粮食安全。")
    assert "渔港" not in harvest.text
    assert port.title == "青湾渔港改造完工"
    assert port.text.startswith("本报讯（记者周海）") and port.text.endswith("带动周边村民就业。")
    assert "渔获交易中心设有冷库" in port.text and "摄" not in port.text


def test_photo_too_tall_for_the_room_under_its_lead_opens_the_next_sheet_with_its_story():
    # The road story's headline and lead end a sentence high in the right column of the first
    # sheet; its photo does not fit under them and opens the second sheet's right column, its
    # caption and the story's text under it. The school story ran to the first sheet's foot in
    # the left column, but the text under the photo is the road story's by its words.
    school, road = articles_of(PAGES / "photo_pushed_pages.pdf")
    assert school.title == "江州区秋季开学平稳有序" and school.text.endswith("投入新学期的学习生活。")
    assert "刘芳" not in school.text
    assert road.title == "把村道修到群众家门口" and road.kicker == "石桥镇党委书记刘芳——"
    assert road.text.endswith("全镇新修硬化村道86公里。") and "刘芳到石桥镇任职三年" in road.text



def test_two_headlines_side_by_side_at_a_sheets_foot_head_their_own_text_on_the_next_sheet():
    # The second row of a grid opens at the first sheet's foot: the bridge story's headline,
    # over two lines, and the library story's stand side by side there, all their text on the
    # second sheet. The bridge headline is no headline broken by its column's foot whose last
    # line is the grape story's atop the next column: that story's box is level with the school
    # story's. Before, the grape story took the bridge headline into its title, and the library
    # story the bridge story's text.
    school, grapes, bridge, library = articles_of(PAGES / "foot_headlines_pages.pdf")
    assert (school.title, grapes.title) == ("江州区秋季开学平稳有序", "白沙村的葡萄熟了")
    assert bridge.title == "江州大桥维修完工恢复通行"
    assert bridge.text.startswith("本报讯（记者周文）江州大桥") and bridge.text.endswith("确保桥梁安全运行。")
    assert library.title == "江州区图书馆新馆开馆迎来首批读者"
    assert library.text.startswith("本报讯（通讯员陈静）") and "大桥" not in library.text


PRINTED = sorted((PAGES / "printed").glob("*.pdf"))


@pytest.mark.parametrize("pdf", PRINTED, ids=[pdf.stem for pdf in PRINTED])
def test_random_grids_and_flows_printed_across_sheets_cut_each_story_as_set(pdf):
    # Pages `bench/random_pages.py` printed whose cuts had gone wrong (`made_up_stories.py`).
    # Each story is found by its title, with its paragraphs as set and its kicker and subtitle.
    # - grid_117, flow_53: a caption under a photo at a column's foot taken for the story level
    #   with it in the column to the left.
    # - grid_44, grid_97: a kicker closing its own column at a sheet's foot given to the
    #   headline atop the next column or the story beside it.
    # - flow_2067: a headline closing the last column glued to the box's headline atop the next
    #   sheet's column.
    # - flow_48, flow_2060: a subtitle atop the next column parted from its short headline
    #   closing the column before.
    # - flow_9: a run-on of one line beside a box's edge left a story of its own.
    # - flow_39: a headline closing a balanced column of the last sheet lost its text atop the next.
    # - flow_4003: a dateline and its em space, `本报讯　`, split off its line as a column of its
    #   own, where another story's dateline and the masthead's date stand in line with its text.
    # - flow_3041: the run-on of a story broken mid-sentence at the foot of a sheet's last
    #   column, atop the next sheet's first, given to the story that closed that first column
    #   on a paragraph's short last line.
    # - flow_2045, flow_2041: a paragraph atop a sheet's second column, after a story closing
    #   the first column on a full stop, given to the story that ended the second column of the
    #   sheet before: its headline alone there, its text atop the first column (2045); or its
    #   text on a full stop, where the first column's top goes on that story by its words, so
    #   the sheet is one flow (2041).
    # - grid_5016: a grid's box run on atop its own column, given by a word its paragraph
    #   repeats (`服务`) to a box that ended nine lines above the foot of the sheet's last
    #   column, the column empty under it, as if the page were a flow.
    # - flow_5040: a story's text under its photo, pushed atop the next column of a balanced
    #   last sheet, lost to a story of the sheet before.
    # - flow_5054: a flow whose last column the foot broke mid-sentence, the next sheet's first
    #   column opening mid-paragraph under a story that closed a full line there and its second
    #   opening a paragraph: both went on the wrong story.
    # - flow_8022: a flow's last sheet, its columns balanced, opens the first column on a
    #   paragraph of the story that closed the sheet before's last column on a full stop; its
    #   words name that story's subject twice in words of their own (`网格`, `网格员`) and share
    #   none with the story closing the first column: it went on that one.
    # - flow_8062: a dateline and its em space, `本报讯　`, split off the line atop a column,
    #   where the other column's lines, set on baselines of their own, stood between it and the
    #   line under it in the page's order.
    # - flow_8113: a story's text under a photo atop the second column of a balanced last
    #   sheet, its headline and lead closing the first, went on the story of the sheet before.
    # - flow_9012: a kicker and headline closing a column, their subtitle (`——…`) atop the next,
    #   whose foot another story's headline closes level with them: taken for a row of a grid's
    #   boxes, the subtitle headed a story of its own.
    # - flow_9115: a headline closing a sheet's first column, its subtitle atop the second, where
    #   the sheet before closed its second column on a headline alone: the subtitle went on that.
    # - flow_11031: a balanced last sheet's paragraph, of the story closing the third column on a
    #   full stop, where the second column's story closed on one too: it went on the nearer.
    assert check_page(articles_of(pdf), facts_of(pdf)) == []

def test_text_over_a_photo_across_two_columns_runs_across_them_before_the_text_under_it():
    # The first column's text over the photo stops mid-word (`每个` / `小区设联络员`) and the
    # second column's opens there: the columns are read across over the photo, then under it.
    renewal, canteen = articles_of(PAGES / "photo_across_columns_page.pdf")
    assert renewal.title == "江州区推进老旧小区改造" and canteen.title == "社区食堂开进居民楼"
    assert [paragraph[:6] for paragraph in renewal.paragraphs] == [
        "本报讯（记者", "区住房城乡建", "据了解，改造", "滨江小区是首", "居民张大爷说", "区里还将把加"]
    assert "施工期间每个小区设联络员" in renewal.text and "摄" not in renewal.text

def test_long_decks_a_little_above_body_size_and_a_justified_word_space_under_a_column_edge():
    lead, farming, library = articles_of(PAGES / "long_deck_page.pdf")
    assert library.title == "图书馆延长开放"
    assert library.kicker == "为方便上班族和学生借阅，区图书馆调整开放时间，新设自习区和亲子阅读区，开通线上预约"
    assert library.subtitle == "周一至周五开放到晚上9点，周末和节假日照常开放，读者可通过公众号预约座位"
    # The first line's wide word space falls where the lead story's third column began, far above.
    assert library.text.startswith("本报讯（记者王雪）从本月起") and "增加座位200个" in library.text
    assert library.byline == "记者 王雪"


def test_a_headline_shown_as_a_picture_or_as_outlines_starts_a_story_of_its_own():
    # An art-face headline exported as an image (古镇老街) or as vector outlines (社区食堂) has no
    # text: the story under it used to run into the lead story above.
    lead, street, canteen, trees = articles_of(PAGES / "drawn_headline_page.pdf")
    assert lead.title == "全区新增市场主体一万二千户"
    assert lead.text.endswith("留得住、发展好。") and "古镇" not in lead.text and "食堂" not in lead.text
    # A drop cap is the first letter of its paragraph, which the lines set in beside it carry on.
    assert len(lead.paragraphs) == 3 and lead.paragraphs[1].startswith("新增企业中，数字经济、现代物流和文化旅游行业占四成。")
    # Named by its first clause that says something, not by its opening phrase `近日`.
    assert street.title == "历时八个月的古镇老街改造工程完工"
    assert street.byline == "通讯员 何佳" and street.text.endswith("带动周边居民就业300余人。")
    assert street.paragraphs[1] == ("改造中，施工方保留了老街原有的街巷格局和32处传统民居，对破损墙面、屋顶逐一修缮，"
                                    "并把电力、通信线缆全部埋入地下。")
    # Named by the subtitle printed as text under its outlines.
    assert canteen.title == "东城街道新建社区食堂5个"
    assert canteen.text.startswith("社区食堂开到了家门口") and canteen.text.endswith("吃上热乎饭。")
    # A wide photo strip under a headline is that story's photo, not a headline of its own.
    assert trees.title == "春季植树活动启动" and trees.text.startswith("本报讯（记者赵磊）") and "食堂" not in trees.text


def test_lines_turned_up_the_page_edges_are_dropped_and_a_vertical_headline_keeps_its_sideways_digits():
    farming, reading_room = articles_of(PAGES / "edge_text_page.pdf")
    # The address and printer lines up the edges used to cut into the columns beside them.
    assert farming.title == "春耕备耕忙" and farming.text.endswith("检修率达到95%以上。")
    assert not any(word in article.text for article in (farming, reading_room) for word in ("地址", "印刷", "信箱", "热线"))
    assert "整地育秧、检修农机，确保春耕生产有序推进。" in farming.text
    # Vertical text sets digits sideways: they stay in the headline, and the letter after them too.
    assert reading_room.title == "新建社区书房20间"
    assert reading_room.text.startswith("本报讯（记者王雪）在城南老街") and reading_room.text.endswith("享受阅读的乐趣。")


def test_a_whole_edition_in_one_file_gives_each_article_the_page_it_starts_on():
    continued, safety = articles_of(PAGES / "edition_pages.pdf")
    # The first story runs on to page 2 above the second story: it starts on page 1.
    assert continued.page == "1" and continued.text.endswith("形成校企共建共享的长效机制。")
    assert safety.page == "2" and safety.title == "全区中小学开展春季校园安全隐患大排查行动"
    assert continued.date == safety.date == "2025-03-07"


def test_a_word_document_printed_to_pdf_is_cut_at_its_centred_bold_titles():
    # One column across an A4 page, titles centred in bold at the text's own size (as a
    # department's bulletin typed in Word and printed): each title heads a story, and a bold
    # heading set like a paragraph is a section of its own. Before, the page was one article and
    # the heading ran into the paragraph above it. In a newspaper column, a centred bold line
    # at body size stays a section heading (sections_page).
    meeting, safety = articles_of(PAGES / "document_page.pdf")
    assert (meeting.title, safety.title) == ("区教育局召开2025年全区教育工作会议", "全区中小学开展春季校园安全隐患大排查")
    assert [meeting.paragraphs[index] for index in meeting.headings] == ["一、推进集团化办学"]
    assert meeting.text.endswith("确保各项任务落地见效。") and safety.text.endswith("整改时限。")


def test_a_reports_title_over_its_numbered_sections_set_larger_than_the_text_is_one_report():
    # A report typed under Word's heading styles and exported: the title over `一、…` `二、…` set
    # larger than the text. Before, the title (no text of its own) was lost and each section
    # was a story; under a title set much larger, the first section was read as its subtitle.
    (report,) = articles_of(PAGES / "report_sections_page.pdf")
    assert (report.title, report.subtitle) == ("江州区农业农村委关于今冬明春农田水利建设情况的报告", None)
    assert [report.paragraphs[i] for i in report.headings] == ["一、主要工作进展", "二、存在的困难", "三、下一步打算"]
    assert report.text.endswith("长受益。")
    (report,) = articles_of(PAGES / "report_title_page.pdf")
    assert (report.title, report.subtitle) == ("青山镇关于2025年秸秆综合利用工作的报告", None)
    assert [report.paragraphs[i] for i in report.headings] == ["一、主要做法", "二、取得成效", "三、下一步工作"]
    # A bulletin numbers its items so too, each opening on the day: they stay stories.
    meeting, reading = articles_of(PAGES / "numbered_items_page.pdf")
    assert (meeting.title, reading.title) == ("区教育局召开全区教育工作会议", "实验小学开展读书月活动")


def test_the_date_and_source_line_in_small_type_under_a_headline_dates_the_story():
    # A site's article view or a department's item saved as PDF prints `发布时间：… 来源：…` under
    # the headline in small type. It had been taken for a caption and lost, and the story undated.
    (item,) = articles_of(PAGES / "dated_document_page.pdf")
    assert item.title == "江州区教育局召开2025年春季开学工作会议"
    assert (item.date, item.source_name) == ("2025-02-18", "江州区教育局")
    assert item.text.startswith("2月17日，江州区教育局召开") and "浏览次数" not in item.text


def test_an_official_notice_exported_to_pdf_reads_as_one_document_with_its_title_and_date():
    # Printed by Chromium as Word exports a notice: the red head set largest over the number, the
    # title over two centred lines, numbered sections, the signature and date set to the right, and
    # a quarter em between Chinese letters and digits. Before, the red head was the title, the
    # title a subtitle, each numbered section a story, and the signature ran into the last paragraph.
    (notice,) = articles_of(PAGES / "notice_page.pdf")
    assert (notice.title, notice.kicker, notice.subtitle) == ("江州区人民政府办公室关于做好2025年春季森林防火工作的通知", None, None)
    assert (notice.date, notice.source_name) == ("2025-03-05", "江州区人民政府办公室")
    assert [notice.paragraphs[index] for index in notice.headings] == ["一、压实防火责任", "二、加强火源管控"]
    assert notice.text.endswith("严禁携带火种进山。") and "〔2025〕" not in notice.text


def test_a_front_page_gives_its_stories_and_its_photo_story_but_not_its_contents_or_notices():
    # Printed by Chromium: the masthead prints a registration number, a boxed 导读 lists
    # stories inside with their pages (one wrapped before its page number), a photo story is a
    # headline over a picture and its caption, and the paper advertises itself at the foot.
    articles = articles_of(PAGES / "front_page.pdf")
    assert [a.title for a in articles] == ["我区召开2025年一季度经济运行分析会", "春到田间农事忙", "区领导调研城市更新工作"]
    assert all((a.date, a.page, a.source_name) == ("2025-03-10", "1", "荣昌日报") for a in articles)
    photo = articles[1]
    assert photo.text.startswith("3月8日，清江镇河包村村民在田间移栽辣椒苗。") and photo.subtitle is None
    everything = "".join(a.text + (a.kicker or "") + (a.subtitle or "") for a in articles)
    assert "版" not in everything and "订阅" not in everything


def test_a_briefs_column_of_bulleted_headlines_and_a_notice_ending_on_its_particulars():
    # A 简讯 column: each brief's headline marked `■`, bold, only a little larger than the body.
    # The first had become the subtitle of the column's label `简讯`, whose story it was; the
    # second, with its text, went to the story lower left, whose last line (`活动地点：…`) ends
    # on no stop and was read as text running on into the next column, as was, once the briefs
    # were read, the story beside it whose first paragraph is not indented. Text that runs on
    # fills its last line; that one stops short.
    commentary, jobs, drill, fair, families, poem = articles_of(PAGES / "genres_page.pdf")
    assert (commentary.kicker, commentary.title, commentary.byline) == ("（今日观点）", "让“小积分”激活基层治理“大能量”", "本报评论员")
    assert [(a.title, a.byline) for a in (jobs, drill)] == [("区人社局开展春季招聘月活动", "记者 胡婷"),
                                                          ("清江镇开展防汛应急演练", "通讯员 刘春燕")]
    assert drill.text.startswith("3月10日，清江镇") and drill.text.endswith("（通讯员刘春燕）")
    assert fair.title == "“春风送岗”专场招聘会下周举行" and fair.text.endswith("活动地点：区人力资源市场一楼大厅")
    assert families.title == "区妇联表彰一批“最美家庭”" and "王建国" in families.text
    # A poem's short unpunctuated lines are its text, not section headings: read as headings,
    # the poem had been left out.
    assert (poem.title, poem.byline) == ("春天的村庄", "李明")
    assert poem.text.startswith("油菜花开满山坡\n蜜蜂在花间穿梭") and poem.text.endswith("永远的牵挂")


def test_a_masthead_dated_in_chinese_numerals_dates_the_page():
    from digest.pdf import Block, Line, masthead_facts

    line = Line(text="二〇二五年三月十二日　星期三　第3版", x0=300, x1=500, top=60, bottom=70, size=10, bold=False)
    assert masthead_facts([Block(lines=[line])]) == ("2025-03-12", "3")


def test_a_papers_name_alone_over_a_rule_across_the_page_is_its_masthead_though_it_prints_no_date():
    # A later sheet of a page printed over several repeats the paper's name over its rule, with
    # no date; read as a headline, it took the text run on atop the sheet as a story of its own.
    # Text the size of the body over a box's top rule is a run-on, not a masthead.
    from digest.pdf import split_masthead

    name = _column_block(0, 120, 10, 40, 28, "江州日报")
    run_on = _column_block(0, 160, 60, 200, 10, "的居民都说，老街改造后住得更舒心了。")
    story = _column_block(0, 160, 230, 500, 10, "本报讯 江州区老街改造工程日前完工。")
    across = (0.0, 330.0, 50.0)
    assert split_masthead([name, run_on, story], [across], 800, 10) == ([name], [run_on, story])
    box_rule = (0.0, 330.0, 215.0)
    assert split_masthead([run_on, story], [box_rule], 800, 10) == ([], [run_on, story])


def test_a_column_of_one_flow_with_centred_subtitles_is_told_by_its_text_blocks():
    # Two stories down the first column, each with a centred subtitle under its headline (set
    # in from the column's left edge); the second runs to the foot mid-sentence, and the block
    # at the second column's top goes on with it. The subtitles, though they stand furthest
    # right in that column, are not its edge: read as the column, they left a gap no flow has.
    from digest.pdf import Block, Line, Story, _run_on_from_the_left

    def block(x0: float, x1: float, top: float, bottom: float, size: float, text: str) -> Block:
        return Block(lines=[Line(text=text, x0=x0, x1=x1, top=top, bottom=bottom, size=size, bold=size > 10)])

    first = Story(headline=block(0, 100, 0, 20, 18, "城南社区建起共享菜园"),
                  subtitle=block(30, 95, 25, 39, 14, "——居民认领地块"), body=[block(0, 100, 45, 200, 10, "菜园开园了。")])
    second = Story(headline=block(0, 100, 220, 240, 18, "老年食堂开张"),
                   subtitle=block(30, 95, 245, 259, 14, "——每餐只需六元"), body=[block(0, 100, 265, 580, 10, "食堂开张以来，")])
    run_on = block(114, 214, 0, 300, 10, "每天中午都有上百位老人来吃饭。")
    assert _run_on_from_the_left([first, second], [run_on], None) == []
    assert second.body[-1] is run_on and first.body[-1].text == "菜园开园了。"


def test_a_box_label_set_large_in_a_storys_column_heads_no_story_of_its_own():
    # `记者手记` is set bold and larger than the body in the second column of the grid story;
    # before, it headed a story of its own, read after the interview beside it.
    articles = articles_of(PAGES / "party_page.pdf")
    assert [a.title for a in articles] == ["小网格里的大民生", "让党员在一线亮身份、作表率",
                                           "区委组织部召开基层党建工作推进会", "以高质量党建引领高质量发展"]
    grid, interview, meeting, commentary = articles
    assert grid.text.endswith("基层治理才有温度、有力度。") and "独居老人" not in grid.text
    assert interview.text.startswith("记者：街道在推动党员下沉社区方面有哪些做法？")
    assert (commentary.kicker, commentary.byline) == ("理论园地", "区委党校 张晓红")
    assert all(a.date == "2025-05-08" and a.page == "3" and a.source_name == "清溪区报" for a in articles)


def test_founder_faces_that_e_paper_pdfs_are_set_in_tell_bold_by_their_short_names(monkeypatch):
    # The run-in briefs page as a paper typeset with 方正飞腾 prints it: headlines in 黑体 (`FZHTK`)
    # and 小标宋 (`FZXBSK`), text in 书宋 (`FZSSK`); the faces' names say nothing of `Bold`, and a
    # brief's headline is told from its text, in the same size, by its heavy face.
    import pdfplumber.page

    founder = {"NotoSansCJKsc-Bold": "FZHTK--GBK1-0", "NotoSerifCJKsc-Bold": "FZXBSK--GBK1-0",
               "NotoSerifCJKsc-Regular": "FZSSK--GBK1-0"}
    drawn = pdfplumber.page.Page.chars

    def renamed(page):
        return [{**char, "fontname": re.sub(r"(?<=\+).*", lambda face: founder.get(face.group(), face.group()), char["fontname"])}
                for char in drawn.fget(page)]

    monkeypatch.setattr(pdfplumber.page.Page, "chars", property(renamed))
    meeting, *briefs = articles_of(PAGES / "briefs_run_in_page.pdf")
    assert meeting.title == "区教育系统部署新学期安全工作" and meeting.text.endswith("限期整改到位。")
    assert [a.title for a in briefs] == ["白马镇开展春季义务植树活动", "区图书馆推出“悦读春天”系列活动", "卫星湖街道举办就业招聘会"]


def test_a_writers_name_set_under_a_headline_in_the_decks_size_is_its_byline():
    # A commentary prints its writer's name under its headline, as large as a subtitle; it had
    # been read as the subtitle (`副题 陈卫东`). The story beside it keeps its own subtitle.
    meeting, commentary = articles_of(PAGES / "writers_page.pdf")
    assert (meeting.title, meeting.subtitle, meeting.byline) == (
        "江州区召开基层党建工作推进会", "部署下一阶段重点任务", "记者 张明")
    assert (commentary.kicker, commentary.title, commentary.byline) == ("评论", "以实干担当推动高质量发展", "陈卫东")
    assert "陈卫东" not in (commentary.subtitle or "") + commentary.text
    assert commentary.text.startswith("发展是第一要务")


def test_a_line_under_a_storys_writers_note_in_its_modules_next_column_stays_with_it():
    meeting, offices, taxes = articles_of(PAGES / "module_note_pages.pdf")
    assert meeting.title == "全区优化营商环境大会召开"
    # The second sheet's first column ends the story on its writer's note; the module's second
    # column holds only the column's address, not the run-on of the story beside it.
    assert offices.title == "办事不再来回跑" and offices.text.endswith("本栏来稿邮箱：jzrb@example.com")
    assert "（作者为江州日报记者）" in offices.text
    assert taxes.title == "便民办税二十条" and "邮箱" not in taxes.text
    assert taxes.text.endswith("一季度全区新办涉税市场主体同比增长百分之十二。")


def test_a_subtitle_the_sheets_foot_parted_from_its_headline_stays_its_subtitle():
    meeting, taxes, library, contest = articles_of(PAGES / "foot_subtitle_pages.pdf")
    # The kicker and headline close the first sheet's right column; the subtitle opens the
    # second sheet's right column over the text, in a deck's type.
    assert (contest.kicker, contest.title, contest.subtitle) == (
        "江州区第二届职业技能大赛开幕", "三百多名选手同台比技能", "十二个项目决出技术能手")
    assert contest.text.startswith("本报讯（记者林涛）4月9日") and "图书馆" not in contest.text
    # The headline atop the left column is a story of its own, not the broken headline's end.
    assert library.title == "区图书馆新增自助借还机" and library.text.startswith("本报讯4月9日，江州区图书馆")
    assert taxes.title == "便民办税二十条" and meeting.title == "全区优化营商环境大会召开"


def _care_and_farm_apart(care, farm, reading, care_ends: str, farm_paragraphs: int) -> None:
    """The flow pages' three stories each whole: the care story's text ends where it should and
    holds none of the farm story's, whose paragraphs (`复合肥300吨`, `复合肥400吨`, …) are all its own."""
    assert care.title == "全区新建社区养老服务站12个" and care.text.endswith(care_ends)
    assert "农资" not in care.text and "复合肥" not in care.text
    assert farm.title == "农资下乡保春耕" and farm.text.endswith("全区春耕生产进展顺利。")
    assert all(f"复合肥{hundreds}00吨" in farm.text for hundreds in range(3, 3 + farm_paragraphs))
    assert reading.title == "“书香江州”全民阅读活动启动" and "复合肥" not in reading.text and "养老" not in farm.text


def test_a_column_top_after_two_finished_sentences_goes_on_with_the_story_its_words_are():
    care, farm, reading = articles_of(PAGES / "flow_farm_pages.pdf")
    # The care story closed a sentence at the first sheet's foot, in the column whose top this is;
    # the farm story closed one at the foot of the column to its left. The words decide.
    _care_and_farm_apart(care, farm, reading, "服务站的工作人员也更有干劲了。", 14)
    assert "农资打假专项行动" in farm.text


def test_a_story_that_ended_over_another_in_its_column_takes_no_run_on_at_the_next_sheets_top():
    care, farm, reading = articles_of(PAGES / "flow_ended_under_pages.pdf")
    # The care story ran to the foot of the first column but ended in the second, a few lines
    # over the farm story's headline: the next sheet's first column goes on with the farm story,
    # which ran to the first sheet's foot in the last column.
    _care_and_farm_apart(care, farm, reading, "让更多老年人在家门口安享晚年。", 12)


def test_a_run_on_that_fills_a_column_goes_on_atop_the_next_column():
    care, farm, reading = articles_of(PAGES / "flow_next_column_pages.pdf")
    # The farm story runs on atop the second sheet's first column, fills it mid-sentence and
    # goes on atop the second column, where the care story had ended a sentence on the sheet before.
    _care_and_farm_apart(care, farm, reading, "老人们说，日子越过越舒心。", 8)
    assert reading.text.endswith("还为新开的第13家城市书房授牌。")


def test_a_story_closed_on_its_writers_names_set_apart_takes_no_run_on():
    care, farm, reading = articles_of(PAGES / "flow_names_note_pages.pdf")
    # The care story ran to the foot of the first column, but closed atop the third on its
    # writers' names: the second sheet's first column goes on with the farm story.
    _care_and_farm_apart(care, farm, reading, "（本报记者方圆通讯员周岚、林涛）", 12)


def test_a_kicker_centred_in_a_flows_column_fills_that_column():
    care, farm, reading = articles_of(PAGES / "flow_centred_kicker_pages.pdf")
    # The kicker stands well in from the column's edges: still set in that column, so the column
    # is one of the flow, and the third column's top goes on with the farm story.
    assert (farm.kicker, farm.title) == ("春耕备耕正当时", "农资下乡保春耕")
    assert farm.text.startswith("本报讯（通讯员何佳）眼下正是春耕备耕的关键时节")
    _care_and_farm_apart(care, farm, reading, "让更多老年人在家门口安享晚年。", 8)


def _column_block(x0: float, x1: float, top: float, bottom: float, size: float, text: str, page: int = 0):
    from digest.pdf import Block, Line
    return Block(lines=[Line(text=text, x0=x0, x1=x1, top=top, bottom=bottom, size=size, bold=size > 10)], page=page)


def test_a_run_on_that_goes_on_mid_word_from_the_last_columns_story_is_that_storys():
    # A flow printed over sheets: the first column's story closed a sentence at the foot, the
    # third column's stopped mid-word (`…帮助茶企提`). The next sheet's first column opens
    # mid-paragraph on the rest of that word (`升…`) and on that story's words.
    from digest.pdf import Story, _continue_from

    meeting = Story(headline=_column_block(0, 100, 0, 20, 18, "文明城市创建推进会召开"),
                    body=[_column_block(0, 100, 45, 580, 10, "本报讯 4月8日，江州区召开文明城市创建推进会，会议要求各街道对照测评标准查漏补缺，抓好整改落实。")])
    tea = Story(headline=_column_block(228, 328, 0, 20, 18, "江州春茶加工忙"),
                body=[_column_block(228, 328, 45, 585, 10, "江州区今年春茶开采以来，茶企加工车间连日满负荷运转，区里组织专家上门，帮助茶企提")])
    run_on = _column_block(0, 100, 0, 60, 10, "升春茶加工的质量和效率，茶企的春茶加工能力明显增强。", page=1)
    _continue_from([meeting, tea], [run_on])
    assert tea.body[-1] is run_on and meeting.body[-1].text.endswith("抓好整改落实。")


def _indented_block(x0: float, top: float, lines: list[str], page: int = 0):
    """A column's block at 10 points, 100 points wide, its lines 15 points apart; a line opening
    with `>` opens a paragraph, indented two letters."""
    from digest.pdf import Block, Line
    return Block(lines=[Line(text=text.lstrip(">"), x0=x0 + (20 if text.startswith(">") else 0), x1=x0 + 100,
                             top=top + i * 15, bottom=top + i * 15 + 10, size=10, bold=False)
                        for i, text in enumerate(lines)], page=page)


def test_a_run_on_atop_the_first_column_goes_on_from_the_last_columns_story_where_the_other_ended_in_the_next_column():
    # A flow in three columns printed over sheets, its paragraphs opening indented. The first
    # column's story went on into the second and ended its sentence at the foot there; the
    # third column's stopped mid-sentence at the foot. The next sheet's first and third columns
    # both open mid-paragraph (the flow runs down them all), so no layout marks the first as
    # the run-on of a flow rather than of a box in two columns: the words do, the orchard's.
    from digest.pdf import Story, _continue_from

    subsidy = Story(headline=_column_block(0, 100, 0, 20, 18, "江州发放育儿补贴"), body=[
        _indented_block(0, 45, [">本报讯 江州市日前出台", "措施，对生育二孩的家庭", "发放一次性育儿补贴。",
                                ">补贴由户籍所在街道受理，", "家长可在网上提交材料，", "审核通过后发放到家长的"]),
        _indented_block(114, 0, ["银行账户。", ">市卫健委表示，补贴申领", "流程将进一步简化，托育", "机构也将获得运营补助。"])])
    orchard = Story(headline=_column_block(228, 328, 0, 20, 18, "老果农种出致富果"), body=[
        _indented_block(228, 45, [">石桥村果农王大山种了", "三十年苹果，今年他的果", "园亩产突破五千斤。",
                                  ">王大山说，果园的苹果", "品质好，全靠科学管理，", "果树修剪和施肥都请农技"])])
    first = _indented_block(0, 0, ["专家上门指导，果园的苹", "果卖到了外省。"], page=1)
    third = _indented_block(228, 0, ["果树，带动乡亲们种果", "增收致富。"], page=1)
    _continue_from([subsidy, orchard], [first, third])
    assert first in orchard.body and first not in subsidy.body


@pytest.mark.parametrize("before, headline, left_text, run_on_text", [
    # Both stopped mid-sentence: the one in this column on the sheet before (`…帮助茶企提`), and the
    # one to its left on this sheet (`…帮助大家掌握栽`). The block opens on `种…`, the rest of `栽种`,
    # and on the left story's words.
    ("江州区今年春茶开采以来，茶企加工车间连日满负荷运转，区里组织专家上门，帮助茶企提", "滨江公园添新绿",
     "江州区开展春季植树活动，机关干部和志愿者来到滨江公园种下树苗一千多株，区林业部门的技术人员现场指导，帮助大家掌握栽",
     "种和养护树苗的要点，确保新栽的树苗棵棵成活。"),
    # The column's story on the sheet before stopped mid-list (a phone number, no stop); the story
    # to its left stopped mid-sentence. No word runs across either join: the block's words, the
    # trams', tell it goes on from the left.
    ("石桥古镇咨询电话：66012345滨江湿地公园咨询电话：66054321", "有轨电车客流不足",
     "几座城市的有轨电车客流都不高，江州有轨电车的客运强度只有每公里每日九百人次，石桥有轨电车的客运强度为每公里",
     "每日六百人次。有轨电车线路短，没有连成网络，客流自然不足。"),
], ids=["mid-word", "by-its-words"])
def test_a_run_on_atop_a_column_goes_on_from_the_story_to_its_left_where_both_beside_it_stopped_mid_sentence(
        before, headline, left_text, run_on_text):
    from digest.pdf import Story, _run_on_from_the_left

    left = Story(headline=_column_block(114, 214, 0, 20, 18, headline, page=1),
                 body=[_column_block(114, 214, 45, 580, 10, left_text, page=1)])
    run_on = _column_block(228, 328, 0, 60, 10, run_on_text, page=1)
    assert _run_on_from_the_left([left], [run_on], [_column_block(228, 328, 45, 585, 10, before)]) == []
    assert left.body[-1] is run_on


@pytest.mark.parametrize("after_the_last_stop, closes", [
    ("咨询电话：0571-88886666", True),
    # A list of items with no stops, which the column's foot cut off mid-word: no credits.
    ("景区咨询电话：66012345滨江湿地公园景区咨询电话：66054321备注：学生票凭学生证购买；"
     "身高一米二以下的儿童免票；六十五周岁以上的老人凭身份证免票；凭军官证购买的现", False)], ids=["contact", "list-cut-off"])
def test_a_contact_line_closes_a_story_but_a_list_cut_off_after_its_last_stop_does_not(after_the_last_stop, closes):
    from digest.pdf import _closes

    block = _column_block(0, 100, 0, 600, 10, "5月19日当天，全市四十多家景区门票半价。" + after_the_last_stop)
    assert _closes(block) is closes


def test_a_contact_line_that_is_an_item_of_a_list_closes_nothing():
    # A list of sights, each with its phone line; the column ends on one. The list may go on in
    # the next column: the line's label opens other lines of the block, so it is no credit.
    from digest.pdf import _closes

    sights = _indented_block(0, 0, [">石桥古镇：门票半价，", "每人四十元。", "景区咨询电话：66012345",
                                    ">滨江湿地公园：门票半", "价，每人二十五元。", "景区咨询电话：66054321"])
    assert not _closes(sights)
    notice = _indented_block(0, 0, [">5月19日当天，全市四十", "多家景区门票半价。", "咨询电话：0571-88886666"])
    assert _closes(notice)


def test_a_paragraph_atop_a_column_goes_on_from_the_part_number_closing_the_column_to_its_left():
    # A long piece in a flow, its parts numbered by a figure alone on a line. The column to the
    # left closes on the number (`3`); the next column opens on that part's first paragraph,
    # indented, beside the end of a story of the sheet before that closed its sentence at its
    # foot. The paragraph is the piece's: a part's number heads text.
    from digest.pdf import Story, _run_on_from_the_left

    before = _indented_block(228, 45, [">江州区今年春茶开采以来，", "茶企加工车间连日满负荷", "运转，春茶销售情况良好。"])
    essay = Story(headline=_column_block(114, 214, 0, 20, 18, "读书的三种境界", page=1), body=[
        _indented_block(114, 45, [">读书先要读进去，把一本", "书的道理弄明白，这是第", "一步。", "3"], page=1)])
    run_on = _indented_block(228, 0, [">读书最后要读出来，把书", "里的道理用到工作中去。"], page=1)
    assert _run_on_from_the_left([essay], [run_on], [before]) == []
    assert essay.body[-1] is run_on


def test_a_storys_last_paragraph_of_one_line_atop_the_next_column_goes_on_with_it_though_indented():
    # A flow: the first column's story closed a sentence at the foot; its last paragraph, one
    # line indented two letters, opens the next column over another story's headline. The
    # indent and the gutter together are wider than a gutter alone; before, the line was left a
    # story of its own.
    from digest.pdf import Story, _run_on_from_the_left

    visit = Story(headline=_column_block(0, 100, 0, 20, 18, "市领导调研春耕生产", page=0),
                  body=[_indented_block(0, 45, [">4月8日，市领导到石桥镇", "调研春耕生产，察看育秧", "工厂和高标准农田建设。"])])
    visit.body[-1].lines[-1].bottom = 585
    fair = Story(headline=_column_block(114, 214, 30, 50, 18, "江州春季招聘会举行"),
                 body=[_indented_block(114, 75, [">本报讯 4月9日，江州春", "季招聘会在区人才市场举", "行，两百多家企业参加。"])])
    last_paragraph = _column_block(134, 214, 0, 10, 10, "王明、李强参加调研。")
    assert _run_on_from_the_left([visit, fair], [last_paragraph], None) == []
    assert visit.body[-1] is last_paragraph


def test_a_paragraph_atop_the_next_sheet_goes_on_by_its_words_from_one_of_two_stories_that_closed_at_the_foot():
    # A flow's last sheet: the first column's story ended above the foot; the second's and the
    # third's closed a sentence at it. The next sheet opens on a paragraph, the college's by
    # its words; before, it went on the nearest, the second column's.
    from digest.pdf import Story, _continue_from

    schools = Story(headline=_column_block(0, 100, 0, 20, 18, "江州区秋季开学平稳有序"),
                    body=[_column_block(0, 100, 45, 300, 10, "本报讯 9月1日，江州区中小学迎来秋季开学，全区学生返校报到，"
                                        "各校开学工作平稳有序，新生入学后先上安全教育课。")])
    street = Story(headline=_column_block(114, 214, 0, 20, 18, "老街改造完工"),
                   body=[_column_block(114, 214, 45, 598, 10, "江州区老街改造工程日前完工，两百多户居民告别了漏雨的老房子，"
                                       "街道还将对周边三条小巷进行改造，完善停车和休闲设施。")])
    college = Story(headline=_column_block(228, 328, 0, 20, 18, "江州职校开设新能源汽车专业"),
                    body=[_column_block(228, 328, 45, 596, 10, "江州职业技术学校今年新开设新能源汽车专业，首批招收八十名，"
                                        "学校与三家汽车企业共建实训基地，电池和电机课程由企业技术骨干授课。")])
    paragraph = _column_block(20, 100, 0, 40, 10, "首批学员先学习电池、电机和电控三门课程，第二学年到汽车企业的实训基地跟岗。", page=1)
    _continue_from([schools, street, college], [paragraph])
    assert college.body[-1] is paragraph


@pytest.mark.parametrize("question, goes_on", [
    ("记者：新的农机产品出来以后，你们通过什么办法让农民了解，又是怎样帮助农民用好这些机器的？",
     "王建军：我们主要做展示、推广和培训三件事，每年办培训班二十多期。"),
    # The column's foot cuts the question off, mid-clause.
    ("记者：欢迎你接受我们的采访，你在农机推广站工作了二十多年，", "对农民的需求一定很熟悉，你怎样看待农机购置补贴？"),
], ids=["whole", "cut-off"])
def test_an_interviews_question_closing_a_column_closes_no_story(question, goes_on):
    # An interview in a flow: the column ends on the reporter's question (`记者：…`), which opens
    # as a credit's label does; the next column goes on with the interview. Before, the question
    # read as the story's closing credit, and the text atop the next column was left a story of
    # its own.
    from digest.pdf import Story, _run_on_from_the_left

    interview = Story(headline=_column_block(0, 100, 0, 20, 18, "农机专家王建军：让农民用好新农机"),
                      body=[_column_block(0, 100, 45, 580, 10, "王建军是江州市农机推广站的高级农艺师，从事农机推广工作二十多年。"),
                            _column_block(0, 100, 590, 700, 10, question)])
    next_column = _column_block(114, 214, 0, 60, 10, goes_on)
    assert _run_on_from_the_left([interview], [next_column], None) == []
    assert interview.body[-1] is next_column


@pytest.mark.parametrize("end_note", ["（完）", "（刊于《江州通讯》2024年第6期）", "（林晓峰）", "（周海宁李雪梅）"])
def test_a_story_that_went_on_into_the_next_column_and_closed_there_on_its_end_note_broke_off_nowhere(end_note):
    # A flow over sheets: the first column's story went on into the second and closed there on
    # the end's mark, a reprint's citation or its writers' names in brackets (two run together,
    # as a short story is often signed); the last column's
    # story ran to the sheet's foot.
    # The next sheet's first column is that one's, not the first column's story's.
    from digest.pdf import Story, _continue_from

    exports = Story(headline=_column_block(0, 100, 0, 20, 18, "江州外贸前四月增长一成"),
                    body=[_column_block(0, 100, 45, 600, 10, "本报讯 今年前四个月，江州市进出口总值同比增长百分之十一，其中出口增长百分之十三，"),
                          _column_block(114, 214, 0, 300, 10, "外贸企业订单持续增加，全年外贸有望保持稳定增长。" + end_note)])
    schools = Story(headline=_column_block(114, 214, 320, 340, 18, "江州推进教育集团化办学"),
                    body=[_column_block(114, 214, 360, 600, 10, "今年以来，江州市组建了十二个教育集团，覆盖全市一半以上的中小学。"),
                          _column_block(228, 328, 0, 598, 10, "集团内学校统一教学管理，骨干教师在校际之间流动，优质教育资源覆盖面不断扩大。")])
    run_on = _column_block(0, 100, 0, 60, 10, "下一步，江州将把集团化办学向农村学校延伸，让更多孩子在家门口上好学。", page=1)
    _continue_from([exports, schools], [run_on])
    assert schools.body[-1] is run_on and exports.body[-1].text.endswith(end_note)


@pytest.mark.parametrize("names, run_together", [
    ("周海宁李雪梅", True), ("王海林李春燕", True), ("马鞍山市", False), ("江苏南京", False), ("同比增长", False),
    ("高新区管委会", False), ("林晓峰", False)])
def test_two_names_run_together_are_told_from_places_and_words(names, run_together):
    from digest.roles import names_run_together

    assert names_run_together(names) is run_together


def test_kickers_subtitles_and_bylines_at_the_texts_size_are_told_by_their_typeface():
    # Kicker, subtitle and byline are set at the text's size, flush, in another face than the
    # text's. Before, the subtitle joined the text under it (one block of one size), and a
    # kicker beside another story's headline went to neither headline as a deck.
    lead, farming, canteen = articles_of(PAGES / "text_size_decks_page.pdf")
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "江州打出助企纾困组合拳——", "江州新登记经营主体一季度增长一成半", "政务服务中心“一窗通办”事项增至二百一十项")
    assert lead.text.startswith("本报讯（记者林涛）4月7日") and "一窗通办”事项增至" not in lead.text
    assert (farming.kicker, farming.title) == ("青山镇探索农田托管服务", "“田保姆”帮农户种好责任田")
    assert "青山镇探索农田托管服务" not in farming.text
    # A byline in that face under its headline stays the byline, and a bold heading in the text a heading.
    assert (canteen.title, canteen.kicker, canteen.byline) == ("城东街道老年食堂开业", None, "本报记者 赵敏")
    assert canteen.text.startswith("城东街道首家老年食堂日前开业") and "志愿者轮流帮厨" in canteen.text
    assert all((a.date, a.page) == ("2025-04-08", "3") for a in (lead, farming, canteen))


def test_paragraphs_set_apart_by_a_space_not_an_indent():
    # Paragraphs printed as a web page prints them: flush, ragged, a space between them. Before,
    # each paragraph was a block that seemed to run on from the column to its left: the story
    # whose text ran past the sheet's foot mid-sentence took its neighbour's text. Under a
    # headline the space is as wide as the headline's type sets it, wider than between paragraphs.
    lead, farm, canteen, path = articles_of(PAGES / "spaced_paragraphs_page.pdf")
    assert [a.title for a in (lead, farm, canteen, path)] == [
        "江州职业教育集团成立", "青山镇建成农产品冷链仓", "城东街道开办老年食堂", "滨江公园新增健身步道"]
    assert lead.subtitle == "三十六家企业和八所学校结成育人共同体"
    assert [p[:6] for p in lead.paragraphs] == ["本报讯（记者", "集团实行理事", "成立大会上，", "区教育局负责", "据了解，全区", "下一步，集团"]
    # The story run on to the next sheet: its sentence whole, its paragraphs parted where they were.
    assert [p[:6] for p in farm.paragraphs] == ["本报讯（通讯", "冷链仓由镇集", "合作社负责人", "过去每到杨梅", "冷链仓建成后", "镇里还请来农"]
    assert farm.paragraphs[2].endswith("枇杷季还能再增收一百万元。") and "食堂" not in farm.text
    assert [p[:6] for p in canteen.paragraphs] == ["本报讯（记者", "食堂由街道提", "开业一周来，", "街道负责人表"]
    assert len(path.paragraphs) == 3 and path.text.endswith("让市民出门就有好去处。")


def test_on_a_sheet_that_spaces_its_paragraphs_a_ragged_line_short_of_the_edge_ends_none():
    # Flush, ragged paragraphs set apart by a space: a line stops well short of the column's
    # edge before a figure it cannot break, mid-paragraph. Only the space opens a paragraph:
    # the story's credits, wrapped before a web address, stay one paragraph.
    doctors, tea, school = articles_of(PAGES / "spaced_ragged_page.pdf")
    assert [len(a.paragraphs) for a in (doctors, tea, school)] == [4, 3, 3]
    assert doctors.paragraphs[1].startswith("近年来") and "费用1,280,000元，居民满意度" in doctors.paragraphs[1]
    assert doctors.paragraphs[3].startswith("采访整理") and doctors.paragraphs[3].endswith("网址：www.jiangzhou.gov.cn")


def _paragraph_block(top: float, texts: list[str], first_x0: float = 0.0, last_x1: float = 100.0):
    """A flush paragraph of a 100-point column at 10 points, its lines 15 points apart."""
    from digest.pdf import Block, Line
    return Block(lines=[Line(text=text, x0=first_x0 if i == 0 else 0.0, x1=last_x1 if i == len(texts) - 1 else 100.0,
                             top=top + i * 15, bottom=top + i * 15 + 10, size=10, bold=False)
                        for i, text in enumerate(texts)], page=0)


def test_a_heading_set_run_in_on_a_spaced_sheet_is_no_indent():
    # Paragraphs flush and set apart by a space; one opens on a heading set run-in, in bold, a
    # block of its own on the baseline of the paragraph's first line, whose plain text so starts
    # right of the column's edge. That is no indent: the sheet still joins its paragraphs, each
    # marked. Before, the sheet read as indented, each paragraph a block that seemed to run on.
    from digest.pdf import Block, Line, join_spaced_paragraphs

    paragraph = _paragraph_block
    opening = paragraph(0, ["本报讯 城东街道首家老年", "食堂日前开业，每天中午", "供应两荤两素一汤。"])
    second = paragraph(53, ["开业一周来，食堂已接待", "老人六百多人次。"])
    heading = Block(lines=[Line(text="志愿者帮厨", x0=0.0, x1=50.0, top=91, bottom=101, size=10, bold=True)], page=0)
    run_in = paragraph(91, ["食堂由街道", "提供场地，社区招募志愿", "者轮流帮厨、送餐。"], first_x0=60.0)
    last = paragraph(144, ["街道负责人表示，下一步", "将再建两处老年助餐点。"])
    joined = join_spaced_paragraphs([opening, second, heading, run_in, last], 10, [])
    assert joined == [opening, heading]
    assert [line.text for line in opening.lines if line.spaced] == ["开业一周来，食堂已接待", "食堂由街道", "街道负责人表示，下一步"]


def test_a_run_in_heading_glued_under_the_paragraph_above_and_two_spaces_before_its_text_is_no_indent():
    # As a copy of a run-in heading prints: in plain type, two spaces before its text, which
    # the gap parts into a block of its own; the heading stays the last line of the paragraph
    # above, whose line spacing it keeps. The text's first line is still no indent.
    from digest.pdf import join_spaced_paragraphs

    paragraph = _paragraph_block
    opening = paragraph(0, ["本报讯 城东街道首家老年", "食堂日前开业，每天中午", "供应两荤两素一汤。"])
    second = paragraph(53, ["开业一周来，食堂已接待", "老人六百多人次。", "志愿者帮厨"], last_x1=50.0)
    run_in = paragraph(83, ["食堂由街道", "提供场地，社区招募志愿", "者轮流帮厨、送餐。"], first_x0=71.0)
    last = paragraph(136, ["街道负责人表示，下一步", "将再建两处老年助餐点。"])
    joined = join_spaced_paragraphs([opening, second, run_in, last], 10, [])
    assert len(joined) < 4 and second not in joined
    assert [line.text for line in opening.lines if line.spaced] == ["开业一周来，食堂已接待"]


def test_on_a_sheet_that_spaces_its_paragraphs_a_column_top_goes_on_by_its_words():
    # Boxes printed over sheets, paragraphs set apart by a space: a paragraph that opens at a
    # column's top shows no mark. On the sheet before, the first column's story stopped
    # mid-sentence at the foot and the second's closed a sentence. On this sheet the first
    # column holds the first story's run-on, then a new story that stops mid-sentence at the
    # foot; atop the second column, a block opens a paragraph of the second story (its words
    # are that story's): no run-on of the new story to its left.
    from digest.pdf import Story, _run_on_from_the_left

    meeting_end = _column_block(0, 100, 45, 585, 10, "本报讯 4月8日，江州区召开文明城市创建推进会，会议要求各街道对照测评标准")
    canteen_end = _column_block(114, 214, 45, 585, 10, "城东街道首家老年食堂日前开业，每天中午供应两荤两素一汤，老人就餐每餐只需十元。")

    def sheet(top_text: str):
        meeting_on = _column_block(0, 100, 0, 280, 10, "查漏补缺，抓好整改落实，确保创建工作取得实效。", page=1)
        trees = Story(headline=_column_block(0, 100, 300, 320, 18, "滨江公园添新绿", page=1),
                      body=[_column_block(0, 100, 345, 580, 10, "江州区开展春季植树活动，机关干部和志愿者来到滨江公园种下树苗"
                                          "一千多株，区林业部门的技术人员现场指导", page=1)])
        top = _column_block(114, 214, 0, 60, 10, top_text, page=1)
        top.lines[0].unmarked = True
        return trees, top, _run_on_from_the_left([trees], [meeting_on, top], [meeting_end, canteen_end])

    trees, top, left_over = sheet("街道负责人说，食堂将根据老人的口味调整菜单，老年食堂还将增设送餐服务。")
    assert top in left_over and trees.body[-1].text.endswith("现场指导")
    # Where its words are the new story's, it runs on from there, as on a sheet that indents.
    trees, top, left_over = sheet("，帮助大家掌握栽种和养护树苗的要点，确保滨江公园新栽的树苗棵棵成活。")
    assert top not in left_over and trees.body[-1] is top


def test_a_narrow_block_atop_a_column_goes_on_from_no_block_but_one_to_its_left():
    # A figure set alone atop a column (a printed web page's `5` beside a list), narrower than
    # its type is tall: it stands "left of" its own column's edge, and was taken as running on
    # from itself, which broke the page's reading (StopIteration) and lost the file.
    figure = Block([Line("5", x0=34.0, x1=40.0, top=151.0, bottom=162.0, size=11.0, bold=False)])
    assert _run_ons_atop_next_column([figure], []) == []
    before = Block([Line("江州区今年新建的三座桥梁中，青山大桥", x0=20.0, x1=30.0, top=151.0, bottom=162.0, size=11.0, bold=False)])
    assert _run_ons_atop_next_column([before, figure], []) == [(figure, before)]


def test_a_web_page_printed_with_the_browsers_header_and_footer_reads_as_its_story():
    # The time it printed and the page's title atop each sheet, the page's address and the
    # sheet's number at each foot: the browser's, not the story's. They had cut the story in
    # two at the sheet's break, the time heading the second part and the address in its text.
    (article,) = split_articles(read_source(PAGES / "browser_printed_page.pdf"))
    assert article.title == "江州区推进老旧小区改造 今年惠及居民1.2万户"
    assert article.text.startswith("3月4日，记者从江州区住房城乡建设委获悉")
    assert article.text.endswith("探索引入社会资本参与停车、养老等配套设施的建设和运营。")
    assert "file:" not in article.text and "PM" not in article.text
    # Its title atop each sheet names its headline: it is read as the web page it was, and the
    # date line under the headline gives the date (never the day it was printed).
    assert article.date == "2025-03-05"


def test_a_distribution_line_stands_apart_but_a_wrapped_line_opening_on_bao_stays_in_its_paragraph():
    from digest.pdf import paragraphs

    def line(text, x0, top):
        return Line(text=text, x0=x0, x1=x0 + 10 * len(text), top=top, bottom=top + 10, size=10, bold=False)

    quoted = Block(lines=[line("白沙村党支部书记刘强向调研组汇", 20, 0), line("报：“合作社今年新建了冷库。”", 0, 15)])
    assert paragraphs([quoted]) == ["白沙村党支部书记刘强向调研组汇报：“合作社今年新建了冷库。”"]
    closing = Block(lines=[line("让草莓产业链条越拉越长。", 0, 0)])
    footer = Block(lines=[line("报：区委常委", 0, 30)])
    assert paragraphs([closing, footer]) == ["让草莓产业链条越拉越长。", "报：区委常委"]


def test_a_spread_of_two_facing_pages_reads_as_the_two_pages(tmp_path):
    # Two pages of one paper printed side by side on one sheet (a spread), each under its own
    # masthead and rule: each article gets its own page's number, and reads as on its page.
    import pypdfium2

    pages = [PAGES / "briefs_run_in_page.pdf", PAGES / "district_page3.pdf"]
    spread = pypdfium2.PdfDocument.new()
    width, height = pypdfium2.PdfDocument(pages[0])[0].get_size()
    sheet = spread.new_page(2 * width, height)
    for offset, path in enumerate(pages):
        placed = pypdfium2.PdfDocument(path).page_as_xobject(0, spread).as_pageobject()
        placed.transform(pypdfium2.PdfMatrix().translate(offset * width, 0))
        sheet.insert_obj(placed)
    sheet.gen_content()
    spread.save(tmp_path / "spread.pdf")
    articles = articles_of(tmp_path / "spread.pdf")
    alone = [articles_of(path) for path in pages]
    assert [(a.title, a.page) for a in articles] == [(a.title, a.page) for page in alone for a in page]
    assert [a.page for a in articles] == ["2"] * 4 + ["3"] * 4
    assert [a.text for a in articles] == [a.text for page in alone for a in page]


def test_a_page_drawn_turned_and_shown_upright_by_its_rotation_reads_as_the_page(tmp_path):
    # A landscape sheet whose content is drawn a quarter turn round, `/Rotate` setting it upright
    # again (as some drivers save a portrait page): read in the orientation it is shown in.
    import pypdfium2

    page = PAGES / "district_page3.pdf"
    turned = pypdfium2.PdfDocument.new()
    width, height = pypdfium2.PdfDocument(page)[0].get_size()
    sheet = turned.new_page(height, width)
    placed = pypdfium2.PdfDocument(page).page_as_xobject(0, turned).as_pageobject()
    placed.transform(pypdfium2.PdfMatrix(0, -1, 1, 0, 0, width))
    sheet.insert_obj(placed)
    sheet.gen_content()
    sheet.set_rotation(270)
    turned.save(tmp_path / "turned.pdf")
    assert [(a.title, a.text) for a in articles_of(tmp_path / "turned.pdf")] == [(a.title, a.text) for a in articles_of(page)]


def _glyphs(text: str, width: float, size: float = 10.0) -> list[dict]:
    return [{"text": letter, "x0": 50 + i * width, "x1": 50 + (i + 1) * width, "top": 100.0, "bottom": 100 + size,
             "base": 100 + size * 0.88, "size": size, "upright": True} for i, letter in enumerate(text)]


def test_a_flattened_face_is_read_square_and_a_font_without_widths_as_drawn():
    # Letters 1.25 times as wide as tall (扁体) are scaled across to square, rules with them.
    flat = _square_letters(PageLayout(_glyphs("江州区召开基层治理工作推进会", 12.5), 800.0, [(50.0, 300.0, 90.0)], False))
    assert [(c["x0"], c["x1"]) for c in flat.chars[:2]] == [(40.0, 50.0), (50.0, 60.0)] and flat.rules == [(40.0, 240.0, 90.0)]
    # A font embedded without its widths draws every glyph with no advance: there is no face to
    # undo (and no width to divide by), so the page is read as drawn.
    lost = PageLayout(_glyphs("江州区召开基层治理工作推进会", 0.0), 800.0, [], False)
    assert _square_letters(lost) is lost
