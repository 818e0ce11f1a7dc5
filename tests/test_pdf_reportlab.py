"""PDF pages set by ReportLab (`tests/pdf_pages/reportlab_pages.py`), built for each test:
headings told from the text by size alone, kickers parted from their headlines by a foot."""
from pathlib import Path

import pytest

from digest.read import read_source
from digest.segment import split_articles

pytest.importorskip("reportlab")

from tests.pdf_pages.reportlab_pages import Role, Sheet, make_page  # noqa: E402

GRID = [
    "本报讯（记者 王明）近日，江州区召开基层治理工作推进会，部署全区网格化管理工作。会议要求，各街道要把网格作为服务群众的最小单元，做到人在网中走、事在格中办。",
    "据了解，今年以来全区共划分网格三百个，配备专职网格员三百名，累计走访群众两万余户，解决群众反映的问题一千二百余件。",
    "区委副书记李华表示，下一步将继续完善网格运行机制，推动资源力量向基层下沉，让群众的小事不出网格、大事不出社区。",
]
SCHOOL = [
    "本报讯（通讯员 张丽）记者日前从江州职业技术学校获悉，该校今年秋季新开设新能源汽车运用与维修专业，首批招收学生八十名。",
    "学校与本地三家汽车企业共建实训基地，学生在校期间可以到企业参加岗位实习，毕业后优先录用。",
    "校长陈刚说，专业设置要紧跟产业发展，让学生学到真本领，为地方经济发展输送技能人才。",
]
GRID_MORE = [
    "目前，全区各街道已建立网格工作站二十个，网格员每天在网格内巡查走访，及时发现和上报各类问题。",
    "区里还开发了网格管理平台，群众通过手机就能反映问题、查看办理进度。",
]
BERRIES = [
    "本报讯　连日来，江州区白沙村的草莓种植大棚里一派繁忙景象，村民们忙着采摘、分拣、装箱，一箱箱新鲜草莓从这里发往各地。",
    "近年来，白沙村依托合作社发展特色种植，建成草莓大棚一百二十个，带动村民人均增收八千元。",
    "村党支部书记刘强介绍，今年村里还将发展乡村旅游，开展采摘体验活动，让草莓产业链条越拉越长。",
]

SCHOOL_MORE = [
    "据介绍，学校还邀请企业技术骨干担任兼职教师，把新车型的检测维修技术带进课堂。",
    "首批学生入学后将先学习电池、电机和电控三门核心课程，第二学年进入企业跟岗学习。",
]
BERRIES_MORE = ["今年的草莓个头大、甜度高，合作社统一品牌、统一包装，每公斤比去年多卖了四元。"]


def articles_of(path: Path):
    return split_articles(read_source(path))


def text(paragraphs: list[str]) -> list[tuple[str, str]]:
    return [("text", paragraph) for paragraph in paragraphs]


def test_paper_name_over_the_masthead_rule_is_no_line_of_the_lead_headline(tmp_path):
    # The lead headline, at nearly the paper name's size and in its face, stands right under
    # the masthead's rule: the rule parts them. Its text runs down the three columns under it;
    # the second sheet holds two more stories.
    page = make_page(tmp_path / "lead.pdf", [
        Sheet(across=[("lead", "江州区推进网格化管理全覆盖 三百名网格员走进千家万户")],
              columns=[text(GRID[:1]), text(GRID[1:2]), text(GRID[2:])]),
        Sheet(columns=[[("headline", "江州职校开设新能源汽车专业"), *text(SCHOOL)],
                       [("headline", "白沙村的草莓熟了"), *text(BERRIES)], []])])
    grid, school, berries = articles_of(page)
    assert grid.title == "江州区推进网格化管理全覆盖 三百名网格员走进千家万户"
    assert grid.text.startswith("本报讯（记者王明）近日") and grid.text.endswith("大事不出社区。")
    assert (school.title, berries.title) == ("江州职校开设新能源汽车专业", "白沙村的草莓熟了")
    assert {(a.source_name, a.date, a.page) for a in (grid, school, berries)} == {("江州日报", "2025-03-03", "2")}


