"""Stories a page runs on to another page (`（下转第3版）` … `（上接第1版）`) are one article in the digest."""
import json
from dataclasses import replace

from typer.testing import CliRunner

from digest.cli import app
from digest.jumps import continuations, join
from digest.models import Source
from digest.segment import split_articles

FRONT = """永川日报　2025年3月4日　星期二　第1版　要闻

以党建引领激活基层治理“神经末梢”
我区推行“网格+党建”工作法

　　本报讯（记者 李明）今年以来，区委组织部围绕党建引领基层治理，在全区207个村（社区）推行“网格+党建”工作法，把党支部建在网格上，把党员编入网格中，推动治理力量下沉。
　　区委组织部相关负责人介绍，下一步将完善网格员考核激励机制，推动（下转第3版）

区政府召开常务会议

　　本报讯（记者 张华）3月3日，区政府召开第45次常务会议，研究部署春耕备耕、安全生产等工作。
　　会议指出，要抓好春耕生产物资储备，确保种子、化肥、农药供应充足；要压实安全生产责任，深入排查整治重点行业领域风险隐患。（下转第3版）
"""

# The part that opens page 3 is set flush, as the other pages' header lines are: its mark makes it text.
PAGE_3 = """永川日报　2025年3月4日　星期二　第3版　综合

（上接第1版）会议强调，要加快推进重大项目建设，确保一季度开好局、起好步。会议还研究了春耕生产资金保障等事项。

“网格+党建”工作法
　　（上接第1版）网格工作与村（社区）议事协商、志愿服务深度融合，让群众的“小事”不出网格、“难事”不出社区。
　　据悉，我区还将开展“红色网格”创建活动，评选一批示范网格和优秀网格员，以点带面提升基层治理水平。

职业教育助力乡村振兴

　　本报讯（通讯员 陈静）近日，永川职业教育中心开设首期“新农人”培训班，50名返乡青年参加了电商运营、智慧农业等课程培训。
"""


def articles_of(*pages):
    return [article for index, text in enumerate(pages) for article in split_articles(Source(f"page{index}.txt", text))]


def build_json(folder, out):
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(next(out.glob("*.json")).read_text(encoding="utf-8")), result.output


def test_a_story_run_on_to_another_page_is_one_article_with_its_broken_sentence_whole(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "第1版.txt").write_text(FRONT, encoding="utf-8")
    (tmp_path / "pages" / "第3版.txt").write_text(PAGE_3, encoding="utf-8")
    data, output = build_json(tmp_path / "pages", tmp_path / "out")
    assert len(data["articles"]) == 3
    grid = next(article for article in data["articles"] if "网格" in article["title"])
    # The sentence broken at the foot of page 1 is whole again, and the rest of the story follows.
    assert "推动网格工作与村（社区）议事协商、志愿服务深度融合，让群众的“小事”不出网格" in grid["text"]
    assert grid["text"].endswith("以点带面提升基层治理水平。") and grid["page"] == "1"
    meeting = next(article for article in data["articles"] if article["title"] == "区政府召开常务会议")
    assert meeting["text"].endswith("会议还研究了春耕生产资金保障等事项。")
    assert not any("上接" in article["text"] or "下转" in article["text"] for article in data["articles"])
    assert "runs on" not in output


def test_a_story_whose_next_page_is_not_among_the_inputs_is_named_on_the_terminal(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "第1版.txt").write_text(FRONT, encoding="utf-8")
    data, output = build_json(tmp_path / "pages", tmp_path / "out")
    assert len(data["articles"]) == 2
    assert "第1版.txt: 「区政府召开常务会议」 runs on to page 3, which none of the inputs holds" in output


def test_two_stories_run_on_to_one_page_go_on_in_the_parts_that_share_their_words():
    grid, meeting, rest_of_meeting, rest_of_grid, school = articles_of(FRONT, PAGE_3)
    assert (grid.runs_to, meeting.runs_to, rest_of_meeting.runs_from, rest_of_grid.runs_from) == ("3", "3", "1", "1")
    assert school.runs_from is None and school.runs_to is None
    assert continuations([grid, meeting, rest_of_meeting, rest_of_grid, school]) == [[0, 3], [1, 2]]


