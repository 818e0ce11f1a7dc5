"""A finished draft made an Article: its title, byline, headings and notes as the page printed them."""
from digest.drafts import Draft, finish_draft, title_from_text
from digest.models import Source
from digest.roles import NOTE, SECTION


def _finish(draft: Draft, position: int = 0, **source):
    return finish_draft(draft, Source(path="江州日报_20250305_02.txt", text="", **source), "江州日报_20250305_02", position)


def test_a_draft_becomes_an_article_with_its_sections_notes_and_writer():
    draft = Draft(title="■ 城南街道：“红色物业”让老小区焕新颜", bylines=["本报记者 陈晓 来源：江州日报"],
                  paragraphs=["城南街道推行“红色物业”，老旧小区有了新模样。", SECTION + "居民议事 小事不出楼栋",
                              "楼栋长每月召集居民议事，解决了停车难等十多件事。", NOTE + "（本报记者 陈晓）"])
    article = _finish(draft)
    # The bullet that marks a header line goes, and no space stays after a full-width mark.
    assert article.title == "城南街道：“红色物业”让老小区焕新颜"
    assert article.byline == "本报记者 陈晓"  # what follows the writer on the line is no part of the name
    assert article.headings == (1,) and article.notes == (3,)
    assert article.id == finish_draft(draft, Source(path="other.txt", text=""), "江州日报_20250305_02", 0).id


def test_paragraphs_a_text_view_ran_together_are_parted_with_their_section_headings():
    # A text view runs a story's paragraphs on one line, parted by full-width spaces, its
    # section headings (one of two lines) among them: each is a paragraph or heading of its own.
    draft = Draft(title="江州农商银行线上贷款助小微企业", paragraphs=[
        "今年以来，江州农商银行推出线上贷款产品。　　线上产品打通数据　　帮助企业少跑腿　　"
        "依托政务数据平台，企业在手机上就能申请贷款。　　服装厂负责人说，现在动动手指就办好了。"])
    article = _finish(draft)
    assert article.paragraphs == ("今年以来，江州农商银行推出线上贷款产品。", "线上产品打通数据 帮助企业少跑腿",
                                  "依托政务数据平台，企业在手机上就能申请贷款。", "服装厂负责人说，现在动动手指就办好了。")
    assert article.headings == (1,)
    # Spaces that set a name apart, or part what no sentence ends, part nothing.
    whole = _finish(Draft(title="社区运动会开幕", paragraphs=["获奖选手王  明说，  这次比赛让大家都动了起来。"]))
    assert whole.paragraphs == ("获奖选手王明说，这次比赛让大家都动了起来。",)


def test_a_draft_of_headings_alone_or_a_service_box_makes_no_article():
    assert _finish(Draft(title="本期导读", paragraphs=[SECTION + "要闻", SECTION + "民生"])) is None
    assert _finish(Draft(title="天气预报", paragraphs=["今天多云转晴，最高气温十八摄氏度。"])) is None


def test_a_story_printed_without_a_headline_is_named_by_its_first_clause_that_says_something():
    # `3月4日，` says when, not what: the title is the clause after it.
    article = _finish(Draft(paragraphs=["3月4日，江州区召开全区安全生产工作会议，部署今年重点工作。"]), position=1)
    assert article.title == "江州区召开全区安全生产工作会议"
    assert title_from_text("本报讯（记者 王芳）近日，城南街道新建的社区食堂开始营业。") == "城南街道新建的社区食堂开始营业"