@pytest.mark.parametrize("kicker", ["深化产教融合 服务地方产业", "产教融合结硕果"])
def test_kicker_closing_a_column_of_one_flow_goes_over_the_headline_atop_the_next(tmp_path, kicker):
    # The school story's kicker, 1.3 times the text, ends the first column; its headline opens
    # the second. Not a story of its own with no text. A kicker half as wide as its column stands
    # in its column, whose text reaches the gutter, though it stops far short of it.
    page = make_page(tmp_path / "flow.pdf", [Sheet(columns=[
        [("headline", "江州区推进网格化管理全覆盖"), *text(GRID + GRID[1:]), ("kicker", kicker)],
        [("headline", "江州职校开设新能源汽车专业"), *text(SCHOOL)],
        [("headline", "白沙村的草莓熟了"), *text(BERRIES)]])])
    articles = articles_of(page)
    assert [a.title for a in articles] == ["江州区推进网格化管理全覆盖", "江州职校开设新能源汽车专业", "白沙村的草莓熟了"]
    grid, school, _ = articles
    assert school.kicker == kicker
    assert grid.text.endswith("大事不出社区。") and "产教融合" not in grid.text


def test_kicker_closing_a_sheet_goes_over_the_headline_atop_the_next_and_the_flow_runs_on(tmp_path):
    # A flow over two sheets. The first closes on the school story's kicker, a little larger than
    # the text (as kickers are set in 楷体 at 小四 over 五号 text); its headline opens the second
    # sheet. The berries story, lower in the second sheet's second column, runs on atop its third.
    small_kicker = {"kicker": Role(1.22, 1.0), "headline": Role(1.8, 0.2, 0.4)}
    page = make_page(tmp_path / "sheets.pdf", [
        Sheet(columns=[[("headline", "江州区推进网格化管理全覆盖"), *text(GRID)], text(GRID[1:] + GRID[:1]),
                       [*text(GRID[1:]), ("kicker", "深化产教融合 服务地方产业")]]),
        Sheet(columns=[[("headline", "江州职校开设新能源汽车专业"), *text(SCHOOL + SCHOOL[1:])],
                       [("headline", "白沙村的草莓熟了"), *text(BERRIES[:2]),
                        ("text", "村党支部书记刘强介绍，今年村里还将发展乡村旅游，")],
                       [("run_on", "开展采摘体验活动，让草莓产业链条越拉越长。")]])],
        body=9.0, roles=small_kicker)
    articles = articles_of(page)
    assert [a.title for a in articles] == ["江州区推进网格化管理全覆盖", "江州职校开设新能源汽车专业", "白沙村的草莓熟了"]
    grid, school, berries = articles
    assert school.kicker == "深化产教融合 服务地方产业" and "深化产教融合" not in grid.text
    assert berries.text.endswith("今年村里还将发展乡村旅游，开展采摘体验活动，让草莓产业链条越拉越长。")


def test_closing_mark_pushed_atop_the_next_column_ends_its_story_there(tmp_path):
    # ReportLab's wrap lets a line open on a closing mark: the grid story's quotation closes
    # on `”` alone atop the second column. The story ended there, not at the first column's
    # foot: the text atop the next sheet goes on with the berries story, which the third
    # column's foot broke off mid-sentence.
    quote = "区委副书记李华说：“下一步将继续完善网格运行机制，推动资源力量向基层下沉，让群众的小事不出网格、大事不出社区。"
    page = make_page(tmp_path / "pushed.pdf", [
        Sheet(columns=[[("headline", "江州区推进网格化管理全覆盖"), *text(GRID[:2] + GRID[:2] + [quote])],
                       [("run_on", "”"), ("headline", "江州职校开设新能源汽车专业"), *text(SCHOOL + SCHOOL[:1])],
                       [("headline", "白沙村的草莓熟了"), *text(BERRIES[:2] + BERRIES[:2]),
                        ("text", "村党支部书记刘强介绍，今年村里还将发展乡村旅游，")]]),
        Sheet(columns=[[("run_on", "开展采摘体验活动，让草莓产业链条越拉越长。"),
                        ("text", "据悉，白沙村草莓采摘季将持续到明年三月底。")], [], []])])
    grid, school, berries = articles_of(page)
    assert grid.text.endswith("大事不出社区。”") and "采摘" not in grid.text
    assert berries.text.endswith("开展采摘体验活动，让草莓产业链条越拉越长。\n据悉，白沙村草莓采摘季将持续到明年三月底。")