def test_parts_of_another_days_paper_or_another_paper_are_not_joined():
    grid, meeting, rest_of_meeting, rest_of_grid, school = articles_of(FRONT, PAGE_3)
    stories = [replace(story, date="2025-03-04", source_name="永川日报") for story in (grid, meeting)]
    assert continuations(stories + [rest_of_meeting, rest_of_grid]) == [[0, 3], [1, 2]]
    for other in ({"date": "2025-03-05"}, {"source_name": "江津日报"}):
        assert continuations(stories + [replace(rest, **other) for rest in (rest_of_meeting, rest_of_grid)]) == []


def test_a_story_runs_on_over_three_pages_and_a_run_on_mark_names_the_page_before():
    start, = articles_of("城市绿道建设提速\n\n　　记者从区城市管理局获悉，今年全区城市绿化工作将围绕“增绿、提质、惠民”展开。\n"
                         "　　区里今年将新建口袋公园12个，改造提升城市绿道，让市民推窗见绿（下转第2版）\n")
    middle, = articles_of("（接上页）、出门进园。全区绿道今年将新增30公里，新增绿地面积50万平方米，其中口袋公园选址已全部确定（下转第5版）\n")
    end, = articles_of("（上接第2版），6月底前全部开工建设，年底前全部建成开放，方便市民就近休闲健身。\n")
    start, middle, end = (replace(article, page=page, source=f"page{page}.txt")
                          for article, page in ((start, "1"), (middle, "2"), (end, "5")))
    assert middle.runs_from == "?"  # counted from a page the text doesn't state
    whole = join(join(start, middle), end) if continuations([end, middle, start]) == [[2, 1, 0]] else None
    assert whole is not None and whole.text.split("\n")[1] == (
        "区里今年将新建口袋公园12个，改造提升城市绿道，让市民推窗见绿、出门进园。全区绿道今年将新增30公里，新增绿地面积50万平方米，"
        "其中口袋公园选址已全部确定，6月底前全部开工建设，年底前全部建成开放，方便市民就近休闲健身。")
    assert whole.runs_to is None and whole.title == "城市绿道建设提速"


def test_an_edition_copied_into_one_file_joins_its_stories_too(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "本期.txt").write_text(FRONT + "\n" + PAGE_3, encoding="utf-8")
    data, _ = build_json(tmp_path / "pages", tmp_path / "out")
    ends = sorted((article["page"], article["text"].rsplit("，", 1)[-1]) for article in data["articles"])
    assert ends == [("1", "以点带面提升基层治理水平。"), ("1", "确保一季度开好局、起好步。会议还研究了春耕生产资金保障等事项。"),
                    ("3", "50名返乡青年参加了电商运营、智慧农业等课程培训。")]


def test_the_parts_of_a_page_whose_stories_start_elsewhere_are_named_on_the_terminal(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "第3版.txt").write_text(PAGE_3, encoding="utf-8")
    data, output = build_json(tmp_path / "pages", tmp_path / "out")
    assert len(data["articles"]) == 3
    assert output.count("goes on from page 1, which none of the inputs holds") == 2


def test_a_part_never_goes_on_from_a_story_printed_after_it_in_one_file():
    # A page that prints neither its number nor its date: it opens with the rest of a story
    # from page 1 and ends with one that runs on to page 4. Before, the last story was joined
    # with the part above it, and the part's own story was lost from the digest.
    page = ("（上接第1版）\n　　会议强调，要把学习贯彻成果转化为推动高质量发展的实际成效。\n\n"
            "小网格里的大民生\n　　走进双河街道兴旺社区，网格员刘丽正挨家挨户收集居民意见。\n\n"
            "以高质量党建引领高质量发展\n　　党建工作做实了就是生产力，做强了就是竞争力。\n　　一要强化政治引领。（下转第4版）\n")
    articles = split_articles(Source("page.txt", page))
    assert [(article.runs_from, article.runs_to) for article in articles] == [("1", None), (None, None), (None, "4")]
    assert continuations(articles) == []