def test_paragraph_atop_the_next_sheet_goes_on_with_the_flow_whose_words_it_shares(tmp_path):
    # A flow over two sheets: the grid story fills the first column and closes its sentence at
    # the foot; the berries story, headed low in the third, fills it and closes one there too.
    # The paragraph atop the next sheet opens as either could go on (a grid's box in its own
    # column, or the flow from the last): it speaks of the berries.
    berries_more = ["每到周末，城里的游客开车来到白沙村，摘草莓、吃农家饭，村里的民宿也住满了客人。",
                    "镇农技站的技术员每周都到村里指导，帮助村民解决草莓病虫害防治和大棚温湿度管理中的问题。"]
    page = make_page(tmp_path / "flow.pdf", [
        Sheet(columns=[[("headline", "江州区推进网格化管理全覆盖"), *text(GRID[:1] + GRID_MORE + GRID[1:])],
                       [("headline", "江州职校开设新能源汽车专业"), *text(SCHOOL[:2] + SCHOOL_MORE)],
                       [*text(SCHOOL[2:]), ("headline", "白沙村的草莓熟了"), *text(BERRIES[:2] + BERRIES_MORE + berries_more)]]),
        Sheet(columns=[text(["白沙村草莓合作社今年还新建了冷库，草莓采摘后当天就能预冷保鲜，村民们说草莓再也不愁卖了。",
                             BERRIES[2]]), [], []])])
    grid, school, berries = articles_of(page)
    assert grid.text.endswith("大事不出社区。") and "冷库" not in grid.text
    assert berries.text.endswith("再也不愁卖了。\n" + BERRIES[2])


def test_closing_mark_hanging_into_the_gutter_parts_two_headlines_side_by_side(tmp_path):
    # ReportLab keeps a closing mark on its full line, past the column's edge: the first
    # headline's `）` reaches across the gutter to touch the second's first letter.
    page = make_page(tmp_path / "hanging.pdf", [Sheet(columns=[
        [("headline", "江州新区（高新区）召开人才工作会"), *text(GRID)],
        [("headline", "职业技术学校开设新能源汽车专业"), *text(SCHOOL)],
        [("headline", "白沙村的草莓熟了"), *text(BERRIES)]])])
    assert [a.title for a in articles_of(page)] == [
        "江州新区（高新区）召开人才工作会", "职业技术学校开设新能源汽车专业", "白沙村的草莓熟了"]


def test_headline_centred_over_its_box_owns_the_columns_it_does_not_reach(tmp_path):
    # Two boxes of four columns under each other, their short headlines centred over them. The
    # second's `·` is counted in its width but not drawn (STSong-Light maps no glyph to it), so
    # the headline stands half a letter left of its box's centre; and a closing bracket hangs past
    # the box's last column, which the box's right edge is not. The text in the box's first
    # column, which the headline does not reach, is still its.
    centred = {"headline": Role(2.0, 0.2, 0.4, centred=True)}
    hanging = "今年新种的草莓（红颜）个头大、甜度高，合作社统一品牌、统一包装，每公斤比去年多卖了四元。"
    page = make_page(tmp_path / "boxes.pdf", [Sheet(
        across=[("headline", "网格管理全覆盖")], columns=[text(GRID[:1]), text(GRID[1:2]), text(GRID[2:]), text(GRID_MORE)],
        under=[Sheet(across=[("headline", "白沙村草莓·一线见闻")],
                     columns=[text(BERRIES[:1]), text(BERRIES[1:2]), text(BERRIES[2:]), text([hanging])])])],
        roles=centred)
    grid, berries = articles_of(page)
    assert berries.title == "白沙村草莓一线见闻" and berries.text.startswith("本报讯连日来，江州区白沙村")
    assert "草莓" not in grid.text


def test_rule_between_two_boxes_closes_the_upper_one_where_the_lower_headline_is_centred_off_its_text(tmp_path):
    # Two boxes of four columns under each other, a rule between, their headlines centred over
    # them. The lower box's text fills three columns, a photo standing in the fourth: its
    # headline is centred over the box, not over its text, and reaches over neither the first
    # column nor the last. The lead in its first column is the berries story's, not the grid's,
    # whose headline stands over the first column higher up.
    centred = {"headline": Role(2.0, 0.2, 0.4, centred=True)}
    page = make_page(tmp_path / "boxes.pdf", [Sheet(
        across=[("headline", "江州区推进网格化管理全覆盖")], columns=[text(GRID[:1]), text(GRID[1:2]), text(GRID[2:]), text(GRID_MORE)],
        under=[Sheet(across=[("headline", "白沙村的草莓熟了")],
                     columns=[text(BERRIES[:1]), text(BERRIES[1:2]), text(BERRIES[2:] + BERRIES_MORE), []])])],
        roles=centred)
    grid, berries = articles_of(page)
    assert "草莓" not in grid.text and grid.text.endswith(GRID_MORE[-1])
    assert berries.text.startswith("本报讯连日来，江州区白沙村") and berries.text.endswith(BERRIES_MORE[0])


def test_page_set_in_a_flattened_face_reads_as_set_square(tmp_path):
    # Chinese papers often set their text flattened (扁体: letters 80 per cent as tall as they
    # are wide), so a two-letter indent is two and a half type sizes. The school story's lead
    # is two lines, the second short: its first line had stood apart, read as no text, and the
    # story opened mid-word.
    lead = "本报讯　江州职校新建实训车间。"
    columns = [[("headline", "江州区推进网格化管理全覆盖"), *text(GRID)],
               [("headline", "职校学生进车间"), *text([lead] + SCHOOL[1:])],
               [("headline", "白沙村的草莓熟了"), *text(BERRIES)]]
    flat = {"text": Role(1.0, indent=True, leading=1.5, width=1.25)}
    square = articles_of(make_page(tmp_path / "square.pdf", [Sheet(columns=columns)], body=9.0))
    flattened = articles_of(make_page(tmp_path / "flat.pdf", [Sheet(columns=columns)], body=9.0, roles=flat))
    assert flattened[1].text.startswith("本报讯江州职校新建实训车间。\n学校与本地三家汽车企业")
    assert [(a.title, a.text) for a in flattened] == [(a.title, a.text) for a in square]


def test_headings_in_a_condensed_face_keep_their_spaces(tmp_path):
    # Headings set condensed (长体, letters 80 per cent as wide as tall) keep the space between
    # their parts, a quarter of a letter; measured in type sizes it had been too narrow to count.
    condensed = {"headline": Role(2.0, 0.2, 0.4, width=0.8), "kicker": Role(1.3, 1.0, width=0.8),
                 "subtitle": Role(1.3, 0.0, 0.4, width=0.8)}
    page = make_page(tmp_path / "condensed.pdf", [Sheet(columns=[
        [("kicker", "深化产教融合 服务地方产业"), ("headline", "江州职校开设 新能源汽车专业"),
         ("subtitle", "——首批招收学生八十名 三家企业共建实训基地"), *text(SCHOOL)],
        [("headline", "江州区推进网格化管理全覆盖"), *text(GRID)],
        [("headline", "白沙村的草莓熟了"), *text(BERRIES)]])], roles=condensed)
    school = articles_of(page)[0]
    assert (school.kicker, school.title, school.subtitle) == (
        "深化产教融合 服务地方产业", "江州职校开设 新能源汽车专业", "首批招收学生八十名 三家企业共建实训基地")


TALENT = ["本报讯　江州新区日前召开人才工作会，发布人才新政十条，每年安排专项资金一亿元。",
          "会议提出，新区将建设人才公寓一千套，为引进的高层次人才提供安家补贴。"]
OLD_STREET = ["本报讯　江州区老街改造工程日前完工，两百多户居民告别了漏雨的老房子。",
              "改造后的老街保留了青石板路和老字号店铺，成了市民休闲的好去处。"]


def test_headline_closing_a_column_alone_takes_the_text_atop_the_next(tmp_path):
    # A flow over two sheets. The berries story closes its sentence at the foot of the first
    # sheet's third column; on the second, the school story's headline closes the second column
    # with no text under it, and its text opens the third. The berries story ended: the text is
    # the school story's, and the school story is no headline without text.
    page = make_page(tmp_path / "flow.pdf", [
        Sheet(columns=[[("headline", "江州区推进网格化管理全覆盖"), *text(GRID + GRID_MORE[:1])],
                       text(GRID_MORE[1:] + GRID[1:]),
                       [("headline", "白沙村的草莓熟了"), *text(BERRIES + BERRIES_MORE)]]),
        Sheet(columns=[[("headline", "江州新区召开人才工作会"), *text(TALENT)],
                       [*text(["据介绍，新政实施后，新区还将设立人才服务窗口，为人才办理落户、子女入学等事项提供一站式服务。"]),
                        ("headline", "江州职校开设新能源汽车专业")],
                       text(SCHOOL)])])
    articles = articles_of(page)
    assert [a.title for a in articles][-1] == "江州职校开设新能源汽车专业"
    berries, school = articles[1], articles[-1]
    assert berries.text.endswith(BERRIES_MORE[0])
    assert school.text.startswith("本报讯（通讯员张丽）记者日前") and school.text.endswith("\n" + SCHOOL[-1])


def test_paragraph_beside_the_flow_goes_on_from_the_left_not_from_a_story_set_elsewhere_before(tmp_path):
    # A flow over two sheets. The first sheet's last story, set in its third column alone, closes
    # its sentence at the foot. The second sheet opens on a headline, so that story ended there.
    # The paragraph atop its second column, which says nothing of either, goes on with the school
    # story run down the first: a story of the sheet before goes on beside the flow only in a
    # column it was set in (a box printed across sheets).
    page = make_page(tmp_path / "flow.pdf", [
        Sheet(columns=[[("headline", "江州区推进网格化管理全覆盖"), *text(GRID + GRID_MORE[:1])],
                       text(GRID_MORE[1:] + GRID[1:] + GRID_MORE[:1]),
                       [*text(GRID[2:]), ("headline", "白沙村的草莓熟了"), *text(BERRIES[:2] + BERRIES_MORE)]]),
        Sheet(columns=[[("headline", "江州职校开设新能源汽车专业"), *text(SCHOOL + SCHOOL_MORE)],
                       [*text(["目前，这一做法已在全市推广，群众纷纷点赞。", "有关负责人表示，下一步将总结经验，扩大试点范围。"]),
                        ("headline", "江州新区召开人才工作会"), *text(TALENT[:1])],
                       [("headline", "老街改造让居民住得更舒心"), *text(OLD_STREET)]])])
    _, berries, school, *_ = articles_of(page)
    assert berries.text.endswith(BERRIES_MORE[0])
    assert school.text.endswith(SCHOOL_MORE[-1] + "\n目前，这一做法已在全市推广，群众纷纷点赞。\n有关负责人表示，下一步将总结经验，扩大试点范围。")



def test_closing_mark_hanging_into_a_narrow_gutter_parts_the_lines_of_two_columns(tmp_path):
    # Text set flattened to seven tenths (扁体) leaves a gutter of 1.3 letters. ReportLab hangs a
    # full line's closing mark past the column's edge, within a third of a letter of the next
    # column's line on that baseline: the two had read as one line, so the school story took the
    # berries story's line.
    columns = [[("headline", "网格管理全覆盖"), *text(GRID + GRID_MORE)],
               [("headline", "职校开设新专业"), *text(SCHOOL + SCHOOL_MORE)],
               [("headline", "白沙村的草莓熟了"), *text(BERRIES + BERRIES_MORE)]]
    flat = {"text": Role(1.0, indent=True, leading=1.5, width=1.43)}
    square = articles_of(make_page(tmp_path / "square.pdf", [Sheet(columns=columns)], body=9.0))
    flattened = articles_of(make_page(tmp_path / "flat.pdf", [Sheet(columns=columns)], body=9.0, roles=flat))
    assert flattened[1].text.endswith(SCHOOL_MORE[-1]) and flattened[2].text.endswith(BERRIES_MORE[0])
    assert [(a.title, a.text) for a in flattened] == [(a.title, a.text) for a in square]


def test_a_sentence_telling_of_a_call_does_not_close_its_story_at_a_columns_foot(tmp_path):
    # The first column breaks in a sentence that quotes a call (`…的电话：“…`). A contact line
    # (`新闻热线：…`) closes a story, but this sentence is none: its story goes on atop the next
    # column. Before, the run-on was a story of its own, headed by its first words.
    page = make_page(tmp_path / "flow.pdf", [Sheet(columns=[
        [("headline", "减负，基层干部有期盼"), *text(GRID + GRID_MORE),
         ("text", "白沙镇干部刘明最近接到了一名村干部的电话：“我手头有二十多个工作群，")],
        [("run_on", "每天都要浏览群里的各项通知，实在忙不过来。”"),
         *text(["针对这一问题，区里对工作群进行了清理，合并了三十多个群。", "刘明说，现在村干部有了更多时间走村入户，为群众办实事。"])],
        [("headline", "白沙村的草莓熟了"), *text(BERRIES)]])])
    relief, berries = articles_of(page)
    assert relief.text.endswith("我手头有二十多个工作群，每天都要浏览群里的各项通知，实在忙不过来。”\n"
                                "针对这一问题，区里对工作群进行了清理，合并了三十多个群。\n刘明说，现在村干部有了更多时间走村入户，为群众办实事。")


def test_box_broken_after_a_semicolon_goes_on_atop_its_own_column_not_from_the_story_beside_it(tmp_path):
    # A grid of boxes printed across three sheets, two columns. The school box breaks at the
    # first sheet's foot after a `；`, which reads as a closed sentence. On the second, its
    # run-on opens the right column beside the berries story, headed lower in the left column
    # and stopping mid-sentence at that sheet's foot: as a flow, the run-on would be the berries
    # story's. Its words are the school story's, and the grid story's run-on atop the left column
    # shows each box going on in its own column.
    page = make_page(tmp_path / "grid.pdf", [
        Sheet(columns=[[("headline", "江州区推进网格化管理全覆盖"), *text(GRID + GRID_MORE[:1]),
                        ("text", "区里还开发了网格管理平台，群众通过手机就能反映问题、查看办理进度，网格员接到")],
                       [("headline", "江州职校开设新能源汽车专业"), *text(SCHOOL[:2] + SCHOOL_MORE),
                        ("text", "校长陈刚说，专业设置要紧跟产业发展，学校将与企业一起开发课程、编写教材；")]]),
        Sheet(columns=[[("run_on", "问题后及时办理，办结后还要回访群众。"),
                        ("headline", "白沙村的草莓熟了"), *text(BERRIES[:2] + BERRIES_MORE),
                        ("text", "村党支部书记刘强介绍，今年村里还将发展乡村旅游，")],
                       [("run_on", "让学生学到真本领，为地方经济发展输送更多技能人才。"),
                        *text(["据悉，学校明年还将开设工业机器人专业，目前已与两家企业签订合作协议，实训设备正在采购安装。"]),
                        ("headline", "江州新区召开人才工作会"), *text(TALENT), ("text", "新区还将设立人才服务窗口，为人才办理落户、")]]),
        Sheet(columns=[[("run_on", "开展采摘体验活动，让草莓产业链条越拉越长。")],
                       [("run_on", "子女入学等事项提供一站式服务。")]])])
    grid, school, berries, talent = articles_of(page)
    assert grid.text.endswith("网格员接到问题后及时办理，办结后还要回访群众。")
    assert school.text.endswith("编写教材；让学生学到真本领，为地方经济发展输送更多技能人才。\n据悉，学校明年还将开设工业机器人专业，"
                                "目前已与两家企业签订合作协议，实训设备正在采购安装。")
    assert berries.text.endswith("今年村里还将发展乡村旅游，开展采摘体验活动，让草莓产业链条越拉越长。")
    assert talent.text.endswith("为人才办理落户、子女入学等事项提供一站式服务。")
